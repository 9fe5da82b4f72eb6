"""A JSON operation file edited by hand (or by another tool) before it is imported: what it may not change
stays as it was, its text is cleaned as typed text is, and what breaks a rule is refused in one line with
the operation left as it was."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pim_desktop.imports.operation_json import import_operation
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import create_operation, open_operation
from tests.helpers import folder_digests, run_cli, sqlite_rows

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def exported(sample_file: Path, tmp_path: Path) -> dict[str, Any]:
    """The sample operation as its JSON export: the file a user would edit."""
    target = tmp_path / "sample.json"
    result = run_cli("export", sample_file, "--view", "report", "--format", "json", "-o", target)
    assert result.returncode == 0, result.stderr
    return json.loads(target.read_text(encoding="utf-8"))


def _imported(document: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / "target.pim"
    create_operation(target, name="Target")
    with open_operation(target) as operation:
        import_operation(operation, document)
    return target


def _entries(path: Path, row: str) -> list[tuple]:
    return sqlite_rows(
        path,
        "SELECT c.code, e.position, e.text FROM matrix_entry e JOIN matrix_row r ON r.id = e.row_id "
        f"JOIN category c ON c.id = e.category_id WHERE r.code = '{row}' ORDER BY c.code, e.position",
    )


def test_the_fixed_rows_and_the_standard_row_names_stay_as_they_are(exported: dict[str, Any], tmp_path: Path):
    untouched = _imported(exported, tmp_path / "untouched")
    for entry in exported["matrix"]["entries"]:
        if entry["row"] in ("definition", "output"):
            entry["text"] = "Rewritten by hand"
    for row in exported["matrix"]["rows"]:
        if row["code"] == "methods":
            row.update(label="How", standard=True)
    edited = _imported(exported, tmp_path / "edited")
    for row in ("definition", "output"):
        assert _entries(edited, row) == _entries(untouched, row)
        assert all(text != "Rewritten by hand" for *_, text in _entries(edited, row))
    labels = dict(sqlite_rows(edited, "SELECT code, label FROM matrix_row"))
    assert labels["definition"] == "Definition" and labels["methods"] == "Methods"


def test_text_from_the_file_is_cleaned_as_typed_text_is(exported: dict[str, Any], tmp_path: Path):
    plan = exported["action_plans"][0]
    plan["title"] = "  Plan\x07 of\x1b the  week\r\n"
    plan["groups"][0]["items"][0]["challenge"] = "Bell\x07 and escape\x1b"
    exported["process"][0]["notes"] = "Notes\x00 with a NUL"
    exported["reviews"][0]["notes"] = "Review\x0b note"
    exported["matrix"]["rows"].append(
        {"code": "custom_9", "label": "  Gaps\x07 found ", "position": 9, "standard": False, "locked": False}
    )
    exported["matrix"]["entries"].append(
        {
            "category": "case_management",
            "row": "custom_9",
            "position": 0,
            "text": "Entry\x1b text",
            "state": "added",
            "standard_key": None,
            "standard_text": None,
        }
    )
    target = _imported(exported, tmp_path)
    assert sqlite_rows(target, "SELECT title FROM action_plan") == [("Plan of the week",)]
    assert ("Bell and escape",) in sqlite_rows(target, "SELECT challenge FROM action_item")
    assert ("Notes with a NUL",) in sqlite_rows(target, "SELECT notes FROM process_step")
    assert ("Review note",) in sqlite_rows(target, "SELECT notes FROM data_review")
    assert ("Gaps found",) in sqlite_rows(target, "SELECT label FROM matrix_row")
    assert _entries(target, "custom_9") == [("case_management", 0, "Entry text")]


def _empty_title(document: dict[str, Any]) -> None:
    document["action_plans"][0]["title"] = " \x07 "


def _empty_challenge(document: dict[str, Any]) -> None:
    document["action_plans"][0]["groups"][0]["items"][0]["challenge"] = ""


def _empty_entry(document: dict[str, Any]) -> None:
    next(e for e in document["matrix"]["entries"] if e["row"] == "methods")["text"] = "\x00"


def _unknown_principle(document: dict[str, Any]) -> None:
    document["reviews"][0]["ratings"]["kindness"] = {"rating": "met", "note": ""}


def _row_named_like_a_standard_one(document: dict[str, Any]) -> None:
    document["matrix"]["rows"].append(
        {"code": "custom_9", "label": "methods", "position": 9, "standard": False, "locked": False}
    )


def _step_finished_before_it_started(document: dict[str, Any]) -> None:
    document["process"][0].update(start_date="2020-05-01", end_date="2020-01-01")


def _word_for_yes(document: dict[str, Any]) -> None:
    document["reviews"][0]["holds_personal_data"] = "yes"


def _position_in_words(document: dict[str, Any]) -> None:
    document["matrix"]["entries"][3]["position"] = "first"


def _made_up_standard_entry(document: dict[str, Any]) -> None:
    document["matrix"]["entries"][3]["standard_key"] = "methods, first one"


def _people_as_text(document: dict[str, Any]) -> None:
    document["action_plans"][0]["groups"][0]["members"] = "Rana, Omar"


def _number_for_a_title(document: dict[str, Any]) -> None:
    document["action_plans"][0]["title"] = 2019


def _definition_made_an_own_row(document: dict[str, Any]) -> None:
    """Its entries keep the Definition's standard keys, which belong to the standard row alone."""
    row = next(r for r in document["matrix"]["rows"] if r["code"] == "definition")
    row.update(label="Our definition", standard=False, locked=False)


