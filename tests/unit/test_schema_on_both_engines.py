"""One schema, two engines (issue 23): the migrations build the same tables in an operation file (SQLite) and
in a shared server's database (PostgreSQL), and on each engine they are what the models say."""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import DateTime, Engine, create_engine, inspect

from pim_desktop.storage.db import make_engine
from pim_desktop.storage.models import Base
from pim_desktop.storage.schema import upgrade_to_head
from pim_desktop.storage.server import DRIVER
from tests.postgres import SUPERUSER, SUPERUSER_PASSWORD, Server, new_database

ENGINES = ("file", pytest.param("server", marks=pytest.mark.server))


@pytest.fixture(scope="module")
def migrated(
    tmp_path_factory: pytest.TempPathFactory, postgres_server: Server
) -> Iterator[dict[str, Engine]]:
    """An empty operation file and an empty server database, each brought to the newest schema by the
    migrations alone (no `server init`: its roles, policies and audit are the server's own)."""
    database = new_database(postgres_server)
    engines = {
        "file": make_engine(tmp_path_factory.mktemp("schema") / "empty.pim", read_only=False, create=True),
        "server": create_engine(
            f"{DRIVER}://{SUPERUSER}@/{database}?host={postgres_server.folder}",
            connect_args={"password": SUPERUSER_PASSWORD},
        ),
    }
    for engine in engines.values():
        with engine.begin() as connection:
            upgrade_to_head(connection)
    yield engines
    for engine in engines.values():
        engine.dispose()


def _type(column: dict[str, Any]) -> str:
    """A column's type as both engines can say it: VARCHAR(300), INTEGER, DATETIME (without time zone)."""
    generic = column["type"].as_generic()
    if isinstance(generic, DateTime) and generic.timezone:
        return f"{generic} WITH TIME ZONE"
    return str(generic)


def _default(column: dict[str, Any]) -> str | None:
    """A column's default as the database holds it, without quotes or casts; none for a key the database
    numbers (a sequence on a server, the row id in a file)."""
    default = column.get("default")
    if default is None or str(default).startswith("nextval("):
        return None
    return re.sub(r"::[\w ]+$", "", str(default)).strip("'")


def schema(engine: Engine) -> dict[str, dict[str, Any]]:
    """Every table: its columns (name, type, nullable, default), primary key, foreign keys, unique
    constraints and indexes, in words both engines give alike."""
    with engine.connect() as connection:
        found = inspect(connection)
        tables = {}
        for table in sorted(found.get_table_names()):
            tables[table] = {
                "columns": [
                    (c["name"], _type(c), c["nullable"], _default(c)) for c in found.get_columns(table)
                ],
                "primary key": found.get_pk_constraint(table)["constrained_columns"],
                "foreign keys": sorted(
                    (
                        key["name"],
                        tuple(key["constrained_columns"]),
                        key["referred_table"],
                        tuple(key["referred_columns"]),
                        key["options"].get("ondelete"),
                    )
                    for key in found.get_foreign_keys(table)
                ),
                "unique": sorted(
                    (unique["name"], tuple(unique["column_names"]))
                    for unique in found.get_unique_constraints(table)
                ),
                # PostgreSQL also lists the index under each unique constraint, which SQLite keeps apart
                "indexes": sorted(
                    (index["name"], tuple(index["column_names"]), bool(index["unique"]))
                    for index in found.get_indexes(table)
                    if "duplicates_constraint" not in index
                ),
            }
    return tables


def test_the_migrations_give_the_same_schema_on_both_engines(migrated: dict[str, Engine]):
    in_file, on_server = schema(migrated["file"]), schema(migrated["server"])
    assert sorted(on_server) == sorted(in_file)
    for table, described in in_file.items():
        assert on_server[table] == described, table
    # what is compared is said in full: lengths, nullability, defaults, keys
    assert len(in_file) > 20 and all(described["primary key"] for described in in_file.values())
    assert ("name", "VARCHAR(300)", False, None) in in_file["organisation"]["columns"]
    assert ("row_version", "INTEGER", False, "1") in in_file["organisation"]["columns"]


@pytest.mark.parametrize("engine", ENGINES)
def test_the_migrations_give_the_models_on_each_engine(migrated: dict[str, Engine], engine: str):
    """A model changed without its migration, or a migration one engine reads otherwise, fails here."""
    with migrated[engine].connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
