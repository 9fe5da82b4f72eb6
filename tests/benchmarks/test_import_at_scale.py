"""Importing the stress operation's registers (2,000 organisations, 20,000 systems) from the workbooks the
program exports, into an empty operation; the floor is openpyxl alone reading the same workbooks."""

from pathlib import Path

from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.imports.apply import apply_plan
from pim_desktop.imports.plan import choose_sheet, make_plan
from pim_desktop.imports.reading import read_sheets
from pim_desktop.services.operations import create_operation, open_operation
from tests.benchmarks.harness import measure


def test_import_the_stress_registers_from_xlsx(stress_file: Path, tmp_path: Path):
    workbooks = [tmp_path / "organisations.xlsx", tmp_path / "systems.xlsx"]
    with open_operation(stress_file, read_only=True) as operation_file:
        for view, workbook in zip(("organisations", "systems"), workbooks, strict=True):
            export(operation_file, view, "xlsx", workbook, ExportOptions())
    runs = iter(range(100))

    def program() -> None:
        target = tmp_path / f"target-{next(runs)}.pim"
        create_operation(target, name="Imported")
        with open_operation(target) as operation_file:
            for workbook in workbooks:
                sheet, layout = choose_sheet(read_sheets(workbook), None, None)
                with operation_file.session() as session:
                    plan = make_plan(session, workbook.name, sheet, layout)
                result = apply_plan(operation_file, plan)
                assert result.added == len(plan.rows)

    def floor() -> None:
        from openpyxl import load_workbook

        for workbook in workbooks:
            book = load_workbook(workbook, read_only=True)
            for sheet in book.worksheets:
                for _row in sheet.iter_rows(values_only=True):
                    pass
            book.close()

    name = "stress: import 2,000 organisations + 20,000 systems (xlsx)"
    floor_name = "openpyxl alone reading the same workbooks"
    measure(name, program, floor_name, floor, "completes (no target set)", repeats=1, warmup=0)
