"""Starting the window, after making sure there is a screen to show it on.

Without a display, Qt prints a wall of plugin errors and aborts; we say it in one line instead.
"""

import os
import sys
from ctypes.util import find_library
from pathlib import Path

from pim_desktop.domain.errors import PimError

NO_DISPLAY_MESSAGE = (
    "no display found: the PIM Desktop window needs a desktop session. Start it from a desktop, "
    "or under a virtual screen (xvfb-run pim-desktop), or use the headless commands (pim-desktop --help)."
)

MISSING_XCB_CURSOR_MESSAGE = (
    "the window cannot start: the system library libxcb-cursor0 is missing. Install it "
    "(Debian or Ubuntu: sudo apt install libxcb-cursor0) and start PIM Desktop again."
)


class NoDisplayError(PimError):
    pass


def _x11_display_reachable(display: str) -> bool:
    """A local X display (":0") has a socket we can look for; for a remote one we trust the variable."""
    host, _, number = display.partition(":")
    if host not in ("", "unix"):
        return True
    socket = Path(f"/tmp/.X11-unix/X{number.split('.')[0]}")
    return socket.exists()


def display_problem() -> str | None:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None  # Windows and macOS always have a screen; an explicit platform is the user's choice
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display or not _x11_display_reachable(display):
        return NO_DISPLAY_MESSAGE
    if find_library("xcb-cursor") is None:  # Qt 6.5+ aborts on X11 without it
        return MISSING_XCB_CURSOR_MESSAGE
    return None


def launch_gui(file: Path | None, language: str | None = None) -> int:
    problem = display_problem()
    if problem:
        raise NoDisplayError(problem)
    from pim_desktop.gui.app import run_application

    return run_application(file, language)
