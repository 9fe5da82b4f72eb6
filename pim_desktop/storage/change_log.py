"""The change log, written from one place: listeners on the sessions of an open operation file, so that every
change made through the services (an edit, an import, a merge, an undo) is logged without any service
remembering to.

While a transaction runs, the listeners note which rows it touches and what each held before (read from the
file the first time a row is touched: ORM flushes, the services' own INSERT/UPDATE/DELETE statements, the
bulk inserts of imports). When it commits, each touched row is read again and its net change is logged: an
undo that deletes a record's rows and puts the old ones back is logged as the fields it changed back, and a
row put back as it was is not logged at all."""

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, event, insert, inspect, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, object_session, sessionmaker
from sqlalchemy.sql.dml import Delete, Insert, Update

from pim_desktop.storage.change_models import ChangeRecord
from pim_desktop.storage.model_base import Base, utc_now

Key = tuple[Any, ...]
Row = dict[str, Any]

UNLOGGED_TABLES = frozenset({"change_log", "milestone", "merge_record", "alembic_version"})
# set by the program itself or folded from a logged field: nobody changes them by hand
UNLOGGED_COLUMNS = frozenset({"created_at", "updated_at", "name_key", "acronym_key", "row_version"})
_ON = "pim_change_log_on"  # in the info of the sessions whose changes are followed
_LOG = "pim_change_log_write"  # in the info of the sessions that write them to the change log (a file's)
_PENDING = (
    "pim_change_log"  # in session.info: {(table name, key): the row before, or None if it was not there}
)
_CHUNK = 400  # keys read per statement, under SQLite's limit of bound values
CAPTURE = "pim_change_capture"  # in session.info: a list that receives each row's net change (ChangedRow)


@dataclass(frozen=True)
class ChangedRow:
    """One row's net change in a committed transaction, whole: what an undo of many records puts back."""

    table: str
    key: Key
    before: Row | None  # None: the row was added
    after: Row | None  # None: the row was deleted


def install(sessions: sessionmaker[Session], who: Callable[[], str], *, log: bool = True) -> None:
    """Log every change committed by the sessions of this factory, in the name `who()` gives then. Without
    `log` (a server, whose audit is the log) changes are followed only in a session that captures them."""
    sessions.configure(info={_ON: True, _LOG: True} if log else {})
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _before_statement)
    event.listen(sessions, "before_commit", lambda session: _write(session, who()))
    event.listen(sessions, "after_rollback", lambda session: session.info.pop(_PENDING, None))


def capture_into(session: Session, rows: list["ChangedRow"]) -> None:
    """Follow this session's changes and hand each row's net change, whole, to `rows` when it commits."""
    session.info[_ON] = True
    session.info[CAPTURE] = rows


def _pending(session: Session) -> dict[tuple[str, Key], Row | None]:
    pending: dict[tuple[str, Key], Row | None] = session.info.setdefault(_PENDING, {})
    return pending


def note_inserted(session: Session, table: Table, keys: Iterable[Key]) -> None:
    """Rows a bulk insert wrote without the ORM (storage/bulk.py): none was there before."""
    if table.name in UNLOGGED_TABLES or not session.info.get(_ON):
        return
    pending = _pending(session)
    for key in keys:
        pending.setdefault((table.name, key), None)


def _note_before(session: Session, table: Table, keys: list[Key]) -> None:
    pending = _pending(session)
    new = [key for key in dict.fromkeys(keys) if (table.name, key) not in pending]
    if not new:
        return
    found = rows_by_key(session.connection(), table, new)
    for key in new:
        pending[(table.name, key)] = found.get(key)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    if not session.info.get(_ON):
        return
    touched: dict[Table, list[Key]] = {}
    for instance in (*session.dirty, *session.deleted):
        state = inspect(instance)
        table = state.mapper.local_table
        if state.key is None or not isinstance(table, Table) or table.name in UNLOGGED_TABLES:
            continue
        touched.setdefault(table, []).append(tuple(state.identity or ()))
    for instance in session.new:  # a new row given the key of a row deleted in the same flush
        mapper = inspect(instance).mapper
        key = tuple(mapper.primary_key_from_instance(instance))
        table = mapper.local_table
        if None not in key and isinstance(table, Table) and table.name not in UNLOGGED_TABLES:
            touched.setdefault(table, []).append(key)
    for table, keys in touched.items():
        _note_before(session, table, keys)


@event.listens_for(Base, "before_delete", propagate=True)
def _before_delete(_mapper: object, connection: Connection, instance: object) -> None:
    """A row the flush deletes on its own: an orphan (an area taken off a system), a cascade."""
    session = object_session(instance)
    if session is None or not session.info.get(_ON):
        return
    state = inspect(instance)
    table = state.mapper.local_table
    key = tuple(state.identity or ())
    if (
        isinstance(table, Table)
        and table.name not in UNLOGGED_TABLES
        and (table.name, key) not in _pending(session)
    ):
        _pending(session)[(table.name, key)] = rows_by_key(connection, table, [key]).get(key)


