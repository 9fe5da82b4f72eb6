"""Many rows into one table at once, for imports that add tens of thousands: the driver's own executemany,
each value bound as SQLAlchemy binds it (enums by their code, days and times in the engine's format)."""

from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from pim_desktop.storage.change_log import note_inserted


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows that all name the same columns; nothing is read back but their keys, for the change log. Rows
    without their id are numbered first, as insert_numbered numbers them: the keys logged are the rows'
    own on a server too, whose sequence does not restart after the highest id as SQLite does."""
    if not rows:
        return
    keys = [column.name for column in table.primary_key.columns]
    if not all(name in rows[0] for name in keys):
        insert_numbered(session, table, rows)
        return
    note_inserted(session, table, [tuple(row[name] for name in keys) for row in rows])
    dialect = session.get_bind().dialect
    columns = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=columns)
    binders = {name: table.c[name].type.bind_processor(dialect) for name in columns}
    bound = [
        {name: binder(row[name]) if binder else row[name] for name, binder in binders.items()} for row in rows
    ]
    if compiled.positional:
        order = compiled.positiontup or columns
        session.connection().exec_driver_sql(str(compiled), [tuple(r[name] for name in order) for r in bound])
    else:
        session.connection().exec_driver_sql(str(compiled), bound)


def insert_numbered(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Rows given the next ids of the table in order (the transaction writes alone: SQLite holds the
    file's write lock from the first statement), and those ids. On a server, whose other users write at the
    same time and whose rows above one's clearance are invisible, the ids come from the table's sequence."""
    if session.get_bind().dialect.name == "postgresql":
        numbers = select(func.nextval(func.pg_get_serial_sequence(table.name, "id"))).select_from(
            func.generate_series(1, len(rows))
        )
        ids = list(session.scalars(numbers))
    else:
        first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
    insert_rows(session, table, [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids
