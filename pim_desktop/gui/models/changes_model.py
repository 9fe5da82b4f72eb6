"""What changed between two moments, one line a field, as the Changes view shows it (the lines of the
changes export, so that the window and the handout say the same)."""

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pim_desktop.domain.changes import Change
from pim_desktop.exports.changes import CHANGE_FIELDS, change_rows
from pim_desktop.i18n import _

ModelIndex = QModelIndex | QPersistentModelIndex


class ChangesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[dict[str, object]] = []

    def set_changes(self, changes: tuple[Change, ...]) -> None:
        self.beginResetModel()
        self._rows = [row for change in changes for row in change_rows(change)]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(CHANGE_FIELDS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self._rows[index.row()].get(CHANGE_FIELDS[index.column()].name)
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _(CHANGE_FIELDS[section].heading)
