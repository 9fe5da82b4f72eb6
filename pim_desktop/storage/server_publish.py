"""Copying an operation's rows from one database to another with the same ids and row versions (so that every
link between records, and every record's version, stays as it was), in the caller's transaction: publishing
a file into a prepared, empty server database, and taking what a login sees on a server offline into a new
file (storage/offline.py). A published file's change log comes with it as the history before publishing;
the copy itself is no change (storage/server_audit.py).

What is copied is what the source lets its reader read: on a server the row-level security has filtered
the rows already, and a table the login may not read at all (the change log, the merge records and the
milestones' pictures are the admins') is left out. A file's own provenance as an offline copy is never
copied: it says where that file came from."""

from collections.abc import Callable

from sqlalchemy import Connection, Table, func, insert, select, text

from pim_desktop.storage import models

BATCH = 1000
NEVER_COPIED = frozenset({models.OfflineOrigin.__tablename__})


def _rows_in_order(source: Connection, table: Table) -> list[dict]:
    """The table's rows, parents before their children where a table points to itself (process steps)."""
    query = select(table)
    for column in table.columns:
        if any(key.column.table is table for key in column.foreign_keys):
            query = query.order_by(column.is_not(None))
    primary = list(table.primary_key.columns)
    return [dict(row) for row in source.execute(query.order_by(*primary)).mappings()]


def readable_tables(source: Connection) -> list[Table]:
    """The operation's tables, parents first, that the source's login may read whole (a file's: all)."""
    tables = [t for t in models.Base.metadata.sorted_tables if t.name not in NEVER_COPIED]
    if source.dialect.name != "postgresql":
        return tables
    allowed: dict[str, bool] = dict(
        source.execute(
            text("SELECT name, has_table_privilege(name, 'SELECT') FROM unnest(CAST(:names AS text[])) name"),
            {"names": [t.name for t in tables]},
        ).all()
    )
    return [t for t in tables if allowed[t.name]]


def _continue_sequence(target: Connection, table: Table, rows: list[dict]) -> None:
    """A server's id sequence continues after the highest id copied (a file's next id is found by SQLite)."""
    if target.dialect.name != "postgresql" or not rows:
        return
    if "id" in table.c and table.c.id.autoincrement is not False and len(table.primary_key.columns) == 1:
        sequence = target.execute(select(func.pg_get_serial_sequence(table.name, "id"))).scalar_one_or_none()
        if sequence is not None:
            target.execute(text("SELECT setval(:s, :n)"), {"s": sequence, "n": max(r["id"] for r in rows)})


def copy_tables(
    source: Connection, target: Connection, progress: Callable[[int, int], None] | None = None
) -> dict[str, int]:
    """Rows copied table by table, parents first, from every table the source lets its login read; a
    server target's id sequences then continue after the highest id copied. Returns how many rows of each
    table; `progress` hears (tables done, tables in all) after each."""
    copied: dict[str, int] = {}
    tables = readable_tables(source)
    for done, table in enumerate(tables, start=1):
        rows = _rows_in_order(source, table)
        for start in range(0, len(rows), BATCH):
            target.execute(insert(table), rows[start : start + BATCH])
        copied[table.name] = len(rows)
        _continue_sequence(target, table, rows)
        if progress is not None:
            progress(done, len(tables))
    if target.dialect.name == "postgresql":  # published: the file's log is the history before the audit
        target.execute(text("SELECT pim_mark_published()"))
        # the planner's statistics of the tables just filled (the server's own would come a minute or so
        # later): without them it guesses a few hundred rows where there are 20,000, and picks slow plans
        target.execute(text("ANALYZE"))
    return copied
