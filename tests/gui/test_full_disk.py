"""The window on a file whose disk fills up (a small tmpfs): an edit, an undo or a redo that cannot be
written is said, changes nothing, and leaves the undo history where the file is; once there is room, the
work goes on."""

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.operations import open_operation
from tests.benchmarks.synthetic import TYPICAL, write_synthetic_operation
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import SmallDisk, sqlite_rows


def modal_loop() -> None:
    """What a real message box does while it waits for OK: the pending events run."""
    QApplication.processEvents()


NAMES = "SELECT name FROM organisation WHERE name LIKE '% disk %' ORDER BY name"


def test_edits_undo_and_redo_on_a_full_disk(
    window: MainWindow,
    shown_messages: list[tuple[str, str]],
    sample_file: Path,
    small_disk: SmallDisk,
    monkeypatch: pytest.MonkeyPatch,
):
    path = small_disk.folder / "operation.pim"
    shutil.copyfile(sample_file, path)
    assert window.open_file(path)
    window.window_actions.show_mapping.trigger()
    controller = window.mapping.controller
    stack = window.undo_group.activeStack()
    assert controller.add_organisation(OrganisationDetails(name="Saved before the disk filled"))
    small_disk.fill(leave=0)

    assert controller.add_organisation(OrganisationDetails(name="Typed on a full disk")) is None
    title, text = shown_messages[-1]
    assert title == "Not changed" and "the disk is full" in text and "Traceback" not in text

    # the message box runs its own event loop: by the time it shows, the undo history is where the file is
    index_when_said: list[int] = []
    with monkeypatch.context() as patch:
        patch.setattr(
            QMessageBox, "warning", lambda *_: (modal_loop(), index_when_said.append(stack.index()))
        )
        window.undo_action.trigger()  # the undo would delete a record: that needs room too
    assert index_when_said == [1]
    assert stack.index() == 1 and stack.canUndo() and not stack.canRedo()  # the edit still undoable
    assert sqlite_rows(path, NAMES) == [("Saved before the disk filled",)]
    assert window.pages.currentWidget() is window.mappingPage

    small_disk.make_room()
    window.undo_action.trigger()
    assert sqlite_rows(path, NAMES) == [] and stack.index() == 0
    small_disk.fill(leave=0)
    window.redo_action.trigger()
    assert "the disk is full" in shown_messages[-1][1]
    assert stack.index() == 0 and stack.canRedo() and sqlite_rows(path, NAMES) == []

    small_disk.make_room()
    window.redo_action.trigger()
    assert sqlite_rows(path, NAMES) == [("Saved before the disk filled",)]
    assert [title for title, _ in shown_messages].count("Not changed") == 2


@pytest.fixture
def partner_document(tmp_path: Path) -> dict:
    """A partner's operation as a JSON export: 400 systems, enough to grow the file well past its size."""
    source = tmp_path / "partner.pim"
    write_synthetic_operation(source, TYPICAL, seed=3)
    with open_operation(source, read_only=True) as operation:
        export(operation, "report", "json", tmp_path / "partner.json", ExportOptions())
    return json.loads((tmp_path / "partner.json").read_text(encoding="utf-8"))


def test_a_whole_file_change_needs_room_for_its_undo(
    opened: MainWindow,
    shown_messages: list[tuple[str, str]],
    sample_file: Path,
    small_disk: SmallDisk,
    partner_document: dict,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
):
    """An import or a merge is undone by putting back a copy of the whole file, kept in the temporary
    folder: on a laptop whose one disk is full, that copy is what fails first."""
    temporary = small_disk.folder / "temp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    controller = opened.mapping.controller
    controller.file_history()  # its folder, made on the first whole-file change
    before = sample_file.read_bytes()
    small_disk.fill(leave=0)

    assert controller.import_operation(partner_document, "partner.json") is None
    assert shown_messages[-1][1] == (
        f"No copy of {sample_file.name} could be kept for undo in the temporary folder (the disk is "
        "full), so nothing was changed. Free some space and try again."
    )
    source = tmp_path / "partner.csv"
    source.write_text("Name,Type\nNew partner,National NGO\n", encoding="utf-8")

    def read_and_import(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(read_and_import)
    opened.window_actions.import_data.trigger()
    assert shown_messages[-1][0] == "Not imported" and "the disk is full" in shown_messages[-1][1]
    assert sample_file.read_bytes() == before and not opened.undo_action.isEnabled()

    small_disk.make_room()
    small_disk.fill(leave=len(before) + 64 * 1024)  # room for the copy before, not for the one after
    assert controller.import_operation(partner_document, "partner.json") is not None
    assert shown_messages[-1] == (
        "Saved, but cannot be undone",
        "The change was saved, but it cannot be undone (the disk is full). Earlier changes cannot be undone "
        "either; File > Restore from Backup has the file as it was when it was opened.",
    )
    assert sqlite_rows(sample_file, "SELECT count(*) FROM information_system") == [(440,)]
    assert opened.undo_group.activeStack().count() == 0  # no step left that would not fit the file


def test_undoing_an_import_on_a_full_disk_is_said_and_can_be_done_later(
    window: MainWindow,
    shown_messages: list[tuple[str, str]],
    sample_file: Path,
    small_disk: SmallDisk,
    partner_document: dict,
):
    """Undo puts the whole file back from its copy: on a full disk that write is refused like any other."""
    path = small_disk.folder / "operation.pim"
    shutil.copyfile(sample_file, path)
    assert window.open_file(path)
    controller = window.mapping.controller
    assert controller.import_operation(partner_document, "partner.json") is not None
    stack = window.undo_group.activeStack()
    small_disk.fill(leave=0)

    window.undo_action.trigger()

    assert shown_messages[-1] == (
        "Not changed",
        f"{path.name} could not be saved: the disk is full. The change "
        "was not made; what was saved before it is intact. Free some space and try again.",
    )
    assert stack.index() == 1 and sqlite_rows(path, "SELECT count(*) FROM information_system") == [(440,)]
    small_disk.make_room()
    window.undo_action.trigger()
    assert stack.index() == 0 and sqlite_rows(path, "SELECT count(*) FROM information_system") == [(40,)]
    history = controller.file_history().folder
    window.close_operation()
    assert not history.exists()  # the copies kept for undo go with the file
