"""Exports hold everything of the sample operation in its place; users' text comes out as typed, safely."""

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from tests.helpers import libreoffice_sheets, run_cli, sqlite_rows

HOSTILE = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    '=HYPERLINK("http://example.org")',
    "<b>bold</b> & 'quotes' \"too\"",
]
LONG = ("Très longue note, mixed scripts: مرحبا بكم, emoji 😀, <tags> & ampersands. " * 200)[:10_000]


def _export(source: Path, target: Path, view: str) -> None:
    """In the layout machines read (the stable keys): these tests look records up by their fields."""
    result = run_cli("export", source, "--view", view, "--format", target.suffix[1:], "-o", target, "--hxl")
    assert result.returncode == 0, result.stderr


def _words(text: str) -> str:
    return " ".join(text.split())


def _appears(value: str, words: list[str], window: int = 80) -> bool:
    """The value's words in order in the page's words. Text wrapped inside neighbouring grid cells comes out
    of a PDF line by line across the cells, so other words may come in between (within a window)."""
    wanted = value.split()
    for start, word in enumerate(words):
        if word != wanted[0]:
            continue
        position = start
        for next_word in wanted[1:]:
            try:
                position = words.index(next_word, position + 1, start + window)
            except ValueError:
                break
        else:
            return True
    return False


@pytest.fixture(scope="module")
def report(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("report")
    files = {suffix: folder / f"report.{suffix}" for suffix in ("xlsx", "pdf")}
    for target in files.values():
        _export(sample_template, target, "report")
    return files


def test_the_workbook_holds_every_entry_in_its_cell_and_every_record(report, sample_template: Path):
    workbook = load_workbook(report["xlsx"])
    matrix_sheet = workbook["Matrix"]
    columns = {matrix_sheet.cell(row=2, column=c).value: c for c in range(2, matrix_sheet.max_column + 1)}
    rows = {str(matrix_sheet.cell(row=r, column=1).value).removesuffix(" (locked)"): r for r in range(3, 11)}
    with open_operation(sample_template, read_only=True) as operation:
        matrix = MatrixService(operation).matrix()
    for category in matrix.categories:
        for row in matrix.rows:
            cell = matrix_sheet.cell(row=rows[row.label], column=columns[category.label]).value or ""
            for entry in matrix.cell(category.id, row.id):
                assert entry.text in cell, (category.label, row.label, entry.text)
    for sheet, query, column in (
        ("Organisations", "SELECT name FROM organisation", "name"),
        ("Systems", "SELECT name FROM information_system", "name"),
        ("Action plans", "SELECT challenge FROM action_item", "challenge"),
    ):
        header = [c.value for c in workbook[sheet][1]]
        shown = {row[header.index(column)] for row in workbook[sheet].iter_rows(min_row=3, values_only=True)}
        assert shown == {value for (value,) in sqlite_rows(sample_template, query)}, sheet


def test_the_pdf_holds_every_category_entry_and_record(report, sample_template: Path):
    words = " ".join(page.extract_text() for page in PdfReader(report["pdf"]).pages).split()
    for query in (
        "SELECT label FROM category",
        "SELECT text FROM matrix_entry WHERE state != 'removed'",
        "SELECT name FROM organisation",
        "SELECT name FROM information_system",
        "SELECT challenge FROM action_item",
    ):
        for (value,) in sqlite_rows(sample_template, query):
            assert _appears(value, words), value


def test_users_text_comes_out_as_typed_and_never_as_a_formula(sample_file: Path, tmp_path: Path):
    with open_operation(sample_file) as operation:
        organisations = OrganisationService(operation)
        for number, text in enumerate(HOSTILE):
            organisations.add(OrganisationDetails(name=f"Org {number}", acronym=f"H{number}", notes=text))
        organisations.add(OrganisationDetails(name="Long notes", acronym="LONG", notes=LONG))
        systems = SystemService(operation)
        first = systems.get(1)
        systems.update(1, replace(first.details, outputs=LONG))
    stored = dict(
        sqlite_rows(
            sample_file, "SELECT acronym, notes FROM organisation WHERE acronym LIKE 'H%' OR acronym = 'LONG'"
        )
    )
    workbook, table, pdf = tmp_path / "o.xlsx", tmp_path / "o.csv", tmp_path / "s.pdf"
    _export(sample_file, workbook, "organisations")
    _export(sample_file, table, "organisations")
    _export(sample_file, pdf, "systems")  # the 10,000-character output splits over pages, nothing cut off

    sheet = load_workbook(workbook)["Organisations"]
    header = [c.value for c in sheet[1]]
    cells = {
        row[header.index("acronym")].value: row[header.index("notes")] for row in sheet.iter_rows(min_row=3)
    }
    for acronym, notes in stored.items():
        assert cells[acronym].value == notes and cells[acronym].data_type == "s"
    shown = libreoffice_sheets(workbook, tmp_path)["Organisations"]
    shown_notes = {row[header.index("acronym")]: row[header.index("notes")] for row in shown[2:]}
    assert shown_notes["H0"] == "=1+1" and shown_notes["LONG"] == LONG  # not computed, not cut

    with table.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    csv_notes = {row[header.index("acronym")]: row[header.index("notes")] for row in rows[2:]}
    for acronym, notes in stored.items():
        expected = f"'{notes}" if notes.startswith(("=", "+", "-", "@")) else notes
        assert csv_notes[acronym] == expected

    text = _words(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert _words(LONG[-200:].split(",")[-1]) in text  # the end of the long text is there too
