"""Where the program keeps its own data (sample operation, backups, settings), with an override.

Set PIM_DESKTOP_DATA_DIR to use another folder: tests do, and so does a portable install.
"""

import os
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_VARIABLE = "PIM_DESKTOP_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    folder = Path(override) if override else Path(user_data_dir("PIM Desktop", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sample_operation_path() -> Path:
    return data_dir() / "Sample operation.pim"
