"""Saves screenshots of the main views on the sample operation, for the README and for a look by eye.

Run with `make screenshots` (offscreen, no display needed).
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PIM_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="pim-screenshots-"))

from PySide6.QtWidgets import QApplication

from pim_desktop.gui.app import build_main_window, create_application
from pim_desktop.paths import data_dir
from pim_desktop.services.demo import write_sample_operation

SIZES = {"matrix": (1600, 1000), "matrix-1366x768": (1366, 768)}


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    create_application()
    sample = data_dir() / "Lebanon (sample).pim"
    if not sample.exists():
        write_sample_operation(sample)
    window = build_main_window(sample)
    for name, (width, height) in SIZES.items():
        window.resize(width, height)
        QApplication.processEvents()
        window.grab().save(str(target / f"{name}.png"))
        print(target / f"{name}.png")
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
