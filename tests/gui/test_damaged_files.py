"""The window on operation files and workbooks with random bits flipped: a message or the file shown, never
an exception, and every file as it was."""

from pathlib import Path

from PySide6.QtWidgets import QDialog

from pim_desktop.gui.main_window import MainWindow
from tests.data.corpus import flipped_copies, real_workbook
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import folder_digests


def test_the_window_on_damaged_files(
    window: MainWindow, shown_messages: list[tuple[str, str]], sample_file: Path, tmp_path: Path
):
    refused = 0
    for damaged in flipped_copies(sample_file, tmp_path, 8, seed=7):
        before = damaged.read_bytes()
        if window.open_file(damaged):
            window.window_actions.show_mapping.trigger()  # reads every register
            window.window_actions.show_process.trigger()
            window.close_operation()
        else:
            refused += 1
            assert shown_messages[-1][0] == "Cannot open the operation"
            assert "Traceback" not in shown_messages[-1][1]
        assert damaged.read_bytes() == before, damaged.name
    assert refused >= 1  # some of the damage is found on opening


def test_the_import_dialog_on_damaged_workbooks(opened: MainWindow, sample_file: Path, tmp_path: Path):
    """Each damaged copy read in turn in one dialog: a preview or a reason, never an exception; the dialog
    is then cancelled, so the open operation stays as it was."""
    workbook = tmp_path / "systems.xlsx"
    workbook.write_bytes(real_workbook())
    copies = flipped_copies(workbook, tmp_path, 8, seed=8)
    before = folder_digests(tmp_path)
    said: list[str] = []

    def read_each(dialog: QDialog) -> None:
        for damaged in copies:
            dialog.fileEdit.setText(str(damaged))
            dialog.read(damaged)
            said.append(dialog.summaryLabel.text())
        dialog.reject()

    when_dialog_opens(read_each)
    opened.window_actions.import_data.trigger()
    assert len(said) == len(copies)
    for text in said:
        assert text and "Traceback" not in text and "unexpected" not in text.lower(), text
    assert folder_digests(tmp_path) == before
    assert not opened.undo_action.isEnabled()
