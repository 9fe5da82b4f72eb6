"""The Action plans page: a plan's groups and its challenges typed like a spreadsheet, and follow-up across
plans. Views only: PlansWorkspace decides what they show."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from pim_desktop.domain import action_plans as domain
from pim_desktop.domain.enums import ActionStatus
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import day_text, parse_day
from pim_desktop.gui.form_types.action_plans_page import ActionPlansPageForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP
from pim_desktop.gui.models.action_items_model import COLUMNS, ActionItemsModel
from pim_desktop.gui.models.record_table import Column, RecordTableModel
from pim_desktop.gui.theme import colours, set_role
from pim_desktop.gui.views.action_item_delegate import ActionItemDelegate
from pim_desktop.gui.views.mapping_page import FILTER_DELAY_MS
from pim_desktop.gui.views.table_fitting import keep_fitted


def follow_up_columns() -> list[Column[domain.FollowUpItem]]:
    def overdue(f: domain.FollowUpItem) -> QBrush | None:
        return QBrush(QColor(colours().problem)) if f.overdue else None

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Plan"), lambda f: f.plan_title),
        Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda f: f.group_theme),
        Column(
            QT_TRANSLATE_NOOP("Columns", "No."),
            lambda f: str(f.item.number),
            sort_key=lambda f: f.item.number,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Challenge"), lambda f: f.item.details.challenge),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Focal points"),
            lambda f: domain.people_text(f.item.details.focal_points),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Timeline"), lambda f: f.item.details.timeline),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Due date"),
            lambda f: day_text(f.item.details.due_date),
            background=overdue,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda f: label(f.item.details.status)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status since"),
            lambda f: day_text(f.item.status_changed_on),
        ),
    ]


class ActionPlansPage(QWidget, ActionPlansPageForm):
    follow_up_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("action_plans_page.ui", self)
        self.items = ActionItemsModel()
        self.itemsView.setModel(self.items)
        self.itemsView.setItemDelegate(ActionItemDelegate(self.itemsView))
        self.itemsView.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.itemsView.horizontalHeader()
        character = self.itemsView.fontMetrics().averageCharWidth()
        for column, spec in enumerate(COLUMNS):
            header.resizeSection(column, spec.characters * character + 16)
        self.itemsView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemsView.verticalHeader().hide()
        self.planSplitter.setSizes([240, 1000])
        self.follow_up = RecordTableModel(follow_up_columns(), lambda f: f.item.id)
        self.followUpView.setModel(self.follow_up)
        self.followUpView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        keep_fitted(self.followUpView)
        self.followStatusCombo.addItem(self.tr("Any"), None)
        for status in ActionStatus:
            self.followStatusCombo.addItem(label(status), status)
        timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        timer.timeout.connect(self.follow_up_changed)
        for edit in (self.followPersonEdit, self.followOrganisationEdit, self.changedSinceEdit):
            edit.textChanged.connect(timer.start)
        self.followStatusCombo.currentIndexChanged.connect(self.follow_up_changed)
        self.overdueCheck.toggled.connect(self.follow_up_changed)

    def follow_up_filter(self) -> domain.FollowUpFilter:
        """The filter as typed; a changed-since date that is not (yet) a date is left out and said."""
        status = self.followStatusCombo.currentData()
        try:
            since = parse_day(self.changedSinceEdit.text(), "changed-since date")
            set_role(self.changedSinceEdit, "")
        except ValidationError:
            since = None
            set_role(self.changedSinceEdit, "problem")
        return domain.FollowUpFilter(
            status=ActionStatus(status) if status else None,
            person=self.followPersonEdit.text(),
            organisation=self.followOrganisationEdit.text(),
            overdue_only=self.overdueCheck.isChecked(),
            changed_since=since,
        )
