"""The program as `make run` starts it: a real window on a (virtual) X display, not the offscreen platform."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.real_window import start_on_display, stop, wait_for_title

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is Linux only")


def start_program(display: str, *args: str) -> subprocess.Popen[str]:
    return start_on_display(display, [sys.executable, "-m", "pim_desktop", *args])


def test_first_start_opens_the_sample_operation_in_a_real_window(x_display: str, own_data_dir: Path):
    program = start_program(x_display)
    try:
        wait_for_title(x_display, program, "Sample operation.pim — PIM")  # the main window
    finally:
        errors = stop(program)
    assert (own_data_dir / "Sample operation.pim").exists()
    assert "Traceback" not in errors


def test_opens_the_file_it_is_given_and_leaves_it_unchanged(x_display: str, sample_file: Path):
    before = sample_file.read_bytes()
    program = start_program(x_display, str(sample_file))
    try:
        wait_for_title(x_display, program, f"{sample_file.name} — PIM Desktop")
    finally:
        errors = stop(program)
    assert "Traceback" not in errors
    assert sample_file.read_bytes() == before
