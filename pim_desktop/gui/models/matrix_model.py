"""The matrix grid: categories across, rows down, each cell the list of its entries."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from pim_desktop.domain import model
from pim_desktop.domain.enums import CategoryGroup
from pim_desktop.resources import resource_path

ModelIndex = QModelIndex | QPersistentModelIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's list of MatrixEntry objects
LOCKED_TOOLTIP = (
    "This row cannot be modified: the Definition and Output rows are what distinguish the PIM categories "
    "from each other (PIM guidance)."
)
CORE_HEADER_COLOUR = QColor("#dbe8f3")
RELATED_HEADER_COLOUR = QColor("#efe6d2")
LOCKED_CELL_COLOUR = QColor("#f3f3f3")


class MatrixTableModel(QAbstractTableModel):
    def __init__(self, matrix: model.Matrix | None = None) -> None:
        super().__init__()
        self._matrix = matrix or model.Matrix(categories=[], rows=[])
        self._lock_icon = QIcon(str(resource_path("icons", "lock.svg")))

    def set_matrix(self, matrix: model.Matrix) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._matrix.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._matrix.categories)

    def _cell(self, index: ModelIndex) -> tuple[model.MatrixRow, list[model.MatrixEntry]]:
        row = self._matrix.rows[index.row()]
        category = self._matrix.categories[index.column()]
        return row, self._matrix.cell(category.id, row.id)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, entries = self._cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if row.is_locked or len(entries) == 1:
                return "\n".join(entry.text for entry in entries)
            return "\n".join(f"• {entry.text}" for entry in entries)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.ToolTipRole and row.is_locked:
            return LOCKED_TOOLTIP
        if role == Qt.ItemDataRole.BackgroundRole and row.is_locked:
            return QBrush(LOCKED_CELL_COLOUR)
        if role == ENTRY_ROLE:
            return entries
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self._matrix.categories):
                return None
            category = self._matrix.categories[section]
            core = category.group is CategoryGroup.CORE
            if role == Qt.ItemDataRole.DisplayRole:
                return category.label
            if role == Qt.ItemDataRole.ToolTipRole:
                kind = "a core protection category" if core else "a related category"
                return f"{category.label}: {kind}"
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(CORE_HEADER_COLOUR if core else RELATED_HEADER_COLOUR)
            return None
        if section >= len(self._matrix.rows):
            return None
        row = self._matrix.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == Qt.ItemDataRole.DecorationRole and row.is_locked:
            return self._lock_icon
        if role == Qt.ItemDataRole.ToolTipRole and row.is_locked:
            return LOCKED_TOOLTIP
        return None
