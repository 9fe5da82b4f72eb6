"""The window on the corpus of tests/data: each broken operation file opened and merged, each broken source
read in the import dialog. The message holds the same words as the command line's, no traceback; every file
is as it was and the open operation stays open, untouched."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from pim_desktop.gui.main_window import MainWindow
from tests.data.corpus import IMPORT_SOURCES, OPERATION_FILES, BadInput
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import folder_digests


def _assert_said(text: str, entry: BadInput) -> None:
    assert entry.words.lower() in text.lower(), text
    assert "Traceback" not in text and "unexpected" not in text.lower(), text


@pytest.mark.parametrize("entry", OPERATION_FILES, ids=str)
def test_every_bad_operation_file_is_refused_on_opening_and_merging(
    window: MainWindow,
    shown_messages: list[tuple[str, str]],
    sample_file: Path,
    tmp_path: Path,
    entry: BadInput,
):
    bad = entry.make(tmp_path, sample_file)
    before = folder_digests(tmp_path)
    assert not window.open_file(bad)  # with nothing open: the welcome page stays
    assert window.operation_file is None and window.pages.currentWidget() is window.welcomePage
    assert folder_digests(tmp_path) == before
    assert window.open_file(sample_file)
    with_sample_open = folder_digests(tmp_path)  # the sample's lock file is there while it is open
    assert not window.open_file(bad)
    assert not window.merge_file(bad)
    assert [title for title, _text in shown_messages] == [
        "Cannot open the operation",
        "Cannot open the operation",
        "Cannot merge",
    ]
    for _title, text in shown_messages:
        _assert_said(text, entry)
    assert window.operation_file is not None and window.operation_file.path == sample_file
    assert window.pages.currentWidget() is window.matrixPage
    assert not window.undo_action.isEnabled()  # nothing was merged
    assert folder_digests(tmp_path) == with_sample_open


@pytest.mark.parametrize("entry", IMPORT_SOURCES, ids=str)
def test_every_bad_source_is_said_in_the_import_dialog(
    opened: MainWindow,
    shown_messages: list[tuple[str, str]],
    sample_file: Path,
    tmp_path: Path,
    entry: BadInput,
):
    source = entry.make(tmp_path, sample_file)
    before = folder_digests(tmp_path)
    said: list[tuple[str, bool]] = []

    def read(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        ok = dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok)
        said.append((dialog.summaryLabel.text(), ok.isEnabled()))
        dialog.reject()

    when_dialog_opens(read)
    opened.window_actions.import_data.trigger()
    assert len(said) == 1
    text, can_import = said[0]
    _assert_said(text, entry)
    assert not can_import
    assert shown_messages == []  # said in the dialog, not in a box over it
    assert opened.operation_file is not None and opened.operation_file.path == sample_file
    assert not opened.undo_action.isEnabled()
    assert folder_digests(tmp_path) == before
