"""The window on a file whose disk fills up (a small tmpfs): an edit, an undo or a redo that cannot be
written is said, changes nothing, and leaves the undo history where the file is; once there is room, the
work goes on."""

import shutil
from pathlib import Path

from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.gui.main_window import MainWindow
from tests.helpers import SmallDisk, sqlite_rows

NAMES = "SELECT name FROM organisation WHERE name LIKE '% disk %' ORDER BY name"


def test_edits_undo_and_redo_on_a_full_disk(
    window: MainWindow, shown_messages: list[tuple[str, str]], sample_file: Path, small_disk: SmallDisk, qtbot
):
    path = small_disk.folder / "operation.pim"
    shutil.copyfile(sample_file, path)
    assert window.open_file(path)
    window.actions.show_mapping.trigger()
    controller = window.mapping.controller
    stack = window.undo_group.activeStack()
    assert controller.add_organisation(OrganisationDetails(name="Saved before the disk filled"))
    small_disk.fill(leave=0)

    assert controller.add_organisation(OrganisationDetails(name="Typed on a full disk")) is None
    title, text = shown_messages[-1]
    assert title == "Not changed" and "the disk is full" in text and "Traceback" not in text

    window.undo_action.trigger()  # the undo would delete a record: that needs room too
    assert "the disk is full" in shown_messages[-1][1]
    qtbot.waitUntil(lambda: stack.index() == 1)  # put back where the file is, with the edit still undoable
    assert stack.canUndo() and not stack.canRedo()
    assert sqlite_rows(path, NAMES) == [("Saved before the disk filled",)]
    assert window.pages.currentWidget() is window.mappingPage

    small_disk.make_room()
    window.undo_action.trigger()
    assert sqlite_rows(path, NAMES) == [] and stack.index() == 0
    small_disk.fill(leave=0)
    window.redo_action.trigger()
    assert "the disk is full" in shown_messages[-1][1]
    qtbot.waitUntil(lambda: stack.index() == 0)
    assert stack.canRedo() and sqlite_rows(path, NAMES) == []

    small_disk.make_room()
    window.redo_action.trigger()
    assert sqlite_rows(path, NAMES) == [("Saved before the disk filled",)]
    assert [title for title, _ in shown_messages].count("Not changed") == 3
