"""The panel beside the matrix: the selected cell's entries to change, a reading view (a category down its
rows, or a row across the categories), and "find a source"."""

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QListWidgetItem, QWidget

from pim_desktop.domain import model
from pim_desktop.gui import view_keys
from pim_desktop.gui.controllers.matrix_controller import MatrixController
from pim_desktop.gui.form_types.matrix_side_panel import MatrixSidePanelForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import in_window_direction, translate
from pim_desktop.gui.models.matrix_model import LOCKED_TOOLTIP
from pim_desktop.gui.views import reading
from pim_desktop.services.search import find_sources

ENTRY_DATA = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150


class MatrixSidePanel(QWidget, MatrixSidePanelForm):
    category_requested = Signal(int)  # a link asked to show a category in the grid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("matrix_side_panel.ui", self)
        self.controller: MatrixController | None = None
        self._cell: tuple[int, int] | None = None  # (category id, row id) shown in the Cell tab
        self._reading: tuple[str, int | None] | None = None  # ("category", column) or ("row", row index)
        self._pending_item: QListWidgetItem | None = None  # a new entry being typed, not stored yet
        self._source_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._source_timer.timeout.connect(self._find_sources)
        self.sourceQuery.textChanged.connect(self._source_timer.start)
        self.readingView.anchorClicked.connect(self._follow_link)
        self.sourceResults.anchorClicked.connect(self._follow_link)
        self.entryList.itemChanged.connect(self._entry_edited)
        self.entryList.itemDelegate().closeEditor.connect(self._editor_closed)
        self.entryList.currentRowChanged.connect(self._update_buttons)
        self.entryList.installEventFilter(self)
        self.addButton.clicked.connect(self.start_adding)
        self.editButton.clicked.connect(self.start_editing)
        self.removeButton.clicked.connect(self.remove_selected)
        self.upButton.clicked.connect(lambda: self.move_selected(-1))
        self.downButton.clicked.connect(lambda: self.move_selected(1))
        self.resetEntryButton.clicked.connect(self.reset_selected)
        self.restoreButton.clicked.connect(self.restore_selected)
        self.resetCellButton.clicked.connect(self.reset_cell)
        self.show_cell(None)

    def bind(self, controller: MatrixController | None) -> None:
        if self.controller is not None:
            self.controller.changed.disconnect(self.refresh)
        self.controller = controller
        self._cell = None
        self._reading = None
        if controller is not None:
            controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.show_cell(self._cell)
        if self._reading is not None:
            kind, index = self._reading
            (self.show_category if kind == "category" else self.show_row)(index)
        else:
            hint = self.tr(
                "Click a category's name to read it from top to bottom, or a row's name to compare the "
                "categories across that row."
            )
            self.readingView.setHtml(in_window_direction(f"<p>{escape(hint)}</p>"))
        self._find_sources()

    # --- the Cell tab ------------------------------------------------------------------------------------

    def _row(self, row_id: int) -> model.MatrixRow | None:
        matrix = self.controller.matrix if self.controller else None
        return next((r for r in matrix.rows if r.id == row_id), None) if matrix else None

    def show_cell(self, cell: tuple[int, int] | None) -> None:
        """Show one cell's entries; None (or the systems row) shows no cell."""
        self._cell = cell
        self._pending_item = None
        controller = self.controller
        matrix = controller.matrix if controller else None
        row = self._row(cell[1]) if cell and matrix else None
        category = next((c for c in matrix.categories if c.id == cell[0]), None) if cell and matrix else None
        current = self._selected_entry()
        self.entryList.blockSignals(True)
        self.entryList.clear()
        self.removedList.clear()
        if row is None or category is None or matrix is None or controller is None:
            self._cell = None
            self.cellTitle.setText(self.tr("Select a cell of the matrix to see and change its entries."))
            self.lockNotice.setVisible(False)
        else:
            self.cellTitle.setText(f"<b>{category.label}</b> · {row.label}")
            locked = row.is_locked
            self.lockNotice.setVisible(locked or controller.read_only)
            self.lockNotice.setText(
                translate("Matrix", LOCKED_TOOLTIP)
                if locked
                else self.tr("This file is read-only: nothing can be changed.")
            )
            editable = not locked and not controller.read_only
            for entry in matrix.cell(category.id, row.id):
                item = QListWidgetItem(entry.text)
                item.setData(ENTRY_DATA, entry)
                if editable:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                if entry.differs_from_standard:
                    item.setToolTip(self._difference_note(entry))
                    item.setText(f"{entry.text} ✎")
                self.entryList.addItem(item)
                if current is not None and current.id == entry.id:
                    self.entryList.setCurrentItem(item)
            for entry in matrix.removed.get((category.id, row.id), []):
                item = QListWidgetItem(entry.standard_text or entry.text)
                item.setData(ENTRY_DATA, entry)
                self.removedList.addItem(item)
        self.entryList.blockSignals(False)
        self._update_buttons()

    @staticmethod
    def _difference_note(entry: model.MatrixEntry) -> str:
        if entry.standard_text is None:
            return "Added by the operation"
        return f"Changed by the operation. Standard text: {entry.standard_text}"

    def _editable(self) -> bool:
        row = self._row(self._cell[1]) if self._cell else None
        return (
            row is not None
            and not row.is_locked
            and self.controller is not None
            and not self.controller.read_only
        )

    def _update_buttons(self) -> None:
        editable = self._editable()
        selected = self._selected_entry() is not None
        self.addButton.setEnabled(editable)
        for button in (self.editButton, self.removeButton, self.upButton, self.downButton):
            button.setEnabled(editable and selected)
        entry = self._selected_entry()
        self.resetEntryButton.setEnabled(editable and entry is not None and entry.differs_from_standard)
        self.restoreButton.setEnabled(editable and self.removedList.count() > 0)
        self.resetCellButton.setEnabled(editable)
        self.removedTitle.setVisible(self.removedList.count() > 0)
        self.removedList.setVisible(self.removedList.count() > 0)
        self.restoreButton.setVisible(self.removedList.count() > 0)

    def _selected_entry(self) -> model.MatrixEntry | None:
        item = self.entryList.currentItem()
        entry = item.data(ENTRY_DATA) if item is not None else None
        return entry if isinstance(entry, model.MatrixEntry) else None

    def start_adding(self) -> None:
        """A new line in the list, in edit mode; it is stored when the typing is confirmed."""
        if not self._editable():
            return
        self.entryList.blockSignals(True)
        item = QListWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        row = self.entryList.currentRow() + 1 if self.entryList.currentRow() >= 0 else self.entryList.count()
        self.entryList.insertItem(row, item)
        self.entryList.setCurrentItem(item)
        self.entryList.blockSignals(False)
        self._pending_item = item
        self.entryList.setFocus()
        self.entryList.editItem(item)

    def start_editing(self) -> None:
        item = self.entryList.currentItem()
        if item is not None and self._editable():
            entry = item.data(ENTRY_DATA)
            self.entryList.blockSignals(True)
            item.setText(entry.text)  # without the change mark
            self.entryList.blockSignals(False)
            self.entryList.setFocus()
            self.entryList.editItem(item)

    def _entry_edited(self, item: QListWidgetItem) -> None:
        if self.controller is None or self._cell is None:
            return
        text = item.text()
        if item is self._pending_item:
            self._pending_item = None
            index = self.entryList.row(item)
            if text.strip():
                self.controller.add_entry(*self._cell, text, index)
            else:
                self.show_cell(self._cell)
            return
        entry = item.data(ENTRY_DATA)
        if isinstance(entry, model.MatrixEntry):
            if text.strip():
                self.controller.edit_entry(entry, text)
            else:
                self.controller.remove_entry(entry)  # emptied: the user wants it gone
            self.show_cell(self._cell)  # also puts the text back when the change was refused

    def _editor_closed(self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint) -> None:
        if self._pending_item is not None:  # cancelled, or confirmed empty: no entry to add
            self._pending_item = None
            self.show_cell(self._cell)

    def remove_selected(self) -> None:
        entry = self._selected_entry()
        if entry is not None and self.controller is not None and self._editable():
            row = self.entryList.currentRow()
            self.controller.remove_entry(entry)
            self.entryList.setCurrentRow(min(row, self.entryList.count() - 1))

    def move_selected(self, offset: int) -> None:
        entry = self._selected_entry()
        if entry is not None and self.controller is not None and self._editable():
            self.controller.move_entry(entry, offset)

    def reset_selected(self) -> None:
        entry = self._selected_entry()
        if entry is not None and self.controller is not None:
            self.controller.reset_entry(entry)

    def restore_selected(self) -> None:
        item = self.removedList.currentItem() or self.removedList.item(0)
        if item is not None and self.controller is not None:
            self.controller.reset_entry(item.data(ENTRY_DATA))

    def reset_cell(self) -> None:
        if self._cell is not None and self.controller is not None:
            self.controller.reset_cell(*self._cell)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Keyboard in the entry list: Insert adds, Delete removes, Alt+Up/Down move, F2 edits."""
        if (
            watched is self.entryList
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            # while an entry is being typed, keys go to its editor, not here
            for key, act in (
                (view_keys.ADD_ENTRY, self.start_adding),
                (view_keys.REMOVE_ENTRY, self.remove_selected),
                (view_keys.EDIT_ENTRY, self.start_editing),
                (view_keys.ENTRY_UP, lambda: self.move_selected(-1)),
                (view_keys.ENTRY_DOWN, lambda: self.move_selected(1)),
            ):
                if key.matches(event):
                    act()
                    return True
        return super().eventFilter(watched, event)

    # --- the Read and Find a source tabs -----------------------------------------------------------------

    def show_category(self, column: int | None) -> None:
        if self.controller is None or column is None or column >= len(self.controller.matrix.categories):
            return
        self._reading = ("category", column)
        category = self.controller.matrix.categories[column]
        systems = self.controller.systems.get(category.id, [])
        self.readingView.setHtml(
            in_window_direction(reading.category_page(self.controller.matrix, category, systems))
        )

    def show_row(self, row_index: int | None) -> None:
        if self.controller is None or row_index is None or row_index > len(self.controller.matrix.rows):
            return
        self._reading = ("row", row_index)
        matrix = self.controller.matrix
        row = matrix.rows[row_index] if row_index < len(matrix.rows) else None
        self.readingView.setHtml(in_window_direction(reading.row_page(matrix, row, self.controller.systems)))

    def _find_sources(self) -> None:
        if self.controller is None:
            self.sourceResults.clear()
            return
        query = self.sourceQuery.text()
        # the systems in full are read only once something is asked: the matrix shows without them
        systems = [s for group in self.controller.systems.values() for s in group] if query.strip() else []
        result = find_sources(query, self.controller.matrix, systems)
        self.sourceResults.setHtml(in_window_direction(reading.source_page(result, self.controller.matrix)))

    def _follow_link(self, url: QUrl) -> None:
        kind, _, number = url.toString().partition(":")
        if not number.isdigit() or self.controller is None:
            return
        if kind == "category":
            self.category_requested.emit(int(number))
        elif kind == "system":
            systems = {s.id: s for group in self.controller.systems.values() for s in group}
            if int(number) in systems:
                self._reading = None
                self.readingView.setHtml(
                    in_window_direction(reading.system_page(systems[int(number)], self.controller.matrix))
                )
                self.tabs.setCurrentWidget(self.readTab)
