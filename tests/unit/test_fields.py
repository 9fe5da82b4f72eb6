"""The fields of organisations and systems are declared once (domain/fields.py): the export's columns, the
import's synonyms and tags, the JSON schema and the forms agree with the declarations."""

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from pim_desktop.domain import fields
from pim_desktop.exports import tables
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.imports.columns import kinds
from pim_desktop.imports.merge import _FIELD_LABELS as MERGE_LABELS
from pim_desktop.resources import ui_form_path
from pim_desktop.services.operations import Source, open_operation

DECLARED = {"organisations": fields.ORGANISATION_FIELDS, "systems": fields.SYSTEM_FIELDS}
FORMS = {"organisations": "organisation_dialog.ui", "systems": "system_dialog.ui"}


@pytest.mark.parametrize("kind", DECLARED)
def test_the_import_reads_every_declared_column_by_its_key_and_its_tag(kind: str):
    importable = [f for f in DECLARED[kind] if f.kind != fields.NUMBER]  # a count is the program's own
    recognised = kinds()[kind]
    for field in importable:
        assert field.key in recognised, f"resources/import/columns.json has no {kind} field {field.key}"
        assert field.hxl in recognised[field.key][1], f"{field.key}: the import does not know {field.hxl}"


def test_the_export_columns_are_the_declarations():
    assert [f.name for f in tables.SYSTEM_FIELDS] == [f.key for f in fields.SYSTEM_FIELDS]
    assert [f.heading for f in tables.ORGANISATION_FIELDS] == [f.label for f in fields.ORGANISATION_FIELDS]
    assert {f.key for f in fields.SYSTEM_FIELDS if f.contact} <= tables.CONTACT_FIELDS


def test_every_typed_field_and_date_has_its_place_in_the_json(operation_source: Source, tmp_path: Path):
    target = tmp_path / "operation.json"
    with open_operation(operation_source, read_only=True) as operation_file:
        export(operation_file, "report", "json", target, ExportOptions())
    document = json.loads(target.read_text(encoding="utf-8"))
    for kind, declared in DECLARED.items():
        record = document[kind][0]
        for field in declared:
            if field.typed or field.kind == fields.DATE:
                holder = record
                for part in field.json_path[:-1]:
                    holder = holder[part]
                assert field.json_path[-1] in holder, f"{kind}: the JSON has no {'.'.join(field.json_path)}"
            assert field.json_path[0] in record or field.kind == fields.NUMBER
            assert field.json_path[0] in MERGE_LABELS or field.kind == fields.NUMBER  # a merge names it


@pytest.mark.parametrize("kind", DECLARED)
def test_every_form_box_a_field_names_is_in_its_form(kind: str):
    names = {w.get("name") for w in ElementTree.parse(ui_form_path(FORMS[kind])).iter("widget")}
    missing = [f.form for f in DECLARED[kind] if f.form and f.form not in names]
    assert missing == []
