"""Generated text (control characters, bidirectional marks, Arabic, Cyrillic, CJK, emoji, combining accents,
non-characters, text that looks like a formula, an error value, an HXL tag or markup) typed into every
editable field through the services the window's controllers call, then out through every export of the
views that show it and back in through the JSON import: stored as the rules say or refused in words,
exported as text, never as a formula, never breaking a document. Here the operation, the matrix and the
registers; action plans, the PIM Process and reviews in test_generated_text_plans.py; spreadsheet imports in
test_generated_text_imports.py.

The fields a user types into, and the rule each is stored by (`clean_text`: control characters out but
line breaks and tabs, ends stripped; a name also has its runs of spaces folded and cannot be empty):
- operation (`pim-desktop new`, the New operation dialog): name (name rule), country (ISO 3166 alpha-3 or
  refused), description. The JSON import adds to an operation that keeps its own name: not read back.
- matrix: an operation's own row name (name rule, unique), an added entry, an edited standard entry (clean
  text, not empty). Categories and standard rows have fixed names: nothing to type.
- organisation: name (name rule), acronym (at most 50), identifier, focal point name, role, e-mail (an
  address or refused), phone, notes.
- system: name (name rule), sub-categories, methods, outputs, population groups, frequency, data shared,
  shared with, agreement, contact name, e-mail (an address or refused), phone, description, notes; areas:
  country (alpha-3 or refused), admin 1, admin 1 p-code, admin 2, admin 2 p-code (admin 2 needs admin 1).
- action plan: title (name rule), workshop, place, facilitators, participating organisations, notes;
  group: theme (name rule), team leader and members (name, organisation; a person without a name is
  left out); challenge: text (not empty), action points (empty ones left out), timeline, focal points and
  advisers (as people), notes.
- PIM Process step or sub-step: owner, notes, evidence (one reference a line, blank lines left out).
- responsible-data review: informed consent, agreement reference, notes, a note for each principle.
"""

import json
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import event, example, given, settings, strategies as st
from openpyxl import load_workbook

from pim_desktop.domain.enums import OrganisationType
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.model import Area, OrganisationDetails, SystemDetails, SystemLink
from pim_desktop.domain.validation import clean_text
from pim_desktop.exports.safe_text import workbook_text
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import create_operation, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.summary import operation_info
from pim_desktop.services.systems import SystemService
from pim_desktop.storage.operation_file import OperationFile
from tests.e2e.generated import (
    ADDRESS,
    ANY_TEXT,
    COUNTRY,
    EMAIL,
    GENERATED,
    NAME,
    check_table,
    export_everything,
    fresh,
    named,
    refused_in_words,
    reimported,
)

BLANK_NAME = ("name cannot be empty",)  # the examples that say so
# what the generated e-mails, acronyms and areas may break
ADDRESS_RULES = (
    "does not look like an e-mail",
    "acronym can have at most",
    "country code",
    "needs its admin 1",
)
ORGANISATION_TEXTS = ("acronym", "identifier", "focal_name", "focal_role", "focal_phone", "notes")
ORGANISATION = st.builds(
    OrganisationDetails,
    name=NAME,
    org_type=st.sampled_from(OrganisationType),
    focal_email=EMAIL,
    **{f: ANY_TEXT for f in ORGANISATION_TEXTS},
)
SYSTEM_TEXTS = (
    *("sub_categories", "methods", "outputs", "population_groups", "frequency", "shared_data", "shared_with"),
    *("sharing_agreement", "contact_name", "contact_email", "contact_phone", "description", "notes"),
)
SYSTEM = st.builds(
    SystemDetails,
    name=NAME,
    primary_category_id=st.none(),  # the first category, once the operation is open
    areas=st.lists(st.builds(Area, COUNTRY, ANY_TEXT, ANY_TEXT, ANY_TEXT, ANY_TEXT), max_size=2).map(tuple),
    # the organisation's e-mail may be refused: one refusal is enough
    **{f: ADDRESS if f == "contact_email" else ANY_TEXT for f in SYSTEM_TEXTS},
)
PLACES = ("admin1", "admin1_pcode", "admin2", "admin2_pcode")


