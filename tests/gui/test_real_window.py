"""The program as `make run` starts it: a real window on a (virtual) X display, not the offscreen platform."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import require_tool

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is Linux only")


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = require_tool("Xvfb")
    server = subprocess.Popen(
        [xvfb, "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        number = server.stdout.readline().strip()  # Xvfb writes its display number once it is ready
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def window_titles(display: str) -> str:
    xwininfo = require_tool("xwininfo")
    result = subprocess.run(
        [xwininfo, "-root", "-tree"], capture_output=True, text=True, env={**os.environ, "DISPLAY": display}
    )
    return result.stdout


def start_program(display: str, *args: str) -> subprocess.Popen[str]:
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = display
    return subprocess.Popen(
        [sys.executable, "-m", "pim_desktop", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_title(display: str, program: subprocess.Popen[str], text: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if program.poll() is not None:
            pytest.fail(f"the program ended early ({program.returncode}): {program.stderr.read()}")
        titles = window_titles(display)
        if text in titles:
            return titles
        time.sleep(0.3)
    pytest.fail(f"no window titled {text!r} appeared:\n{window_titles(display)}")


def stop(program: subprocess.Popen[str]) -> str:
    program.terminate()
    _, errors = program.communicate(timeout=20)
    return errors


def test_first_start_opens_the_sample_operation_in_a_real_window(x_display: str, own_data_dir: Path):
    program = start_program(x_display)
    try:
        wait_for_title(x_display, program, "Sample operation.pim")
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
