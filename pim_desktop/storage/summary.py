"""What `info` and the export's About sheet say of an operation: its description and how many records of
each kind it holds, counted in SQL on the driver's connection (DB-API), so that `pim-desktop info` needs
neither SQLAlchemy nor ORM objects. The table and column names are the models' (storage/models.py); a
test compares these counts with the ORM's."""

from datetime import datetime
from typing import Any

from pim_desktop.domain import model
from pim_desktop.domain.changes import Milestone
from pim_desktop.domain.enums import EntryState, Sensitivity

OPERATION = (
    "SELECT name, country_iso3, description, default_sensitivity, standard_matrix_version, created_at,"
    " updated_at FROM operation"
)
MILESTONES = "SELECT id, name, at, who, position FROM milestone ORDER BY position, id"
# Counts.<field>: the query that gives it
COUNTS = {
    "categories": "SELECT count(*) FROM category",
    "matrix_rows": "SELECT count(*) FROM matrix_row",
    "custom_rows": "SELECT count(*) FROM matrix_row WHERE NOT is_standard",
    "matrix_entries": f"SELECT count(*) FROM matrix_entry WHERE state != '{EntryState.REMOVED.value}'",
    "changed_entries": f"SELECT count(*) FROM matrix_entry WHERE state != '{EntryState.STANDARD.value}'",
    "organisations": "SELECT count(*) FROM organisation",
    "systems": "SELECT count(*) FROM information_system",
    "action_plans": "SELECT count(*) FROM action_plan",
    "action_items": "SELECT count(*) FROM action_item",
    "process_steps": "SELECT count(*) FROM process_step",
    "principle_reviews": "SELECT count(*) FROM data_review",
}


def _rows(connection: Any, query: str) -> list[tuple[Any, ...]]:
    cursor = connection.cursor()  # DB-API: sqlite3's, SQLCipher's and psycopg's alike
    try:
        cursor.execute(query)
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()


def _one(connection: Any, query: str) -> tuple[Any, ...]:
    rows = _rows(connection, query)
    if not rows:
        raise LookupError("the operation's record is missing")
    return rows[0]


def _milestones(connection: Any) -> tuple[Milestone, ...]:
    rows = _rows(connection, MILESTONES)
    return tuple(Milestone(id_, name, _moment(at), who or "", place) for id_, name, at, who, place in rows)


def _moment(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def read_summary(connection: Any, *, schema_version: int, encrypted: bool) -> model.OperationInfo:
    """The operation's summary through a DB-API connection (sqlite3's, SQLCipher's, or the one under an
    open SQLAlchemy session). A stored value that cannot be read raises ValueError or LookupError."""
    name, country, description, sensitivity, matrix_version, created, updated = _one(connection, OPERATION)
    counts = {field: int(_one(connection, query)[0]) for field, query in COUNTS.items()}
    return model.OperationInfo(
        name=name,
        country=country,
        description=description or "",
        default_sensitivity=Sensitivity(sensitivity),
        schema_version=schema_version,
        standard_matrix_version=matrix_version,
        created_at=_moment(created),
        updated_at=_moment(updated),
        counts=model.Counts(**counts),
        encrypted=encrypted,
        milestones=_milestones(connection),
    )
