"""The matrix workspace's logic: every user intention becomes a service call wrapped in an undo command."""

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from pim_desktop.domain import model
from pim_desktop.gui.controllers.base import Result, UndoableController
from pim_desktop.services.mapping import MappingService, group_by_category
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.matrix_history import MatrixHistory, Scope
from pim_desktop.services.operations import OpenOperation

SystemsSource = Callable[[], list[model.SystemSummary]]


class MatrixController(UndoableController):
    def __init__(
        self, operation_file: OpenOperation, undo_stack: QUndoStack, systems: SystemsSource | None = None
    ) -> None:
        """`systems` gives the mapped systems when another controller holds them already."""
        super().__init__(operation_file, undo_stack)
        self._service = MatrixService(operation_file)
        self._history = MatrixHistory(operation_file)
        self._mapping = MappingService(operation_file)
        self._systems = systems or self._mapping.system_summaries
        self._load()

    def _load(self) -> None:
        self.matrix = self._service.matrix()
        self.system_names = self._mapping.system_names()  # the matrix's row of systems
        # The systems in full (the side panel's pages and search) are the register's: read when first asked
        # for, so that the matrix of a large operation shows without waiting for them
        self._grouped: dict[int, list[model.SystemSummary]] | None = None

    @property
    def systems(self) -> dict[int, list[model.SystemSummary]]:
        """Each category's systems in full, as group_by_category gives them."""
        if self._grouped is None:
            self._grouped = group_by_category(self._systems())
        return self._grouped

    def reload(self) -> None:
        self._load()
        super().reload()

    def _apply(
        self,
        text: str,
        scope: Scope,
        change: Callable[[], Result],
        scope_after: Callable[[Result], Scope] | None = None,
        merge_key: int | None = None,
    ) -> Result | None:
        return self.apply(
            text,
            change,
            lambda: self._history.snapshot(scope),
            lambda result: self._history.snapshot(scope_after(result) if scope_after else scope),
            self._history.restore,
            merge_key,
            reread=lambda snapshot: self._history.snapshot(snapshot.scope),  # a change may widen its scope
        )

    # --- entries -----------------------------------------------------------------------------------------

    def add_entry(self, category_id: int, row_id: int, text: str, index: int | None = None) -> int | None:
        return self._apply(
            self.tr("Add entry"),
            Scope.cell(category_id, row_id),
            lambda: self._service.add_entry(category_id, row_id, text, index),
        )

    def edit_entry(self, entry: model.MatrixEntry, text: str) -> None:
        if text == entry.text:
            return
        self._apply(
            self.tr("Edit entry"),
            Scope.cell(entry.category_id, entry.row_id),
            lambda: self._service.edit_entry(entry.id, text, base=entry),
            merge_key=entry.id,
        )

    def remove_entry(self, entry: model.MatrixEntry) -> None:
        self._apply(
            self.tr("Remove entry"),
            Scope.cell(entry.category_id, entry.row_id),
            lambda: self._service.remove_entry(entry.id, base=entry),
        )

    def move_entry(self, entry: model.MatrixEntry, offset: int) -> None:
        self._apply(
            self.tr("Move entry"),
            Scope.cell(entry.category_id, entry.row_id),
            lambda: self._service.move_entry(entry.id, offset),
        )

    def reset_entry(self, entry: model.MatrixEntry) -> None:
        self._apply(
            self.tr("Reset entry to the standard"),
            Scope.cell(entry.category_id, entry.row_id),
            lambda: self._service.reset_entry(entry.id),
        )

    def reset_cell(self, category_id: int, row_id: int) -> None:
        self._apply(
            self.tr("Reset cell to the standard"),
            Scope.cell(category_id, row_id),
            lambda: self._service.reset_cell(category_id, row_id),
        )

    def reset_row(self, row_id: int) -> None:
        self._apply(
            self.tr("Reset row to the standard"), Scope.rows(row_id), lambda: self._service.reset_row(row_id)
        )

    def reset_matrix(self) -> None:
        self._apply(self.tr("Reset the whole matrix"), Scope.everything(), self._service.reset_matrix)

    # --- the operation's own rows ------------------------------------------------------------------------

    def add_custom_row(self, label: str, index: int | None = None) -> int | None:
        return self._apply(
            self.tr("Add row"),
            Scope.rows(),
            lambda: self._service.add_custom_row(label, index),
            scope_after=lambda row_id: Scope.rows(row_id),
        )

    def rename_row(self, row_id: int, label: str) -> None:
        self._apply(self.tr("Rename row"), Scope.rows(), lambda: self._service.rename_row(row_id, label))

    def move_row(self, row_id: int, offset: int) -> None:
        self._apply(self.tr("Move row"), Scope.rows(), lambda: self._service.move_row(row_id, offset))

    def remove_custom_row(self, row_id: int) -> None:
        self._apply(
            self.tr("Remove row"), Scope.rows(row_id), lambda: self._service.remove_custom_row(row_id)
        )