def _after_flush(session: Session, _context: object) -> None:
    if not session.info.get(_ON):
        return
    for instance in session.new:  # their keys are known once inserted
        mapper = inspect(instance).mapper
        table = mapper.local_table
        if isinstance(table, Table):
            note_inserted(session, table, [tuple(mapper.primary_key_from_instance(instance))])


def _before_statement(state: ORMExecuteState) -> None:
    """The services' own INSERT, UPDATE and DELETE statements (undo puts records back with them)."""
    statement = state.statement
    if not isinstance(statement, Insert | Update | Delete) or not state.session.info.get(_ON):
        return
    table = statement.table
    if not isinstance(table, Table) or table.name in UNLOGGED_TABLES:
        return
    if isinstance(statement, Insert):
        given = state.parameters
        rows: list[Any] = list(given) if isinstance(given, list | tuple) else [given or {}]
        names = [column.name for column in table.primary_key.columns]
        note_inserted(state.session, table, [tuple(row.get(name) for name in names) for row in rows])
        return
    query = select(*table.primary_key.columns)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    keys = [tuple(row) for row in state.session.connection().execute(query)]
    _note_before(state.session, table, keys)


def rows_by_key(
    connection: Connection, table: Table, keys: list[Key], *, lock: bool = False
) -> dict[Key, Row]:
    """The rows of a table with these primary keys, by key; `lock`ed for the transaction on a server."""
    columns = list(table.primary_key.columns)
    found: dict[Key, Row] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        condition: ColumnElement[bool]
        if len(columns) == 1:
            condition = columns[0].in_([key[0] for key in chunk])
        else:
            condition = or_(*(and_(*(c == v for c, v in zip(columns, key, strict=True))) for key in chunk))
        query = select(table).where(condition)
        for row in connection.execute(query.with_for_update() if lock else query):
            values = dict(row._mapping)
            found[tuple(values[c.name] for c in columns)] = values
    return found


def _write(session: Session, who: str) -> None:
    session.flush()  # what is still pending is noted before the log is written
    pending: dict[tuple[str, Key], Row | None] = session.info.pop(_PENDING, {})
    if not pending:
        return
    connection, now = session.connection(), utc_now()
    captured: list[ChangedRow] | None = session.info.get(CAPTURE)
    # logged table by table, parents first, each's rows by key: the order they were touched and read in is
    # each engine's own (PostgreSQL reads a changed row last), the log is the same on both
    by_table: dict[str, list[Key]] = {table.name: [] for table in Base.metadata.sorted_tables}
    for table_name, key in pending:
        by_table[table_name].append(key)
    records = []
    for table_name, keys in by_table.items():
        if not keys:
            continue
        table = Base.metadata.tables[table_name]
        after = rows_by_key(connection, table, [key for key in keys if None not in key])
        for key in sorted(keys, key=_in_order):
            change = difference(pending[(table_name, key)], after.get(key))
            if change is not None and captured is not None:
                captured.append(ChangedRow(table_name, key, pending[(table_name, key)], after.get(key)))
            if change is not None:
                operation, fields = change
                row_key = "/".join(str(value) for value in key)
                records.append(_record(now, who, table_name, row_key, operation, fields))
    if records and session.info.get(_LOG):
        connection.execute(insert(ChangeRecord), records)


def _in_order(key: Key) -> tuple[tuple[bool, Any], ...]:
    return tuple((value is None, value) for value in key)


def _record(at: datetime, who: str, table: str, row: str, operation: str, fields: Row) -> Row:
    changes = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return {
        "at": at,
        "who": who,
        "table_name": table,
        "row_key": row,
        "operation": operation,
        "changes": changes,
    }


def difference(before: Row | None, after: Row | None) -> tuple[str, Row] | None:
    """How a row changed as (operation, {column: {"from", "to"}}), or None when it did not."""
    if before is None and after is None:
        return None
    if before is None or after is None:
        operation = "insert" if before is None else "delete"
        values = after if before is None else before
        assert values is not None
        fields = {
            name: _pair(None, value) if before is None else _pair(value, None)
            for name, value in _logged(values)
            if value not in (None, "")
        }
        return operation, fields
    fields = {
        name: _pair(value, after.get(name)) for name, value in _logged(before) if value != after.get(name)
    }
    return ("update", fields) if fields else None


def _logged(values: Row) -> Iterator[tuple[str, Any]]:
    return ((name, value) for name, value in values.items() if name not in UNLOGGED_COLUMNS)


def _pair(before: Any, after: Any) -> Row:
    return {"from": plain(before), "to": plain(after)}


def plain(value: Any) -> Any:
    """A stored value as JSON holds it: codes for coded values, ISO days and times."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
