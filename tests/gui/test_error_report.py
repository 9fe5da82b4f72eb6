"""An error nobody expected, in the window: written to the error log with its traceback, said in a message
box, and the window goes on."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from pim_desktop.gui import error_report
from pim_desktop.gui.main_window import MainWindow


@pytest.mark.qt_no_exception_capture  # the test is about what happens to such an exception
def test_an_unexpected_error_is_logged_and_said(
    opened: MainWindow,
    shown_messages: list[tuple[str, str]],
    own_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    error_report.install(lambda: opened)

    def a_bug() -> None:
        raise RuntimeError("a bug in a slot")

    QTimer.singleShot(0, a_bug)
    qtbot.waitUntil(lambda: bool(shown_messages))

    log = own_data_dir / "error-log.txt"
    title, text = shown_messages[-1]
    assert title == "Something went wrong"
    assert text.startswith("PIM Desktop met a problem it did not expect (RuntimeError: a bug in a slot).")
    assert f"The details are in {log};" in text and "Traceback" not in text
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written and "RuntimeError: a bug in a slot" in written
    assert opened.isVisible() and opened.operation_file is not None  # the window goes on


def test_a_long_log_starts_afresh_and_keeps_the_previous_one(own_data_dir: Path):
    log = own_data_dir / "error-log.txt"
    log.write_text("x" * (error_report.MAX_LOG_BYTES + 1), encoding="utf-8")
    try:
        raise ValueError("again")
    except ValueError as error:
        assert error_report.logged(ValueError, error, error.__traceback__) == log
    assert log.stat().st_size < 10_000 and "ValueError: again" in log.read_text(encoding="utf-8")
    assert (own_data_dir / "error-log.previous.txt").stat().st_size == error_report.MAX_LOG_BYTES + 1
