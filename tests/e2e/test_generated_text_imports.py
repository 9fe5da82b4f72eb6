"""Generated organisation names and notes, and system names and outputs, in the spreadsheets partners hand
over (a workbook, a csv in UTF-8, UTF-8 with a byte order mark or UTF-16), through `pim-desktop import` as
the CLI runs it (read_sheets, choose_sheet, make_plan, apply_plan): each row stored as `clean_text` says, or
refused with a message in words, and never an exception. The CLI refuses the whole file when a row is
refused; the window, like these tests, stores the other rows."""

import csv
import io
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import event, example, given, settings, strategies as st
from openpyxl import Workbook

from pim_desktop.domain.validation import clean_text, fold_key
from pim_desktop.exports.safe_text import workbook_text
from pim_desktop.imports.apply import apply_plan
from pim_desktop.imports.plan import choose_sheet, make_plan
from pim_desktop.imports.reading import UnreadableSourceError, read_sheets
from pim_desktop.imports.values import is_placeholder
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import create_operation, open_operation
from pim_desktop.services.organisations import OrganisationService
from tests.e2e.generated import ANY_TEXT, GENERATED, NAME, blank, named

HEADINGS = {"organisations": ("name", "notes"), "systems": ("name", "category", "outputs")}
HXL_TAGS = {
    "organisations": ("#org+name", "#meta+notes"),
    "systems": ("#meta+system+name", "#sector+pim", "#output"),
}
# one to four rows of a name (often one that cleans to nothing) and a text; no two names the same once cleaned
ROWS = st.lists(
    st.tuples(st.one_of(NAME, NAME, ANY_TEXT), ANY_TEXT),
    min_size=1,
    max_size=4,
    unique_by=lambda row: fold_key(named(row[0])),
)
FORMATS = st.sampled_from(["xlsx", "utf-8", "utf-8-sig", "utf-16"])
IMPORTS = settings(GENERATED, max_examples=40)  # an import of a few rows takes some 30 ms


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """An empty operation to copy for each example, and the code of a category systems can be put in."""
    path = tmp_path_factory.mktemp("template") / "empty.pim"
    create_operation(path, name="Imports", country="LBN")
    with open_operation(path) as operation:
        return path, MatrixService(operation).matrix().categories[0].code


def in_a_workbook(text: str) -> str:
    """What a workbook can hold of a text: no control characters but line breaks and tabs, and every line
    end a line feed (XML reads a carriage return as one)."""
    return workbook_text(text).replace("\r\n", "\n").replace("\r", "\n")


def as_stored(text: str) -> str:
    """An optional field as the import stores it: cleaned, or empty when it only says there is nothing
    ("NA", "#N/A", "-")."""
    return "" if is_placeholder(text.strip()) else clean_text(text)


def write_source(folder: Path, kind: str, rows: list[tuple[str, ...]], written_as: str, tags: bool) -> Path:
    """The rows under a header (and the HXL tags the exports write, when `tags`), as a partner's workbook
    or csv. In a workbook every cell is a string cell: what a partner types in a text cell, "=..." included
    (openpyxl would otherwise write a formula, read back as the result it never computed: empty)."""
    header = [HEADINGS[kind], *([HXL_TAGS[kind]] if tags else [])]
    if written_as == "xlsx":
        workbook = Workbook()
        for row_number, values in enumerate([*header, *rows], start=1):
            for column, value in enumerate(values, start=1):
                cell = workbook.active.cell(row=row_number, column=column)
                cell.value = in_a_workbook(value)
                cell.data_type = "s"
        workbook.save(folder / "source.xlsx")
        return folder / "source.xlsx"
    text = io.StringIO(newline="")
    csv.writer(text).writerows([*header, *rows])
    (folder / "source.csv").write_bytes(text.getvalue().encode(written_as))
    return folder / "source.csv"


