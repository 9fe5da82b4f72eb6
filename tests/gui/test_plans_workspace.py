"""Action plans in the real window: typed from the keyboard like a spreadsheet, followed up, undone."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.models.action_items_model import CHALLENGE_COLUMN, COLUMNS
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import sqlite_rows


@pytest.fixture
def plans(opened: MainWindow) -> MainWindow:
    opened.window_actions.show_plans.trigger()
    return opened


def column(title: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.title.startswith(title))


def type_into_focus(text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type as a keyboard does: each key to the widget that has the focus then (a key in a cell opens its
    editor, which takes the next keys), then press `then`."""
    for character in text:
        QTest.keyClicks(QApplication.focusWidget(), character)
    QTest.keyClick(QApplication.focusWidget(), then)


def test_the_lebanon_plan_is_shown_with_its_group_and_challenges(plans: MainWindow):
    page = plans.plansPage
    assert plans.pages.currentWidget() is page
    assert page.planCombo.currentText() == "PIM Lebanon Action Plan (4)"
    assert page.groupList.currentItem().text() == "Data Sharing"
    assert "Jad" in page.groupSummary.text() and "Rana" in page.groupSummary.text()
    items = page.items
    assert items.rowCount() == 5  # four challenges and the empty row to type a new one
    assert items.index(1, column("Focal")).data() == "Fanette"
    assert items.index(1, column("Advisers")).data() == "Fred"
    assert items.index(2, column("Status")).data() == "Done"


def test_a_challenge_is_typed_row_after_row_from_the_keyboard(plans: MainWindow, sample_file: Path):
    page, view = plans.plansPage, plans.plansPage.itemsView
    view.setFocus()
    view.setCurrentIndex(page.items.index(4, CHALLENGE_COLUMN))
    QTest.keyClick(view, Qt.Key.Key_F2)
    type_into_focus("Partners do not know the referral pathways")
    type_into_focus("Map the pathways")  # action points: one a line
    type_into_focus("Q2 of 2027")  # timeline
    type_into_focus("2027-06-30")  # due date
    type_into_focus("Rana (UNHCR), Omar")  # focal points
    stored = sqlite_rows(
        sample_file,
        "SELECT i.number, i.challenge, i.timeline, i.due_date, p.text FROM action_item i "
        "JOIN action_point p ON p.item_id = i.id WHERE i.number = 5",
    )
    assert stored == [
        (5, "Partners do not know the referral pathways", "Q2 of 2027", "2027-06-30", "Map the pathways")
    ]
    people = sqlite_rows(
        sample_file,
        "SELECT name, organisation FROM action_focal_point WHERE item_id = "
        "(SELECT id FROM action_item WHERE number = 5) ORDER BY position",
    )
    assert people == [("Rana", "UNHCR"), ("Omar", "")]
    assert page.items.rowCount() == 6


def test_a_status_change_is_stored_with_its_day_and_undone(plans: MainWindow, sample_file: Path):
    page = plans.plansPage
    first = page.items.item_at(0)
    index = page.items.index(0, column("Status"))
    page.items.setData(index, "done")
    query = f"SELECT status, status_changed_on FROM action_item WHERE id = {first.id}"
    assert sqlite_rows(sample_file, query) == [("done", date.today().isoformat())]
    assert page.items.index(0, column("Status")).data() == "Done"
    plans.undo_action.trigger()
    assert sqlite_rows(sample_file, query) == [("in-progress", "2018-12-13")]
    plans.redo_action.trigger()
    assert sqlite_rows(sample_file, query)[0][0] == "done"


def test_a_bad_due_date_is_said_and_nothing_changes(plans: MainWindow, sample_file: Path, shown_messages):
    page = plans.plansPage
    before = sqlite_rows(sample_file, "SELECT due_date FROM action_item ORDER BY id")
    assert not page.items.setData(page.items.index(0, column("Due")), "next spring")
    assert "'next spring' is not a date" in shown_messages[0][1]
    assert sqlite_rows(sample_file, "SELECT due_date FROM action_item ORDER BY id") == before


def test_a_new_plan_and_group_are_added_through_their_dialogs(plans: MainWindow, sample_file: Path):
    def fill_plan(dialog: QDialog) -> None:
        dialog.titleEdit.setText("Follow-up of the 2026 PIM workshop")
        dialog.startDateEdit.setText("2026-11-16")
        dialog.endDateEdit.setText("2026-11-18")
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(fill_plan)
    plans.window_actions.new_plan.trigger()
    assert plans.plansPage.planCombo.currentText() == "Follow-up of the 2026 PIM workshop (0)"

    def fill_group(dialog: QDialog) -> None:
        dialog.themeEdit.setText("Protection monitoring")
        dialog.leaderEdit.setText("Maria (NRC)")
        dialog.membersEdit.setPlainText("Rana (UNHCR)\nOmar")
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(fill_group)
    plans.plansPage.addGroupButton.click()
    groups = sqlite_rows(
        sample_file,
        "SELECT g.theme, g.team_leader, g.team_leader_organisation, count(m.id) FROM action_group g "
        "JOIN action_plan p ON p.id = g.plan_id JOIN action_group_member m ON m.group_id = g.id "
        "WHERE p.title = 'Follow-up of the 2026 PIM workshop' GROUP BY g.id",
    )
    assert groups == [("Protection monitoring", "Maria", "NRC", 2)]
    assert plans.plansPage.groupList.currentItem().text() == "Protection monitoring"


def test_deleting_a_group_asks_and_undo_brings_it_back(
    plans: MainWindow, sample_file: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    plans.plansPage.deleteGroupButton.click()
    assert sqlite_rows(sample_file, "SELECT count(*) FROM action_item") == [(0,)]
    plans.undo_action.trigger()
    assert sqlite_rows(sample_file, "SELECT count(*) FROM action_item") == [(4,)]
    assert plans.plansPage.items.rowCount() == 5


def test_follow_up_filters_and_leads_to_the_challenge(plans: MainWindow, qtbot):
    page = plans.plansPage
    page.planTabs.setCurrentWidget(page.followUpTab)
    assert page.follow_up.rowCount() == 4
    page.overdueCheck.setChecked(True)
    assert page.follow_up.rowCount() == 3 and "3 overdue" in page.followStatus.text()
    page.overdueCheck.setChecked(False)
    page.followPersonEdit.setText("fanette")
    qtbot.waitUntil(lambda: page.follow_up.rowCount() == 1)
    page.followUpView.activated.emit(page.follow_up.index(0, 0))
    assert page.planTabs.currentWidget() is page.challengesTab
    assert page.itemsView.currentIndex().row() == 1  # challenge 2, Fanette's


def test_a_read_only_file_shows_plans_without_editing(window: MainWindow, sample_file: Path, make_read_only):
    assert window.open_file(make_read_only(sample_file))
    window.window_actions.show_plans.trigger()
    page = window.plansPage
    assert page.items.rowCount() == 4  # no empty row to type into
    assert not page.items.flags(page.items.index(0, CHALLENGE_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    assert not window.window_actions.new_plan.isEnabled()
