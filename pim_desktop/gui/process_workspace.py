"""The PIM Process and responsible-data review view: where the operation stands in the four steps, a form
for the chosen step, the review dashboard whose lines lead to their system, and the review of each system.
One ProcessController per open operation; every change is one undo step. As everywhere in the program, an
edit is stored as soon as it is made: a field when it is left (or Enter is pressed), the status when chosen,
and whatever is still being typed before another step or another file is shown."""

from collections.abc import Iterable
from dataclasses import replace
from html import escape
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QTableWidgetItem, QTreeWidgetItem, QWidget

from pim_desktop.domain import process as domain
from pim_desktop.domain.enums import ProcessStatus
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import day_text, parse_day
from pim_desktop.gui.controllers.process_controller import ProcessController
from pim_desktop.gui.dialogs.review_dialog import ReviewDialog
from pim_desktop.gui.form_types.process_page import ProcessPageForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import in_window_direction

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
        self._refusal = ""  # why the last change was refused, for the step being left
        # the step's fields by the name StepDetails gives them, in the order of the form
        self._fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "owner": page.ownerEdit,
            "start_date": page.startDateEdit,
            "end_date": page.endDateEdit,
            "notes": page.notesEdit,
            "evidence": page.evidenceEdit,
        }
        page.stepsTree.currentItemChanged.connect(lambda item, _previous: self._step_chosen(item))
        page.statusCombo.activated.connect(lambda _index: self._store_status())
        for name, field in self._fields.items():
            if isinstance(field, QLineEdit):
                field.editingFinished.connect(lambda name=name: self._store([name]))
            else:  # a text box has no editingFinished: it is stored when left
                field.installEventFilter(self)
        page.reviewButton.clicked.connect(self.review_selected)
        page.reviewsTable.itemActivated.connect(lambda _item: self.review_selected())
        page.dashboardView.anchorClicked.connect(self._follow_link)
        self._stale = False  # changed while out of sight: shown again when the page is
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.page and event.type() == QEvent.Type.Show and self._stale:
            self._show()
        elif (
            event.type() == QEvent.Type.FocusOut
            and watched in self._fields.values()
            and cast(QFocusEvent, event).reason() != Qt.FocusReason.PopupFocusReason  # not its context menu
        ):
            self._store([name for name, field in self._fields.items() if field is watched])
        return False

    def bind(self, controller: ProcessController | None) -> None:
        if self.controller is not None:
            self._store(self._pending())  # what is being typed is kept before the file is let go
            self.controller.changed.disconnect(self._show)
            self.controller.failed.disconnect(self._refused)
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self._show)
            controller.failed.connect(self._refused)
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
        page.reviewsTable.setRowCount(0)
        page.dashboardView.clear()
        if self.controller is None:
            page.stepsTree.blockSignals(True)
            page.stepsTree.clear()
            page.stepsTree.blockSignals(False)
            return
        overview = self.controller.overview
        self._fill_steps(overview)
        stands = overview.where_it_stands()
        page.standsLabel.setText(
            self.tr("The operation stands at: <b>{step}</b>").format(step=escape(stands.label))
            if stands
            else self.tr("All four steps of the PIM Process are done.")
        )
        page.warningsLabel.setText("\n".join(overview.warnings))
        page.warningsLabel.setVisible(bool(overview.warnings))
        self._show_step(page.stepsTree.currentItem())  # also when the current item is the same again
        self._show_reviews()

    def _fill_steps(self, overview: domain.ProcessOverview) -> None:
        """The steps with their status and owner. The same steps are updated where they are, so that a
        change stored while another step is being chosen leaves that choice alone."""
        tree = self.page.stepsTree
        items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
        if [item and item.data(0, STEP_ID_ROLE) for item in items] == [step.id for step in overview.steps]:
            for item, step in zip(items, overview.steps, strict=True):
                assert item is not None
                item.setText(1, label(step.details.status))
                item.setText(2, step.details.owner)
            return
        tree.blockSignals(True)  # the step shown is chosen again below, once the tree is full
        tree.clear()
        chosen = None
        for step in overview.steps:
            name = f"    {step.label}" if step.is_sub_step else step.label
            item = QTreeWidgetItem([name, label(step.details.status), step.details.owner])
            item.setData(0, STEP_ID_ROLE, step.id)
            if not step.is_sub_step:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            tree.addTopLevelItem(item)
            if step.id == self._step_id:
                chosen = item
        current = chosen or tree.topLevelItem(0)
        if current is not None:  # none when the file holds no step
            tree.setCurrentItem(current)
        tree.blockSignals(False)
        tree.resizeColumnToContents(0)

    def _shown_step(self) -> domain.ProcessStep | None:
        if self.controller is None:
            return None
        return next((s for s in self.controller.overview.steps if s.id == self._step_id), None)

    def _step_chosen(self, item: QTreeWidgetItem | None) -> None:
        """Another step chosen: what was typed for the one shown is stored first, or said not to be."""
        leaving, self._refusal = self._shown_step(), ""
        self._store(self._pending())
        refusal = self._refusal
        self._show_step(item)
        if leaving is not None and refusal and leaving.id != self._step_id:
            self.page.stepProblem.setText(
                self.tr("{step}: not stored. {reason}").format(step=leaving.label, reason=refusal)
            )

    def _show_step(self, item: QTreeWidgetItem | None) -> None:
        page = self.page
        if item is None or self.controller is None:
            return
        step_id = item.data(0, STEP_ID_ROLE)
        step = next((s for s in self.controller.overview.steps if s.id == step_id), None)
        if step is None:
            return
        # the same step shown again (a change stored, undone): what is still being typed stays
        typing = self._pending() if step_id == self._step_id else []
        self._step_id = step_id
        details = step.details
        page.stepTitle.setText(f"<b>{escape(step.label)}</b><br>{escape(step.description)}")
        page.statusCombo.setCurrentIndex(page.statusCombo.findData(details.status))
        stored = {
            "owner": details.owner,
            "start_date": day_text(details.start_date),
            "end_date": day_text(details.end_date),
            "notes": details.notes,
            "evidence": details.evidence,
        }
        read_only = self.controller.read_only
        for name, field in self._fields.items():
            field.setReadOnly(read_only)
            if name not in typing:
                _put(field, stored[name])
        page.statusCombo.setEnabled(not read_only)
        if not typing:
            page.stepProblem.clear()

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
        page.dashboardView.setHtml(in_window_direction(self._dashboard_html(dashboard)))

    def _dashboard_html(self, dashboard: domain.ReviewDashboard) -> str:
        parts = [
            "<h3>{}</h3>".format(
                escape(self.tr("{reviewed} of %n system(s) reviewed", "", dashboard.systems)).format(
                    reviewed=dashboard.reviewed
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

    def _pending(self) -> list[str]:
        """The fields typed in since the step was shown, and not stored yet."""
        return [name for name, field in self._fields.items() if _typed_in(field)]

    def _store(self, names: Iterable[str]) -> None:
        """What was typed in these fields of the step shown, stored as one undo step; a field that cannot be
        stored (a date that is not one) keeps what was typed, and the reason is shown."""
        step = self._shown_step()
        if step is None or self.controller is None:
            return
        changes: dict[str, Any] = {}  # field -> value as StepDetails holds it
        for name in names:
            field = self._fields[name]
            if not _typed_in(field):
                continue
            if isinstance(field, QPlainTextEdit):
                changes[name] = field.toPlainText()
            elif name == "owner":
                changes[name] = field.text()
            else:
                try:
                    changes[name] = parse_day(field.text(), name.replace("_", " "))  # "start date"
                except ValidationError as error:
                    self._refused(error.sentence)
        if changes and self.controller.update_step(step.id, replace(step.details, **changes)):
            for name in changes:
                _put(self._fields[name], None)

    def _store_status(self) -> None:
        step = self._shown_step()
        status = ProcessStatus(self.page.statusCombo.currentData())  # Qt gives the value back as a str
        if step is not None and self.controller is not None and status != step.details.status:
            self.controller.update_step(step.id, replace(step.details, status=status))

    def _refused(self, reason: str) -> None:
        self._refusal = reason
        self.page.stepProblem.setText(reason)

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


def _typed_in(field: QLineEdit | QPlainTextEdit) -> bool:
    return field.isModified() if isinstance(field, QLineEdit) else field.document().isModified()


def _put(field: QLineEdit | QPlainTextEdit, text: str | None) -> None:
    """Show a stored text (None: the one shown is now stored): the field counts as not typed in. An
    unchanged text is left alone, so that the cursor of a field being typed in does not jump."""
    if isinstance(field, QLineEdit):
        if text is not None and field.text() != text:
            field.setText(text)
        field.setModified(False)
    else:
        if text is not None and field.toPlainText() != text:
            field.setPlainText(text)
        field.document().setModified(False)