def _one_own_row_twice(document: dict[str, Any]) -> None:
    for code, label in (("custom_8", "Access"), ("custom_9", "ACCESS ")):
        document["matrix"]["rows"].append(
            {"code": code, "label": label, "position": 9, "standard": False, "locked": False}
        )


def _one_standard_entry_twice(document: dict[str, Any]) -> None:
    entries = document["matrix"]["entries"]
    twice = next(e for e in entries if e["row"] == "methods" and e["standard_key"])
    entries.append({**twice, "position": 99})


def _row_code_with_spaces(document: dict[str, Any]) -> None:
    document["matrix"]["rows"].append(
        {"code": "our row", "label": "Ours", "position": 9, "standard": False, "locked": False}
    )


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (_empty_title, "plan title"),
        (_empty_challenge, "challenge cannot be empty"),
        (_empty_entry, "entry cannot be empty"),
        (_unknown_principle, "no PIM Principle 'kindness'"),
        (_row_named_like_a_standard_one, "already has a row called"),
        (_step_finished_before_it_started, "check the dates"),
        (_word_for_yes, "incomplete or damaged"),
        (_position_in_words, "incomplete or damaged"),
        (_made_up_standard_entry, "incomplete or damaged"),
        (_people_as_text, "incomplete or damaged"),
        (_number_for_a_title, "incomplete or damaged"),
        (_row_code_with_spaces, "incomplete or damaged"),
        (_definition_made_an_own_row, "incomplete or damaged"),
        (_one_own_row_twice, "already has a row called 'ACCESS'"),
        (_one_standard_entry_twice, "incomplete or damaged"),
    ],
    ids=lambda value: value.__name__.strip("_") if callable(value) else None,
)
def test_a_file_that_breaks_a_rule_is_refused_and_changes_nothing(
    exported: dict[str, Any], sample_file: Path, tmp_path: Path, edit: Edit, words: str
):
    edit(exported)
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(exported), encoding="utf-8")
    before = folder_digests(tmp_path)
    result = run_cli("import", sample_file, source)
    assert result.returncode == 1, result.stdout  # read, but refused
    message = result.stderr.strip()
    assert words in message and "\n" not in message and "Traceback" not in message, message
    assert folder_digests(tmp_path) == before


