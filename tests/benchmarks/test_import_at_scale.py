"""Importing the stress operation's registers (2,000 organisations, 20,000 systems) from the workbooks the
program exports, into an empty operation; the floor is the fastest well-kept reader (python-calamine) alone
reading the same workbooks, and openpyxl's read-only mode is measured beside it for the record."""

import shutil
from pathlib import Path

import pytest

from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.imports.apply import apply_plan
from pim_desktop.imports.plan import choose_sheet, make_plan
from pim_desktop.imports.reading import read_sheets
from pim_desktop.services.operations import create_operation, open_operation
from tests.benchmarks.harness import measure


@pytest.mark.xfail(
    reason="not met: python-calamine reads the two workbooks in about 0.3 s; checking 20,000 systems as the "
    "window's rules do and storing them takes about 3 s of Python on its own (docs/speed.md)",
    strict=True,
)
def test_import_the_stress_registers_from_xlsx(stress_file: Path, tmp_path: Path):
    workbooks = [tmp_path / "organisations.xlsx", tmp_path / "systems.xlsx"]
    with open_operation(stress_file, read_only=True) as operation_file:
        for view, workbook in zip(("organisations", "systems"), workbooks, strict=True):
            export(operation_file, view, "xlsx", workbook, ExportOptions())
    empty = tmp_path / "empty.pim"
    create_operation(empty, name="Imported")  # made once: creating a file is not the import's work
    runs = iter(range(100))

    def program() -> None:
        target = tmp_path / f"target-{next(runs)}.pim"
        shutil.copy(empty, target)
        with open_operation(target) as operation_file:
            for workbook in workbooks:
                sheet, layout = choose_sheet(read_sheets(workbook), None, None)
                with operation_file.session() as session:
                    plan = make_plan(session, workbook.name, sheet, layout)
                result = apply_plan(operation_file, plan)
                assert result.added == len(plan.rows)

    def calamine() -> None:
        from python_calamine import CalamineWorkbook

        for workbook in workbooks:
            book = CalamineWorkbook.from_path(str(workbook))
            for name in book.sheet_names:
                for _row in book.get_sheet_by_name(name).iter_rows():
                    pass
            book.close()

    def openpyxl() -> None:
        from openpyxl import load_workbook

        for workbook in workbooks:
            book = load_workbook(workbook, read_only=True)
            for sheet in book.worksheets:
                for _row in sheet.iter_rows(values_only=True):
                    pass
            book.close()

    name = "stress: import 2,000 organisations + 20,000 systems (xlsx)"
    figure = measure(name, program, "python-calamine alone reading them", calamine, "at most 2x", 3, 1)
    measure("  openpyxl reading the same workbooks", openpyxl, "python-calamine", calamine, "-", 3, 1)
    assert figure.ratio <= 2
