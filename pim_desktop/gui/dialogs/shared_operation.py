"""File > Open Shared Operation: where the operation is (its server or the folder of the server's socket,
port, database, user and encryption) and the password, or an address pasted whole, which fills the rest.

The addresses opened last are offered again, without their password. The password is kept for the session
only (the services keep it in memory), unless the user ticks "Remember my password in this computer's
keyring": then the operating system's keyring keeps it (gui/password_keyring.py), and the dialog fills it
from there next time. The dialog returns what was chosen and changes nothing itself; ask_and_open_shared
opens the operation, and only once it opened remembers the address and keeps the password."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from pim_desktop.domain.errors import ValidationError
from pim_desktop.gui.connection_profile import (
    PREFER,
    REQUIRE,
    VERIFY_FULL,
    ConnectionProfile,
    parse_address,
)
from pim_desktop.gui.form_types.shared_operation_dialog import SharedOperationDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.password_keyring import (
    KeyringUnusableError,
    forget_password,
    keyring_available,
    no_keyring_sentence,
    store_password,
    stored_password,
)
from pim_desktop.gui.settings import Settings

ADDRESS_EXAMPLE = "postgresql://USER@HOST:PORT/DATABASE"
SYSTEM_AUTHORITIES = "system"  # libpq's sslrootcert for the computer's own trusted authorities, not a file


@dataclass(frozen=True)
class SharedChoice:
    profile: ConnectionProfile
    password: str  # empty: libpq looks in PGPASSWORD and the user's password file
    remember: bool  # keep the password in this computer's keyring; False takes a kept one out


class SharedOperationDialog(QDialog, SharedOperationDialogForm):
    def __init__(self, parent: QWidget | None, addresses: list[str], keyring_logins: list[str]) -> None:
        super().__init__(parent)
        load_form("shared_operation_dialog.ui", self)
        self._keyring_logins = set(keyring_logins)
        self._extra: tuple[tuple[str, str], ...] = ()  # settings of a pasted address no field shows
        self._filling = False
        self._filled_login: str | None = None  # the login whose kept password was last looked for
        self._keyring_gave = False  # the password shown is the keyring's, not typed
        self.chosen: SharedChoice | None = None
        for text, mode in (
            (self.tr("Encrypted if the server offers it"), PREFER),
            (self.tr("Encrypted"), REQUIRE),
            (self.tr("Encrypted, server's certificate checked"), VERIFY_FULL),
        ):
            self.encryptionCombo.addItem(text, mode)
        self.portSpin.setLocale(QLocale.c())  # 5432 in every language, as the address writes it
        self.addressCombo.addItems(addresses)
        address_edit = self.addressCombo.lineEdit()
        assert address_edit is not None  # the form makes the box editable
        address_edit.setPlaceholderText(ADDRESS_EXAMPLE)
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Open"))
        self.keyringLabel.hide()
        if not keyring_available():
            self._no_keyring(no_keyring_sentence())
        address_edit.textEdited.connect(self._address_typed)
        self.addressCombo.activated.connect(
            lambda index: self._address_typed(self.addressCombo.itemText(index))
        )
        for edit in (self.hostEdit, self.databaseEdit, self.userEdit, self.certificateEdit):
            edit.textEdited.connect(self._fields_changed)
        self.portSpin.valueChanged.connect(self._fields_changed)
        self.encryptionCombo.activated.connect(self._fields_changed)
        self.passwordEdit.textEdited.connect(self._password_typed)
        self.browseButton.clicked.connect(self._browse)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._first: QWidget = self.addressCombo
        if addresses:
            self._address_typed(addresses[0])
            self._show_address(addresses[0])
            if not self.passwordEdit.text():
                self._first = self.passwordEdit
        self._show_states()

    # --- the fields and the address ----------------------------------------------------------------------

    def profile(self) -> ConnectionProfile:
        """What the fields say."""
        return ConnectionProfile(
            host=self.hostEdit.text().strip(),
            port=self.portSpin.value(),
            database=self.databaseEdit.text().strip(),
            user=self.userEdit.text().strip(),
            tls=self.encryptionCombo.currentData() or PREFER,
            root_certificate=self.certificateEdit.text().strip(),
            extra=self._extra,
        )

    def _address_typed(self, text: str) -> None:
        """An address pasted, typed or chosen among the last ones fills the fields, once it is one."""
        try:
            profile = parse_address(text)
        except ValidationError:
            return  # still being typed: accept() says what is wrong with it
        self._filling = True
        try:
            self.hostEdit.setText(profile.host)
            self.portSpin.setValue(profile.port)
            self.databaseEdit.setText(profile.database)
            self.userEdit.setText(profile.user)
            self.encryptionCombo.setCurrentIndex(self.encryptionCombo.findData(profile.tls))
            self.certificateEdit.setText(profile.root_certificate)
            self._extra = profile.extra
        finally:
            self._filling = False
        self._fill_password(profile.login)
        self._show_states()

    def _fields_changed(self) -> None:
        """A field changed by the user: the address shows what the fields make."""
        if self._filling:
            return
        self._show_address(self.profile().address())
        self._show_states()

    def _show_address(self, address: str) -> None:
        self.addressCombo.setEditText(address)
        edit = self.addressCombo.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)  # its beginning in view: the server and the database

    def _show_states(self) -> None:
        """The encryption is chosen over the network only (libpq never encrypts a local socket), and the
        root certificate only for the choice that checks the server's certificate."""
        profile = self.profile()
        self.encryptionCombo.setEnabled(not profile.on_socket)
        checked = not profile.on_socket and profile.tls == VERIFY_FULL
        for widget in (self.certificateLabel, self.certificateEdit, self.browseButton):
            widget.setEnabled(checked)

    def _browse(self) -> None:
        current = self.certificateEdit.text().strip()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The root certificate"),
            str(Path(current).parent) if current else str(Path.home()),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if chosen:
            self.certificateEdit.setText(chosen)
            self._fields_changed()

    # --- the password and the keyring ------------------------------------------------------------------

    def _fill_password(self, login: str) -> None:
        """The password the keyring keeps for `login`, when the user asked it to keep one; asked once a
        login, not at each letter of an address being typed. A password the keyring gave for another login
        is taken away, never sent to this one."""
        if login == self._filled_login:
            return
        self._filled_login = login
        if self._keyring_gave:
            self.passwordEdit.clear()
            self._keyring_gave = False
        kept = login in self._keyring_logins and self.rememberCheck.isEnabled()
        self.rememberCheck.setChecked(kept)
        if not kept:
            return
        try:
            password = stored_password(login)
        except KeyringUnusableError as error:
            self._no_keyring(error.sentence)
            return
        if password:
            self.passwordEdit.setText(password)
            self._keyring_gave = True

    def _password_typed(self) -> None:
        self._keyring_gave = False

    def _no_keyring(self, sentence: str) -> None:
        self.rememberCheck.setChecked(False)
        self.rememberCheck.setEnabled(False)
        self.keyringLabel.setText(sentence)
        self.keyringLabel.show()

    # --- answering ---------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._first.setFocus()  # the password, when the last address filled everything else

    def accept(self) -> None:
        try:
            typed = self.addressCombo.currentText().strip()
            if typed:
                parse_address(typed)  # an address typed that is none: said, not opened
            profile = self.profile()
            problem = profile.problem()
            if problem:
                raise ValidationError(problem)
            certificate = profile.root_certificate
            checked = profile.tls == VERIFY_FULL and not profile.on_socket
            if checked and certificate != SYSTEM_AUTHORITIES and not Path(certificate).is_file():
                raise ValidationError(
                    self.tr("the root certificate {file} cannot be found").format(file=certificate)
                )
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        self.problemLabel.clear()
        remember = self.rememberCheck.isEnabled() and self.rememberCheck.isChecked()
        self.chosen = SharedChoice(profile, self.passwordEdit.text(), remember)
        super().accept()


def ask_and_open_shared(parent: QWidget, settings: Settings, open_shared: Callable[[str, str], bool]) -> None:
    """Ask until the operation opens or the user cancels: after a refusal (a wrong password) the dialog
    comes back as it was left."""
    dialog = SharedOperationDialog(parent, settings.shared_addresses(), settings.keyring_logins())
    while dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
        choice = dialog.chosen
        login = choice.profile.login
        if not choice.remember and login in settings.keyring_logins():
            _keep_password(parent, settings, login, None)
        address = choice.profile.address()
        if open_shared(address, choice.password):
            settings.remember_shared_address(address)
            if choice.remember and choice.password:
                _keep_password(parent, settings, login, choice.password)
            return


def _keep_password(parent: QWidget, settings: Settings, login: str, password: str | None) -> None:
    """The password of `login` kept in the keyring, or taken out of it (None); a keyring that cannot is said
    in a sentence, and the program goes on without it."""
    try:
        if password is None:
            forget_password(login)
        else:
            store_password(login, password)
    except KeyringUnusableError as error:
        QMessageBox.warning(parent, translate("SharedOperation", "Your password"), error.sentence)
        return
    settings.set_keyring_login(login, password is not None)
