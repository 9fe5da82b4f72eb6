"""Passphrases of encrypted operation files: the one asked when a file is opened, and the fields that set a
new one (File > New, Save a Copy As). They return what was typed and change nothing themselves; the window
keeps no passphrase (gui/file_protection.py gives it to the services, which keep the key in memory only)."""

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pim_desktop.domain.errors import ValidationError
from pim_desktop.gui.form_types.encryption_fields import EncryptionFieldsForm
from pim_desktop.gui.form_types.passphrase_dialog import PassphraseDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.theme import set_role
from pim_desktop.i18n import _
from pim_desktop.services.encryption import LOST_PASSPHRASE, check_new_passphrase
from pim_desktop.services.file_access import CopyEncryption


class PassphraseDialog(QDialog, PassphraseDialogForm):
    """The passphrase of an encrypted file, asked when it is opened; refused() says why it was not taken."""

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(parent)
        load_form("passphrase_dialog.ui", self)
        self.introLabel.setText(
            self.tr("<b>{file}</b> is encrypted. Type its passphrase to open it.").format(
                file=escape(path.name)
            )
        )
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

    def passphrase(self) -> str:
        return self.passphraseEdit.text()

    def refused(self, message: str, tries_left: int) -> None:
        self.problemLabel.setText(
            self.tr("{message} (tries left: {count})").format(message=message, count=tries_left)
        )
        self.passphraseEdit.clear()
        self.passphraseEdit.setFocus()


class EncryptionFields(QWidget, EncryptionFieldsForm):
    """A tick box and a new passphrase typed twice, with the warning that a lost one cannot be recovered.
    `may_keep`: an empty passphrase keeps the open file's (a copy of an encrypted file)."""

    def __init__(self, parent: QWidget | None, *, ticked: bool = False, may_keep: bool = False) -> None:
        super().__init__(parent)
        load_form("encryption_fields.ui", self)
        self._may_keep = may_keep
        warning = _(LOST_PASSPHRASE)
        if may_keep:
            warning = self.tr("Leave the passphrase empty to keep this file's. {warning}").format(
                warning=warning
            )
        self.warningLabel.setText(warning)
        self.encryptBox.toggled.connect(self._show_choice)
        self.encryptBox.setChecked(ticked)
        self._show_choice(ticked)

    def _show_choice(self, ticked: bool) -> None:
        for widget in (self.passphraseEdit, self.repeatEdit, self.passphraseLabel, self.repeatLabel):
            widget.setEnabled(ticked)
        self.warningLabel.setVisible(ticked)

    def chosen(self) -> CopyEncryption:
        """What was chosen; ValidationError when the passphrase is too short or typed differently twice."""
        if not self.encryptBox.isChecked():
            return CopyEncryption(encrypted=False)
        passphrase = self.passphraseEdit.text()
        if passphrase != self.repeatEdit.text():
            raise ValidationError(self.tr("the two passphrases typed differ"))
        if passphrase or not self._may_keep:
            check_new_passphrase(passphrase)
        return CopyEncryption(encrypted=True, passphrase=passphrase)


class CopyEncryptionDialog(QDialog):
    """Save a Copy As, Take a Copy Offline: whether the copy is encrypted, and with which passphrase (ticked
    as the source is, unless `ticked` says)."""

    def __init__(self, parent: QWidget | None, source_encrypted: bool, *, ticked: bool | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the copy"))
        layout = QVBoxLayout(self)
        encrypt = source_encrypted if ticked is None else ticked
        self.fields = EncryptionFields(self, ticked=encrypt, may_keep=source_encrypted)
        self.problemLabel = QLabel(self)
        self.problemLabel.setWordWrap(True)
        set_role(self.problemLabel, "problem")  # the theme's colour for problems, readable in each theme
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.fields, self.problemLabel, buttons):
            layout.addWidget(widget)
        self.encryption: CopyEncryption | None = None

    def accept(self) -> None:
        try:
            self.encryption = self.fields.chosen()
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        super().accept()
