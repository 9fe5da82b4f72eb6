"""Copies of the open operation from the window: File > Save a Copy As for an operation file, File > Take a
Copy Offline for an operation on a shared server (the menu shows the one that fits). The offline copy holds
what the user sees on the server; it is taken off the window's thread, since a large operation takes a
while, and File > Merge brings it back."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from pim_desktop.domain.errors import PimError, as_sentence
from pim_desktop.gui.actions import Actions
from pim_desktop.gui.background import BackgroundTask, Cancelled, Progress, Work, on_its_own_connection
from pim_desktop.gui.dialogs.passphrase_dialog import CopyEncryptionDialog
from pim_desktop.gui.exchange import FILE_FILTER
from pim_desktop.gui.file_protection import ask_copy_encryption
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.settings import Settings
from pim_desktop.services import file_access
from pim_desktop.services.file_access import CopyEncryption
from pim_desktop.services.operations import OpenOperation, Source, short_name, source_of


def _with_extension(chosen: str) -> Path:
    return Path(chosen if chosen.endswith(".pim") else f"{chosen}.pim")


class OperationCopies(QObject):
    """The window's copies of the operation it shows (`operation()`: None when none is open)."""

    def __init__(
        self, window: QMainWindow, settings: Settings, operation: Callable[[], OpenOperation | None]
    ) -> None:
        super().__init__(window)
        self._window, self._settings, self._operation = window, settings, operation
        self.offline = BackgroundTask(window, self.tr("Taking a copy offline…"), "taking a copy offline")
        self.offline.finished.connect(self._taken)
        self._target = Path()

    def update_actions(self, actions: Actions) -> None:
        """Save a Copy As for a file (greyed out while none is open), Take a Copy Offline for a server."""
        operation = self._operation()
        on_server = operation is not None and operation.on_server
        actions.save_copy.setVisible(not on_server)
        actions.save_copy.setEnabled(operation is not None and not on_server)
        actions.take_offline.setVisible(on_server)
        actions.take_offline.setEnabled(on_server)

    # --- File > Save a Copy As ------------------------------------------------------------------------------

    def save_copy(self) -> None:
        operation = self._operation()
        if operation is None or operation.on_server:
            return
        suggested = str(self._settings.last_folder() / f"{operation.path.stem} (copy).pim")
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save a copy as"), suggested, translate("Files", FILE_FILTER)
        )
        if chosen and (encryption := ask_copy_encryption(self._window, operation.path)) is not None:
            self._settings.remember_folder(Path(chosen))
            self.save_copy_to(_with_extension(chosen), encryption)

    def save_copy_to(self, target: Path, encryption: CopyEncryption | None = None) -> bool:
        operation = self._operation()
        if operation is None:
            return False
        if target.resolve() == operation.path.resolve():
            self._show_error(
                self.tr("Cannot save the copy"), self.tr("choose another name than the open file")
            )
            return False
        try:
            file_access.save_copy(operation.path, target, encryption)
        except PimError as error:
            self._show_error(self.tr("Cannot save the copy"), error.message)
            return False
        self._window.statusBar().showMessage(self.tr("Copy saved as {path}").format(path=target), 8000)
        return True

    # --- File > Take a Copy Offline -------------------------------------------------------------------------

    def take_offline(self) -> None:
        """Where to write the copy and whether to encrypt it (ticked: the records leave the server), then
        take it."""
        operation = self._operation()
        if operation is None or not operation.on_server:
            return
        source = source_of(operation)
        suggested = str(self._settings.last_folder() / f"{short_name(source)} (offline).pim")
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Take a copy offline"), suggested, translate("Files", FILE_FILTER)
        )
        if not chosen:
            return
        dialog = CopyEncryptionDialog(self._window, False, ticked=True)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.encryption is None:
            return
        self._settings.remember_folder(Path(chosen))
        self.take_offline_to(_with_extension(chosen), dialog.encryption)

    def take_offline_to(self, target: Path, encryption: CopyEncryption | None = None) -> None:
        """Take the copy off the window's thread; `offline.finished` says when it is written."""
        operation = self._operation()
        if operation is None or not operation.on_server:
            return
        self._target = target
        self.offline.start(_taking_offline(source_of(operation), target, encryption))

    def _taken(self, copied: dict[str, int] | None, message: str) -> None:
        if copied is None:  # cancelled (nothing written), or said why not
            if message:
                self._show_error(self.tr("The copy was not taken"), message)
            return
        self._window.statusBar().showMessage(
            self.tr(
                "Offline copy written to {path}: work on it anywhere, then bring it back with File > Merge "
                "while this shared operation is open."
            ).format(path=self._target),
            15000,
        )

    def _show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self._window, title, as_sentence(message))


def _taking_offline(source: Source, target: Path, encryption: CopyEncryption | None) -> Work:
    """The copy of what the login sees on the server; Cancel leaves nothing at `target`."""

    def take(operation: OpenOperation, progress: Progress, cancelled: Cancelled) -> object:
        from pim_desktop.exports.offline_copy import take_offline

        return take_offline(operation, target, encryption, progress, cancelled)

    return on_its_own_connection(source, take)
