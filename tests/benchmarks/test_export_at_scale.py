"""Exports of the stress operation: the xlsx report against openpyxl alone writing the same cells, and the
PDF report (issue 11's targets: at most 1.5x openpyxl; under 10 s)."""

from pathlib import Path

from pim_desktop.exports.build import build_document
from pim_desktop.exports.document import ExportOptions, Table
from pim_desktop.exports.run import export
from pim_desktop.services.operations import open_operation
from tests.benchmarks.harness import measure


def test_xlsx_report_of_the_stress_operation(stress_file: Path, tmp_path: Path):
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

        name, floor_name = "stress: xlsx report (build + write)", "openpyxl alone writing the same cells"
        figure = measure(name, program, floor_name, floor, "at most 1.5x openpyxl alone", repeats=3)
    assert figure.ratio <= 1.5


def test_pdf_report_of_the_stress_operation(stress_file: Path, tmp_path: Path):
    with open_operation(stress_file, read_only=True) as operation_file:
        document = build_document(operation_file, "report", ExportOptions())

        def program() -> None:
            export(operation_file, "report", "pdf", tmp_path / "report.pdf", ExportOptions())

        def floor() -> None:
            """reportlab alone drawing every cell's text on pages, a line a row: no layout, no wrapping."""
            from reportlab.lib.pagesizes import A4, landscape
            from reportlab.pdfgen.canvas import Canvas

            canvas = Canvas(str(tmp_path / "floor.pdf"), pagesize=landscape(A4))
            for part in document.parts:
                lines = (
                    [" | ".join(str(value or "") for value in row) for row in part.rows]
                    if isinstance(part, Table)
                    else [" | ".join(" ".join(cell.lines) for cell in cells) for cells in part.cells]
                )
                for number, line in enumerate(lines):
                    canvas.drawString(20, 560 - (number % 50) * 11, line[:200])
                    if number % 50 == 49:
                        canvas.showPage()
                canvas.showPage()
            canvas.save()

        name, floor_name = "stress: pdf report (build + write)", "reportlab drawing the same text, no layout"
        figure = measure(name, program, floor_name, floor, "under 10 s", repeats=3, warmup=0)
    assert figure.median < 10
