"""The xlsx export of the stress systems view as a whole command (start, read, build, write), against a bare
process that writes the same cells with openpyxl in write-only mode (issue 26: at most 1.5x), and beside a
bare process that writes them with XlsxWriter, the library the program uses."""

import pickle
import subprocess
import sys
from pathlib import Path

from pim_desktop.exports.build import build_document
from pim_desktop.exports.document import ExportOptions
from pim_desktop.services.operations import open_operation
from tests.benchmarks.harness import Figure, measure, median_seconds, record

BARE_OPENPYXL = """
import pickle, sys
from openpyxl import Workbook
header, rows = pickle.load(open(sys.argv[1], "rb"))
workbook = Workbook(write_only=True)
sheet = workbook.create_sheet("Systems")
sheet.append(header)
for row in rows:
    sheet.append(row)
workbook.save(sys.argv[2])
"""

BARE_XLSXWRITER = """
import pickle, sys
import xlsxwriter
header, rows = pickle.load(open(sys.argv[1], "rb"))
workbook = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
sheet = workbook.add_worksheet("Systems")
sheet.write_row(0, 0, header)
for number, row in enumerate(rows, start=1):
    sheet.write_row(number, 0, row)
workbook.close()
"""


def test_xlsx_systems_export_as_a_whole_command(stress_file: Path, tmp_path: Path):
    with open_operation(stress_file, read_only=True) as operation_file:
        table = build_document(operation_file, "systems", ExportOptions()).tables[0]
    cells = tmp_path / "cells.pickle"
    cells.write_bytes(pickle.dumps(([f.heading for f in table.fields], [list(row) for row in table.rows])))

    def run(*command: str | Path) -> None:
        subprocess.run([sys.executable, *map(str, command)], check=True, capture_output=True)

    def program() -> None:
        run("-m", "pim_desktop", "export", stress_file, "--view", "systems", "--format", "xlsx",
            "-o", tmp_path / "systems.xlsx")  # fmt: skip

    figure = measure(
        "stress: xlsx systems view, the whole command",
        program,
        "a process writing the same cells, openpyxl write-only",
        lambda: run("-c", BARE_OPENPYXL, cells, tmp_path / "openpyxl.xlsx"),
        "at most 1.5x openpyxl write-only",
        repeats=3,
    )
    xlsxwriter_alone = median_seconds(lambda: run("-c", BARE_XLSXWRITER, cells, tmp_path / "x.xlsx"), 3)
    record(
        Figure(
            "  the same command beside XlsxWriter alone",
            figure.median,
            "a process writing the same cells, XlsxWriter",
            xlsxwriter_alone,
            "(said, no target)",
        )
    )
    assert figure.ratio <= 1.5
