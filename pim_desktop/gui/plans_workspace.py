"""The action plans workspace: a plan's groups and challenges, and follow-up, wired to one PlanController per
open operation. Every edit is one undo step."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from pim_desktop.domain import action_plans as domain
from pim_desktop.gui.actions import Actions
from pim_desktop.gui.controllers.plan_controller import PlanController
from pim_desktop.gui.dialogs.plan_dialogs import ask_group, ask_plan
from pim_desktop.gui.models.action_items_model import CHALLENGE_COLUMN
from pim_desktop.gui.views.action_plans_page import ActionPlansPage

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 50


class PlansWorkspace(QObject):
    def __init__(self, window: QWidget, page: ActionPlansPage, actions: Actions) -> None:
        super().__init__(window)
        self._window, self.page, self._actions = window, page, actions
        self.controller: PlanController | None = None
        self._group_id: int | None = None
        self._connect()
        self._update_actions()

    def _connect(self) -> None:
        page = self.page
        page.planCombo.activated.connect(lambda index: self._choose_plan(page.planCombo.itemData(index)))
        page.newPlanButton.clicked.connect(self.new_plan)
        page.planDetailsButton.clicked.connect(self.edit_plan)
        page.deletePlanButton.clicked.connect(self.delete_plan)
        page.groupList.currentRowChanged.connect(self._group_chosen)
        page.groupList.itemActivated.connect(lambda _item: self.edit_group())
        page.addGroupButton.clicked.connect(self.add_group)
        page.editGroupButton.clicked.connect(self.edit_group)
        page.deleteGroupButton.clicked.connect(self.delete_group)
        page.addItemButton.clicked.connect(self.insert_item)
        page.deleteItemButton.clicked.connect(self.delete_item)
        page.moveItemUpButton.clicked.connect(lambda: self.move_item(-1))
        page.moveItemDownButton.clicked.connect(lambda: self.move_item(1))
        page.items.item_changed.connect(self._item_changed)
        page.items.item_added.connect(self._item_added)
        page.items.refused.connect(self._refused)
        page.follow_up_changed.connect(self._show_follow_up)
        page.planTabs.currentChanged.connect(self._show_follow_up)
        page.followUpView.activated.connect(self._open_followed_item)
        self._actions.new_plan.triggered.connect(self.new_plan)

    # --- binding -------------------------------------------------------------------------------------------

    def bind(self, controller: PlanController | None) -> None:
        if self.controller is not None:
            self.controller.changed.disconnect(self._show)
            self.controller.failed.disconnect(self._refused)
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self._show)
            controller.failed.connect(self._refused)
        self._group_id = None
        self._show()

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Not changed"), message)

    def _update_actions(self) -> None:
        has_plan = self.controller is not None and self.controller.plan is not None
        writable = self.controller is not None and not self.controller.read_only
        self._actions.new_plan.setEnabled(writable)
        page = self.page
        page.newPlanButton.setEnabled(writable)
        for button in (page.planDetailsButton, page.deletePlanButton, page.addGroupButton):
            button.setEnabled(writable and has_plan)
        has_group = self._group_id is not None
        for button in (
            page.editGroupButton,
            page.deleteGroupButton,
            page.addItemButton,
            page.deleteItemButton,
            page.moveItemUpButton,
            page.moveItemDownButton,
        ):
            button.setEnabled(writable and has_group)

    # --- showing -------------------------------------------------------------------------------------------

    def _show(self) -> None:
        page, controller = self.page, self.controller
        plan = controller.plan if controller else None
        page.planCombo.clear()
        for summary in controller.plans if controller else []:
            page.planCombo.addItem(f"{summary.title} ({summary.item_count})", summary.id)
        if plan is not None:
            page.planCombo.setCurrentIndex(page.planCombo.findData(plan.id))
            details = plan.details
            dates = " – ".join(d.isoformat() for d in (details.start_date, details.end_date) if d)
            page.planSummary.setText(" · ".join(p for p in (details.workshop, details.place, dates) if p))
        else:
            page.planSummary.setText(
                self.tr("No action plan yet: New plan… starts one.") if controller else ""
            )
        groups = plan.groups if plan else ()
        if self._group_id not in {g.id for g in groups}:
            self._group_id = groups[0].id if groups else None
        page.groupList.blockSignals(True)
        page.groupList.clear()
        for group in groups:
            page.groupList.addItem(group.details.theme)
            page.groupList.item(page.groupList.count() - 1).setData(GROUP_ID_ROLE, group.id)
        row = next((i for i, g in enumerate(groups) if g.id == self._group_id), -1)
        page.groupList.setCurrentRow(row)
        page.groupList.blockSignals(False)
        self._show_group()
        self._show_follow_up()
        self._update_actions()

    def current_group(self) -> domain.ActionGroup | None:
        plan = self.controller.plan if self.controller else None
        return next((g for g in plan.groups if g.id == self._group_id), None) if plan else None

    def _show_group(self) -> None:
        group, page = self.current_group(), self.page
        writable = self.controller is not None and not self.controller.read_only and group is not None
        choices = self.controller.choices if self.controller else domain.LinkChoices()
        page.items.set_items(group.items if group else (), choices, writable)
        if group is None:
            page.groupSummary.clear()
            return
        leader = group.details.team_leader.label if group.details.team_leader else "—"
        members = domain.people_text(group.details.members) or "—"
        page.groupSummary.setText(
            self.tr("<b>Team leader:</b> {leader}<br><b>Members:</b> {members}").format(
                leader=leader, members=members
            )
        )

    def _show_follow_up(self) -> None:
        if self.page.planTabs.currentWidget() is not self.page.followUpTab:
            return
        found = self.controller.follow_up(self.page.follow_up_filter()) if self.controller else []
        self.page.follow_up.set_records(found, new_data=True)
        overdue = sum(1 for f in found if f.overdue)
        self.page.followStatus.setText(
            self.tr("%n challenge(s), {overdue} overdue", "", len(found)).format(overdue=overdue)
        )

    def _choose_plan(self, plan_id: int | None) -> None:
        if self.controller is not None and plan_id is not None:
            self._group_id = None
            self.controller.show_plan(plan_id)

    def _group_chosen(self, row: int) -> None:
        item = self.page.groupList.item(row)
        self._group_id = item.data(GROUP_ID_ROLE) if item else None
        self._show_group()
        self._update_actions()

    def _open_followed_item(self, index: QModelIndex) -> None:
        followed = self.page.follow_up.record_at(index.row())
        self.page.planTabs.setCurrentWidget(self.page.challengesTab)
        if self.controller is None:
            return
        self._group_id = followed.item.group_id  # the plan is shown on this group
        self.controller.show_plan(followed.plan_id)
        self.select_item(followed.item.id)

    def select_item(self, item_id: int, column: int = CHALLENGE_COLUMN) -> None:
        group = self.current_group()
        row = next((i for i, item in enumerate(group.items) if item.id == item_id), None) if group else None
        if row is not None:
            index = self.page.items.index(row, column)
            self.page.itemsView.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.page.itemsView.setFocus()

    # --- commands ------------------------------------------------------------------------------------------

    def new_plan(self) -> None:
        details = ask_plan(self._window) if self.controller else None
        if details is not None and self.controller is not None:
            self._group_id = None
            self.controller.add_plan(details)

    def edit_plan(self) -> None:
        controller = self.controller
        plan = controller.plan if controller else None
        if controller is None or plan is None:
            return
        details = ask_plan(self._window, plan.details)
        if details is not None and details != plan.details:
            controller.update_plan(details)

    def delete_plan(self) -> None:
        controller = self.controller
        plan = controller.plan if controller else None
        if controller is None or plan is None:
            return
        count = sum(len(g.items) for g in plan.groups)
        question = self.tr(
            "Delete the plan {title} with its %n challenge(s)? (Edit > Undo brings it back.)", "", count
        )
        answer = QMessageBox.question(
            self._window, self.tr("Delete plan"), question.format(title=plan.details.title)
        )
        if answer == QMessageBox.StandardButton.Yes:
            controller.delete_plan()

    def add_group(self) -> None:
        controller = self.controller
        details = ask_group(self._window) if controller and controller.plan else None
        if controller is not None and details is not None:
            controller.add_group(details)
            groups = controller.plan.groups if controller.plan else ()
            if groups:
                self._group_id = groups[-1].id
                self._show()

    def edit_group(self) -> None:
        controller, group = self.controller, self.current_group()
        details = ask_group(self._window, group.details) if group else None
        if controller and group is not None and details is not None and details != group.details:
            controller.update_group(group.id, details)

    def delete_group(self) -> None:
        controller, group = self.controller, self.current_group()
        if controller is None or group is None:
            return
        question = self.tr(
            "Delete the group {theme} with its %n challenge(s)? (Edit > Undo brings it back.)",
            "",
            len(group.items),
        )
        text = question.format(theme=group.details.theme)
        if (
            QMessageBox.question(self._window, self.tr("Delete group"), text)
            == QMessageBox.StandardButton.Yes
        ):
            controller.delete_group(group.id)

    def _current_item(self) -> domain.ActionItem | None:
        return self.page.items.item_at(self.page.itemsView.currentIndex().row())

    def _item_changed(self, item: domain.ActionItem, details: domain.ItemDetails) -> None:
        if self.controller is not None:
            self.controller.update_item(item, details)

    def _item_added(self, details: domain.ItemDetails) -> None:
        if self.controller is not None and self._group_id is not None:
            self.controller.add_item(self._group_id, details)

    def insert_item(self) -> None:
        """A new challenge below the selected one, ready to type."""
        group = self.current_group()
        if group is None or self.controller is None:
            return
        current = self._current_item()
        index = current.number if current else len(group.items)  # 0-based position after the current one
        self.controller.add_item(group.id, domain.ItemDetails(self.tr("New challenge")), index)
        new_group = self.current_group()
        if new_group is not None and index < len(new_group.items):
            self.select_item(new_group.items[index].id)
            self.page.itemsView.edit(self.page.itemsView.currentIndex())

    def delete_item(self) -> None:
        item = self._current_item()
        if item is not None and self.controller is not None:
            self.controller.delete_item(item)

    def move_item(self, offset: int) -> None:
        item = self._current_item()
        if item is not None and self.controller is not None:
            column = self.page.itemsView.currentIndex().column()
            self.controller.move_item(item, offset)
            self.select_item(item.id, column)
