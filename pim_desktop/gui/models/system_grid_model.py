"""A grid of systems: rows (organisations, or places) against the PIM categories, each cell a list of
systems, coloured by how many there are. Serves the organisations x categories view and coverage."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pim_desktop.domain import model
from pim_desktop.gui.theme import colours

ModelIndex = QModelIndex | QPersistentModelIndex
SYSTEMS_ROLE = Qt.ItemDataRole.UserRole + 20  # the list of SystemSummary in a cell
NAMES_SHOWN = 3


def count_shade(count: int) -> QColor:
    """No system white; then one, two, three or four, five and more, each darker."""
    return QColor(colours().count_shades[count if count < 3 else 3 if count < 5 else 4])


def coverage_shade(count: int) -> QColor:
    theme = colours()
    return QColor(theme.gap if count == 0 else theme.covered if count == 1 else theme.overlap)


class SystemGridModel(QAbstractTableModel):
    def __init__(self, shade: Callable[[int], QColor], describe_empty: str = "") -> None:
        super().__init__()
        self._shade, self._describe_empty = shade, describe_empty
        self._rows: list[str] = []
        self._row_keys: list[int] = []
        self._categories: list[model.Category] = []
        self._cells: dict[tuple[int, int], list[model.SystemSummary]] = {}

    def set_grid(
        self,
        rows: list[tuple[int, str]],
        categories: list[model.Category],
        cells: dict[tuple[int, int], list[model.SystemSummary]],
    ) -> None:
        """rows: (key, label) top to bottom; cells: (row key, category id) -> systems."""
        self.beginResetModel()
        self._row_keys, self._rows = [key for key, _ in rows], [label for _, label in rows]
        self._categories, self._cells = categories, cells
        self.endResetModel()

    def systems_at(self, index: ModelIndex) -> list[model.SystemSummary]:
        if not index.isValid():
            return []
        return self._cells.get((self._row_keys[index.row()], self._categories[index.column()].id), [])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._categories)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        systems = self.systems_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if not systems:
                return self._describe_empty
            names = ", ".join(s.name for s in systems[:NAMES_SHOWN])
            more = f" +{len(systems) - NAMES_SHOWN}" if len(systems) > NAMES_SHOWN else ""
            return f"{len(systems)}: {names}{more}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{s.name} ({', '.join(s.organisations)})" for s in systems) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self._shade(len(systems)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colours().shade_text))
        if role == SYSTEMS_ROLE:
            return systems
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._categories[section].label
        return self._rows[section]
