"""A milestone, twenty edits, and the changes view lists exactly them: in the comparison, in the workbook's
cells and in the PDF's text; changes to records above a sensitivity ceiling are left out (issue 24)."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.domain.changes import ChangeKind
from pim_desktop.domain.enums import Sensitivity
from pim_desktop.services.change_comparison import compare
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.operations import open_operation
from tests.helpers import run_cli
from tests.twenty_edits import Row, twenty_edits, without_before_where_unknown


@pytest.fixture
def edited(sample_file: Path) -> tuple[Path, set[Row], dict[str, Sensitivity]]:
    expected, levels = twenty_edits(sample_file)
    return sample_file, expected, levels


def test_the_comparison_lists_exactly_the_twenty_edits_and_the_gaps_they_opened(edited) -> None:
    path, expected, _levels = edited
    with open_operation(path, read_only=True) as operation:
        log = ChangeLog(operation)
        comparison = compare(operation, log.milestone_named("Before the March workshop"))
    assert comparison.people == ("IM officer",)
    records = {c.name for c in comparison.changes if c.kind is not ChangeKind.GAP}
    assert records == {name for _k, _c, name, *_rest in expected}
    gone = {r[2] for r in expected if r[1] in ("ended", "removed")}
    for gap in comparison.only(ChangeKind.GAP):
        assert gap.what.value == "opened" and set(gap.fields[0].before.split(", ")) <= gone


def test_the_workbook_shows_one_line_a_field_changed(edited, tmp_path: Path) -> None:
    path, expected, _levels = edited
    target = tmp_path / "changes.xlsx"
    result = run_cli("export", path, "--view", "changes", "--format", "xlsx", "-o", target)
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(target)["Changes"]
    header = [c.value for c in sheet[1]]
    assert header == ["Kind", "Change", "Record", "Field", "Before", "After", "Who", "Changed on"]
    lines = list(sheet.iter_rows(min_row=2, values_only=True))
    # saving a system also picks the matrix entries its text names: a change the save makes on its own
    shown = {tuple(line[:6]) for line in lines if line[0] != "Gap" and line[3] != "Matrix entries picked"}
    assert without_before_where_unknown(shown, expected) == expected  # type: ignore[arg-type]
    assert {line[6] for line in lines if line[0] != "Gap"} == {"IM officer"}
    assert all(line[7] is not None and line[7].date() == date.today() for line in lines if line[0] != "Gap")


def test_the_pdf_holds_every_change_and_leaves_out_those_above_the_ceiling(edited, tmp_path: Path) -> None:
    path, expected, levels = edited
    target = tmp_path / "changes.pdf"
    result = run_cli(
        "export", path, "--view", "changes", "--format", "pdf", "-o", target,
        "--since", "before the march workshop", "--max-sensitivity", "restricted",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Before the March workshop" in text
    above = {name for name, level in levels.items() if level.rank > Sensitivity.RESTRICTED.rank}
    shown = [r for r in expected if r[0] != "Information system" or r[2] not in above]
    hidden = [r for r in expected if r[0] == "Information system" and r[2] in above]
    assert hidden and shown  # the sample operation has both
    for _kind, _change, record, _field, _before, after in shown:
        assert " ".join(record.split()[:3]) in text, record
        if after:
            assert after.split()[0] in text
    for _kind, _change, record, *_rest in hidden:
        assert record not in text
    assert f"Left out: {len(hidden)} changes to records classified above Restricted" in result.stdout


def test_without_a_milestone_the_command_says_which_exist(sample_file: Path, tmp_path: Path) -> None:
    run_cli("milestone", sample_file, "June")
    result = run_cli(
        "export",
        sample_file,
        "--view",
        "changes",
        "--format",
        "csv",
        "-o",
        tmp_path / "c.csv",
        "--since",
        "May",
    )
    assert result.returncode != 0
    assert "no milestone named 'May' (milestones: 'June')" in result.stderr