def stored_area(typed: Area) -> Area:
    return Area(typed.country_iso3.strip().upper(), *(clean_text(getattr(typed, p)) for p in PLACES))


@settings(GENERATED, max_examples=15)
@given(organisation=ORGANISATION, system=SYSTEM)
@example(  # an error value and formulas typed as text; non-characters an XML workbook cannot hold
    organisation=OrganisationDetails("#N/A", acronym="=1+1", notes="#REF!", focal_phone="+961 1 234"),
    system=SystemDetails("@sum(A1)", None, outputs='=HYPERLINK("http://x")', notes="a\ufffeb\uffff"),
)
@example(  # Arabic beside characters newer than Python's Unicode tables: the PDF export failed on them
    organisation=OrganisationDetails("0", OrganisationType.UN_AGENCY),
    system=SystemDetails(
        "0", None, areas=(Area("", "\U000a5dac"), Area("", "\u0600")), outputs="مرحبا \U0001fae8"
    ),
)
@example(organisation=OrganisationDetails(" \x00\t"), system=SystemDetails("x", None))  # a blank name
def test_register_text_through_exports_and_json_import(
    empty_operation: Path, tmp_path: Path, organisation: OrganisationDetails, system: SystemDetails
) -> None:
    """Organisations and systems: the Organisations and Systems sheets and csv, the PDF, the JSON (the only
    one with a system's description and the areas' p-codes)."""
    folder, source = fresh(empty_operation, tmp_path)
    with open_operation(source) as operation:
        try:
            organisation_id = OrganisationService(operation).add(organisation)
            category = MatrixService(operation).matrix().categories[0].id
            system = replace(system, primary_category_id=category, links=(SystemLink(organisation_id),))
            system_id = SystemService(operation).add(system)
        except ValidationError as refused:
            return refused_in_words(refused, *BLANK_NAME, *ADDRESS_RULES)
        event("stored and exported")
        organisation_stored = OrganisationService(operation).get(organisation_id).details
        assert organisation_stored.name  # a blank name is refused, never stored
        assert organisation_stored == replace(
            organisation,
            name=named(organisation.name),
            focal_email=clean_text(organisation.focal_email),
            **{f: clean_text(getattr(organisation, f)) for f in ORGANISATION_TEXTS},
        )
        system_stored = SystemService(operation).get(system_id).details
        assert system_stored.name
        areas = tuple(dict.fromkeys(a for a in map(stored_area, system.areas) if a != Area()))
        assert system_stored == replace(
            system,
            name=named(system.name),
            areas=areas,
            **{f: clean_text(getattr(system, f)) for f in SYSTEM_TEXTS},
        )
        export_everything(operation, folder, ("organisations", "systems"))

    organisation_texts = ("name", "focal_email", *ORGANISATION_TEXTS)
    check_table(
        folder,
        "Organisations",
        "organisations",
        {f: getattr(organisation_stored, f) for f in organisation_texts},
    )
    places = {
        level: "\n".join(dict.fromkeys(getattr(a, level) for a in areas if getattr(a, level)))
        for level in ("admin1", "admin2")
    }
    shown = [f for f in SYSTEM_TEXTS if f != "description"]
    check_table(
        folder,
        "Systems",
        "systems",
        {"name": system_stored.name, **places, **{f: getattr(system_stored, f) for f in shown}},
    )
    with reimported(empty_operation, folder) as operation:
        assert OrganisationService(operation).get(organisation_id).details == organisation_stored
        assert SystemService(operation).get(system_id).details == system_stored


Cells = dict[tuple[str, str], list[tuple[str, str]]]


def matrix_texts(operation: OperationFile) -> tuple[list[tuple[str, str]], Cells]:
    """The rows' names and the cells' entries (text, state), by codes: ids change on import."""
    matrix = MatrixService(operation).matrix()
    categories = {c.id: c.code for c in matrix.categories}
    rows = {r.id: r.code for r in matrix.rows}
    cells = {
        (categories[c], rows[r]): [(e.text, e.state.value) for e in entries]
        for (c, r), entries in matrix.cells.items()
    }
    return [(r.code, r.label) for r in matrix.rows], cells


