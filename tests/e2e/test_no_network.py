"""In file mode the program opens no network connection at all: no update check, no font or map download, no
telemetry. Every command runs here in the test's own process with the network refused (tests/helpers.py,
guard_network); the window's turn is in tests/gui/test_encrypted_files.py."""

import socket
from pathlib import Path

import pytest

from pim_desktop.cli import main
from tests.helpers import PASSPHRASE, guard_network


def test_the_guard_sees_an_attempt():
    """The guard of the test below catches what it is there to catch."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        attempts = guard_network(monkeypatch)
        with pytest.raises(OSError, match="tried to reach the network"):
            socket.create_connection(("192.0.2.1", 80), timeout=1)
        with pytest.raises(OSError):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("192.0.2.1", 80))
    assert len(attempts) == 2


def test_every_command_works_without_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    attempts = guard_network(monkeypatch)
    monkeypatch.setenv("PIM_DESKTOP_PASSPHRASE", PASSPHRASE)
    plain, secret, new = tmp_path / "plain.pim", tmp_path / "secret.pim", tmp_path / "new.pim"
    partner = tmp_path / "partner.csv"
    partner.write_text("System,PIM category\nKestrel shelter registry,Case Management\n", encoding="utf-8")
    commands: list[list[str | Path]] = [
        ["--version"],
        ["demo", plain],
        ["demo", secret, "--encrypt"],
        ["new", new, "--name", "Lebanon", "--country", "LBN", "--encrypt"],
        ["info", secret],
        ["info", secret, "--json"],
        ["check", secret],
        *(
            ["export", secret, "--view", "report", "--format", kind, "-o", tmp_path / f"report.{kind}"]
            for kind in ("xlsx", "pdf", "json")
        ),
        [
            "export",
            secret,
            "--view",
            "systems",
            "--format",
            "csv",
            "-o",
            tmp_path / "systems.csv",
            "--lang",
            "ar",
        ],
        ["import", secret, partner],
        ["import", secret, tmp_path / "report.json", "--kind", "operation"],
        ["merge", secret, plain],
        ["encrypt", plain],
        ["change-passphrase", secret],
        ["decrypt", secret],
    ]
    monkeypatch.setenv("PIM_DESKTOP_NEW_PASSPHRASE", PASSPHRASE + " renewed")
    for command in commands:
        assert main([str(word) for word in command]) == 0, command
    assert attempts == []
