"""The window's side of the automatic backups: one when a file is opened, and File > Restore from Backup."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from pim_desktop.domain.errors import PimError
from pim_desktop.gui.dialogs.restore_dialog import RestoreDialog
from pim_desktop.gui.i18n import translate
from pim_desktop.storage import backups

if TYPE_CHECKING:
    from pim_desktop.gui.main_window import MainWindow


def backup_when_opened(window: "MainWindow", path: Path) -> None:
    """A backup of the file as it was opened; a backup that cannot be written (a full disk) is said in the
    status bar and does not stop the work."""
    try:
        backups.backup_on_open(path)
    except (OSError, PimError) as error:
        message = translate("Backups", "No backup could be made of this file: {reason}")
        window.statusBar.showMessage(message.format(reason=getattr(error, "message", error)), 15000)


def restore_from_backup(window: "MainWindow") -> None:
    operation = window.operation_file
    if operation is None or operation.read_only:
        return
    path = operation.path
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
    window.close_operation()  # the file is replaced whole: nothing may hold it open, and undo starts afresh
    try:
        backups.restore(chosen.path, path)
    except (OSError, PimError) as error:
        reason = str(getattr(error, "message", error))
        window.show_error(translate("Backups", "Cannot restore the backup"), reason)
        window.open_file(path)  # as it was: a failed copy leaves the file untouched
        return
    window.open_file(path)
    done = translate("Backups", "Restored the backup made {made}; the file as it was is backed up too.")
    window.statusBar.showMessage(done.format(made=chosen.made.strftime("%Y-%m-%d %H:%M")), 15000)
