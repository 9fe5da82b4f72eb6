"""GUI fixtures: the real main window, with message boxes captured instead of blocking, and a keyring of the
test's own."""

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from pim_desktop.gui.app import build_main_window
from pim_desktop.gui.dialogs.record_dialog import RecordDialog
from pim_desktop.gui.i18n import install_language
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings


@pytest.fixture(autouse=True)
def earlier_windows_deleted(qapp: QApplication) -> None:
    """The windows of earlier tests are closed with deleteLater, which needs an event loop to happen: delete
    them now, before this test builds its own, so that an application-wide change (the zoom's font) never
    reaches a window half gone (a crash inside QApplication.setFont)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that fills a form and closes it means to throw the typing away: the question a user is asked
    first is answered "Discard" (tests/gui/test_record_dialogs.py asks it for real)."""
    monkeypatch.setattr(RecordDialog, "discard_confirmed", lambda _dialog: True)


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, for one test: no test reads or writes the keyring of the machine it runs on."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - a property of the class
        raise RuntimeError("set by the tests only: keyring never chooses it by itself")

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture(autouse=True)
def own_keyring() -> Iterator[MemoryKeyring]:
    """Every test of the window gets an empty keyring of its own in place of the computer's, which is put
    back after it."""
    previous = keyring.core._keyring_backend  # None until keyring looks for the computer's: not asked here
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.core._keyring_backend = previous


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every warning the window would show, as (title, text), instead of a modal box."""
    messages: list[tuple[str, str]] = []

    def capture(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        messages.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    return messages


@pytest.fixture
def window(qtbot, shown_messages: list[tuple[str, str]]) -> Iterator[MainWindow]:
    install_language(QApplication.instance(), "en")  # as the program starts: English, with its plural forms
    main_window = MainWindow(Settings())
    qtbot.addWidget(main_window)
    main_window.resize(1366, 768)
    main_window.show()
    yield main_window
    main_window.close_operation()


@pytest.fixture
def opened(window: MainWindow, sample_file: Path) -> MainWindow:
    assert window.open_file(sample_file)
    return window


@pytest.fixture
def speaking_window(qtbot, sample_file: Path) -> Iterator:
    windows: list[MainWindow] = []

    def open_in(language: str, path: Path | None = None) -> MainWindow:
        """The window started in a language, as `pim-desktop --lang fr FILE` does (on the sample)."""
        window = build_main_window(path or sample_file, language)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield open_in
    for window in windows:
        window.close_operation()
    install_language(QApplication.instance(), "en")
