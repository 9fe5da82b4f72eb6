"""The PIM Process and review view, driven as a user would: a step's form, stored field by field as it is
left, the order warning, a review opened from a dashboard line, and undo of both."""

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from pim_desktop.domain.enums import PrincipleRating, ProcessStatus
from pim_desktop.gui.dialogs.review_dialog import ReviewDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.process_workspace import STEP_ID_ROLE
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import sqlite_rows


def _step_item(window: MainWindow, code: str) -> QTreeWidgetItem:
    page = window.processPage
    step = next(s for s in window.process.controller.overview.steps if s.code == code)
    for row in range(page.stepsTree.topLevelItemCount()):
        item = page.stepsTree.topLevelItem(row)
        if item.data(0, STEP_ID_ROLE) == step.id:
            return item
    raise AssertionError(code)


def _click(widget: QWidget) -> None:
    """A click as a user's: the widget takes the focus, and the one left loses it."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def _click_step(window: MainWindow, code: str) -> None:
    tree = window.processPage.stepsTree
    rectangle = tree.visualItemRect(_step_item(window, code))
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rectangle.center())
    assert tree.currentItem() is _step_item(window, code)


@pytest.fixture
def process(opened: MainWindow, qtbot) -> MainWindow:
    opened.window_actions.show_process.trigger()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)  # focus moves only in the active window
    return opened


def _stored(window: MainWindow, code: str, columns: str) -> list[tuple]:
    query = f"SELECT {columns} FROM process_step WHERE code = '{code}'"
    return sqlite_rows(window.operation_file.path, query)


def test_what_is_typed_for_a_step_is_stored_when_another_is_chosen(qtbot, process: MainWindow):
    page = process.processPage
    _click_step(process, "evaluate")
    _click(page.ownerEdit)
    qtbot.keyClicks(page.ownerEdit, "Protection cluster")
    _click(page.notesEdit)  # the owner is stored as the notes are entered
    assert _stored(process, "evaluate", "owner, notes") == [("Protection cluster", "")]
    qtbot.keyClicks(page.notesEdit, "Terms of reference agreed")
    _click_step(process, "implement")
    assert page.ownerEdit.text() == "" and page.notesEdit.toPlainText() == ""
    stored = _stored(process, "evaluate", "owner, notes")
    assert stored == [("Protection cluster", "Terms of reference agreed")]
    _click_step(process, "evaluate")
    assert page.ownerEdit.text() == "Protection cluster"
    assert page.notesEdit.toPlainText() == "Terms of reference agreed"
    assert _step_item(process, "evaluate").text(2) == "Protection cluster"
    # each edit is one undo step, undone from the keyboard
    QTest.keyClick(page.stepsTree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(process, "evaluate", "owner, notes") == [("Protection cluster", "")]
    assert page.notesEdit.toPlainText() == ""
    QTest.keyClick(page.stepsTree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(process, "evaluate", "owner, notes") == [("", "")]
    assert page.ownerEdit.text() == ""


def test_a_status_is_stored_when_chosen_warned_about_and_undone(qtbot, process: MainWindow):
    page = process.processPage
    assert "Design IM systems" in page.standsLabel.text()  # the sample operation is in its second step
    _click_step(process, "evaluate")
    page.statusCombo.setCurrentIndex(page.statusCombo.findData(ProcessStatus.IN_PROGRESS))
    page.statusCombo.activated.emit(page.statusCombo.currentIndex())  # as a choice in its list does
    assert not page.warningsLabel.isHidden() and "Evaluate impact" in page.warningsLabel.text()
    assert _stored(process, "evaluate", "status") == [("in-progress",)]
    assert page.statusCombo.currentData() == ProcessStatus.IN_PROGRESS  # the same step stays chosen
    process.undo_action.trigger()
    assert _stored(process, "evaluate", "status") == [("not-started",)]
    assert page.warningsLabel.isHidden()


def test_a_bad_date_says_why_stores_nothing_and_is_not_lost_silently(qtbot, process: MainWindow):
    page = process.processPage
    _click_step(process, "implement")
    _click(page.startDateEdit)
    qtbot.keyClicks(page.startDateEdit, "next week")
    _click(page.ownerEdit)
    assert "YYYY-MM-DD" in page.stepProblem.text()
    qtbot.keyClicks(page.ownerEdit, "Cluster coordinator")
    _click(page.notesEdit)  # the owner is stored; the date typed stays, with the reason
    assert _stored(process, "implement", "owner, start_date") == [("Cluster coordinator", None)]
    assert page.startDateEdit.text() == "next week" and "YYYY-MM-DD" in page.stepProblem.text()
    page.startDateEdit.setFocus()
    _click_step(process, "evaluate")
    assert "not stored" in page.stepProblem.text() and "next week" in page.stepProblem.text()
    assert _stored(process, "implement", "start_date") == [(None,)]


def test_what_is_being_typed_is_stored_when_the_file_is_closed(qtbot, process: MainWindow):
    page = process.processPage
    path = process.operation_file.path
    _click_step(process, "evaluate")
    _click(page.evidenceEdit)
    qtbot.keyClicks(page.evidenceEdit, "evaluation-tor.docx")
    process.close_operation()
    assert sqlite_rows(path, "SELECT evidence FROM process_step WHERE code = 'evaluate'") == [
        ("evaluation-tor.docx",)
    ]


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
