"""File > Open Shared Operation on a real server: the dialog makes the address from its fields (or takes
one pasted whole), remembers it without the password, and keeps the password in the computer's keyring only
when asked (a keyring of the test's own, tests/gui/conftest.py); the window reads the operation as far as the
login's clearance goes, refuses a wrong password in a sentence, shows what others save as they save it, and
says when the server is lost and when it is back."""

import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import PasswordSetError
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from pim_desktop.gui.connection_profile import PREFER, REQUIRE, VERIFY_FULL
from pim_desktop.gui.dialogs.shared_operation import SharedOperationDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.password_keyring import SERVICE
from pim_desktop.gui.settings import Settings
from pim_desktop.paths import DATA_DIR_VARIABLE, data_dir
from pim_desktop.services.systems import SystemService
from pim_desktop.storage import server_listener
from pim_desktop.storage.server import ServerAddress
from tests.gui.conftest import MemoryKeyring
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.postgres import Server, database_of, new_database, restart_server
from tests.postgres_tls import Authority
from tests.shared_server import (
    CHIEF,
    GUEST,
    LOGINS,
    OFFICER,
    PASSWORDS,
    as_user,
    first_visible_system,
    opened,
    share_sample,
)

NO_KEYRING = "This computer has no keyring: your password will be asked each time."


def paste(dialog: SharedOperationDialog, address: str) -> None:
    """The address pasted into the dialog's address box, as from an administrator's e-mail."""
    QApplication.clipboard().setText(address)
    edit = dialog.addressCombo.lineEdit()
    edit.clear()
    edit.paste()


def choose_encryption(dialog: SharedOperationDialog, mode: str) -> None:
    combo = dialog.encryptionCombo
    combo.setCurrentIndex(combo.findData(mode))
    combo.activated.emit(combo.currentIndex())  # what a user's choice sends


def click_open(dialog: SharedOperationDialog) -> None:
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def connect_with(
    window: MainWindow, fill: Callable[[SharedOperationDialog], None], password: str, remember: bool = False
) -> list[str]:
    """File > Open Shared Operation, the dialog filled by `fill`, the password typed and Open clicked; what
    the dialog said about the keyring."""
    said: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, SharedOperationDialog)
        fill(dialog)
        dialog.passwordEdit.setText(password)
        if dialog.rememberCheck.isEnabled():
            dialog.rememberCheck.setChecked(remember)
        said.append(dialog.keyringLabel.text() if dialog.keyringLabel.isVisible() else "")
        click_open(dialog)

    when_dialog_opens(answer)
    window.window_actions.open_shared.trigger()
    return said


def seen_when_opened(window: MainWindow, look: Callable[[SharedOperationDialog], object]) -> object:
    """What `look` finds in the dialog as File > Open Shared Operation opens it (then cancelled)."""
    found: list[object] = []
    when_dialog_opens(lambda dialog: found.append(look(dialog)))  # type: ignore[arg-type]
    window.window_actions.open_shared.trigger()
    (seen,) = found
    return seen


def opened_address(shared: str, name: str) -> str:
    """The address the dialog makes of the fixture's (a socket folder: the port said in the query)."""
    return f"{as_user(shared, name)}&port=5432"


# --- the dialog's fields and the address they make -------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "query"),
    [
        (PREFER, "sslmode=prefer"),
        (REQUIRE, "sslmode=require"),
        (VERIFY_FULL, "sslmode=verify-full&sslrootcert=/etc/pim/root%20ca.crt"),
    ],
    ids=["if-offered", "encrypted", "certificate-checked"],
)
def test_the_dialog_makes_the_address_from_its_fields(qtbot, mode: str, query: str):
    dialog = SharedOperationDialog(None, [], [])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.hostEdit, "db.example.org")
    dialog.portSpin.setValue(6543)
    qtbot.keyClicks(dialog.databaseEdit, "lebanon")
    qtbot.keyClicks(dialog.userEdit, "officer")
    choose_encryption(dialog, mode)
    assert dialog.certificateEdit.isEnabled() == (mode == VERIFY_FULL)
    qtbot.keyClicks(dialog.certificateEdit, "/etc/pim/root ca.crt")  # typed only where it is asked
    expected = f"postgresql://officer@db.example.org:6543/lebanon?{query}"
    assert dialog.addressCombo.currentText() == expected
    assert dialog.profile().address() == expected
    parsed = ServerAddress.parse(expected)  # the services read it as the dialog meant it
    assert (parsed.url.host, parsed.url.port, parsed.database, parsed.user) == (
        "db.example.org", 6543, "lebanon", "officer"
    )  # fmt: skip
    assert parsed.url.query["sslmode"] == mode
    if mode == VERIFY_FULL:
        assert parsed.url.query["sslrootcert"] == "/etc/pim/root ca.crt"


