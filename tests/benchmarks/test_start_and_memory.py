"""The program as a new process: its window's cold start on the typical operation against a bare PySide6
window with one table view (both on a virtual screen, timed until their window is there with its title), and
its peak memory with the stress operation open on the matrix and every mapping view."""

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.harness import Figure, median_of, record
from tests.real_window import start_on_display, stop, virtual_display, wait_for_title

# The peak resident memory of this process: VmHWM starts again at exec, where ru_maxrss keeps the peak of
# the process that started it (here the benchmark itself, with the stress operation in memory)
PEAK = """
def PEAK():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
"""

BARE_WINDOW = (
    PEAK
    + """
import sys
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication(sys.argv[:1])
view = QTableView()
view.setModel(QStandardItemModel(10, 8))
view.setWindowTitle("Bare table view")
view.resize(1366, 800)
view.show()
if "--memory" in sys.argv:
    view.grab()
    print(PEAK())
else:
    app.exec()
"""
)

STRESS_OPEN = (
    PEAK
    + """
import sys
from pathlib import Path
from pim_desktop.gui.app import build_main_window, create_application
app = create_application()
window = build_main_window(Path(sys.argv[1]))
window.grab()
window.window_actions.show_mapping.trigger()
page = window.mappingPage
for tab in (page.systemsTab, page.organisationsTab, page.gridTab, page.categoryTab, page.coverageTab):
    page.mappingTabs.setCurrentWidget(tab)
    window.grab()
print(PEAK())
window.close_operation()
"""
)


def _seconds_to_window(display: str, command: list[str], title: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    program = start_on_display(display, command, env)
    try:
        wait_for_title(display, program, title, seconds=30, poll=0.01)
        return time.perf_counter() - started
    finally:
        stop(program)


def test_cold_start_of_the_window_against_a_bare_window(typical_file: Path, tmp_path: Path):
    """Timed until the window names the file it opens (a plain window, painted before the storage layer and
    services load), and, reported beside it, until the main window shows the file."""
    env = {**os.environ, "PIM_DESKTOP_DATA_DIR": str(tmp_path)}
    ours = [sys.executable, "-m", "pim_desktop", str(typical_file)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    with virtual_display() as display:
        bare_seconds = median_of(lambda: _seconds_to_window(display, bare, "Bare table view", env))
        opening = f"Opening {typical_file.name}… — PIM Desktop"
        first = record(
            Figure(
                "cold start: the window names the file it opens",
                median_of(lambda: _seconds_to_window(display, ours, opening, env)),
                "a bare PySide6 window, one table view",
                bare_seconds,
                "at most 2x the bare window",
            )
        )
        record(
            Figure(
                "cold start: the main window shows the typical operation",
                median_of(lambda: _seconds_to_window(display, ours, f"{typical_file.name} — PIM", env)),
                "a bare PySide6 window, one table view",
                bare_seconds,
                "reported",
            )
        )
    assert first.ratio <= 2


def _peak_megabytes(command: list[str], env: dict[str, str]) -> float:
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=True)
    return int(result.stdout.split()[-1]) / 1024  # VmHWM is in KiB


def test_peak_memory_with_the_stress_operation_open(stress_file: Path, tmp_path: Path):
    env = {**os.environ, "PIM_DESKTOP_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    figure = record(
        Figure(
            "stress: peak memory, matrix and every mapping view shown",
            median_of(
                lambda: _peak_megabytes([sys.executable, "-c", STRESS_OPEN, str(stress_file)], env), 3, 0
            ),
            "a bare PySide6 window, one table view",
            median_of(lambda: _peak_megabytes([sys.executable, "-c", BARE_WINDOW, "--memory"], env), 3, 0),
            "under 400 MB",
            unit="MB",
        )
    )
    assert figure.median < 400
