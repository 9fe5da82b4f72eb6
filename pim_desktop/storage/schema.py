"""Schema versions: Alembic revisions named by number ("0001", "0002" ...), so a file's version is a number
that tells at once whether it is older, current or newer than this program."""

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.storage.db import Connection as DriverConnection

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def alembic_config(connection: "Connection | None" = None) -> "Config":
    # Alembic is imported when a file is created or upgraded, not at every start: a tenth of a second
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_version() -> int:
    """The newest revision: the highest number among the migration scripts ("0002_merge_record.py"), which is
    what Alembic's head is while revisions are numbered in order (a test in test_operation_file checks it)."""
    return max(int(path.name[:4]) for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def stored_revision(connection: DriverConnection) -> str | None:
    """The file's revision, or None when it has no version table (not one of ours, or never migrated)."""
    tables = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    if connection.execute(tables, (VERSION_TABLE,)).fetchone() is None:
        return None
    row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return None if row is None else row[0]


def server_revision(connection: "Connection") -> str | None:
    """stored_revision through SQLAlchemy, for a shared server's database (a file's is read on the driver's
    own connection, before SQLAlchemy is loaded)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def revision_number(revision: str) -> int | None:
    return int(revision) if revision.isdigit() else None


def upgrade_to_head(connection: "Connection") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
