"""Every kind of change made in the window is logged, and its undo and redo as what they do: the exact
inverse of the change, then the change again (issue 24)."""

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from pim_desktop.domain import model
from pim_desktop.domain.action_plans import ItemDetails
from pim_desktop.domain.enums import ActionStatus, OrganisationType, ProcessStatus, SystemStatus
from pim_desktop.domain.process import ReviewDetails
from pim_desktop.gui.controllers.matrix_controller import MatrixController
from pim_desktop.gui.controllers.plan_controller import PlanController
from pim_desktop.gui.controllers.process_controller import ProcessController
from pim_desktop.gui.controllers.register_controller import RegisterController
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.operations import OpenOperation, open_operation

Logged = frozenset[tuple[str, str, str, frozenset[tuple[str, object, object]]]]


@pytest.fixture
def operation(sample_file: Path, qapp: object) -> Iterator[OpenOperation]:
    with open_operation(sample_file) as operation_file:
        operation_file.author = "IM officer"
        yield operation_file


@pytest.fixture
def stack() -> Iterator[QUndoStack]:
    """An undo stack that lets go of the controllers listening to it before they go."""
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.indexChanged.disconnect()


def _logged_since(operation: OpenOperation, position: int) -> Logged:
    return frozenset(
        (c.table, c.row, c.operation, frozenset((f, *pair) for f, pair in c.fields.items()))
        for c in ChangeLog(operation).logged(position)
    )


def _inverse(logged: Logged) -> Logged:
    opposite = {"insert": "delete", "delete": "insert", "update": "update"}
    return frozenset(
        (table, row, opposite[operation], frozenset((f, after, before) for f, before, after in fields))
        for table, row, operation, fields in logged
    )


def _position(operation: OpenOperation) -> int:
    logged = ChangeLog(operation).logged()
    return logged[-1].position if logged else 0


def test_every_kind_of_change_is_logged_and_so_are_its_undo_and_redo(
    operation: OpenOperation, stack: QUndoStack
) -> None:
    registers = RegisterController(operation, stack)
    matrix = MatrixController(operation, stack)
    plans = PlanController(operation, stack, today=lambda: date(2026, 12, 1))
    process = ProcessController(operation, stack)
    organisation = registers.data.organisations[0]
    system = registers.data.systems[0]
    full_system = registers.system_service.get(system.id)
    category, row = matrix.matrix.categories[0], matrix.matrix.rows[-1]
    entry = matrix.matrix.cell(category.id, row.id)[0]
    assert plans.plan is not None
    item = plans.plan.groups[0].items[0]
    step = process.process.overview().steps[0]
    review_system = registers.data.systems[1].id

    changes: list[tuple[str, Callable[[], object], set[tuple[str, str]]]] = [
        (
            "add an organisation",
            lambda: registers.add_organisation(
                model.OrganisationDetails("Terre des Hommes", "TdH", OrganisationType.INTERNATIONAL_NGO)
            ),
            {("organisation", "insert")},
        ),
        (
            "change an organisation",
            lambda: registers.update_organisation(
                organisation, replace(organisation.details, notes="Met in March")
            ),
            {("organisation", "update")},
        ),
        (
            "end a system and give it a place",
            lambda: registers.update_system(
                full_system,
                replace(
                    full_system.details,
                    status=SystemStatus.ENDED,
                    areas=(*full_system.details.areas, model.Area(admin1="Akkar", admin2="Halba")),
                ),
            ),
            {("information_system", "update"), ("system_area", "insert")},
        ),
        ("delete a system", lambda: registers.delete_system(registers.data.systems[2]), set()),
        ("edit a matrix entry", lambda: matrix.edit_entry(entry, "Protection monitoring by phone"), set()),
        ("add a matrix row", lambda: matrix.add_custom_row("Who to ask"), {("matrix_row", "insert")}),
        (
            "move a challenge's status",
            lambda: plans.update_item(item, replace(item.details, status=ActionStatus.BLOCKED)),
            {("action_item", "update")},
        ),
        (
            "add a challenge",
            lambda: plans.add_item(plans.plan.groups[0].id, ItemDetails("No shared referral form")),  # type: ignore[union-attr]
            {("action_item", "insert")},
        ),
        (
            "record a process step",
            lambda: process.update_step(
                step.id,
                replace(process.process.step_details(step.id), status=ProcessStatus.DONE, owner="IM officer"),
            ),
            {("process_step", "update")},
        ),
        (
            "review a system",
            lambda: process.save_review(
                review_system, ReviewDetails(holds_personal_data=True, notes="DPIA due")
            ),
            set(),
        ),
    ]
    for what, change, expected in changes:
        start = _position(operation)
        change()
        done = _logged_since(operation, start)
        assert done, f"{what}: nothing was logged"
        assert expected <= {(table, op) for table, _row, op, _fields in done}, what
        after_change = _position(operation)
        stack.undo()
        assert _logged_since(operation, after_change) == _inverse(done), f"{what}: its undo"
        after_undo = _position(operation)
        stack.redo()
        assert _logged_since(operation, after_undo) == done, f"{what}: its redo"
    assert {c.who for c in ChangeLog(operation).logged()} == {"IM officer"}


def test_a_change_undone_reads_as_the_fields_it_changed_back(
    operation: OpenOperation, stack: QUndoStack
) -> None:
    registers = RegisterController(operation, stack)
    organisation = registers.data.organisations[0]
    registers.update_organisation(organisation, replace(organisation.details, acronym="NEW"))
    stack.undo()
    logged = ChangeLog(operation).logged()
    assert [(c.table, c.operation, c.fields) for c in logged] == [
        ("organisation", "update", {"acronym": (organisation.details.acronym, "NEW")}),
        ("organisation", "update", {"acronym": ("NEW", organisation.details.acronym)}),
    ]
