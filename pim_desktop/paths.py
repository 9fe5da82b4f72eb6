"""Where the program keeps its own data (sample operation, backups, settings), with an override.

In order: PIM_DESKTOP_DATA_DIR when set (tests do); a "PIM Desktop data" folder beside the program, when the
bundle was unpacked with one (portable mode, for laptops where nothing may be installed); else the user's data
folder of the system.
"""

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_VARIABLE = "PIM_DESKTOP_DATA_DIR"
PORTABLE_FOLDER = "PIM Desktop data"


def portable_data_dir() -> Path | None:
    """The data folder beside a bundled program's executable, when there is one. Only a bundle can be
    portable: an installed wheel's executable sits in a shared bin folder."""
    if not getattr(sys, "frozen", False):
        return None
    candidate = Path(sys.executable).resolve().parent / PORTABLE_FOLDER
    return candidate if candidate.is_dir() else None


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        folder = Path(override)
    else:
        folder = portable_data_dir() or Path(user_data_dir("PIM Desktop", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def error_log_path() -> Path:
    """Where the window writes down errors it did not expect (gui/error_report.py)."""
    return data_dir() / "error-log.txt"


def sample_operation_path() -> Path:
    return data_dir() / "Sample operation.pim"
