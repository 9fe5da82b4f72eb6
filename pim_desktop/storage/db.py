"""Connections to operation files, and one SQLAlchemy engine per open file, with the SQLite settings that keep
the file safe to copy.

- rollback journal (DELETE), never WAL: a file copied or e-mailed while open is complete on its own;
- synchronous=FULL and foreign keys on;
- real transactions, DDL included: the driver's own implicit transaction handling is switched off and
  SQLAlchemy's BEGIN is emitted instead, so a migration or an import is all or nothing.

An encrypted file goes through SQLCipher (sqlcipher3, the same DB-API as sqlite3, with its own exceptions):
its key is given before anything is read, its journal is encrypted as the file is, and its temporary
data stays in memory.
"""

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TypeAlias

import sqlcipher3.dbapi2 as sqlcipher

if TYPE_CHECKING:
    from sqlalchemy import Engine

from pim_desktop.storage.keys import Key

# PRAGMA application_id of every operation file ("PIMD" in ASCII): tells our files from other SQLite files.
APPLICATION_ID = 0x50494D44
BUSY_TIMEOUT_MS = 5000
# What either driver raises: SQLCipher's exceptions are not sqlite3's
DRIVER_ERRORS: tuple[type[Exception], type[Exception]] = (sqlite3.Error, sqlcipher.Error)
# sqlcipher3's connections have sqlite3's interface (and no type hints of their own)
Connection: TypeAlias = sqlite3.Connection


def sqlite_uri(path: Path, *, read_only: bool, create: bool = False) -> str:
    mode = "ro" if read_only else ("rwc" if create else "rw")
    return f"{path.resolve().as_uri()}?mode={mode}"


def driver(key: Key | None) -> ModuleType:
    return sqlite3 if key is None else sqlcipher


def connect(
    path: Path, *, read_only: bool, create: bool = False, key: Key | None = None, cipher: bool = False
) -> Connection:
    """A connection of our own settings, through SQLCipher and keyed when the file is encrypted (or through
    SQLCipher unkeyed when `cipher` is asked, for a plain file). A wrong key is not noticed here but at the
    first read ("file is not a database")."""
    uri = sqlite_uri(path, read_only=read_only, create=create)
    through_sqlcipher = key is not None or cipher
    module = sqlcipher if through_sqlcipher else sqlite3
    connection = module.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    if through_sqlcipher:
        connection.execute("PRAGMA cipher_log_level = NONE")  # else its refusals print to the console
        connection.execute("PRAGMA temp_store = MEMORY")  # sorts and temporary tables never touch the disk
    if key is not None:
        connection.execute(f'PRAGMA key = "{key.raw}"')
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")
    return connection


def make_engine(path: Path, *, read_only: bool, create: bool = False, key: Key | None = None) -> "Engine":
    # SQLAlchemy is imported here, not above: `info` and the window's first paint need only the driver
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        module=driver(key),  # so that SQLAlchemy wraps SQLCipher's exceptions as it wraps sqlite3's
        creator=lambda: connect(path, read_only=read_only, create=create, key=key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    return engine
