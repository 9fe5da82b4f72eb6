"""The window's side of encrypted operation files: the passphrase asked before one is opened or merged (three
tries; Cancel leaves everything as it was), the protection of a copy, and the passphrases forgotten when the
user closes the file (File > Close), so that it opens again only with its passphrase."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pim_desktop.domain.errors import PimError, WrongPassphraseError, as_sentence
from pim_desktop.gui.dialogs.passphrase_dialog import CopyEncryptionDialog, PassphraseDialog
from pim_desktop.gui.i18n import translate
from pim_desktop.services import encryption
from pim_desktop.services.file_access import CopyEncryption

TRIES = 3


def unlock_to_open(window: QWidget, path: Path) -> bool:
    """Whether the file may be opened: plain, already unlocked, or its passphrase typed now."""
    if not encryption.is_encrypted(path) or encryption.is_unlocked(path):
        return True
    dialog = PassphraseDialog(window, path)
    for attempt in range(1, TRIES + 1):
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            encryption.unlock(path, dialog.passphrase())
            return True
        except WrongPassphraseError as error:
            if attempt == TRIES:
                _say(window, error.message)
                return False
            dialog.refused(as_sentence(error.message), TRIES - attempt)
        except PimError as error:  # the right passphrase, a damaged file
            _say(window, error.message)
            return False
    return False


def _say(window: QWidget, message: str) -> None:
    QMessageBox.warning(window, translate("Encryption", "Cannot open the operation"), as_sentence(message))


def ask_copy_encryption(window: QWidget, source: Path) -> CopyEncryption | None:
    """How Save a Copy As protects the copy (as the file is, unless changed); None when cancelled."""
    dialog = CopyEncryptionDialog(window, encryption.is_encrypted(source))
    return dialog.encryption if dialog.exec() == QDialog.DialogCode.Accepted else None


def close_and_forget(close: Callable[[], object]) -> None:
    """File > Close: the file closed (`close`) and every passphrase given in this session forgotten."""
    close()
    encryption.forget_passphrases()
