"""One SQLAlchemy engine per open operation file, with the SQLite settings that keep the file safe to copy.

- rollback journal (DELETE), never WAL: a file copied or e-mailed while open is complete on its own;
- synchronous=FULL and foreign keys on;
- real transactions, DDL included: the driver's own implicit transaction handling is switched off and
  SQLAlchemy's BEGIN is emitted instead, so a migration or an import is all or nothing.
"""

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# PRAGMA application_id of every operation file ("PIMD" in ASCII): tells our files from other SQLite files.
APPLICATION_ID = 0x50494D44
BUSY_TIMEOUT_MS = 5000


def sqlite_uri(path: Path, *, read_only: bool, create: bool = False) -> str:
    mode = "ro" if read_only else ("rwc" if create else "rw")
    return f"{path.resolve().as_uri()}?mode={mode}"


def make_engine(path: Path, *, read_only: bool, create: bool = False) -> Engine:
    uri = sqlite_uri(path, read_only=read_only, create=create)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool, pool_size=2, max_overflow=4)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = DELETE")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    return engine
