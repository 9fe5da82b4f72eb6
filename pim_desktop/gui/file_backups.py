"""The window's side of the automatic backups: File > Restore from Backup (the services make one when a
file is opened for editing)."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QWidget

from pim_desktop.domain.errors import PimError, as_sentence
from pim_desktop.gui.dialogs.restore_dialog import RestoreDialog
from pim_desktop.gui.i18n import translate
from pim_desktop.services import file_access


def restore_from_backup(
    window: QWidget,
    path: Path,
    close: Callable[[], None],
    reopen: Callable[[Path], object],
    status: QStatusBar,
) -> None:
    """File > Restore from Backup for the file at `path`: the user chooses a backup; the file is closed
    (`close`), replaced, and opened again (`reopen`), or opened as it was when the copy fails."""
    found = file_access.backups_of(path)
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
        file_access.restore_backup(chosen, path)
    except (OSError, PimError) as error:
        reason = str(getattr(error, "message", error))
        QMessageBox.warning(window, translate("Backups", "Cannot restore the backup"), as_sentence(reason))
        reopen(path)  # as it was: a failed copy leaves the file untouched
        return
    reopen(path)
    done = translate("Backups", "Restored the backup made {made}; the file as it was is backed up too.")
    status.showMessage(done.format(made=chosen.made.strftime("%Y-%m-%d %H:%M")), 15000)
