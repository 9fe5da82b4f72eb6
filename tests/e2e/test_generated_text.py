"""Generated text (control characters, bidirectional marks, Arabic, Cyrillic, CJK, emoji, combining accents,
text that looks like a formula or like markup) typed into the editable fields, then through every export
and back in through the JSON import: stored as the rules say or refused in words, and exported as text,
never as a formula, never breaking a document."""

import csv
import json
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.domain.enums import OrganisationType, SystemRole
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.model import OrganisationDetails, SystemDetails, SystemLink
from pim_desktop.domain.validation import clean_text
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.exports.safe_text import workbook_text
from pim_desktop.imports.operation_json import import_operation
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import create_operation, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService

ANY_TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8",
        exclude_categories=("Cs",),  # lone surrogates cannot be stored as UTF-8 by anything
        include_characters="=+-@<>&\"'\t\r\n\x00\x07\x1b\u200f\u202e\ufeffمرحباёж中文😀e\u0301",
    ),
    max_size=60,
)
NAME = ANY_TEXT.filter(lambda value: clean_text(value).strip() != "")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAME, notes=ANY_TEXT, outputs=ANY_TEXT, entry=NAME)
def test_generated_text_through_fields_exports_and_import(
    tmp_path: Path, name: str, notes: str, outputs: str, entry: str
):
    source = tmp_path / "generated.pim"
    source.unlink(missing_ok=True)
    create_operation(source, name="Generated", country="LBN")
    with open_operation(source) as operation:
        try:
            organisation = OrganisationService(operation).add(
                OrganisationDetails(name=name, org_type=OrganisationType.OTHER, notes=notes)
            )
            matrix = MatrixService(operation).matrix()
            category = matrix.categories[0].id
            SystemService(operation).add(
                SystemDetails(
                    name=name,
                    primary_category_id=category,
                    links=(SystemLink(organisation, SystemRole.LEAD),),
                    outputs=outputs,
                    notes=notes,
                )
            )
            methods = next(row for row in matrix.rows if row.code == "methods")
            MatrixService(operation).add_entry(category, methods.id, entry)
        except ValidationError as refused:  # said in words: also a right answer
            assert refused.message
            event("refused in words")
            return
        event("stored and exported")
        stored = OrganisationService(operation).organisations()
        mine = next(o for o in stored if o.id == organisation)
        assert mine.details.notes == clean_text(notes)  # control characters out, the rest as typed

        for view, kind in (("report", "xlsx"), ("systems", "csv"), ("report", "pdf"), ("report", "json")):
            export(operation, view, kind, tmp_path / f"out.{kind}", ExportOptions())

    sheet = load_workbook(tmp_path / "out.xlsx")["Organisations"]
    header = [cell.value for cell in sheet[1]]
    notes_cells = [
        r[header.index("notes")] for r in sheet.iter_rows(min_row=3) if r[header.index("name")].value
    ]
    assert all(cell.data_type == "s" or cell.value is None for cell in notes_cells)  # never a formula
    assert workbook_text(clean_text(notes)) in [cell.value or "" for cell in notes_cells]

    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 3  # header, HXL tags, the one system: nothing broke a line or a quote

    assert len(PdfReader(tmp_path / "out.pdf").pages) >= 2  # a whole document

    target = tmp_path / "again.pim"
    target.unlink(missing_ok=True)
    create_operation(target, name="Again")
    with open_operation(target) as operation:
        import_operation(operation, json.loads((tmp_path / "out.json").read_text(encoding="utf-8")))
        (again,) = OrganisationService(operation).organisations()
        assert again.details.notes == mine.details.notes and again.details.name == mine.details.name
