"""Publishing: every row of every table of an operation file copied into a prepared, empty server database,
in one transaction, with the same ids (so that every link between records stays as it was), and the
tables' statistics gathered."""

from sqlalchemy import Connection, Table, func, insert, select, text

from pim_desktop.storage import models

BATCH = 1000


def _rows_in_order(source: Connection, table: Table) -> list[dict]:
    """The table's rows, parents before their children where a table points to itself (process steps)."""
    query = select(table)
    for column in table.columns:
        if any(key.column.table is table for key in column.foreign_keys):
            query = query.order_by(column.is_not(None))
    primary = list(table.primary_key.columns)
    return [dict(row) for row in source.execute(query.order_by(*primary)).mappings()]


def copy_tables(source: Connection, target: Connection) -> dict[str, int]:
    """Rows copied table by table, parents first; the server's id sequences then continue after the highest
    id copied. Returns how many rows of each table."""
    copied: dict[str, int] = {}
    for table in models.Base.metadata.sorted_tables:
        rows = _rows_in_order(source, table)
        for start in range(0, len(rows), BATCH):
            target.execute(insert(table), rows[start : start + BATCH])
        copied[table.name] = len(rows)
        if "id" in table.c and table.c.id.autoincrement is not False and len(table.primary_key.columns) == 1:
            sequence = target.execute(
                select(func.pg_get_serial_sequence(table.name, "id"))
            ).scalar_one_or_none()
            if sequence is not None and rows:
                target.execute(
                    text("SELECT setval(:s, :n)"), {"s": sequence, "n": max(r["id"] for r in rows)}
                )
    # the planner's statistics of the tables just filled (the server's own would come a minute or so later):
    # without them it guesses a few hundred rows where there are 20,000, and picks slow plans meanwhile
    target.execute(text("ANALYZE"))
    return copied
