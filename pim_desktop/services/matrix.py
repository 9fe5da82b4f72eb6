"""Reading (and, with the matrix workspace, changing) the operation's PIM Matrix."""

from sqlalchemy import select

from pim_desktop.domain import model
from pim_desktop.domain.enums import EntryState
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile


def _category(record: models.Category) -> model.Category:
    return model.Category(
        id=record.id,
        code=record.code,
        position=record.position,
        label=record.label,
        group=record.group,
        is_standard=record.is_standard,
    )


def _row(record: models.MatrixRow) -> model.MatrixRow:
    return model.MatrixRow(
        id=record.id,
        code=record.code,
        position=record.position,
        label=record.label,
        is_standard=record.is_standard,
        is_locked=record.is_locked,
    )


def _entry(record: models.MatrixEntry) -> model.MatrixEntry:
    return model.MatrixEntry(
        id=record.id,
        category_id=record.category_id,
        row_id=record.row_id,
        position=record.position,
        text=record.text,
        state=record.state,
        standard_text=record.standard_text,
    )


class MatrixService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def matrix(self) -> model.Matrix:
        """The whole matrix in one read: categories and rows in order, entries grouped by cell."""
        with self._file.session() as session:
            categories = [_category(c) for c in session.scalars(select(models.Category).order_by("position"))]
            rows = [_row(r) for r in session.scalars(select(models.MatrixRow).order_by("position"))]
            cells: dict[tuple[int, int], list[model.MatrixEntry]] = {}
            removed: dict[tuple[int, int], list[model.MatrixEntry]] = {}
            ordered = select(models.MatrixEntry).order_by(
                models.MatrixEntry.category_id, models.MatrixEntry.row_id, models.MatrixEntry.position
            )
            for record in session.scalars(ordered):
                target = removed if record.state is EntryState.REMOVED else cells
                target.setdefault((record.category_id, record.row_id), []).append(_entry(record))
        return model.Matrix(categories=categories, rows=rows, cells=cells, removed=removed)
