"""A milestone, twenty edits, and the changes view lists exactly them: in the comparison, in the workbook's
cells and in the PDF's text; changes to records above a sensitivity ceiling are left out (issue 24)."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.domain.changes import ChangeKind
from pim_desktop.domain.enums import ActionStatus, Sensitivity, SystemStatus
from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.services.action_plans import ActionPlanService
from pim_desktop.services.change_comparison import compare
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.process import ProcessService
from pim_desktop.services.systems import SystemService
from tests.helpers import run_cli

Row = tuple[str, str, str, str | None, str | None, str | None]  # kind, change, record, field, before, after


def twenty_edits(path: Path) -> tuple[set[Row], dict[str, Sensitivity]]:
    """Marks a milestone, makes twenty edits of every kind, and says the lines the view must show, with the
    sensitivity of the systems it names."""
    expected: set[Row] = set()
    with open_operation(path) as operation:
        operation.author = "Amira"
        ChangeLog(operation).mark_milestone("Before the March workshop")
        organisations = OrganisationService(operation)
        for organisation in organisations.organisations()[:4]:
            notes = f"Met {organisation.details.acronym} in March"
            organisations.update(organisation.id, replace(organisation.details, notes=notes))
            expected.add(("Organisation", "changed", organisation.details.name, "Notes", None, notes))
        for name in ("Sawa for Development", "Basmeh and Zeitooneh", "Amel Association"):
            organisations.add(OrganisationDetails(name=name))
            expected.add(("Organisation", "added", name, None, None, None))
        systems = SystemService(operation)
        active = [s for s in MappingService(operation).system_summaries() if s.status is SystemStatus.ACTIVE]
        levels = {s.name: s.sensitivity for s in active}
        for summary in active[:4]:
            details = systems.get(summary.id).details
            systems.update(summary.id, replace(details, frequency="Every two weeks"))
            expected.add(
                (
                    "Information system",
                    "changed",
                    summary.name,
                    "Frequency",
                    details.frequency,
                    "Every two weeks",
                )
            )
        for summary in active[4:6]:
            systems.update(summary.id, replace(systems.get(summary.id).details, status=SystemStatus.ENDED))
            expected.add(("Information system", "ended", summary.name, "Status", "Active", "Ended"))
        systems.delete(active[6].id)
        expected.add(("Information system", "removed", active[6].name, None, None, None))
        plans = ActionPlanService(operation)
        items = [
            i
            for g in plans.every_plan()[0].groups
            for i in g.items
            if i.details.status != ActionStatus.BLOCKED
        ]
        for item in items[:3]:
            plans.update_item(item.id, replace(item.details, status=ActionStatus.BLOCKED), date(2026, 12, 1))
            expected.add(("Challenge", "status moved", item.details.challenge, "Status", None, "Blocked"))
        matrix_service = MatrixService(operation)
        matrix = matrix_service.matrix()
        editable = next(r for r in matrix.rows if not r.is_locked)
        for category in matrix.categories[:2]:
            entry = matrix.cell(category.id, editable.id)[0]
            text = f"{entry.text} (by phone)"
            matrix_service.edit_entry(entry.id, text)
            expected.add(("Matrix", "changed", text, "Entry", entry.text, text))
        process = ProcessService(operation)
        step = process.overview().steps[0]
        process.update_step(step.id, replace(process.step_details(step.id), owner="Amira Haddad"))
        expected.add(("PIM Process", "changed", step.label, "Owner", None, "Amira Haddad"))
    assert len(expected) == 20
    return expected, levels


def _without_before_where_unknown(rows: set[Row], expected: set[Row]) -> set[Row]:
    """The expected lines leave out the value before where the test does not know it (None)."""
    unknown = {(k, c, r, f) for k, c, r, f, before, _a in expected if before is None}
    return {(k, c, r, f, None if (k, c, r, f) in unknown else b, a) for k, c, r, f, b, a in rows}


@pytest.fixture
def edited(sample_file: Path) -> tuple[Path, set[Row], dict[str, Sensitivity]]:
    expected, levels = twenty_edits(sample_file)
    return sample_file, expected, levels


def test_the_comparison_lists_exactly_the_twenty_edits_and_the_gaps_they_opened(edited) -> None:
    path, expected, _levels = edited
    with open_operation(path, read_only=True) as operation:
        log = ChangeLog(operation)
        comparison = compare(operation, log.milestone_named("Before the March workshop"))
    assert comparison.people == ("Amira",)
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
    assert _without_before_where_unknown(shown, expected) == expected  # type: ignore[arg-type]
    assert {line[6] for line in lines if line[0] != "Gap"} == {"Amira"}
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