def imported(
    template: tuple[Path, str],
    tmp_path: Path,
    kind: str,
    rows: list[tuple[str, ...]],
    written_as: str,
    tags: bool,
) -> tuple[Path, list[tuple[str, ...]]] | None:
    """Import the rows into a copy of the empty operation as the CLI does; the operation and the rows as
    they should be stored (cleaned, blank ones left out), or None when the whole file was refused in words.
    A refused row must say why in words."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    target = Path(shutil.copyfile(template[0], folder / "operation.pim"))
    source = write_source(folder, kind, rows, written_as, tags)
    typed = [tuple(map(in_a_workbook, row)) if written_as == "xlsx" else row for row in rows]
    try:
        sheet, layout = choose_sheet(read_sheets(source), None, kind)
    except UnreadableSourceError as refused:  # a NUL character makes a csv no text table at all
        assert "not a spreadsheet or a text table" in refused.message
        assert written_as != "xlsx" and any("\x00" in value for row in rows for value in row)
        event(f"{written_as}: file refused in words")
        return None
    with open_operation(target) as operation:
        with operation.session() as session:
            plan = make_plan(session, source.name, sheet, layout)
        # what the plan accepted is stored: no refusal comes after it
        apply_plan(operation, replace(plan, skip_invalid=True))
    assert layout.columns == dict(enumerate(HEADINGS[kind]))
    kept = [row for row in typed if any(value.strip() for value in row)]  # an empty row is no row
    refused = [row.row_number for row in plan.rows if row.errors]
    assert all(all(problem.strip() for problem in row.errors) for row in plan.rows)
    assert len(plan.rows) == len(kept)  # every row planned: none taken for a header or tags
    assert refused == [r.row_number for r, row in zip(plan.rows, kept, strict=True) if blank(row[0])]
    event(f"{written_as}: {'a row refused in words' if refused else 'every row stored'}")
    return target, [row for row in kept if not blank(row[0])]


@IMPORTS
@given(rows=ROWS, written_as=FORMATS, tags=st.booleans())
@example(rows=[("=1+1", "#N/A"), ("@Relief", "+961")], written_as="xlsx", tags=False)
@example(rows=[("Relief", "#protection")], written_as="utf-8-sig", tags=False)  # a first row like tags
@example(rows=[("", "#CONTACT")], written_as="xlsx", tags=False)  # one known tag alone: data, not tags
@example(rows=[("a;b|c\td", "'quoted';\"x\"")], written_as="utf-8", tags=False)
def test_generated_organisations_import_as_cleaned_text(
    template: tuple[Path, str], tmp_path: Path, rows: list[tuple[str, str]], written_as: str, tags: bool
) -> None:
    result = imported(template, tmp_path, "organisations", rows, written_as, tags)
    if result is None:
        return
    target, kept = result
    with open_operation(target) as operation:
        stored = {(o.details.name, o.details.notes) for o in OrganisationService(operation).organisations()}
    assert stored == {(named(name), as_stored(notes)) for name, notes in kept}


@IMPORTS
@given(rows=ROWS, written_as=FORMATS, tags=st.booleans())
@example(rows=[("\x07", "x")], written_as="utf-8", tags=True)  # a name of a control character only
@example(rows=[("-2", '=HYPERLINK("http://x")\nsecond line')], written_as="xlsx", tags=True)
def test_generated_systems_import_as_cleaned_text(
    template: tuple[Path, str], tmp_path: Path, rows: list[tuple[str, str]], written_as: str, tags: bool
) -> None:
    category = template[1]
    result = imported(template, tmp_path, "systems", [(n, category, o) for n, o in rows], written_as, tags)
    if result is None:
        return
    target, kept = result
    with open_operation(target) as operation:
        stored = {(s.name, s.outputs) for s in MappingService(operation).system_summaries()}
    assert stored == {(named(name), as_stored(outputs)) for name, _category, outputs in kept}


def test_a_system_row_storing_would_refuse_is_refused_in_the_plan(
    template: tuple[Path, str], tmp_path: Path
) -> None:
    """The plan said "to add" to a name too long, and storing then refused the whole file: the plan says it
    of the row, and the other rows are stored. An e-mail that is none is said and left empty."""
    category = template[1]
    rows = [("x" * 201, category, ""), ("Good", category, "not an address"), ("Kept", category, "a@b.org")]
    source = tmp_path / "systems.csv"
    with source.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([("name", "category", "contact_email"), *rows])
    target = Path(shutil.copyfile(template[0], tmp_path / "operation.pim"))
    sheet, layout = choose_sheet(read_sheets(source), None, "systems")
    with open_operation(target) as operation:
        with operation.session() as session:
            plan = make_plan(session, source.name, sheet, layout)
        assert [row.errors for row in plan.rows] == [
            ["The system name is too long (201 characters; at most 200)"],
            [],
            [],
        ]
        assert plan.rows[1].warnings == ["'not an address' does not look like an e-mail address; left empty"]
        apply_plan(operation, replace(plan, skip_invalid=True))
        stored = {s.name: s.contact for s in MappingService(operation).system_summaries()}
        assert stored == {"Good": "", "Kept": "a@b.org"}


def test_formulas_in_a_workbook_import_as_their_computed_value(
    template: tuple[Path, str], tmp_path: Path
) -> None:
    """Text typed "=..." into a spreadsheet becomes a formula, and what the partner sees is its computed
    value: that is what is imported. A formula never computed (a workbook a program wrote, never opened in
    a spreadsheet) has no value: its name is refused in words, its notes come in empty."""
    workbook = Workbook()
    for row in (("name", "notes"), ("=1+1", "x"), ("Relief", '="a"&"b"')):
        workbook.active.append(row)  # openpyxl writes "=..." as a formula, without a computed value
    workbook.save(tmp_path / "formulas.xlsx")
    target = Path(shutil.copyfile(template[0], tmp_path / "operation.pim"))
    sheet, layout = choose_sheet(read_sheets(tmp_path / "formulas.xlsx"), None, "organisations")
    with open_operation(target) as operation:
        with operation.session() as session:
            plan = make_plan(session, "formulas.xlsx", sheet, layout)
        assert [row.errors for row in plan.rows] == [["The organisation name cannot be empty"], []]
        apply_plan(operation, replace(plan, skip_invalid=True))
        stored = [(o.details.name, o.details.notes) for o in OrganisationService(operation).organisations()]
    assert stored == [("Relief", "")]
