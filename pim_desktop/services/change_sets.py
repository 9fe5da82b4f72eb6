"""Undoing a change of many records at once (an import, a merge) on a shared server, where the operation
cannot be copied whole as a file is: the change is kept as every row's net change (before and after, whole,
as the change log saw them commit), and undo puts the rows before back, redo the rows after.

Others may have changed some of those rows since. Each is read again in the transaction that puts it back
(and locked, on a server) and must still be what the change left; otherwise nothing is put back, and the
undo is refused with how many records others changed: nothing anyone saved is overwritten in silence."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, Table, and_, delete, insert, update
from sqlalchemy.orm import Session

from pim_desktop.domain.errors import ChangedSinceError
from pim_desktop.storage.change_log import ChangedRow, Key, Row, rows_by_key
from pim_desktop.storage.model_base import Base
from pim_desktop.storage.operation_file import OperationFile

Result = TypeVar("Result")


@dataclass(frozen=True)
class ChangeSet:
    rows: tuple[ChangedRow, ...]


@dataclass(frozen=True)
class ChangeSide:
    """One side of a change of many records: the state before it (`undone`) or after it."""

    change: ChangeSet
    undone: bool


def captured_change(operation: OperationFile, change: Callable[[], Result]) -> tuple[Result, ChangeSet]:
    """Make the change, keeping every row it changed, whole."""
    with operation.capturing() as rows:
        result = change()
    return result, ChangeSet(tuple(rows))


def sides(change: ChangeSet) -> tuple[ChangeSide, ChangeSide]:
    """The states before and after the change, as an undo step holds them."""
    return ChangeSide(change, undone=True), ChangeSide(change, undone=False)


class ChangeSetHistory:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def restore(self, side: ChangeSide) -> None:
        """Put one side of the change back, if every row it touched is still as the other side left it."""
        wanted: dict[str, dict[Key, Row | None]] = {}
        leaving: dict[str, dict[Key, Row | None]] = {}
        for changed in side.change.rows:
            before, after = changed.before, changed.after
            wanted.setdefault(changed.table, {})[changed.key] = before if side.undone else after
            leaving.setdefault(changed.table, {})[changed.key] = after if side.undone else before
        tables = [table for table in Base.metadata.sorted_tables if table.name in wanted]  # parents first
        with self._file.changing() as session:
            overtaken = sum(_changed_since(session, table, leaving[table.name]) for table in tables)
            if overtaken:
                raise ChangedSinceError(overtaken)
            for table in reversed(tables):  # children's rows go before their parents'
                gone = [key for key, row in wanted[table.name].items() if row is None]
                for key in gone:
                    session.execute(delete(table).where(_is(table, key)))
            for table in tables:
                for key, row in wanted[table.name].items():
                    if row is None:
                        continue
                    if leaving[table.name][key] is None:
                        session.execute(insert(table), [row])
                    else:
                        session.execute(update(table).where(_is(table, key)).values(row))


def _is(table: Table, key: Key) -> ColumnElement[bool]:
    return and_(*(column == value for column, value in zip(table.primary_key.columns, key, strict=True)))


def _changed_since(session: Session, table: Table, expected: dict[Key, Row | None]) -> int:
    """How many of these rows are no longer as expected (None: absent). On a server the rows read stay
    locked until the transaction ends: a save landing in between waits for it."""
    found = rows_by_key(session.connection(), table, list(expected), lock=True)
    return sum(1 for key, row in expected.items() if found.get(key) != row)
