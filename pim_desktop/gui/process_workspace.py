"""The PIM Process and responsible-data review view: where the operation stands in the four steps, a form
for the chosen step, the review dashboard whose lines lead to their system, and the review of each system.
One ProcessController per open operation; every change is one undo step."""

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QTreeWidgetItem, QWidget

from pim_desktop.domain import process as domain
from pim_desktop.domain.enums import ProcessStatus
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import day_text, parse_day
from pim_desktop.gui.controllers.process_controller import ProcessController
from pim_desktop.gui.dialogs.review_dialog import ReviewDialog
from pim_desktop.gui.form_types.process_page import ProcessPageForm
from pim_desktop.gui.forms import load_form

STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 60
SYSTEM_ID_ROLE = Qt.ItemDataRole.UserRole + 61


class ProcessPage(QWidget, ProcessPageForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("process_page.ui", self)
        for status in ProcessStatus:
            self.statusCombo.addItem(label(status), status)
        self.reviewsTable.setColumnCount(4)
        self.reviewsTable.verticalHeader().hide()


class ProcessWorkspace(QObject):
    def __init__(self, window: QWidget, page: ProcessPage) -> None:
        super().__init__(window)
        self._window, self.page = window, page
        self.controller: ProcessController | None = None
        self._step_id: int | None = None
        page.stepsTree.currentItemChanged.connect(lambda item, _previous: self._show_step(item))
        page.saveStepButton.clicked.connect(self.save_step)
        page.reviewButton.clicked.connect(self.review_selected)
        page.reviewsTable.itemActivated.connect(lambda _item: self.review_selected())
        page.dashboardView.anchorClicked.connect(self._follow_link)
        self._stale = False  # changed while out of sight: shown again when the page is
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.page and event.type() == QEvent.Type.Show and self._stale:
            self._show()
        return False

    def bind(self, controller: ProcessController | None) -> None:
        if self.controller is not None:
            self.controller.changed.disconnect(self._show)
            self.controller.failed.disconnect(self.page.stepProblem.setText)
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self._show)
            controller.failed.connect(self.page.stepProblem.setText)
        self._step_id = None
        self._show()

    # --- showing -----------------------------------------------------------------------------------------

    def _show(self) -> None:
        page = self.page
        page.setEnabled(self.controller is not None)
        # a review row for each of 20,000 systems takes a while to fill: only when the page is in view
        self._stale = self.controller is not None and not page.isVisible()
        if self._stale:
            return
        wanted = self._step_id  # filling the tree moves its current item: choose again once it is full
        page.stepsTree.blockSignals(True)
        page.stepsTree.clear()
        page.stepsTree.blockSignals(False)
        page.reviewsTable.setRowCount(0)
        page.dashboardView.clear()
        if self.controller is None:
            return
        page.stepsTree.blockSignals(True)
        overview = self.controller.overview
        chosen = None
        for step in overview.steps:
            name = f"    {step.label}" if step.is_sub_step else step.label
            item = QTreeWidgetItem([name, label(step.details.status), step.details.owner])
            item.setData(0, STEP_ID_ROLE, step.id)
            if not step.is_sub_step:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            page.stepsTree.addTopLevelItem(item)
            if step.id == wanted:
                chosen = item
        page.stepsTree.blockSignals(False)
        page.stepsTree.resizeColumnToContents(0)
        stands = overview.where_it_stands()
        page.standsLabel.setText(
            self.tr("The operation stands at: <b>{step}</b>").format(step=escape(stands.label))
            if stands
            else self.tr("All four steps of the PIM Process are done.")
        )
        page.warningsLabel.setText("\n".join(overview.warnings))
        page.warningsLabel.setVisible(bool(overview.warnings))
        current = chosen or page.stepsTree.topLevelItem(0)
        if current is not None:  # none when the file holds no step
            page.stepsTree.setCurrentItem(current)
        self._show_step(page.stepsTree.currentItem())  # also when the current item is the same again
        self._show_reviews()

    def _show_step(self, item: QTreeWidgetItem | None) -> None:
        page = self.page
        if item is None or self.controller is None:
            return
        self._step_id = item.data(0, STEP_ID_ROLE)
        step = next(s for s in self.controller.overview.steps if s.id == self._step_id)
        details = step.details
        page.stepTitle.setText(f"<b>{escape(step.label)}</b><br>{escape(step.description)}")
        page.statusCombo.setCurrentIndex(page.statusCombo.findData(details.status))
        page.ownerEdit.setText(details.owner)
        page.startDateEdit.setText(day_text(details.start_date))
        page.endDateEdit.setText(day_text(details.end_date))
        page.notesEdit.setPlainText(details.notes)
        page.evidenceEdit.setPlainText(details.evidence)
        page.stepProblem.clear()
        page.saveStepButton.setEnabled(not self.controller.read_only)

    def _show_reviews(self) -> None:
        assert self.controller is not None
        page, dashboard = self.page, self.controller.dashboard
        table = page.reviewsTable
        table.setHorizontalHeaderLabels(
            [self.tr("System"), self.tr("Sensitivity"), self.tr("Personal data"), self.tr("Reviewed")]
        )
        table.setRowCount(len(self.controller.reviews))
        answers = {True: self.tr("yes"), False: self.tr("no"), None: self.tr("not known")}
        for row, review in enumerate(self.controller.reviews):
            details = review.details
            reviewed = (
                self.tr("not yet") if details is None else day_text(details.reviewed_on) or self.tr("yes")
            )
            cells = [
                review.system_name,
                label(review.sensitivity),
                answers[details.holds_personal_data] if details else "",
                reviewed,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SYSTEM_ID_ROLE, review.system_id)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        page.dashboardView.setHtml(self._dashboard_html(dashboard))

    def _dashboard_html(self, dashboard: domain.ReviewDashboard) -> str:
        parts = [
            "<h3>{}</h3>".format(
                escape(self.tr("{reviewed} of {systems} systems reviewed")).format(
                    reviewed=dashboard.reviewed, systems=dashboard.systems
                )
            )
        ]
        attention, nothing = self.tr("Needs attention"), self.tr("nothing")
        most_often = self.tr("PIM Principles most often not met")
        parts.append(f"<h4>{escape(attention)} ({len(dashboard.concerns)})</h4><ul>")
        for concern in dashboard.concerns:
            link = f'<a href="system:{concern.system_id}">{escape(concern.system_name)}</a>'
            parts.append(f"<li>{link} {escape(concern.text)}</li>")
        if not dashboard.concerns:
            parts.append(f"<li>{escape(nothing)}</li>")
        parts.append(f"</ul><h4>{escape(most_often)}</h4><ol>")
        counts = self.tr("not met {not_met}, partly {partly}")
        for principle in dashboard.principles:
            if principle.not_met or principle.partly:
                numbers = counts.format(not_met=principle.not_met, partly=principle.partly)
                parts.append(f"<li>{escape(principle.label)}: {escape(numbers)}</li>")
        return "".join(parts) + "</ol>"

    # --- changing ----------------------------------------------------------------------------------------

    def save_step(self) -> None:
        page = self.page
        if self.controller is None or self._step_id is None:
            return
        try:
            details = domain.StepDetails(
                status=ProcessStatus(page.statusCombo.currentData()),  # Qt gives the value back as a str
                owner=page.ownerEdit.text(),
                start_date=parse_day(page.startDateEdit.text()),
                end_date=parse_day(page.endDateEdit.text()),
                notes=page.notesEdit.toPlainText(),
                evidence=page.evidenceEdit.toPlainText(),
            )
        except ValidationError as error:
            page.stepProblem.setText(error.sentence)
            return
        self.controller.update_step(self._step_id, details)

    def review_selected(self) -> None:
        item = self.page.reviewsTable.currentItem()
        if item is not None:
            self.review_system(int(item.data(SYSTEM_ID_ROLE)))

    def review_system(self, system_id: int) -> None:
        """Open the review of one system (from the table, a dashboard line or the mapping)."""
        if self.controller is None:
            return
        review = next((r for r in self.controller.reviews if r.system_id == system_id), None)
        if review is None:
            return
        self.page.processTabs.setCurrentWidget(self.page.reviewTab)
        dialog = ReviewDialog(self._window, review, self.controller.principles)
        if self.controller.read_only:
            dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).setEnabled(False)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_details is not None:
            self.controller.save_review(system_id, dialog.result_details)

    def _follow_link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "system" and value.isdigit():
            self.review_system(int(value))
