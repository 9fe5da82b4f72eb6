"""The window's side of the automatic backups: one when a file is opened, and File > Restore from Backup."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from pim_desktop.domain.errors import PimError, as_sentence
from pim_desktop.gui.dialogs.restore_dialog import RestoreDialog
from pim_desktop.gui.i18n import translate
from pim_desktop.storage import backups


def backup_when_opened(status: QStatusBar, path: Path) -> None:
    """A backup of the file as it was opened; a backup that cannot be written (a full disk) is said in the
    status bar and does not stop the work."""
    try:
        backups.backup_on_open(path)
    except (OSError, PimError) as error:
        message = translate("Backups", "No backup could be made of this file: {reason}")
        status.showMessage(message.format(reason=getattr(error, "message", error)), 15000)


def restore_from_backup(
    window: QWidget,
    path: Path,
    close: Callable[[], None],
    reopen: Callable[[Path], object],
    status: QStatusBar,
) -> None:
    """File > Restore from Backup for the file at `path`: the user chooses a backup; the file is closed
    (`close`), replaced, and opened again (`reopen`), or opened as it was when the copy fails."""
    found = backups.backups_of(path)
    if not found:
        QMessageBox.information(
            window,
            translate("Backups", "Restore from a backup"),
            translate("Backups", "There is no backup of this file yet."),
        )
        return
    dialog = RestoreDialog(window, path, found)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return
    chosen = dialog.chosen
    close()  # the file is replaced whole: nothing may hold it open, and undo starts afresh
    try:
        backups.restore(chosen.path, path)
    except (OSError, PimError) as error:
        reason = str(getattr(error, "message", error))
        QMessageBox.warning(window, translate("Backups", "Cannot restore the backup"), as_sentence(reason))
        reopen(path)  # as it was: a failed copy leaves the file untouched
        return
    reopen(path)
    done = translate("Backups", "Restored the backup made {made}; the file as it was is backed up too.")
    status.showMessage(done.format(made=chosen.made.strftime("%Y-%m-%d %H:%M")), 15000)
