"""The action plans' logic: each edit goes through the service and is one undo step holding the whole plan
before and after it."""

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoStack

from pim_desktop.domain import action_plans as domain
from pim_desktop.domain.errors import StaleRecordError
from pim_desktop.gui.controllers.base import UndoableController
from pim_desktop.services.action_plans import ActionPlanService
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.register_history import RecordScope, RecordSnapshot, RegisterHistory


class PlanController(UndoableController):
    def __init__(
        self, operation_file: OpenOperation, undo_stack: QUndoStack, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(operation_file, undo_stack)
        self.service = ActionPlanService(operation_file)
        self._history = RegisterHistory(operation_file)
        self.today = today
        self.choices = self.service.link_choices()
        self.plans: list[domain.PlanSummary] = []
        self.plan: domain.ActionPlan | None = None
        self._load(None)

    def _load(self, plan_id: int | None) -> None:
        self.plans = self.service.plans()
        known = {p.id for p in self.plans}
        if plan_id not in known:
            plan_id = self.plans[0].id if self.plans else None
        self.plan = self.service.plan(plan_id) if plan_id is not None else None

    def reload(self) -> None:
        self._load(self.plan.id if self.plan else None)
        super().reload()

    def show_plan(self, plan_id: int) -> None:
        self._load(plan_id)
        super().reload()

    def follow_up(self, wanted: domain.FollowUpFilter) -> list[domain.FollowUpItem]:
        return self.service.follow_up(wanted, self.today())

    def _change(
        self, text: str, plan_id: int, change: Callable[[], object], merge_key: object = None
    ) -> object:
        scope = RecordScope.plan(plan_id)
        shown = self.plan if self.plan is not None and self.plan.id == plan_id else None

        def change_what_is_shown() -> object:
            """A plan saved by someone else since it was shown (a shared operation) is not changed over."""
            if shown is not None and self.service.plan(plan_id) != shown:
                raise StaleRecordError(shown.details.title, [])
            return change() or True

        return self.apply(
            text,
            change_what_is_shown,
            lambda: self._history.snapshot(scope),
            lambda _: self._history.snapshot(scope),
            self._restore_showing(plan_id),
            merge_key,
        )

    def _restore_showing(self, plan_id: int) -> Callable[[RecordSnapshot], None]:
        """Undo and redo bring the plan they change into view."""

        def restore(snapshot: RecordSnapshot) -> None:
            self._history.restore(snapshot)
            self._load(plan_id)

        return restore

    # --- plans ---------------------------------------------------------------------------------------------

    def add_plan(self, details: domain.PlanDetails) -> int | None:
        new_id = self.apply(
            self.tr("Add action plan {title}").format(title=details.title.strip()),
            lambda: self.service.add_plan(details),
            None,
            lambda plan_id: self._history.snapshot(RecordScope.plan(plan_id)),
            self._history.restore,
            before_added=lambda plan_id: self._history.absent(RecordScope.plan(plan_id)),
        )
        if new_id is not None:
            self.show_plan(new_id)
        return new_id

    def update_plan(self, details: domain.PlanDetails) -> None:
        if self.plan is not None:
            plan_id = self.plan.id
            self._change(
                self.tr("Change plan details"), plan_id, lambda: self.service.update_plan(plan_id, details)
            )

    def delete_plan(self) -> None:
        if self.plan is not None:
            plan_id, title = self.plan.id, self.plan.details.title
            self._change(
                self.tr("Delete plan {title}").format(title=title),
                plan_id,
                lambda: self.service.delete_plan(plan_id),
            )

    # --- groups and challenges -----------------------------------------------------------------------------

    def add_group(self, details: domain.GroupDetails) -> None:
        if self.plan is not None:
            plan_id = self.plan.id
            self._change(self.tr("Add group"), plan_id, lambda: self.service.add_group(plan_id, details))

    def update_group(self, group_id: int, details: domain.GroupDetails) -> None:
        if self.plan is not None:
            self._change(
                self.tr("Change group"), self.plan.id, lambda: self.service.update_group(group_id, details)
            )

    def delete_group(self, group_id: int) -> None:
        if self.plan is not None:
            self._change(self.tr("Delete group"), self.plan.id, lambda: self.service.delete_group(group_id))

    def add_item(self, group_id: int, details: domain.ItemDetails, index: int | None = None) -> None:
        if self.plan is not None:
            self._change(
                self.tr("Add challenge"),
                self.plan.id,
                lambda: self.service.add_item(group_id, details, self.today(), index),
            )

    def update_item(self, item: domain.ActionItem, details: domain.ItemDetails) -> None:
        if self.plan is not None and details != item.details:
            self._change(
                self.tr("Change challenge {number}").format(number=item.number),
                self.plan.id,
                lambda: self.service.update_item(item.id, details, self.today()),
            )

    def delete_item(self, item: domain.ActionItem) -> None:
        if self.plan is not None:
            text = self.tr("Delete challenge {number}").format(number=item.number)
            self._change(text, self.plan.id, lambda: self.service.delete_item(item.id))

    def move_item(self, item: domain.ActionItem, offset: int) -> None:
        if self.plan is not None:
            text = self.tr("Move challenge {number}").format(number=item.number)
            self._change(text, self.plan.id, lambda: self.service.move_item(item.id, offset))