def test_a_socket_folder_makes_a_local_address_without_encryption(qtbot):
    dialog = SharedOperationDialog(None, [], [])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.hostEdit, "/run/pim sockets")
    qtbot.keyClicks(dialog.databaseEdit, "lebanon")
    qtbot.keyClicks(dialog.userEdit, "officer")
    address = dialog.addressCombo.currentText()
    assert address == "postgresql://officer@/lebanon?host=/run/pim%20sockets&port=5432"
    assert not dialog.encryptionCombo.isEnabled() and not dialog.certificateEdit.isEnabled()
    assert ServerAddress.parse(address).url.query == {"host": "/run/pim sockets", "port": "5432"}


def test_a_pasted_address_fills_the_fields_and_keeps_what_they_do_not_show(qtbot):
    dialog = SharedOperationDialog(None, [], [])
    qtbot.addWidget(dialog)
    pasted = (
        "postgresql://officer@db.example.org:6543/lebanon"
        "?sslmode=verify-full&sslrootcert=/etc/pim/ca.crt&channel_binding=require"
    )
    paste(dialog, pasted)
    shown = (dialog.hostEdit, dialog.databaseEdit, dialog.userEdit, dialog.certificateEdit)
    assert [edit.text() for edit in shown] == ["db.example.org", "lebanon", "officer", "/etc/pim/ca.crt"]
    assert dialog.portSpin.value() == 6543 and dialog.encryptionCombo.currentData() == VERIFY_FULL
    assert dialog.profile().address() == pasted
    qtbot.keyClicks(dialog.databaseEdit, "_north")  # and a field changed after it changes the address
    assert dialog.addressCombo.currentText() == pasted.replace("/lebanon?", "/lebanon_north?")


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgresql://officer:secret@db.example.org/lebanon", "A password is never part of the address"),
        (
            "postgresql://officer@db.example.org/lebanon?sslmode=disable",
            "The address asks for sslmode=disable, which is not offered",
        ),
        ("db.example.org/lebanon", "db.example.org/lebanon is not a server address"),
        ("", "Type the server's name, or the folder of its socket"),
        ("postgresql://db.example.org/lebanon", "Type your user name on the server"),
        (
            "postgresql://officer@db.example.org/lebanon?sslmode=verify-full",
            "Choose the root certificate, the certificate of the authority that signed the server's",
        ),
        (
            "postgresql://officer@db.example.org/lebanon?sslmode=verify-full&sslrootcert=/nowhere/ca.crt",
            "The root certificate /nowhere/ca.crt cannot be found",
        ),
    ],
    ids=["password", "unencrypted", "not-an-address", "empty", "no-user", "no-certificate", "no-such-file"],
)
def test_the_dialog_says_what_is_wrong_and_stays_open(qtbot, address: str, said: str):
    dialog = SharedOperationDialog(None, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    paste(dialog, address)
    click_open(dialog)
    assert dialog.problemLabel.text().startswith(said), dialog.problemLabel.text()
    assert dialog.isVisible() and dialog.chosen is None


def test_the_kept_password_goes_with_its_login_only(qtbot, own_keyring: MemoryKeyring):
    kept = "postgresql://officer@db.example.org:5432/lebanon?sslmode=require"
    other = "postgresql://guest@db.example.org:5432/lebanon?sslmode=require"
    own_keyring.passwords[(SERVICE, "officer@db.example.org:5432")] = "officer's kept password"
    dialog = SharedOperationDialog(None, [kept, other], ["officer@db.example.org:5432"])
    qtbot.addWidget(dialog)
    assert (dialog.passwordEdit.text(), dialog.rememberCheck.isChecked()) == ("officer's kept password", True)
    dialog.addressCombo.setCurrentIndex(1)
    dialog.addressCombo.activated.emit(1)  # the other address chosen in the list
    assert dialog.userEdit.text() == "guest"
    assert (dialog.passwordEdit.text(), dialog.rememberCheck.isChecked()) == ("", False)


def test_the_window_starts_without_loading_the_keyring():
    """keyring finds its backends when first imported (about 0.2 s): only the dialog imports it."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from pim_desktop.gui.main_window import MainWindow\n"
        "from pim_desktop.gui.settings import Settings\n"
        "app = QApplication(['test', '-platform', 'offscreen'])\n"
        "window = MainWindow(Settings())\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('keyring', 'secretstorage', 'jeepney')]\n"
        "print(sorted(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- opening through the dialog, on a real server ----------------------------------------------------------


@pytest.fixture(scope="module")
def shared_once(
    postgres_server: Server, sample_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """The sample shared once for the tests of the dialog, which open it without changing it: publishing
    it takes seconds."""
    folder = tmp_path_factory.mktemp("shared-once")
    sample = folder / "sample.pim"
    shutil.copyfile(sample_template, sample)
    with pytest.MonkeyPatch.context() as patch:  # the autouse data folder is the tests', not the module's
        patch.setenv(DATA_DIR_VARIABLE, str(folder / "data"))
        return share_sample(postgres_server.url(new_database(postgres_server)), sample)


def test_the_window_shows_what_the_officers_clearance_allows(window: MainWindow, shared_once: str):
    assert connect_with(window, lambda d: paste(d, as_user(shared_once, OFFICER)), PASSWORDS[OFFICER]) == [""]
    operation = window.operation_file
    assert operation is not None and operation.on_server and not operation.read_only  # an editor
    assert window.mapping.controller is not None
    assert len(window.mapping.controller.data.systems) == 21  # public and restricted only
    assert "shared server" in window.noticeBanner.text() and window.noticeBanner.isVisible()
    assert opened_address(shared_once, OFFICER) in window.windowTitle()
    assert "(read-only)" not in window.windowTitle()
    actions = window.window_actions
    assert all(a.isEnabled() for a in (actions.export, actions.import_data, actions.merge))
    assert not actions.restore_backup.isEnabled()  # the server's backups are its administrator's
    window.close_operation()
    assert window.operation_file is None


def test_the_address_opened_is_offered_again_without_its_password(
    window: MainWindow, shared_once: str, own_keyring: MemoryKeyring
):
    connect_with(window, lambda d: paste(d, as_user(shared_once, OFFICER)), PASSWORDS[OFFICER])
    assert window.operation_file is not None
    window.close_operation()
    address = opened_address(shared_once, OFFICER)
    assert Settings().shared_addresses() == [address] and Settings().keyring_logins() == []
    settings_text = (data_dir() / "settings.ini").read_text(encoding="utf-8")
    assert PASSWORDS[OFFICER] not in settings_text and own_keyring.passwords == {}
    seen = seen_when_opened(
        window,
        lambda d: (
            d.addressCombo.currentText(), d.userEdit.text(), d.passwordEdit.text(),
            d.focusWidget() is d.passwordEdit, d.rememberCheck.isChecked(),
        ),
    )  # fmt: skip
    assert seen == (address, OFFICER, "", True, False)  # the password is typed again, where the cursor is


def test_the_keyring_keeps_gives_and_forgets_the_password_when_asked(
    window: MainWindow, shared_once: str, own_keyring: MemoryKeyring
):
    connect_with(window, lambda d: paste(d, as_user(shared_once, OFFICER)), PASSWORDS[OFFICER], remember=True)
    assert window.operation_file is not None
    window.close_operation()
    profile_folder = ServerAddress.parse(shared_once).url.query["host"]
    login = f"{OFFICER}@{profile_folder}:5432"
    assert own_keyring.passwords == {(SERVICE, login): PASSWORDS[OFFICER]}
    assert Settings().keyring_logins() == [login]
    filled = seen_when_opened(window, lambda d: (d.passwordEdit.text(), d.rememberCheck.isChecked()))
    assert filled == (PASSWORDS[OFFICER], True)
    # the box unticked: the password is taken out of the keyring, and the operation opens all the same
    connect_with(window, lambda _d: None, PASSWORDS[OFFICER], remember=False)
    assert window.operation_file is not None
    assert own_keyring.passwords == {} and Settings().keyring_logins() == []
    assert seen_when_opened(window, lambda d: d.passwordEdit.text()) == ""


@pytest.fixture
def no_keyring() -> None:
    """A computer without a keyring, as a Linux without a desktop session (keyring's fail backend); the
    test's own keyring (conftest) is put back after it."""
    keyring.set_keyring(fail.Keyring())


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_dialog_says_so_and_opens_all_the_same(
    window: MainWindow, shared_once: str, shown_messages: list[tuple[str, str]]
):
    enabled = seen_when_opened(window, lambda d: d.rememberCheck.isEnabled())
    assert enabled is False
    said = connect_with(
        window, lambda d: paste(d, as_user(shared_once, OFFICER)), PASSWORDS[OFFICER], remember=True
    )
    assert said == [NO_KEYRING]
    assert window.operation_file is not None and window.operation_file.on_server
    assert shown_messages == [] and Settings().keyring_logins() == []


class RefusingKeyring(MemoryKeyring):
    """A keyring that cannot store (locked, and its unlocking refused)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the keyring is locked")


def test_a_keyring_that_refuses_the_password_is_said_in_a_sentence(
    window: MainWindow, shared_once: str, shown_messages: list[tuple[str, str]]
):
    keyring.set_keyring(RefusingKeyring())
    connect_with(window, lambda d: paste(d, as_user(shared_once, OFFICER)), PASSWORDS[OFFICER], remember=True)
    assert window.operation_file is not None  # opened all the same
    assert shown_messages == [
        ("Your password", "This computer's keyring did not keep your password: it will be asked next time.")
    ]
    assert Settings().keyring_logins() == []


def test_after_a_wrong_password_the_dialog_comes_back_as_it_was_left(
    window: MainWindow, shared_once: str, shown_messages: list[tuple[str, str]]
):
    again: list[tuple[str, str]] = []

    def wrong(dialog: QDialog) -> None:
        assert isinstance(dialog, SharedOperationDialog)
        paste(dialog, as_user(shared_once, OFFICER))
        dialog.passwordEdit.setText("not the password")
        when_dialog_opens(lambda back: again.append((back.addressCombo.currentText(), back.userEdit.text())))
        click_open(dialog)

    when_dialog_opens(wrong)
    window.window_actions.open_shared.trigger()
    ((title, text),) = shown_messages
    assert title == "Cannot open the operation" and "password authentication failed" in text
    assert again == [(as_user(shared_once, OFFICER), OFFICER)]  # then cancelled
    assert window.operation_file is None and Settings().shared_addresses() == []


def test_the_dialog_opens_an_operation_over_verified_tls(
    window: MainWindow, tls_server: Server, test_authority: Authority, sample_file: Path, qtbot
):
    """A server that accepts only TLS from other machines (README, "Shared server"): the dialog's third
    choice checks its certificate against the authority's and opens the operation."""
    officer_only = [login for login in LOGINS if login[0] == OFFICER]
    database = database_of(share_sample(tls_server.url(new_database(tls_server)), sample_file, officer_only))

    def fill(dialog: SharedOperationDialog) -> None:
        qtbot.keyClicks(dialog.hostEdit, "localhost")
        dialog.portSpin.setValue(tls_server.port or 0)
        qtbot.keyClicks(dialog.databaseEdit, database)
        qtbot.keyClicks(dialog.userEdit, OFFICER)
        choose_encryption(dialog, VERIFY_FULL)
        qtbot.keyClicks(dialog.certificateEdit, str(test_authority.certificate))

    connect_with(window, fill, PASSWORDS[OFFICER])
    operation = window.operation_file
    assert operation is not None and operation.on_server
    expected = (
        f"postgresql://{OFFICER}@localhost:{tls_server.port}/{database}"
        f"?sslmode=verify-full&sslrootcert={test_authority.certificate}"
    )
    assert Settings().shared_addresses() == [expected]


# --- the shared operation in the window ------------------------------------------------------------------


def test_a_reader_cleared_to_public_sees_the_public_systems(window: MainWindow, shared: str):
    assert window.open_shared(as_user(shared, GUEST), PASSWORDS[GUEST])
    assert window.mapping.controller is not None
    assert {s.sensitivity.value for s in window.mapping.controller.data.systems} == {"public"}


def test_a_wrong_password_is_said_in_a_sentence(
    window: MainWindow, shared: str, shown_messages: list[tuple[str, str]]
):
    assert not window.open_shared(as_user(shared, OFFICER), "not the password")
    assert window.operation_file is None
    ((title, text),) = shown_messages
    assert title == "Cannot open the operation" and "password authentication failed" in text


def test_what_another_user_saves_appears_in_the_window(window: MainWindow, shared: str, qtbot):
    assert window.open_shared(as_user(shared, CHIEF), PASSWORDS[CHIEF])
    assert window.live is not None
    with opened(shared, OFFICER) as officer_side:
        systems = SystemService(officer_side)
        system = first_visible_system(systems)
        systems.update(system.id, replace(system.details, name="Renamed by the officer"), base=system)

    def shown() -> set[str]:
        assert window.mapping.controller is not None
        return {summary.name for summary in window.mapping.controller.data.systems}

    qtbot.waitUntil(lambda: "Renamed by the officer" in shown(), timeout=15000)
    assert system.details.name not in shown() and len(shown()) == 40
    window.close_operation()
    assert window.live is None


def test_the_officer_exports_from_the_window_what_they_see(
    window: MainWindow, shared: str, tmp_path: Path, qtbot
):
    assert window.open_shared(as_user(shared, OFFICER), PASSWORDS[OFFICER])
    target = tmp_path / "systems.xlsx"
    seen: list[str] = []

    def choose(dialog: QDialog) -> None:
        dialog.viewCombo.setCurrentIndex(dialog.viewCombo.findData("systems"))
        qtbot.waitUntil(lambda: not dialog.previewing, timeout=20000)
        seen.extend([dialog.previewText.toPlainText(), dialog.fileEdit.text()])
        dialog.fileEdit.setText(str(target))
        dialog.fileEdit.setModified(True)
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(choose)
    with qtbot.waitSignal(window.export_runner.finished, timeout=30000) as finished:
        window.window_actions.export.trigger()
    assert finished.args[0] is not None, finished.args[1]
    preview, suggested = seen
    assert "Information systems: 21 rows" in preview
    assert Path(suggested).name.startswith(
        f"{database_of(shared)} - "
    )  # named after the operation's database
    assert load_workbook(target)["Systems"].max_row == 1 + 21


def test_a_server_restarted_under_the_window_is_said_and_what_was_saved_meanwhile_shown(
    window: MainWindow, shared: str, postgres_server: Server, qtbot, monkeypatch: pytest.MonkeyPatch
):
    """The status bar says the connection was lost, then that it is back; a change another login saved while
    the window was cut off (no announcement of it ever reaches the window) is shown once it is back, the
    operation read afresh. The window's listener is held from connecting again until that change is saved."""
    may_connect = threading.Event()
    may_connect.set()
    connecting = server_listener.connection_parameters
    monkeypatch.setattr(
        server_listener, "connection_parameters", lambda address: may_connect.wait(60) and connecting(address)
    )
    assert window.open_shared(as_user(shared, CHIEF), PASSWORDS[CHIEF])
    status = window.statusBar()
    may_connect.clear()
    restart_server(postgres_server)
    qtbot.waitUntil(lambda: "connection to the server was lost" in status.currentMessage(), timeout=15000)
    with opened(shared, OFFICER) as officer_side:
        systems = SystemService(officer_side)
        system = first_visible_system(systems)
        systems.update(
            system.id, replace(system.details, name="Saved while the window was cut off"), base=system
        )
    may_connect.set()
    qtbot.waitUntil(lambda: "Connected to the server again" in status.currentMessage(), timeout=15000)
    assert window.mapping.controller is not None
    names = {summary.name for summary in window.mapping.controller.data.systems}
    assert "Saved while the window was cut off" in names and system.details.name not in names
    window.close_operation()
    assert status.currentMessage() == ""
