"""The matrix workspace driven through the real window, with assertions on what is stored in the file."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.models.matrix_model import ENTRIES_ROLE, HTML_ROLE, MATCH_ROLE
from tests.helpers import sqlite_rows


def row_of(window: MainWindow, code: str) -> int:
    return next(i for i, r in enumerate(window.workspace.model.matrix.rows) if r.code == code)


def select(window: MainWindow, row_code: str, column: int):
    model = window.workspace.model
    index = model.index(row_of(window, row_code), column)
    window.matrixView.setCurrentIndex(index)
    return index


def stored_texts(path: Path, category: str, row: str) -> list[str]:
    return [
        text
        for (text,) in sqlite_rows(
            path,
            "SELECT e.text FROM matrix_entry e JOIN category c ON c.id = e.category_id "
            f"JOIN matrix_row r ON r.id = e.row_id WHERE c.code = '{category}' AND r.code = '{row}' "
            "AND e.state != 'removed' ORDER BY e.position",
        )
    ]


def type_into_current_editor(qtbot, window: MainWindow, text: str) -> None:
    editor = window.side_panel.entryList.focusWidget()
    assert editor is not None and editor is not window.side_panel.entryList
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())  # Qt commits the typing on the next turn of the loop


def test_add_an_entry_from_the_keyboard_then_undo_and_redo(qtbot, opened: MainWindow, sample_file: Path):
    select(opened, "methods", 3)  # Case Management / Methods
    before = stored_texts(sample_file, "case_management", "methods")
    opened.window_actions.add_entry.trigger()
    type_into_current_editor(qtbot, opened, "Home visits by caseworkers")
    after = stored_texts(sample_file, "case_management", "methods")
    assert after == [*before, "Home visits by caseworkers"]  # no entry selected: at the end
    cell_html = opened.workspace.model.index(row_of(opened, "methods"), 3).data(HTML_ROLE)
    assert "Home visits by caseworkers ✎" in cell_html  # marked as changed from the standard

    opened.undo_action.trigger()
    assert stored_texts(sample_file, "case_management", "methods") == before
    opened.redo_action.trigger()
    assert stored_texts(sample_file, "case_management", "methods") == after

    opened.side_panel.entryList.setCurrentRow(0)
    qtbot.keyClick(opened.side_panel.entryList, Qt.Key.Key_Insert)
    type_into_current_editor(qtbot, opened, "Remote case follow-up")
    assert stored_texts(sample_file, "case_management", "methods")[:2] == [before[0], "Remote case follow-up"]


def test_edit_an_entry_with_enter_and_see_it_differ(qtbot, opened: MainWindow, sample_file: Path):
    select(opened, "sub_categories", 2)  # Protection Monitoring / Sub-categories
    qtbot.keyClick(opened.matrixView, Qt.Key.Key_Return)
    type_into_current_editor(qtbot, opened, "Protection situation monitoring, district by district")
    texts = stored_texts(sample_file, "protection_monitoring", "sub_categories")
    assert texts[0] == "Protection situation monitoring, district by district"
    state = sqlite_rows(
        sample_file,
        "SELECT state, standard_text FROM matrix_entry WHERE text LIKE 'Protection situation monit%'",
    )
    assert state == [("edited", "Monitoring of the protection situation and its trends")]


def test_locked_rows_refuse_edits_and_say_why(qtbot, opened: MainWindow, sample_file: Path):
    for code in ("definition", "output"):
        select(opened, code, 1)
        panel = opened.side_panel
        assert panel.lockNotice.isVisibleTo(panel) and "cannot be modified" in panel.lockNotice.text()
        assert not opened.window_actions.add_entry.isEnabled()
        assert not panel.addButton.isEnabled() and not panel.editButton.isEnabled()
        item = panel.entryList.item(0)
        assert not item.flags() & Qt.ItemFlag.ItemIsEditable
        opened.window_actions.edit_cell.trigger()  # F2 on a locked cell opens no editor
        assert panel.entryList.focusWidget() in (None, panel.entryList)
    definitions = sqlite_rows(
        sample_file,
        "SELECT count(*) FROM matrix_entry WHERE state != 'standard' AND row_id IN "
        "(SELECT id FROM matrix_row WHERE is_locked)",
    )
    assert definitions == [(0,)]


def test_custom_row_add_rename_remove_with_undo(monkeypatch, opened: MainWindow, sample_file: Path):
    answers = iter([("Data-sharing agreements", True), ("Data-sharing agreements in place", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    select(opened, "methods", 0)
    opened.window_actions.add_row.trigger()
    labels = [
        label for (label,) in sqlite_rows(sample_file, "SELECT label FROM matrix_row ORDER BY position")
    ]
    assert labels[3] == "Data-sharing agreements"  # right under the selected row
    assert opened.workspace.current_row().label == "Data-sharing agreements"
    opened.window_actions.rename_row.trigger()
    assert sqlite_rows(
        sample_file, "SELECT count(*) FROM matrix_row WHERE label = 'Data-sharing agreements in place'"
    ) == [(1,)]
    opened.window_actions.remove_row.trigger()
    assert sqlite_rows(sample_file, "SELECT count(*) FROM matrix_row") == [(8,)]
    opened.undo_action.trigger()  # the removal
    opened.undo_action.trigger()  # the renaming
    assert sqlite_rows(sample_file, "SELECT label FROM matrix_row WHERE position = 3") == [
        ("Data-sharing agreements",)
    ]
    opened.undo_action.trigger()  # the adding
    assert sqlite_rows(sample_file, "SELECT count(*) FROM matrix_row") == [(8,)]
    assert opened.workspace.model.rowCount() == 9


def test_reset_cell_and_whole_matrix_to_the_standard(monkeypatch, opened: MainWindow, sample_file: Path):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    select(opened, "specific_examples", 0)
    opened.side_panel.resetCellButton.click()
    assert not any(
        t.startswith("Lebanon") for t in stored_texts(sample_file, "population_data", "specific_examples")
    )
    opened.window_actions.reset_matrix.trigger()
    assert sqlite_rows(sample_file, "SELECT count(*) FROM matrix_entry WHERE state != 'standard'") == [(0,)]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM matrix_row WHERE NOT is_standard") == [(0,)]
    assert "0 entries changed or added, 0 removed, 0 rows" in opened.changesSummary.text()
    opened.undo_action.trigger()
    assert sqlite_rows(sample_file, "SELECT count(*) FROM matrix_row WHERE NOT is_standard") == [(1,)]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM matrix_entry WHERE state = 'removed'") == [(1,)]


def test_removed_standard_entry_can_be_restored(opened: MainWindow, sample_file: Path):
    select(opened, "methods", 0)
    panel = opened.side_panel
    assert panel.removedList.count() == 1
    assert panel.removedList.item(0).text() == "Estimates from satellite imagery"
    panel.restoreButton.click()
    assert "Estimates from satellite imagery" in stored_texts(sample_file, "population_data", "methods")
    assert panel.removedList.count() == 0


def test_edits_survive_closing_and_reopening(qtbot, opened: MainWindow, sample_file: Path):
    select(opened, "shared_data", 4)
    opened.window_actions.add_entry.trigger()
    type_into_current_editor(qtbot, opened, "Quarterly gap analysis")
    opened.window_actions.close_operation.trigger()
    assert opened.open_file(sample_file)
    select(opened, "shared_data", 4)
    texts = [
        e.text for e in opened.workspace.model.index(row_of(opened, "shared_data"), 4).data(ENTRIES_ROLE)
    ]
    assert texts[-1] == "Quarterly gap analysis"
    assert opened.undo_group.activeStack().count() == 0  # undo history belongs to the session


def test_search_highlights_and_find_next_moves_between_matching_cells(qtbot, opened: MainWindow):
    opened.window_actions.find.trigger()
    assert opened.searchEdit.hasFocus() or opened.searchEdit.isVisible()
    qtbot.keyClicks(opened.searchEdit, "VASyR")
    qtbot.waitUntil(lambda: "matches" in opened.searchStatus.text())
    model = opened.workspace.model
    matching = [
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(MATCH_ROLE)
    ]
    assert matching  # the sample's own entry and its VASyR system
    assert "background:#ffe27a" in model.index(*matching[0]).data(HTML_ROLE)
    opened.matrixView.setCurrentIndex(model.index(0, 0))
    opened.window_actions.find_next.trigger()
    current = opened.matrixView.currentIndex()
    assert (current.row(), current.column()) == matching[0]


def test_three_ways_in(opened: MainWindow, qtbot):
    panel = opened.side_panel
    opened.matrixView.horizontalHeader().sectionClicked.emit(2)
    assert (
        "<h2>Protection Monitoring</h2>" in panel.readingView.toHtml()
        or "Protection Monitoring" in panel.readingView.toPlainText()
    )
    assert "Inter-agency protection monitoring" in panel.readingView.toPlainText()
    opened.matrixView.verticalHeader().sectionClicked.emit(row_of(opened, "output"))
    text = panel.readingView.toPlainText()
    assert text.startswith("Output") and "Communicating with(in) Communities" in text
    panel.sourceQuery.setText("I need figures on returns")
    qtbot.waitUntil(lambda: "Population Data" in panel.sourceResults.toPlainText())
    results = panel.sourceResults.toPlainText()
    assert results.index("Population Data") < results.index("Systems that could be the source")
    assert "Border and return monitoring" in results and "UNHCR, NRC" in results


@pytest.mark.usefixtures("make_read_only")
def test_read_only_file_allows_no_edit(window: MainWindow, sample_file: Path, make_read_only):
    path = make_read_only(sample_file)
    window.open_file(path)
    select(window, "methods", 0)
    assert not window.window_actions.add_entry.isEnabled()
    assert not window.window_actions.add_row.isEnabled()
    assert not window.side_panel.addButton.isEnabled()
