"""The PIM Process and the responsible-data review in the window: each change goes through the services and
is one undo step holding the step's or the review's details before and after it."""

from datetime import date

from PySide6.QtGui import QUndoStack

from pim_desktop.domain import process as domain
from pim_desktop.domain.errors import PimError, StaleRecordError, ValidationError
from pim_desktop.gui.controllers.base import UndoableController
from pim_desktop.services.concurrency import changed_fields
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.process import STEP_LABELS, ProcessService, valid_step
from pim_desktop.services.review import ReviewService


class ProcessController(UndoableController):
    def __init__(self, operation_file: OpenOperation, undo_stack: QUndoStack) -> None:
        super().__init__(operation_file, undo_stack)
        self.process = ProcessService(operation_file)
        self.review_service = ReviewService(operation_file)
        self.principles = self.review_service.principles()
        self._load()

    def _load(self) -> None:
        self.overview = self.process.overview()
        # the review of 20,000 systems takes a third of a second: read when the page first shows it
        self._reviews: list[domain.SystemReview] | None = None
        self._dashboard: domain.ReviewDashboard | None = None

    @property
    def reviews(self) -> list[domain.SystemReview]:
        if self._reviews is None:
            self._reviews = []
            try:
                self._reviews = self.review_service.reviews()
            except PimError as error:  # a damaged file, found only now: said, and the page stays empty
                self.failed.emit(error.sentence)
        return self._reviews

    @property
    def dashboard(self) -> domain.ReviewDashboard:
        if self._dashboard is None:
            self._dashboard = self.review_service.dashboard(date.today(), self.reviews)
        return self._dashboard

    def reload(self) -> None:
        self._load()
        super().reload()

    def update_step(self, step_id: int, details: domain.StepDetails) -> bool:
        """Store a step's details as one undo step; False when refused (`failed` says why). Details that
        come to what is stored already (a space typed after the owner) make no undo step."""
        step = next(s for s in self.overview.steps if s.id == step_id)
        try:
            if valid_step(details) == step.details:
                return True
        except ValidationError:
            pass  # the service refuses it below, and says why

        def change() -> bool:
            now = self.process.step_details(step_id)
            if now != step.details:  # saved by someone else since it was shown (a shared operation)
                raise StaleRecordError(step.label, changed_fields(step.details, now, STEP_LABELS))
            self.process.update_step(step_id, details)
            return True

        return bool(
            self.apply(
                self.tr("Update {step}").format(step=step.label),
                change,
                lambda: self.process.step_details(step_id),
                lambda _: self.process.step_details(step_id),
                lambda snapshot: self.process.update_step(step_id, snapshot),
            )
        )

    def save_review(self, system_id: int, details: domain.ReviewDetails) -> None:
        name = next((r.system_name for r in self.reviews if r.system_id == system_id), "")

        def restore(snapshot: domain.ReviewDetails | None) -> None:
            if snapshot is None:
                self.review_service.remove_review(system_id)
            else:
                self.review_service.save_review(system_id, snapshot)

        self.apply(
            self.tr("Review {system}").format(system=name),
            lambda: self.review_service.save_review(system_id, details),
            lambda: self.review_service.review(system_id).details,
            lambda _: self.review_service.review(system_id).details,
            restore,
        )
