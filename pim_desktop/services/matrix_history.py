"""Snapshots of the matrix, so that every change can be undone and redone exactly.

A snapshot holds every row's settings (rows are few) and the entries of a scope: one cell, some rows, or the
whole matrix, with the systems that picked those entries. Restoring a snapshot updates records in place and
keeps their ids, so that links from information systems to entries survive an undo.
"""

from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import EntryState
from pim_desktop.services.matrix import row_from_record
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile


@dataclass(frozen=True)
class Scope:
    """Which entries a change touches: one cell, the cells of some rows, or (both None) the whole matrix."""

    row_ids: frozenset[int] | None = None
    category_id: int | None = None

    @staticmethod
    def cell(category_id: int, row_id: int) -> "Scope":
        return Scope(frozenset({row_id}), category_id)

    @staticmethod
    def rows(*row_ids: int) -> "Scope":
        return Scope(frozenset(row_ids))

    @staticmethod
    def everything() -> "Scope":
        return Scope()


@dataclass(frozen=True)
class EntryRecord:
    id: int
    category_id: int
    row_id: int
    position: int
    text: str
    state: EntryState
    standard_key: str | None
    standard_text: str | None


@dataclass(frozen=True)
class MatrixSnapshot:
    scope: Scope
    rows: tuple[model.MatrixRow, ...]
    entries: tuple[EntryRecord, ...]
    system_links: tuple[tuple[int, int], ...] = field(default=())  # (system id, entry id)


def _in_scope(scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.row_ids is not None:
        conditions.append(models.MatrixEntry.row_id.in_(scope.row_ids))
    if scope.category_id is not None:
        conditions.append(models.MatrixEntry.category_id == scope.category_id)
    return conditions


class MatrixHistory:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def snapshot(self, scope: Scope) -> MatrixSnapshot:
        with self._file.session() as session:
            rows = tuple(
                row_from_record(r)
                for r in session.scalars(select(models.MatrixRow).order_by(models.MatrixRow.position))
            )
            entries = tuple(
                EntryRecord(
                    e.id,
                    e.category_id,
                    e.row_id,
                    e.position,
                    e.text,
                    e.state,
                    e.standard_key,
                    e.standard_text,
                )
                for e in session.scalars(
                    select(models.MatrixEntry).where(*_in_scope(scope)).order_by(models.MatrixEntry.id)
                )
            )
            entry_ids = [entry.id for entry in entries]
            links = tuple(  # sorted: two snapshots of the same cells are equal
                sorted(
                    (link.system_id, link.entry_id)
                    for link in session.scalars(
                        select(models.SystemMatrixEntry).where(
                            models.SystemMatrixEntry.entry_id.in_(entry_ids)
                        )
                    )
                )
            )
        return MatrixSnapshot(scope=scope, rows=rows, entries=entries, system_links=links)

    def restore(self, snapshot: MatrixSnapshot) -> None:
        with self._file.changing() as session:
            self._restore_rows(session, snapshot.rows)
            wanted = {entry.id: entry for entry in snapshot.entries}
            current = {
                e.id: e for e in session.scalars(select(models.MatrixEntry).where(*_in_scope(snapshot.scope)))
            }
            for entry_id, stale in current.items():
                if entry_id not in wanted:
                    session.delete(stale)
            session.flush()
            for entry in snapshot.entries:
                record = current.get(entry.id) or session.get(models.MatrixEntry, entry.id)
                if record is None:
                    record = models.MatrixEntry(id=entry.id)
                    session.add(record)
                record.category_id, record.row_id, record.position = (
                    entry.category_id,
                    entry.row_id,
                    entry.position,
                )
                record.text, record.state = entry.text, entry.state
                record.standard_key, record.standard_text = entry.standard_key, entry.standard_text
            session.flush()
            link_query = select(models.SystemMatrixEntry.system_id, models.SystemMatrixEntry.entry_id).where(
                models.SystemMatrixEntry.entry_id.in_(list(wanted))
            )
            existing_links = {(system_id, entry_id) for system_id, entry_id in session.execute(link_query)}
            system_ids = set(session.scalars(select(models.InformationSystem.id)))
            for system_id, entry_id in snapshot.system_links:
                if (system_id, entry_id) not in existing_links and system_id in system_ids:
                    session.add(models.SystemMatrixEntry(system_id=system_id, entry_id=entry_id))

    @staticmethod
    def _restore_rows(session: Session, rows: tuple[model.MatrixRow, ...]) -> None:
        wanted = {row.id for row in rows}
        session.execute(delete(models.MatrixRow).where(models.MatrixRow.id.not_in(wanted)))
        for row in rows:
            record = session.get(models.MatrixRow, row.id)
            if record is None:
                record = models.MatrixRow(id=row.id)
                session.add(record)
            record.code, record.position, record.label = row.code, row.position, row.label
            record.is_standard, record.is_locked = row.is_standard, row.is_locked
        session.flush()
