"""Exports of the stress operation: the xlsx report against openpyxl alone writing the same cells, and the
PDF report (issue 11's targets: at most 1.5x openpyxl; under 10 s)."""

from pathlib import Path

import pytest

from pim_desktop.exports.build import build_document
from pim_desktop.exports.document import ExportOptions, Table
from pim_desktop.exports.run import export
from pim_desktop.services.operations import open_operation
from tests.benchmarks.harness import Figure, median_seconds, record
from tests.benchmarks.test_mapping_at_scale import stress_file  # noqa: F401 - the shared fixture


def test_xlsx_report_of_the_stress_operation(stress_file: Path, tmp_path: Path):  # noqa: F811
    target = tmp_path / "report.xlsx"
    with open_operation(stress_file, read_only=True) as operation_file:
        document = build_document(operation_file, "report", ExportOptions())

        def program() -> None:
            export(operation_file, "report", "xlsx", target, ExportOptions())

        def floor() -> None:
            from openpyxl import Workbook

            workbook = Workbook()
            for part in document.parts:
                sheet = workbook.create_sheet(part.key[:31])
                if isinstance(part, Table):
                    sheet.append([f.name for f in part.fields])
                    for row in part.rows:
                        sheet.append(list(row))
                else:
                    for cells in part.cells:
                        sheet.append(["\n".join(cell.lines) for cell in cells])
            workbook.save(tmp_path / "floor.xlsx")

        figure = record(
            Figure(
                "stress: xlsx report (build + write)",
                median_seconds(program, repeats=3),
                "openpyxl alone writing the same cells",
                median_seconds(floor, repeats=3),
                "at most 1.5x openpyxl alone",
            )
        )
    assert figure.ratio <= 1.5


@pytest.mark.skip(
    reason="issue 11: the PDF report of 20,000 systems takes about 2 minutes; to profile and fix"
)
def test_pdf_report_of_the_stress_operation(stress_file: Path, tmp_path: Path):  # noqa: F811
    with open_operation(stress_file, read_only=True) as operation_file:
        seconds = median_seconds(
            lambda: export(operation_file, "report", "pdf", tmp_path / "r.pdf", ExportOptions()),
            repeats=1,
            warmup=0,
        )
    record(Figure("stress: pdf report", seconds, "(none)", 0.0, "under 10 s"))
    assert seconds < 10
