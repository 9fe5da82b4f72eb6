"""A file someone else is editing: the window says who, and opens it read-only, for editing anyway, or not
at all, as the user chooses; its own lock comes and goes with the file."""

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.storage import locks
from tests.gui.test_mapping_workspace import when_dialog_opens

COLLEAGUE = {
    "user": "im.officer",
    "machine": "field-laptop-07",
    "process": 4242,
    "since": "2026-11-20T09:30:00",
}


def test_the_window_marks_the_file_it_edits_and_frees_it_on_close(window: MainWindow, sample_file: Path):
    assert window.open_file(sample_file)
    assert json.loads(locks.lock_path(sample_file).read_text())["process"] == os.getpid()
    window.close_operation()
    assert not locks.lock_path(sample_file).exists()


def _answer(button_text: str, seen: list[str]) -> None:
    def press(box: QMessageBox) -> None:
        seen.append(box.text())
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    when_dialog_opens(press)


@pytest.mark.parametrize(
    ("answer", "opened", "read_only"),
    [("Open Read-Only", True, True), ("Edit Anyway", True, False), ("Cancel", False, None)],
)
def test_a_file_a_colleague_is_editing(window: MainWindow, sample_file: Path, answer, opened, read_only):
    locks.lock_path(sample_file).write_text(json.dumps(COLLEAGUE), encoding="utf-8")
    seen: list[str] = []
    _answer(answer, seen)
    assert window.open_file(sample_file) is opened
    assert seen == [
        f"{sample_file.name} is open for editing by im.officer on field-laptop-07 since 2026-11-20 09:30:00."
    ]
    if not opened:
        assert window.operation_file is None
        return
    assert window.operation_file is not None and window.operation_file.read_only is read_only
    if read_only:
        assert "im.officer on field-laptop-07 is editing this file" in window.noticeBanner.text()
        assert json.loads(locks.lock_path(sample_file).read_text()) == COLLEAGUE  # theirs, untouched