@GENERATED
@given(row_name=NAME, added=st.one_of(NAME, ANY_TEXT), edited=st.one_of(NAME, ANY_TEXT))
@example(row_name="=A1", added="#DIV/0!", edited="-1\ufffe")
@example(row_name=" methods ", added="x", edited="y")  # the name of a standard row: refused
def test_matrix_text_through_exports_and_json_import(
    empty_operation: Path, tmp_path: Path, row_name: str, added: str, edited: str
) -> None:
    """The operation's own row, an entry added to it, a standard entry edited: the Matrix sheet (a grid:
    no csv), the PDF, the JSON."""
    folder, source = fresh(empty_operation, tmp_path)
    with open_operation(source) as operation:
        service = MatrixService(operation)
        matrix = service.matrix()
        category = matrix.categories[0]
        methods = next(r for r in matrix.rows if r.code == "methods")
        standard = matrix.cell(category.id, methods.id)[0]
        try:
            row_id = service.add_custom_row(row_name)
            service.add_entry(category.id, row_id, added)
            service.edit_entry(standard.id, edited)
        except ValidationError as refused:
            return refused_in_words(refused, "already has a row called", "an entry cannot be empty")
        event("stored and exported")
        after = service.matrix()
        own_row = next(r for r in after.rows if r.id == row_id)
        assert own_row.label and all(e.text for e in after.cell(category.id, row_id))
        assert own_row.label == named(row_name)
        assert [e.text for e in after.cell(category.id, row_id)] == [clean_text(added)]
        edited_entry = next(e for e in after.cell(category.id, methods.id) if e.id == standard.id)
        assert edited_entry.text == clean_text(edited)
        stored = matrix_texts(operation)
        export_everything(operation, folder, ())

    sheet = load_workbook(folder / "report.xlsx")["Matrix"]
    headings = [cell.value for cell in sheet["A"]]
    own_cell = sheet.cell(row=headings.index(workbook_text(own_row.label)) + 1, column=2)
    methods_cell = sheet.cell(row=headings.index(methods.label) + 1, column=2)
    assert own_cell.data_type == methods_cell.data_type == "s"  # never a formula, never an error value
    assert own_cell.value == workbook_text(f"✎ {clean_text(added)}")  # ✎: the operation's own wording
    assert workbook_text(f"✎ {clean_text(edited)}") in methods_cell.value
    with reimported(empty_operation, folder) as operation:
        assert matrix_texts(operation) == stored


@GENERATED
@given(name=NAME, country=COUNTRY, description=ANY_TEXT)
@example(name="=cmd|' /C calc'!A0 & co\uffff", country="lbn", description="#NAME?\uffff")
@example(name=" \x00\t", country="", description="")  # a blank name: refused
def test_operation_text_through_exports(tmp_path: Path, name: str, country: str, description: str) -> None:
    """What `pim-desktop new` and the New operation dialog take: the workbook's title, the PDF, the JSON.
    The JSON import adds to an operation that keeps its own name and description: not read back."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    try:
        create_operation(folder / "operation.pim", name=name, country=country, description=description)
    except ValidationError as refused:
        return refused_in_words(refused, *BLANK_NAME, "three-letter country code")
    event("stored and exported")
    with open_operation(folder / "operation.pim") as operation:
        info = operation_info(operation)
        assert info.name
        expected = (named(name), country.strip().upper() or None, clean_text(description))
        assert (info.name, info.country, info.description) == expected
        export_everything(operation, folder, ("organisations",))
    workbook = load_workbook(folder / "report.xlsx")
    assert workbook.properties.title == workbook_text(f"{info.name}: Everything, in one document")
    assert workbook["About"]["A1"].value == workbook_text(f"{info.name}: Everything, in one document")
    written = json.loads((folder / "report.json").read_text(encoding="utf-8"))["operation"]
    assert (written["name"], written["country"], written["description"]) == expected