@pytest.mark.parametrize("prefer", ["mine", "theirs"])
def test_own_rows_are_matched_by_name_not_by_the_number_in_their_code(tmp_path: Path, prefer: str):
    """Two offices added rows of their own: "Access" is custom_9 in one file and custom_8 in the other."""
    ours, theirs = tmp_path / "ours.pim", tmp_path / "theirs.pim"
    for path, labels in ((ours, ["Funding", "Access"]), (theirs, ["Access", "Gaps"])):
        create_operation(path, name=path.stem)
        with open_operation(path) as operation:
            matrix = MatrixService(operation)
            category = matrix.matrix().categories[0].id
            for label in labels:
                matrix.add_entry(category, matrix.add_custom_row(label), f"{label} as {path.stem} see it")
    listed = run_cli("merge", ours, theirs, "--dry-run").stdout
    assert "new matrix cell: Population Data × Gaps" in listed, listed
    assert "differs, matrix cell Population Data × Access: entries" in listed, listed
    assert "Funding" not in listed
    result = run_cli("merge", ours, theirs, "--prefer", prefer)
    assert result.returncode == 0, result.stdout + result.stderr
    own_rows = "SELECT label FROM matrix_row WHERE NOT is_standard ORDER BY position"
    assert sqlite_rows(ours, own_rows) == [("Funding",), ("Access",), ("Gaps",)]
    assert _own_entries(ours) == [
        ("Access", f"Access as {'theirs' if prefer == 'theirs' else 'ours'} see it"),
        ("Funding", "Funding as ours see it"),
        ("Gaps", "Gaps as theirs see it"),
    ]


def _own_entries(path: Path) -> list[tuple]:
    return sqlite_rows(
        path,
        "SELECT r.label, e.text FROM matrix_entry e JOIN matrix_row r ON r.id = e.row_id "
        "WHERE NOT r.is_standard ORDER BY r.label",
    )


def test_two_plans_of_one_title_both_come_back(exported: dict[str, Any], tmp_path: Path):
    """The window lets two workshops share a title; the file's first plan must not give way to its second,
    while an import still replaces the plan of that title the operation had before."""
    second = json.loads(json.dumps(exported["action_plans"][0]))
    second["place"] = "Tripoli"
    exported["action_plans"].append(second)
    target = _imported(exported, tmp_path)
    plans = "SELECT title, place FROM action_plan ORDER BY id"
    assert sqlite_rows(target, plans) == [
        ("PIM Lebanon Action Plan", "Lebanon"),
        ("PIM Lebanon Action Plan", "Tripoli"),
    ]
    with open_operation(target) as operation:
        import_operation(operation, exported)
    assert [place for _, place in sqlite_rows(target, plans)] == ["Lebanon", "Tripoli"]


def test_own_rows_keep_their_place_and_a_row_without_entries_is_merged_too(tmp_path: Path):
    source, fresh, merged = tmp_path / "a.pim", tmp_path / "b.pim", tmp_path / "c.pim"
    for path in (source, fresh, merged):
        create_operation(path, name=path.stem)
    with open_operation(source) as operation:
        matrix = MatrixService(operation)
        category = matrix.matrix().categories[0].id
        for index, label in enumerate(("Access", "Funding", "Empty for now"), start=1):
            row = matrix.add_custom_row(label, index)  # just after Definition, in this order
            if label != "Empty for now":
                matrix.add_entry(category, row, f"{label} entry")
    exported = tmp_path / "a.json"
    assert run_cli("export", source, "--view", "report", "--format", "json", "-o", exported).returncode == 0
    assert run_cli("import", fresh, exported).returncode == 0
    listed = run_cli("merge", merged, source, "--dry-run").stdout
    assert "new matrix row: Empty for now" in listed, listed
    assert run_cli("merge", merged, source).returncode == 0
    order = "SELECT label FROM matrix_row ORDER BY position"
    assert sqlite_rows(source, order)[:5] == [
        ("Definition",),
        ("Access",),
        ("Funding",),
        ("Empty for now",),
        ("Sub-categories",),
    ]
    assert sqlite_rows(fresh, order) == sqlite_rows(merged, order) == sqlite_rows(source, order)


def test_a_plan_replaces_the_one_whose_title_differs_only_in_case(exported: dict[str, Any], tmp_path: Path):
    target = _imported(exported, tmp_path)
    exported["action_plans"][0]["title"] = "PIM LEBANON  action plan"
    with open_operation(target) as operation:
        import_operation(operation, exported)
    assert sqlite_rows(target, "SELECT title FROM action_plan") == [("PIM LEBANON action plan",)]
