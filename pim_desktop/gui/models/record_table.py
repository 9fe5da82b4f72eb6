"""A table of records (organisations, systems ...) described by its columns, built for tens of thousands of
rows: filtering hands it a new list, sorting is done in Python with sort keys computed once per record."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from pim_desktop.domain.validation import fold_key
from pim_desktop.gui.i18n import translate

Record = TypeVar("Record")
ModelIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 10  # the record a row shows
TOOLTIP_LENGTH = 12  # longer texts are also shown whole in a tooltip (a long table's rows are one line)


@dataclass(frozen=True)
class Column(Generic[Record]):
    title: str
    text: Callable[[Record], str]
    sort_key: Callable[[Record], Any] | None = None  # default: the text, ignoring case and accents
    background: Callable[[Record], QBrush | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    def __init__(self, columns: Sequence[Column[Record]], id_of: Callable[[Record], int]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._id_of = id_of
        self._records: list[Record] = []
        self._all: list[Record] = []
        self._keys: dict[int, dict[int, Any]] = {}  # column -> record id -> sort key
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- content -------------------------------------------------------------------------------------------

    def set_records(self, records: list[Record], *, new_data: bool = False) -> None:
        """Show these records (in the current sort order). `new_data` drops cached sort keys: the records
        themselves changed, not only which of them are shown."""
        if new_data:
            self._keys = {}
        self.beginResetModel()
        self._records = list(records)
        if self._sort is not None:
            self._sort_records(*self._sort)
        self.endResetModel()

    def forget_sort_keys(self) -> None:
        """The records were read again: keys cached for sorting may be stale."""
        self._keys = {}

    def record_at(self, row: int) -> Record:
        return self._records[row]

    def records(self) -> list[Record]:
        return list(self._records)

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if self._id_of(record) == record_id:
                return row
        return None

    # --- sorting -------------------------------------------------------------------------------------------

    def _key_for(self, column: int) -> Callable[[Record], Any]:
        spec = self.columns[column]
        keys = self._keys.setdefault(column, {})
        compute = spec.sort_key or (lambda record: fold_key(spec.text(record)))

        def key(record: Record) -> Any:
            record_id = self._id_of(record)
            if record_id not in keys:
                keys[record_id] = compute(record)
            return keys[record_id]

        return key

    def _sort_records(self, column: int, order: Qt.SortOrder) -> None:
        self._records.sort(key=self._key_for(column), reverse=order is Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows; a selected (or otherwise remembered) row stays with its record."""
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        remembered = self.persistentIndexList()
        ids = [self._id_of(self._records[index.row()]) for index in remembered]
        self._sort_records(column, order)
        rows = {self._id_of(record): row for row, record in enumerate(self._records)}
        moved = [self.index(rows[i], index.column()) for index, i in zip(remembered, ids, strict=True)]
        self.changePersistentIndexList(remembered, moved)
        self.layoutChanged.emit()

    # --- Qt ------------------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(column.text(record).splitlines())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(record)
            return text if len(text) > TOOLTIP_LENGTH or "\n" in text else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(record)
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.columns[section].title)
        return None
