"""The standard matrix in the reader's language: what the operation has not changed reads in French or
Arabic, what it wrote stays as written, and the file keeps its own words."""

import re
from collections.abc import Iterator

import pytest

from pim_desktop import i18n
from pim_desktop.domain.enums import EntryState
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import normalise_language
from pim_desktop.resources import load_json_resource
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.matrix_history import MatrixHistory, Scope
from pim_desktop.services.operations import Source, open_operation, source_of
from pim_desktop.storage.operation_file import OperationFile
from tests.helpers import stored_rows

ENGLISH = load_json_resource("matrix", "standard-matrix.json")
FRENCH = load_json_resource("matrix", "standard-matrix.fr.json")
LANGUAGES = ["fr", "ar"]
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
KEPT_NAMES = {"Aid Worker Security Database"}  # a database's own name: the French keeps it as it is


@pytest.fixture
def operation(new_operation_source: Source) -> Iterator[OperationFile]:
    with open_operation(new_operation_source) as operation_file:
        yield operation_file


def _cell(matrix, category_code: str, row_code: str):
    category = next(c for c in matrix.categories if c.code == category_code)
    row = next(r for r in matrix.rows if r.code == row_code)
    return category, row, matrix.cell(category.id, row.id)


def _problems(language: str, where: str, english: str, translated: object) -> list[str]:
    """What is wrong with one translated text: missing or empty, left in English (a text of four words or
    more; names such as "INSO" may stay), or, in Arabic, without an Arabic letter."""
    if not isinstance(translated, str) or not translated.strip():
        return [f"{where}: missing or empty"]
    if translated.strip() == english.strip() and len(english.split()) > 3 and english not in KEPT_NAMES:
        return [f"{where}: left in English: {english!r}"]
    if language == "ar" and not ARABIC_LETTER.search(translated):
        return [f"{where}: no Arabic letter in {translated!r}"]
    return []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_holds_the_whole_standard_matrix(language: str):
    """Every category, row and cell, each cell with as many texts as the English (entries are matched by
    position), each text translated."""
    words = load_json_resource("matrix", f"standard-matrix.{language}.json")
    assert set(words["categories"]) == {c["code"] for c in ENGLISH["categories"]}
    assert set(words["rows"]) == {r["code"] for r in ENGLISH["rows"]}
    problems = [f"{category}: not in English" for category in words["cells"].keys() - ENGLISH["cells"].keys()]
    for part in ("categories", "rows"):
        for item in ENGLISH[part]:
            code = item["code"]
            problems += _problems(language, f"{part}/{code}", item["label"], words[part].get(code))
    for category, cells in ENGLISH["cells"].items():
        theirs = words["cells"].get(category, {})
        problems += [f"{category}/{row}: not in English" for row in theirs.keys() - cells.keys()]
        for row, texts in cells.items():
            translated = theirs.get(row, [])
            if len(translated) != len(texts):
                problems.append(f"{category}/{row}: {len(translated)} texts for {len(texts)} in English")
            for number, (text, their) in enumerate(zip(texts, translated, strict=False), start=1):
                problems += _problems(language, f"{category}/{row}/{number}", text, their)
    assert problems == []


def _process_items(process: dict) -> dict[str, dict]:
    """The steps, sub-steps and principles of a process file, by code."""
    steps = [item for step in process["steps"] for item in [step, *step.get("sub_steps", [])]]
    principles = process["principles"]
    return {f"step {s['code']}": s for s in steps} | {f"principle {p['code']}": p for p in principles}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_holds_the_whole_process_and_principles(language: str):
    english = _process_items(load_json_resource("process", "pim-process.json"))
    theirs = _process_items(load_json_resource("process", f"pim-process.{language}.json"))
    problems = [f"{code}: not in English" for code in theirs.keys() - english.keys()]
    for code, item in english.items():
        for key in ("label", "description"):
            problems += _problems(language, f"{code} {key}", item[key], theirs.get(code, {}).get(key))
    assert problems == []


def test_process_translations_keep_the_codes_in_order():
    english = load_json_resource("process", "pim-process.json")
    for language in LANGUAGES:
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
    stored = stored_rows(source_of(operation), "SELECT label FROM category WHERE code = 'case_management'")
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
        label
        for (label,) in stored_rows(source_of(operation), "SELECT label FROM matrix_row ORDER BY position")
    ]
    assert labels == [r["label"] for r in ENGLISH["rows"]]


def test_a_language_we_do_not_ship_is_refused_by_name():
    with pytest.raises(ValidationError, match="no 'de' translation"):
        normalise_language("de")
    assert normalise_language("fr-CA") == "fr" and normalise_language("AR") == "ar"
