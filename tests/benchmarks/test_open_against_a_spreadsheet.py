"""A user picks the program over a spreadsheet because it is faster: `pim-desktop info` on the stress
operation (a new process), and its first view in the window (open, the matrix painted), against LibreOffice
loading the same 20,000 systems as the exported workbook (a new headless process that loads it and writes
its first sheet as CSV, the least it can be asked to do with a workbook)."""

import subprocess
import sys
from pathlib import Path

import pytest

from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.operations import open_operation
from tests.benchmarks.harness import measure
from tests.helpers import require_tool

TARGET = "at most 0.3x LibreOffice"
FLOOR = "LibreOffice loading the systems workbook"


@pytest.fixture(scope="module")
def systems_workbook(stress_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("workbook") / "systems.xlsx"
    with open_operation(stress_file, read_only=True) as operation:
        export(operation, "systems", "xlsx", target, ExportOptions())
    return target


@pytest.fixture(scope="module")
def libreoffice_loads(systems_workbook: Path):
    soffice = require_tool("soffice")
    folder = systems_workbook.parent
    command = [
        soffice, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
        "--convert-to", "csv", "--outdir", str(folder / "out"), str(systems_workbook),
    ]  # fmt: skip
    return lambda: subprocess.run(command, check=True, capture_output=True, timeout=300)


def test_info_on_the_stress_operation_against_libreoffice(stress_file: Path, libreoffice_loads):
    command = [sys.executable, "-m", "pim_desktop", "info", str(stress_file)]
    figure = measure(
        "stress: `info`, a new process",
        lambda: subprocess.run(command, check=True, capture_output=True),
        FLOOR,
        libreoffice_loads,
        TARGET,
    )
    assert figure.ratio <= 0.3


def test_first_view_of_the_stress_operation_against_libreoffice(
    laptop_window: MainWindow, stress_file: Path, libreoffice_loads
):
    window = laptop_window

    def first_view() -> None:
        window.open_file(stress_file)
        window.grab()  # the matrix, painted
        window.close_operation()

    figure = measure(
        "stress: open in the window, the matrix shown", first_view, FLOOR, libreoffice_loads, TARGET
    )
    assert figure.ratio <= 0.3
