"""Schema versions: Alembic revisions named by number ("0001", "0002" ...), so a file's version is a number
that tells at once whether it is older, current or newer than this program."""

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_version() -> int:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    return int(head or 0)


def stored_revision(connection: Connection) -> str | None:
    """The file's revision, or None when it has no version table (not one of ours, or never migrated)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def revision_number(revision: str) -> int | None:
    return int(revision) if revision.isdigit() else None


def upgrade_to_head(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")
