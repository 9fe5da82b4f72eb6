"""File > Open Shared Operation on a real server: the window reads the operation as far as the login's
clearance goes, says it cannot change it yet, refuses a wrong password in a sentence, shows what others
save as they save it, and says when the server is lost and back, showing what was saved meanwhile."""

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QInputDialog

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.systems import SystemService
from pim_desktop.storage import server_listener
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.postgres import Server, database_of, restart_server
from tests.shared_server import CHIEF, GUEST, OFFICER, PASSWORDS, as_user, first_visible_system, opened


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What the user types in the dialog's two questions, in order."""
    answers: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: (answers.pop(0), True))
    yield answers


def test_the_window_shows_what_the_officers_clearance_allows(
    window: MainWindow, shared: str, typed: list[str]
):
    address = as_user(shared, OFFICER)
    typed += [address, PASSWORDS[OFFICER]]
    window.window_actions.open_shared.trigger()
    operation = window.operation_file
    assert operation is not None and operation.on_server and operation.read_only
    assert window.mapping.controller is not None
    assert len(window.mapping.controller.data.systems) == 21  # public and restricted only
    assert "shared server" in window.noticeBanner.text() and window.noticeBanner.isVisible()
    assert address in window.windowTitle() and "(read-only)" in window.windowTitle()
    actions = window.window_actions
    assert actions.export.isEnabled()
    assert not any(a.isEnabled() for a in (actions.save_copy, actions.import_data, actions.merge))
    window.close_operation()
    assert window.operation_file is None


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
