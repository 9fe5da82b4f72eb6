"""Benchmarks run with `make bench`, never in `make test`; the table is printed at the end. The synthetic
operations are written once for the whole run."""

import os
from pathlib import Path

import pytest

from tests.benchmarks.harness import report
from tests.benchmarks.synthetic import STRESS, TYPICAL, write_synthetic_operation

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def print_table():
    yield
    print("\n" + report())


@pytest.fixture(scope="session")
def stress_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 organisations, 20,000 systems, 2,000 action items, a customised matrix."""
    path = tmp_path_factory.mktemp("stress") / "stress.pim"
    write_synthetic_operation(path, STRESS)
    return path


@pytest.fixture(scope="session")
def typical_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100 organisations, 400 systems, 200 action items."""
    path = tmp_path_factory.mktemp("typical") / "typical.pim"
    write_synthetic_operation(path, TYPICAL)
    return path


@pytest.fixture
def laptop_window(qapp):
    """The main window, shown at a laptop's size, with no operation open; closed after the benchmark."""
    from PySide6.QtWidgets import QApplication

    from pim_desktop.gui.main_window import MainWindow
    from pim_desktop.gui.settings import Settings

    window = MainWindow(Settings())
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    QApplication.processEvents()
