"""The matrix grid: categories across, rows down, each cell the list of its entries.

Below the operation's rows comes one more, read-only: the systems mapped for the operation in each category.
Cells are rendered as small HTML lists (see MatrixDelegate), built here from the entries so that changed
entries and search matches are marked.
"""

import html
import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from pim_desktop.domain import model
from pim_desktop.domain.enums import CategoryGroup
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from pim_desktop.gui.theme import colours
from pim_desktop.resources import resource_path
from pim_desktop.services.search import text_matches

ModelIndex = QModelIndex | QPersistentModelIndex

HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell as HTML
ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's list of MatrixEntry (empty for the systems row)
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3  # how many entries of the cell match the search

SYSTEMS_ROW_LABEL = QT_TRANSLATE_NOOP("Matrix", "Systems in this operation")
# A cell of thousands of names can be neither read nor drawn quickly: the mapping lists them all
MOST_SYSTEMS_SHOWN = 12
LOCKED_TOOLTIP = QT_TRANSLATE_NOOP(
    "Matrix",
    "This row cannot be modified: the Definition and Output rows are what distinguish the PIM categories "
    "from each other (PIM guidance).",
)
SYSTEMS_TOOLTIP = QT_TRANSLATE_NOOP(
    "Matrix", "The information systems mapped for this operation (read-only here; edit them under Mapping)."
)


def group_colour(group: CategoryGroup) -> QColor:
    return QColor(colours().core if group is CategoryGroup.CORE else colours().related)


