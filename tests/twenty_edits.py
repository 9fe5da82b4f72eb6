"""Twenty edits of every kind after a milestone, and the lines the changes view must show for them: shared by
the export's tests and the window's, on a file and on a server (issue 24)."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from pim_desktop.domain.enums import ActionStatus, Sensitivity, SystemStatus
from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.services.action_plans import ActionPlanService
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import OpenOperation, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.process import ProcessService
from pim_desktop.services.systems import SystemService

MILESTONE = "Before the March workshop"

Row = tuple[str, str, str, str | None, str | None, str | None]  # kind, change, record, field, before, after


def twenty_edits(path: Path) -> tuple[set[Row], dict[str, Sensitivity]]:
    """Marks a milestone, makes twenty edits of every kind, and says the lines the view must show, with the
    sensitivity of the systems it names."""
    with open_operation(path) as operation:
        operation.author = "IM officer"
        return twenty_edits_on(operation)


def twenty_edits_on(operation: OpenOperation) -> tuple[set[Row], dict[str, Sensitivity]]:
    """The same on an open operation (a server's, as the login it was opened by)."""
    expected: set[Row] = set()
    ChangeLog(operation).mark_milestone(MILESTONE)
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
        i for g in plans.every_plan()[0].groups for i in g.items if i.details.status != ActionStatus.BLOCKED
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
        cell = f"{category.label} › {editable.label}: {text}"  # the entry named with its cell
        expected.add(("Matrix", "changed", cell, "Entry", entry.text, text))
    process = ProcessService(operation)
    step = process.overview().steps[0]
    process.update_step(step.id, replace(process.step_details(step.id), owner="The cluster coordinator"))
    expected.add(("PIM Process", "changed", step.label, "Owner", None, "The cluster coordinator"))
    assert len(expected) == 20
    return expected, levels


def without_before_where_unknown(rows: set[Row], expected: set[Row]) -> set[Row]:
    """The expected lines leave out the value before where the test does not know it (None)."""
    unknown = {(k, c, r, f) for k, c, r, f, before, _a in expected if before is None}
    return {(k, c, r, f, None if (k, c, r, f) in unknown else b, a) for k, c, r, f, b, a in rows}


def seen_with(expected: set[Row], levels: dict[str, Sensitivity], clearance: Sensitivity) -> set[Row]:
    """The lines a login cleared to `clearance` reads on a server: none about a system above it, nor about
    the challenges of the sample's plan, which is restricted."""
    hidden = {name for name, level in levels.items() if level.rank > clearance.rank}
    if clearance.rank < Sensitivity.RESTRICTED.rank:
        hidden |= {r[2] for r in expected if r[0] == "Challenge"}
    classified = ("Information system", "Challenge")
    return {r for r in expected if r[0] not in classified or r[2] not in hidden}


def record_lines(lines: list[tuple], blank_is_none: bool = False) -> set[Row]:
    """The lines of the changes view or export but the gaps' and those a system's save makes on its own (the
    matrix entries it names), as far as the value after; the window shows a missing value as blank."""
    shown = {tuple(line[:6]) for line in lines if line[0] != "Gap" and line[3] != "Matrix entries picked"}
    if blank_is_none:
        shown = {tuple(None if value == "" else value for value in line) for line in shown}
    return shown  # type: ignore[return-value]
