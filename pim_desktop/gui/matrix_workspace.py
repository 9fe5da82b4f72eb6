"""The matrix workspace: the grid, its search bar and side panel, and the Edit menu's matrix commands,
wired to one MatrixController per open operation."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from pim_desktop.domain import model
from pim_desktop.gui.actions import Actions
from pim_desktop.gui.controllers.matrix_controller import MatrixController
from pim_desktop.gui.models.matrix_model import MATCH_ROLE, MatrixTableModel
from pim_desktop.gui.views.matrix_grid import MatrixGrid
from pim_desktop.gui.views.matrix_side_panel import MatrixSidePanel

SEARCH_DELAY_MS = 150


class MatrixWorkspace(QObject):
    def __init__(
        self,
        window: QWidget,
        grid: MatrixGrid,
        panel: MatrixSidePanel,
        search_edit: QLineEdit,
        search_status: QLabel,
        changes_summary: QLabel,
        actions: Actions,
    ) -> None:
        super().__init__(window)
        self._window, self.grid, self.panel, self._actions = window, grid, panel, actions
        self._search_edit, self._search_status, self._changes_summary = (
            search_edit,
            search_status,
            changes_summary,
        )
        self.controller: MatrixController | None = None
        self._active = True
        self.model = MatrixTableModel()
        grid.setModel(self.model)
        grid.selectionModel().currentChanged.connect(self._current_changed)
        grid.horizontalHeader().sectionClicked.connect(self._category_clicked)
        grid.verticalHeader().sectionClicked.connect(self._row_clicked)
        grid.edit_requested.connect(self.edit_cell)
        panel.category_requested.connect(self.select_category)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        search_edit.textChanged.connect(self._search_timer.start)
        search_edit.returnPressed.connect(self.find_next)
        self._connect_actions()
        self._update_actions()

    # --- binding to an operation -------------------------------------------------------------------------

    def bind(self, controller: MatrixController | None) -> None:
        if self.controller is not None:
            self.controller.changed.disconnect(self._show)
            self.controller.failed.disconnect(self._refused)
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self._show)
            controller.failed.connect(self._refused)
        self.panel.bind(controller)
        self._show()
        if controller is not None and self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0, 0))

    def _show(self) -> None:
        if self.controller is None:
            self.model.set_content(model.Matrix(categories=[], rows=[]), {})
        else:
            self.model.set_content(self.controller.matrix, self.controller.system_names)
        self._update_changes_summary()
        self._update_actions()
        self._apply_search()

    def _update_changes_summary(self) -> None:
        if self.controller is None:
            self._changes_summary.clear()
            return
        matrix = self.controller.matrix
        changed = sum(1 for entries in matrix.cells.values() for e in entries if e.differs_from_standard)
        removed = sum(len(entries) for entries in matrix.removed.values())
        custom = sum(1 for row in matrix.rows if not row.is_standard)
        self._changes_summary.setText(
            self.tr("Against the standard matrix: {changed}, {removed}, {custom}").format(
                changed=self.tr("%n entry(ies) changed or added", "", changed),
                removed=self.tr("%n removed", "entries", removed),
                custom=self.tr("%n row(s) of the operation's own", "", custom),
            )
        )

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Not changed"), message)

    # --- selection ---------------------------------------------------------------------------------------

    def current_cell(self) -> tuple[int, int] | None:
        """(category id, row id) of the selected cell; None for no selection or the systems row."""
        index = self.grid.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return (self.model.category_at(index.column()).id, row.id) if row is not None else None

    def current_row(self) -> model.MatrixRow | None:
        index = self.grid.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_cell(self.current_cell())
        self._update_actions()

    def _open_panel(self, tab: QWidget) -> None:
        """Bring the side panel (in its dock) into view on the given tab."""
        dock = self.panel.parentWidget()
        if dock is not None and not dock.isVisible():
            dock.show()
        self.panel.tabs.setCurrentWidget(tab)

    def _category_clicked(self, column: int) -> None:
        self.panel.show_category(column)
        self._open_panel(self.panel.readTab)

    def _row_clicked(self, row: int) -> None:
        self.panel.show_row(row)
        self._open_panel(self.panel.readTab)

    def select_category(self, category_id: int) -> None:
        column = next((i for i, c in enumerate(self.model.matrix.categories) if c.id == category_id), None)
        if column is not None:
            self.grid.selectColumn(column)
            self.grid.setCurrentIndex(self.model.index(0, column))
            self._category_clicked(column)

    # --- search ------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self._search_edit.setFocus()
        self._search_edit.selectAll()

    def _apply_search(self) -> None:
        self.model.set_search(self._search_edit.text())
        if not self._search_edit.text().strip():
            self._search_status.clear()
            return
        counts = [
            self.model.index(row, column).data(MATCH_ROLE)
            for row in range(self.model.rowCount())
            for column in range(self.model.columnCount())
        ]
        entries, cells = sum(counts), sum(1 for count in counts if count)
        self._search_status.setText(
            self.tr("{matches} in {cells}", "search").format(
                matches=self.tr("%n match(es)", "", entries), cells=self.tr("%n cell(s)", "", cells)
            )
        )

    def find_next(self) -> None:
        """Move to the next cell (left to right, top to bottom) that matches the search."""
        if not self._search_edit.text().strip() or not self.model.columnCount():
            return
        columns, total = self.model.columnCount(), self.model.rowCount() * self.model.columnCount()
        current = self.grid.currentIndex()
        start = current.row() * columns + current.column() if current.isValid() else -1
        for step in range(1, total + 1):
            position = (start + step) % total
            index = self.model.index(position // columns, position % columns)
            if index.data(MATCH_ROLE):
                self.grid.setCurrentIndex(index)
                self.grid.scrollTo(index)
                return

    # --- commands ----------------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a, panel = self._actions, self.panel
        a.find.triggered.connect(self.focus_search)
        a.find_next.triggered.connect(self.find_next)
        a.edit_cell.triggered.connect(self.edit_cell)
        a.add_entry.triggered.connect(self.add_entry)
        a.remove_entry.triggered.connect(panel.remove_selected)
        a.move_entry_up.triggered.connect(lambda: panel.move_selected(-1))
        a.move_entry_down.triggered.connect(lambda: panel.move_selected(1))
        a.reset_entry.triggered.connect(panel.reset_selected)
        a.reset_cell.triggered.connect(panel.reset_cell)
        a.reset_row.triggered.connect(self.reset_row)
        a.reset_matrix.triggered.connect(self.reset_matrix)
        a.add_row.triggered.connect(self.add_row)
        a.rename_row.triggered.connect(self.rename_row)
        a.move_row_up.triggered.connect(lambda: self.move_row(-1))
        a.move_row_down.triggered.connect(lambda: self.move_row(1))
        a.remove_row.triggered.connect(self.remove_row)
        a.mark_changes.toggled.connect(self.model.set_mark_changes)

    def set_active(self, active: bool) -> None:
        """The matrix is in view: its commands are on (Find shares its key with the mapping filter)."""
        self._active = active
        self._update_actions()

    def _update_actions(self) -> None:
        controller = self.controller if self._active else None
        on = controller is not None
        writable = controller is not None and not controller.read_only
        row = self.current_row()
        editable_row = writable and row is not None and not row.is_locked
        custom_row = writable and row is not None and not row.is_standard
        for action in self._actions.matrix_edits():
            action.setEnabled(editable_row)
        self._actions.reset_row.setEnabled(editable_row and row is not None and row.is_standard)
        for action in (
            self._actions.rename_row,
            self._actions.move_row_up,
            self._actions.move_row_down,
            self._actions.remove_row,
        ):
            action.setEnabled(custom_row)
        self._actions.add_row.setEnabled(writable)
        self._actions.reset_matrix.setEnabled(writable)
        for action in (self._actions.find, self._actions.find_next, self._actions.edit_cell):
            action.setEnabled(on)

    def edit_cell(self) -> None:
        if self.current_cell() is None:
            return
        self._open_panel(self.panel.cellTab)
        if self.panel.entryList.currentRow() < 0 and self.panel.entryList.count():
            self.panel.entryList.setCurrentRow(0)
        self.panel.entryList.setFocus()
        self.panel.start_editing()

    def add_entry(self) -> None:
        if self.current_cell() is not None:
            self._open_panel(self.panel.cellTab)
            self.panel.start_adding()

    def _ask_row_name(self, title: str, text: str = "") -> str | None:
        name, accepted = QInputDialog.getText(
            self._window, title, self.tr("Name of the row:"), QLineEdit.EchoMode.Normal, text
        )
        return name if accepted else None

    def add_row(self) -> None:
        if self.controller is None:
            return
        name = self._ask_row_name(self.tr("Add a row of the operation's own"))
        if name is None:
            return
        row = self.current_row()
        index = self.model.matrix.rows.index(row) + 1 if row is not None else None
        row_id = self.controller.add_custom_row(name, index)
        if row_id is not None:
            self._select_row(row_id)

    def rename_row(self) -> None:
        row = self.current_row()
        if self.controller is not None and row is not None:
            name = self._ask_row_name(self.tr("Rename the row"), row.label)
            if name is not None:
                self.controller.rename_row(row.id, name)

    def move_row(self, offset: int) -> None:
        row = self.current_row()
        if self.controller is not None and row is not None:
            self.controller.move_row(row.id, offset)
            self._select_row(row.id)

    def remove_row(self) -> None:
        row = self.current_row()
        if self.controller is None or row is None:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Remove the row"),
            self.tr("Remove the row '{row}' and all its entries? You can undo this.").format(row=row.label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.remove_custom_row(row.id)

    def reset_row(self) -> None:
        row = self.current_row()
        if self.controller is not None and row is not None:
            self.controller.reset_row(row.id)

    def reset_matrix(self) -> None:
        if self.controller is None:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Reset the whole matrix"),
            self.tr(
                "Give every cell back its standard entries and remove the operation's own rows? "
                "You can undo this."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.reset_matrix()

    def _select_row(self, row_id: int) -> None:
        position = next((i for i, r in enumerate(self.model.matrix.rows) if r.id == row_id), None)
        if position is not None:
            column = max(self.grid.currentIndex().column(), 0)
            self.grid.selectionModel().setCurrentIndex(
                self.model.index(position, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.grid.scrollTo(self.model.index(position, column))
            self._update_actions()