class MatrixTableModel(QAbstractTableModel):
    def __init__(self, matrix: model.Matrix | None = None) -> None:
        super().__init__()
        self._matrix = matrix or model.Matrix(categories=[], rows=[])
        self._systems: dict[int, list[model.SystemName]] = {}
        self._search = ""
        self.mark_changes = True
        self._lock_icon = QIcon(str(resource_path("icons", "lock.svg")))

    # --- what is shown -----------------------------------------------------------------------------------

    def set_content(self, matrix: model.Matrix, systems: dict[int, list[model.SystemName]]) -> None:
        """Show new content: a targeted refresh when the shape is the same (keeps selection and scroll)."""
        same_shape = [c.id for c in matrix.categories] == [c.id for c in self._matrix.categories] and [
            r.id for r in matrix.rows
        ] == [r.id for r in self._matrix.rows]
        if not same_shape:
            self.beginResetModel()
        self._matrix, self._systems = matrix, systems
        if same_shape:
            self._refresh_all()
        else:
            self.endResetModel()

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self._refresh_all()

    def set_mark_changes(self, on: bool) -> None:
        self.mark_changes = on
        self._refresh_all()

    def _refresh_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    @property
    def matrix(self) -> model.Matrix:
        return self._matrix

    def category_at(self, column: int) -> model.Category:
        return self._matrix.categories[column]

    def row_at(self, row: int) -> model.MatrixRow | None:
        """The matrix row shown at a model row; None for the systems row."""
        return self._matrix.rows[row] if row < len(self._matrix.rows) else None

    def is_systems_row(self, row: int) -> bool:
        return row == len(self._matrix.rows) and bool(self._matrix.categories)

    def index_of(self, category_id: int, row_id: int) -> QModelIndex:
        column = next(i for i, c in enumerate(self._matrix.categories) if c.id == category_id)
        row = next(i for i, r in enumerate(self._matrix.rows) if r.id == row_id)
        return self.index(row, column)

    # --- Qt model interface ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or not self._matrix.categories:
            return 0
        return len(self._matrix.rows) + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._matrix.categories)

    def _entries(self, index: ModelIndex) -> list[model.MatrixEntry]:
        row = self.row_at(index.row())
        if row is None:
            return []
        return self._matrix.cell(self.category_at(index.column()).id, row.id)

    def _systems_of(self, column: int) -> list[model.SystemName]:
        return self._systems.get(self.category_at(column).id, [])

    def _plain_texts(self, index: ModelIndex) -> list[str]:
        if self.is_systems_row(index.row()):
            return [self._system_line(s) for s in self._systems_of(index.column())]
        return [entry.text for entry in self._entries(index)]

    @staticmethod
    def _system_line(system: model.SystemName) -> str:
        return f"{system.name} ({', '.join(system.organisations)})" if system.organisations else system.name

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        locked = row is not None and row.is_locked
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self._plain_texts(index))
        if role == HTML_ROLE:
            return self._cell_html(index, locked)
        if role == ENTRIES_ROLE:
            return self._entries(index)
        if role == MATCH_ROLE:
            return self._match_count(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            if locked:
                return translate("Matrix", LOCKED_TOOLTIP)
            return translate("Matrix", SYSTEMS_TOOLTIP) if row is None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if locked:
                return QBrush(QColor(colours().locked_cell))
            return QBrush(QColor(colours().systems_cell)) if row is None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "; ".join(self._plain_texts(index))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            return self._category_header(section, role)
        if section >= self.rowCount():
            return None
        row = self.row_at(section)
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Matrix", SYSTEMS_ROW_LABEL)
            return translate("Matrix", SYSTEMS_TOOLTIP) if role == Qt.ItemDataRole.ToolTipRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == Qt.ItemDataRole.DecorationRole and row.is_locked:
            return self._lock_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.is_locked:
                return translate("Matrix", LOCKED_TOOLTIP)
            return None if row.is_standard else translate("Matrix", "One of the operation's own rows")
        return None

    def _category_header(self, section: int, role: int) -> object:
        if section >= len(self._matrix.categories):
            return None
        category = self._matrix.categories[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return category.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if category.group is CategoryGroup.CORE:
                return translate("Matrix", "{category}: a core protection category").format(
                    category=category.label
                )
            return translate("Matrix", "{category}: a related category").format(category=category.label)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(group_colour(category.group))
        return None

    # --- rendering ---------------------------------------------------------------------------------------

    def _match_count(self, index: ModelIndex) -> int:
        if not self._search:
            return 0
        return sum(1 for text in self._plain_texts(index) if text_matches(self._search, text))

    def _highlighted(self, text: str) -> str:
        """The text as HTML, with the search words marked (matched on the text, escaped piece by piece)."""
        if not self._search:
            return html.escape(text)
        pattern = re.compile("|".join(re.escape(word) for word in self._search.split()), re.IGNORECASE)
        pieces, last = [], 0
        for match in pattern.finditer(text):
            pieces.append(html.escape(text[last : match.start()]))
            style = f"background:{colours().match_background}; color:{colours().match_text}"
            pieces.append(f'<span style="{style}">{html.escape(match.group(0))}</span>')
            last = match.end()
        pieces.append(html.escape(text[last:]))
        return "".join(pieces)

    def _cell_html(self, index: ModelIndex, locked: bool) -> str:
        if self.is_systems_row(index.row()):
            systems = self._systems_of(index.column())
            if not systems:
                return f"<i>{html.escape(translate('Matrix', 'No system mapped yet'))}</i>"
            shown = systems[:MOST_SYSTEMS_SHOWN]
            items = "".join(f"<li>{self._highlighted(self._system_line(s))}</li>" for s in shown)
            if len(systems) > len(shown):
                more = translate("Matrix", "… and {count} more: see Mapping (Ctrl+2)")
                items += f"<li><i>{html.escape(more.format(count=len(systems) - len(shown)))}</i></li>"
            return f"<ul>{items}</ul>"
        entries = self._entries(index)
        if locked or len(entries) == 1:
            return "<br>".join(self._entry_html(entry) for entry in entries)
        return "<ul>" + "".join(f"<li>{self._entry_html(entry)}</li>" for entry in entries) + "</ul>"

    def _entry_html(self, entry: model.MatrixEntry) -> str:
        text = self._highlighted(entry.text)
        if self.mark_changes and entry.differs_from_standard:
            return f'<span style="color:{colours().changed_text}">{text} ✎</span>'
        return text
