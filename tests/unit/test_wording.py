"""The standard matrix in the reader's language: what the operation has not changed reads in French or
Arabic, what it wrote stays as written, and the file keeps its own words."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from pim_desktop import i18n
from pim_desktop.domain.enums import EntryState
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import normalise_language
from pim_desktop.resources import load_json_resource
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.matrix_history import MatrixHistory, Scope
from pim_desktop.services.operations import create_operation, open_operation
from pim_desktop.storage.operation_file import OperationFile
from tests.helpers import sqlite_rows

ENGLISH = load_json_resource("matrix", "standard-matrix.json")
FRENCH = load_json_resource("matrix", "standard-matrix.fr.json")


@pytest.fixture
def operation(tmp_path: Path) -> Iterator[OperationFile]:
    create_operation(tmp_path / "op.pim", name="Op")
    with open_operation(tmp_path / "op.pim") as operation_file:
        yield operation_file


def _cell(matrix, category_code: str, row_code: str):
    category = next(c for c in matrix.categories if c.code == category_code)
    row = next(r for r in matrix.rows if r.code == row_code)
    return category, row, matrix.cell(category.id, row.id)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_translation_names_every_category_and_row(language: str):
    words = load_json_resource("matrix", f"standard-matrix.{language}.json")
    assert set(words["categories"]) == {c["code"] for c in ENGLISH["categories"]}
    assert set(words["rows"]) == {r["code"] for r in ENGLISH["rows"]}
    assert all(text.strip() for text in [*words["categories"].values(), *words["rows"].values()])
    for category, cells in words["cells"].items():  # entries are matched by position: same count
        for row, texts in cells.items():
            assert len(texts) == len(ENGLISH["cells"][category][row]), (category, row)


def test_french_cells_are_complete_and_say_something_else_than_english():
    for category, cells in ENGLISH["cells"].items():
        for row, texts in cells.items():
            french = FRENCH["cells"][category][row]
            assert len(french) == len(texts) and all(t.strip() for t in french)
    assert (
        FRENCH["cells"]["case_management"]["definition"] != ENGLISH["cells"]["case_management"]["definition"]
    )


def test_process_translations_keep_the_codes_in_order():
    english = load_json_resource("process", "pim-process.json")
    for language in ("fr", "ar"):
        words = load_json_resource("process", f"pim-process.{language}.json")
        assert [s["code"] for s in words["steps"]] == [s["code"] for s in english["steps"]]
        for theirs, ours in zip(words["steps"], english["steps"], strict=True):
            assert [s["code"] for s in theirs["sub_steps"]] == [s["code"] for s in ours["sub_steps"]]
        assert [p["code"] for p in words["principles"]] == [p["code"] for p in english["principles"]]


def test_the_standard_reads_in_french_and_the_operations_own_words_stay(operation: OperationFile):
    service = MatrixService(operation)
    english = service.matrix()
    _, _, entries = _cell(english, "case_management", "methods")
    service.edit_entry(entries[0].id, "Our own intake procedure")
    with i18n.speaking("fr"):
        french = service.matrix()
    category, row, shown = _cell(french, "case_management", "methods")
    assert category.label == FRENCH["categories"]["case_management"]
    assert row.label == FRENCH["rows"]["methods"]
    assert shown[0].text == "Our own intake procedure"  # the operation's words
    assert [e.text for e in shown[1:]] == FRENCH["cells"]["case_management"]["methods"][1:]
    assert shown[1].standard_text == FRENCH["cells"]["case_management"]["methods"][1]
    # the file itself keeps the words it was written with
    stored = sqlite_rows(operation.path, "SELECT label FROM category WHERE code = 'case_management'")
    assert stored == [(ENGLISH["categories"][3]["label"],)]
    assert service.matrix().categories[3].label == "Case Management"  # and English readers still read English


def test_keeping_the_french_standard_text_is_no_change(operation: OperationFile):
    service = MatrixService(operation)
    with i18n.speaking("fr"):
        _, _, shown = _cell(service.matrix(), "population_data", "methods")
        service.edit_entry(shown[0].id, shown[0].text)  # OK in the edit box without changing anything
        _, _, after = _cell(service.matrix(), "population_data", "methods")
    assert after[0].state is EntryState.STANDARD and after[0].text == shown[0].text
    assert service.changed_entry_count() == 0


def test_undo_keeps_the_stored_row_labels(operation: OperationFile):
    history = MatrixHistory(operation)
    with i18n.speaking("fr"):
        snapshot = history.snapshot(Scope())
        history.restore(snapshot)
    labels = [
        label for (label,) in sqlite_rows(operation.path, "SELECT label FROM matrix_row ORDER BY position")
    ]
    assert labels == [r["label"] for r in ENGLISH["rows"]]


def test_a_language_we_do_not_ship_is_refused_by_name():
    with pytest.raises(ValidationError, match="no 'de' translation"):
        normalise_language("de")
    assert normalise_language("fr-CA") == "fr" and normalise_language("AR") == "ar"
