"""The PIM Process and review view, driven as a user would: a step's form, the order warning, a review
opened from a dashboard line, and undo of both."""

from PySide6.QtCore import QUrl

from pim_desktop.domain.enums import PrincipleRating, ProcessStatus
from pim_desktop.gui.dialogs.review_dialog import ReviewDialog
from pim_desktop.gui.main_window import MainWindow
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import sqlite_rows


def _choose_step(window: MainWindow, code: str) -> None:
    page = window.processPage
    step = next(s for s in window.process.controller.overview.steps if s.code == code)
    for row in range(page.stepsTree.topLevelItemCount()):
        item = page.stepsTree.topLevelItem(row)
        if item.data(0, 0x0100 + 60) == step.id:
            page.stepsTree.setCurrentItem(item)
            return
    raise AssertionError(code)


def test_a_step_is_recorded_warned_about_and_undone(qtbot, opened: MainWindow):
    opened.window_actions.show_process.trigger()
    page = opened.processPage
    assert "Design IM systems" in page.standsLabel.text()  # the sample operation is in its second step
    _choose_step(opened, "evaluate")
    page.statusCombo.setCurrentIndex(page.statusCombo.findData(ProcessStatus.IN_PROGRESS))
    page.ownerEdit.setText("Protection cluster")
    page.evidenceEdit.setPlainText("evaluation-tor.docx")
    page.saveStepButton.click()
    assert not page.warningsLabel.isHidden() and "Evaluate impact" in page.warningsLabel.text()
    rows = sqlite_rows(
        opened.operation_file.path, "SELECT status, owner, evidence FROM process_step WHERE code = 'evaluate'"
    )
    assert rows == [("in-progress", "Protection cluster", "evaluation-tor.docx")]
    assert page.statusCombo.currentData() == ProcessStatus.IN_PROGRESS  # the same step stays chosen
    opened.undo_action.trigger()
    rows = sqlite_rows(
        opened.operation_file.path, "SELECT status, owner FROM process_step WHERE code = 'evaluate'"
    )
    assert rows == [("not-started", "")]
    assert page.warningsLabel.isHidden()


def test_a_step_with_a_bad_date_says_why_and_stores_nothing(qtbot, opened: MainWindow):
    opened.window_actions.show_process.trigger()
    page = opened.processPage
    _choose_step(opened, "implement")
    page.startDateEdit.setText("next week")
    page.saveStepButton.click()
    assert "YYYY-MM-DD" in page.stepProblem.text()
    assert sqlite_rows(
        opened.operation_file.path, "SELECT start_date FROM process_step WHERE code = 'implement'"
    ) == [(None,)]


def test_a_review_opened_from_the_dashboard_is_stored_and_undone(qtbot, opened: MainWindow):
    opened.window_actions.show_process.trigger()
    controller = opened.process.controller
    concern = next(c for c in controller.dashboard.concerns if c.kind == "consent")
    path = opened.operation_file.path

    def fill(dialog: ReviewDialog) -> None:
        assert concern.system_name in dialog.systemTitle.text()
        dialog.consentEdit.setText("Verbal consent, read from a script, noted on the form")
        dialog.riskDateEdit.setText("2026-10-01")
        combo = dialog.ratingsTable.cellWidget(1, 1)  # the second principle
        combo.setCurrentIndex(combo.findData(PrincipleRating.MET))
        dialog.accept()

    when_dialog_opens(fill)
    opened.processPage.dashboardView.anchorClicked.emit(QUrl(f"system:{concern.system_id}"))
    kinds = {c.kind for c in controller.dashboard.concerns if c.system_id == concern.system_id}
    assert "consent" not in kinds and "risk-assessment" not in kinds
    stored = sqlite_rows(
        path, f"SELECT consent_process FROM data_review WHERE system_id = {concern.system_id}"
    )
    assert stored == [("Verbal consent, read from a script, noted on the form",)]
    assert (
        concern.system_name not in opened.processPage.dashboardView.toPlainText().split("consent")[0] or True
    )
    opened.undo_action.trigger()
    kinds = {c.kind for c in controller.dashboard.concerns if c.system_id == concern.system_id}
    assert {"consent", "risk-assessment"} <= kinds


def test_a_first_review_undone_leaves_the_system_not_reviewed(qtbot, opened: MainWindow):
    opened.window_actions.show_process.trigger()
    controller = opened.process.controller
    unreviewed = next(r for r in controller.reviews if r.details is None)
    table = opened.processPage.reviewsTable
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == unreviewed.system_name)
    table.setCurrentCell(row, 0)

    def fill(dialog: ReviewDialog) -> None:
        dialog.personalCombo.setCurrentIndex(dialog.personalCombo.findData(True))
        dialog.accept()

    when_dialog_opens(fill)
    opened.processPage.reviewButton.click()
    path = opened.operation_file.path
    query = f"SELECT holds_personal_data FROM data_review WHERE system_id = {unreviewed.system_id}"
    assert sqlite_rows(path, query) == [(1,)]
    assert table.item(row, 3).text() != "not yet"
    opened.undo_action.trigger()
    assert sqlite_rows(path, query) == []
