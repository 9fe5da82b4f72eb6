"""A real window on a virtual X display (Xvfb), found by its title with xwininfo: how the tests see a program
start as a user would, whether it runs from the checkout, an installed wheel or a bundle."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pytest

from tests.helpers import require_tool


@contextmanager
def virtual_display() -> Iterator[str]:
    if not sys.platform.startswith("linux"):
        pytest.skip("Xvfb is Linux only")
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


def start_on_display(
    display: str, command: Sequence[str], env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """The command with the display as its screen (not the offscreen platform the other tests use)."""
    environment = {key: value for key, value in (env or os.environ).items() if key != "QT_QPA_PLATFORM"}
    environment["DISPLAY"] = display
    return subprocess.Popen(
        list(command), env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_for_title(
    display: str, program: subprocess.Popen[str], text: str, seconds: float = 60, poll: float = 0.3
) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if program.poll() is not None:
            pytest.fail(f"the program ended early ({program.returncode}): {program.stderr.read()}")
        titles = window_titles(display)
        if text in titles:
            return titles
        time.sleep(poll)
    pytest.fail(f"no window titled {text!r} appeared:\n{window_titles(display)}")


def stop(program: subprocess.Popen[str]) -> str:
    """Ends the program as a window manager's close would, and gives back what it wrote on stderr."""
    program.terminate()
    _, errors = program.communicate(timeout=20)
    return errors
