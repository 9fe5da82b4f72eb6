"""Exports read as a manager reads them: steps by their names rather than their internal codes, and an
empty part said in one line rather than a page with only its heading."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.helpers import run_cli

EMPTY_PARTS = (
    "Organisations and their information systems by PIM category",
    "Information systems",
    "Organisations",
    "Action plans",
    "Responsible-data review of the systems",
)


def _export(source: Path, target: Path, view: str, *more: str) -> None:
    fmt = target.suffix[1:]
    result = run_cli("export", source, "--view", view, "--format", fmt, "-o", target, *more)
    assert result.returncode == 0, result.stderr


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_process_names_its_steps_as_the_window_does(sample_file: Path, tmp_path: Path, fmt: str):
    target = tmp_path / f"process.{fmt}"
    _export(sample_file, target, "process")
    if fmt == "pdf":
        text = " ".join(_pages(target))
    else:
        sheet = load_workbook(target)["PIM Process"]
        assert [c.value for c in sheet[1]][:2] == ["Step", "Level"]
        text = " ".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row if v)
    assert "Define purpose and information needs" in text and "Review protection impacts" in text
    assert "assess.define_purpose" not in text and "evaluate." not in text and "Code" not in text


def test_machines_still_get_the_steps_codes(sample_file: Path, tmp_path: Path):
    target = tmp_path / "process.xlsx"
    _export(sample_file, target, "process", "--hxl")
    sheet = load_workbook(target)["PIM Process"]
    assert [c.value for c in sheet[1]][:2] == ["code", "step"]
    assert "assess.define_purpose" in [row[0] for row in sheet.iter_rows(min_row=3, values_only=True)]


def test_empty_parts_of_the_report_say_so_in_one_line(empty_operation: Path, tmp_path: Path):
    target = tmp_path / "report.pdf"
    _export(empty_operation, target, "report")
    pages = _pages(target)
    text = " ".join(pages)
    for title in EMPTY_PARTS:
        assert f"{title} None recorded." in text
    # the cover, the matrix, the gaps and the process: no page of its own for an empty part (there were 11)
    assert len(pages) <= 7


def test_empty_sheets_say_so_for_people_and_stay_empty_for_machines(empty_operation: Path, tmp_path: Path):
    people, machines = tmp_path / "people.xlsx", tmp_path / "machines.xlsx"
    _export(empty_operation, people, "report")
    _export(empty_operation, machines, "report", "--hxl")
    for name in ("Mapping", "Systems", "Organisations", "Action plans", "Review"):
        assert load_workbook(people)[name]["A2" if name != "Mapping" else "A3"].value == "None recorded."
    for name in ("Systems", "Organisations", "Action plans", "Review"):
        assert load_workbook(machines)[name]["A3"].value is None  # an import reads no record
