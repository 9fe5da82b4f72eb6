"""Workbooks for people, read back as a manager would open them: the About sheet first, headings as the
window says them, sheets that print on A4 landscape; and read back by the import in every language."""

import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers import libreoffice_sheets, run_cli, sqlite_rows


def _export(sample_file: Path, target: Path, *options: str) -> None:
    result = run_cli("export", sample_file, "--format", "xlsx", "-o", target, *options)
    assert result.returncode == 0, result.stderr


def test_the_about_sheet_says_what_the_workbook_holds_and_for_whom(sample_file: Path, tmp_path: Path):
    target = tmp_path / "report.xlsx"
    _export(sample_file, target, "--view", "report", "--max-sensitivity", "restricted", "--no-contacts")
    workbook = load_workbook(target)
    assert workbook.sheetnames[0] == "About"
    about = workbook["About"]
    assert about["A1"].value == "Lebanon protection response (sample): Everything, in one document"
    facts = {row[0]: row[1] for row in about.iter_rows(min_row=3, max_row=10, values_only=True)}
    assert facts["Operation"] == "Lebanon protection response (sample) (LBN)"
    assert isinstance(facts["Exported on"], datetime.datetime)
    assert facts["Sensitivity"] == "Restricted" and facts["Shared"] == "up to Restricted"
    assert facts["People's contacts"] == "left out"
    assert "19 information systems classified above Restricted" in facts["Left out"]
    listed = {row[0]: (row[1], row[2]) for row in about.iter_rows(min_row=13, values_only=True) if row[0]}
    assert [c.value for c in about[12]] == ["Sheet", "What it holds", "Rows"]
    assert listed["Systems"] == ("Information systems", 21)
    assert listed["Matrix"] == ("PIM Matrix of the operation", 8)
    assert set(listed) == set(workbook.sheetnames[1:])


def test_a_data_sheet_has_the_windows_headings_and_prints_on_a4_landscape(sample_file: Path, tmp_path: Path):
    target = tmp_path / "systems.xlsx"
    _export(sample_file, target, "--view", "systems")
    sheet = load_workbook(target)["Systems"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Name", "PIM category", "Also in", "Run by (role)", "Status"]
    assert not any(str(value).startswith("#") for value in (c.value for c in sheet[2]))  # no HXL row
    assert sheet.max_row == 1 + 40 and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:Y{sheet.max_row}"
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    registration = rows["Refugee registration and verification"]
    run_by = registration[header.index("Run by (role)")]
    assert run_by.value == "UNHCR (lead)\nMoSA (data recipient)" and run_by.alignment.wrap_text
    assert sheet.row_dimensions[run_by.row].height >= 30  # two lines shown, not one cut
    started = registration[header.index("Started on")]
    assert started.value == datetime.datetime(2012, 1, 1) and started.number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["A"].width >= 30  # the names are long
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToHeight) == ("landscape", 9, 0)
    assert (
        1 < setup.fitToWidth <= 3 and sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$A:$A"
    )
    assert sheet.oddHeader.right.text == "STRICTLY CONFIDENTIAL"
    assert (
        "Exported" in sheet.oddFooter.left.text
        and datetime.date.today().isoformat() in sheet.oddFooter.left.text
    )


def test_libreoffice_reads_every_record_under_the_headings(sample_file: Path, tmp_path: Path):
    target = tmp_path / "organisations.xlsx"
    _export(sample_file, target, "--view", "organisations")
    rows = libreoffice_sheets(target, tmp_path)["Organisations"]
    header = rows[0]
    assert header[:3] == ["Name", "Acronym", "Type"]
    shown = {row[header.index("Acronym")]: row[header.index("Name")] for row in rows[1:]}
    assert shown == dict(sqlite_rows(sample_file, "SELECT acronym, name FROM organisation"))


def test_an_arabic_workbook_reads_right_to_left(sample_file: Path, tmp_path: Path):
    target = tmp_path / "systems.xlsx"
    _export(sample_file, target, "--view", "systems", "--lang", "ar")
    workbook = load_workbook(target)
    assert all(sheet.sheet_view.rightToLeft for sheet in workbook)
    assert workbook.worksheets[1]["A1"].value == "الاسم"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_workbook_exported_in_any_language_imports_back_whole(
    sample_file: Path, tmp_path: Path, language: str
):
    target = tmp_path / f"systems-{language}.xlsx"
    _export(sample_file, target, "--view", "systems", "--lang", language)
    fresh = tmp_path / "fresh.pim"
    assert run_cli("new", fresh, "--name", "Fresh").returncode == 0
    result = run_cli("import", fresh, target, "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "40 to add, 0 to update, 0 unchanged, 0 matching several records, 0 with errors" in result.stdout
    assert "not recognised" not in result.stdout
