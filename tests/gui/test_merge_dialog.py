"""File > Merge in the real window: what is new, what differs (ticked to take theirs), one undo step."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pim_desktop.gui.main_window import MainWindow
from tests.e2e.test_merge import OUTPUTS, theirs  # noqa: F401 - the colleague's file, as a fixture
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import sqlite_rows


def test_merge_takes_the_ticked_differences_and_undoes_as_one_step(
    opened: MainWindow,
    sample_file: Path,
    theirs: Path,  # noqa: F811
):
    mine = sqlite_rows(sample_file, OUTPUTS)
    shown: dict[str, list[str]] = {}

    def choose(dialog: QDialog) -> None:
        shown["new"] = [dialog.newList.item(i).text() for i in range(dialog.newList.count())]
        shown["differences"] = [
            dialog.differencesList.item(i).text() for i in range(dialog.differencesList.count())
        ]
        for row in range(dialog.differencesList.count()):
            if "VASyR" in dialog.differencesList.item(row).text():
                dialog.differencesList.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(choose)
    assert opened.merge_file(theirs)
    assert "organisation: Their new NGO" in shown["new"]
    assert "system: VASyR household survey (differs in outputs)" in shown["differences"]
    assert sqlite_rows(sample_file, OUTPUTS) == [("Outputs as the colleague wrote them",)]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM merge_record") == [(1,)]
    opened.undo_action.trigger()
    assert sqlite_rows(sample_file, OUTPUTS) == mine
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE acronym = 'TNN'") == [(0,)]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM merge_record") == [(0,)]


def test_merging_a_file_that_is_not_an_operation_is_said(opened: MainWindow, tmp_path: Path, shown_messages):
    other = tmp_path / "notes.pim"
    other.write_text("not an operation", encoding="utf-8")
    assert not opened.merge_file(other)
    assert shown_messages and shown_messages[0][0] == "Cannot merge"
