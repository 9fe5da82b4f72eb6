"""The challenges of one group as an editable table, typed into cell after cell like a spreadsheet. Its last
row is always empty: typing a challenge there adds one, so a plan fills from the keyboard alone."""

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from pim_desktop.domain import action_plans as domain
from pim_desktop.domain.enums import ActionStatus, Priority
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import day_text, parse_day
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate

ModelIndex = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 40  # [(value, text)] a cell is chosen from, None for free text
MULTILINE_ROLE = Qt.ItemDataRole.UserRole + 41  # the cell is typed over several lines


@dataclass(frozen=True)
class ItemColumn:
    title: str
    field: str  # the ItemDetails field it edits ("" for read-only)
    characters: int


COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "No."), "", 4),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Challenge"), "challenge", 30),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Action points (one a line)"), "action_points", 36),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Timeline"), "timeline", 12),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Due date"), "due_date", 12),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Focal points"), "focal_points", 14),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Advisers"), "advisers", 12),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Status"), "status", 11),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Priority"), "priority", 8),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "PIM category"), "category_id", 16),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "PIM Process step"), "process_step_id", 16),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "PIM Principle"), "principle_id", 16),
    ItemColumn(QT_TRANSLATE_NOOP("Columns", "Status since"), "", 12),
)
CHALLENGE_COLUMN = 1


class ActionItemsModel(QAbstractTableModel):
    item_changed = Signal(object, object)  # (ActionItem, new ItemDetails)
    item_added = Signal(object)  # ItemDetails typed in the last, empty row
    refused = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._items: tuple[domain.ActionItem, ...] = ()
        self._choices = domain.LinkChoices()
        self.editable = True

    def set_items(
        self, items: tuple[domain.ActionItem, ...], choices: domain.LinkChoices, editable: bool
    ) -> None:
        """Show the group's challenges. An edit, or a challenge typed in the last row, updates rows in place,
        so the cell being typed in stays current and Tab goes on to the next one."""
        old_ids, new_ids = [i.id for i in self._items], [i.id for i in items]
        same_shape = editable == self.editable and choices == self._choices
        if same_shape and new_ids == old_ids:
            self._items = items
            self.dataChanged.emit(self.index(0, 0), self.index(max(0, len(items) - 1), len(COLUMNS) - 1))
        elif same_shape and editable and new_ids[:-1] == old_ids and len(new_ids) == len(old_ids) + 1:
            # the empty last row became the new challenge; a new empty row comes below it
            self.beginInsertRows(QModelIndex(), len(items), len(items))
            self._items = items
            self.endInsertRows()
            self.dataChanged.emit(self.index(len(old_ids), 0), self.index(len(old_ids), len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self._items, self._choices, self.editable = items, choices, editable
            self.endResetModel()

    def item_at(self, row: int) -> domain.ActionItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    # --- reading -------------------------------------------------------------------------------------------

    def _choice_list(self, field: str) -> list[tuple[object, str]] | None:
        none = [(None, "—")]
        if field == "status":
            return [(s, label(s)) for s in ActionStatus]
        if field == "priority":
            return none + [(p, label(p)) for p in Priority]
        links = {
            "category_id": self._choices.categories,
            "process_step_id": self._choices.process_steps,
            "principle_id": self._choices.principles,
        }.get(field)
        return None if links is None else none + [(c.id, c.label) for c in links]

    def _text(self, item: domain.ActionItem, column: ItemColumn) -> str:
        details = item.details
        if column.title == "No.":
            return str(item.number)
        if column.title == "Status since":
            return day_text(item.status_changed_on)
        value = getattr(details, column.field)
        if column.field == "action_points":
            return "\n".join(value)
        if column.field in ("focal_points", "advisers"):
            return domain.people_text(value)
        if column.field == "due_date":
            return day_text(value)
        choices = self._choice_list(column.field)
        return dict(choices).get(value, "—").strip() if choices is not None else value

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        item = self.item_at(index.row())
        if role == CHOICES_ROLE:
            return self._choice_list(column.field)
        if role == MULTILINE_ROLE:
            return column.field == "action_points"
        if item is None:  # the empty last row
            if role == Qt.ItemDataRole.DisplayRole and index.column() == CHALLENGE_COLUMN:
                return self.tr("(type a new challenge here)") if self.editable else None
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == CHALLENGE_COLUMN:
                return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)  # the theme's hint
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(item.details, column.field) if column.field else None
            return value if self._choice_list(column.field) is not None else self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COLUMNS.index(COLUMNS[-1]):
            return self.tr("The day the status last changed")
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._items) + (1 if self.editable else 0)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", COLUMNS[section].title)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        column = COLUMNS[index.column()]
        is_new_row = self.item_at(index.row()) is None
        if self.editable and column.field and (not is_new_row or index.column() == CHALLENGE_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- editing -------------------------------------------------------------------------------------------

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        item = self.item_at(index.row())
        try:
            if item is None:
                if not str(value).strip():
                    return False
                self.item_added.emit(domain.ItemDetails(challenge=str(value)))
                return True
            changed = self._edited(item.details, column.field, value)
        except ValidationError as error:
            self.refused.emit(error.sentence)
            return False
        self.item_changed.emit(item, changed)
        return True

    @staticmethod
    def _edited(details: domain.ItemDetails, field: str, value: Any) -> domain.ItemDetails:
        """`details` with the field of the edited cell read from what was typed or chosen."""
        number = int(value) if field.endswith("_id") and value is not None else None
        match field:
            case "action_points":
                return replace(
                    details, action_points=tuple(p.strip() for p in str(value).splitlines() if p.strip())
                )
            case "focal_points":
                return replace(details, focal_points=domain.parse_people(str(value)))
            case "advisers":
                return replace(details, advisers=domain.parse_people(str(value)))
            case "due_date":
                return replace(details, due_date=parse_day(str(value), "due date"))
            case "status":
                return replace(details, status=ActionStatus(value))
            case "priority":
                return replace(details, priority=Priority(value) if value else None)
            case "category_id":
                return replace(details, category_id=number)
            case "process_step_id":
                return replace(details, process_step_id=number)
            case "principle_id":
                return replace(details, principle_id=number)
            case "challenge":
                return replace(details, challenge=str(value))
            case "timeline":
                return replace(details, timeline=str(value))
        raise ValueError(f"no column edits the action item's {field}")
