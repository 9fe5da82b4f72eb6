"""File > Restore from Backup in the window: the backup made when the file was opened puts back what was
there, the file as it was is kept as a backup too, and the undo history starts afresh."""

from collections.abc import Callable
from pathlib import Path

from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.gui.dialogs.restore_dialog import RestoreDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.storage import backups
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import sqlite_rows


def _organisations(path: Path) -> int:
    return sqlite_rows(path, "SELECT count(*) FROM organisation")[0][0]


def test_restore_puts_back_the_file_as_it_was_opened(window: MainWindow, sample_file: Path):
    before = _organisations(sample_file)
    assert window.open_file(sample_file)
    (opened,) = backups.backups_of(sample_file)
    assert opened.reason == "on-open"
    OrganisationService(window.operation_file).add(OrganisationDetails(name="Added after opening"))
    assert _organisations(sample_file) == before + 1

    seen: list[list[str]] = []

    def restore(dialog: RestoreDialog) -> None:
        table = dialog.backupsTable
        seen.append([table.item(row, 1).text() for row in range(table.rowCount())])
        assert dialog.chosen == opened and dialog.restoreButton.isEnabled()
        dialog.restoreButton.click()

    when_dialog_opens(restore)
    window.window_actions.restore_backup.trigger()

    assert seen == [["when it was opened"]]
    assert window.operation_file is not None and window.operation_file.path == sample_file
    assert _organisations(sample_file) == before  # the backup's content is back, in the window too
    assert not window.undo_group.activeStack().canUndo()
    kept = [b for b in backups.backups_of(sample_file) if b.reason == "before-restore"]
    assert len(kept) == 1 and _organisations(kept[0].path) == before + 1  # nothing is lost for good


def test_restore_is_not_offered_for_a_read_only_file(
    window: MainWindow, sample_file: Path, make_read_only: Callable[[Path], Path]
):
    path = make_read_only(sample_file)
    assert window.open_file(path)
    assert window.operation_file is not None and window.operation_file.read_only
    assert not window.window_actions.restore_backup.isEnabled()
    assert backups.backups_of(path) == []  # a file opened read-only is not copied either


def test_save_a_copy_writes_the_operation_or_says_why_not(
    opened: MainWindow, shown_messages: list[tuple[str, str]], tmp_path: Path
):
    copy = tmp_path / "copies" / "Lebanon copy.pim"
    assert opened.save_copy_to(copy)
    assert sqlite_rows(copy, "SELECT name FROM operation") == sqlite_rows(
        opened.operation_file.path, "SELECT name FROM operation"
    )
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert not opened.save_copy_to(blocked / "copy.pim")  # said in a sentence, never a traceback
    assert [title for title, _text in shown_messages] == ["Cannot save the copy"]
    assert "Cannot write" in shown_messages[0][1] and not (blocked / "copy.pim").exists()
