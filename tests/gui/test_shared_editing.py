"""Changing a shared operation from the window, on a real server with two logins: an editor's window saves,
undoes and redoes as on a file; an undo or a save that would overwrite a colleague's later save is refused or
shown field by field, never made in silence; a merge is one undo step there too; a reader's window is
read-only."""

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from pim_desktop.domain import model
from pim_desktop.gui.controllers.register_controller import RegisterController
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.imports.merge import plan_merge
from pim_desktop.services.action_plans import ActionPlanService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from tests.e2e.test_import import _messy_workbook
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.postgres import Server, restart_server
from tests.shared_server import CHIEF, GUEST, OFFICER, PASSWORDS, as_user, first_visible_system, opened


def _open_as(window: MainWindow, shared: str, name: str) -> RegisterController:
    """The shared operation opened in the window as `name`: its registers' controller."""
    assert window.open_shared(as_user(shared, name), PASSWORDS[name])
    controller = window.mapping.controller
    assert controller is not None
    return controller


def _notes_on_server(shared: str, system_id: int) -> str:
    with opened(shared, CHIEF) as chief_side:
        return SystemService(chief_side).get(system_id).details.notes


def test_an_editor_changes_it_from_the_window_and_undoes_it(window: MainWindow, shared: str):
    controller = _open_as(window, shared, OFFICER)
    operation = window.operation_file
    assert operation is not None and not operation.read_only
    assert "What you save, the others see at once" in window.noticeBanner.text()
    assert "(read-only)" not in window.windowTitle()
    system = first_visible_system(controller.system_service)
    assert controller.update_system(system, replace(system.details, notes="Seen at the cluster meeting"))
    assert _notes_on_server(shared, system.id) == "Seen at the cluster meeting"
    window.undo_group.undo()
    assert _notes_on_server(shared, system.id) == system.details.notes
    window.undo_group.redo()
    assert _notes_on_server(shared, system.id) == "Seen at the cluster meeting"


def test_an_undo_that_would_overwrite_a_colleagues_save_is_refused(
    window: MainWindow, shared: str, shown_messages: list[tuple[str, str]]
):
    controller = _open_as(window, shared, OFFICER)
    system = first_visible_system(controller.system_service)
    assert controller.update_system(system, replace(system.details, notes="Mine"))
    with opened(shared, CHIEF) as chief_side:
        chief = SystemService(chief_side)
        now = chief.get(system.id)
        chief.update(system.id, replace(now.details, notes="Theirs, saved after"), base=now)
    stack = controller.undo_stack
    assert stack.index() == 1
    window.undo_group.undo()
    assert stack.index() == 1  # the step stays, to be undone by nobody in silence
    ((_title, said),) = shown_messages
    assert said.startswith(f"“Change system {system.details.name}” cannot be undone: someone else changed")
    assert said.endswith("would overwrite their change; nothing was changed")
    assert _notes_on_server(shared, system.id) == "Theirs, saved after"


def _conflict_lines(dialog: QDialog) -> list[list[str]]:
    table = dialog.fieldsTable  # type: ignore[attr-defined]
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _edit_notes_then(
    window: MainWindow, system_id: int, notes: str, meanwhile: Callable[[], object], answer: str
) -> list[list[str]]:
    """Edit the system's notes in its dialog while `meanwhile` a colleague saves it; when the save is
    refused, read the conflict shown and press `answer`."""
    seen: list[list[str]] = []

    def on_conflict(dialog: QDialog) -> None:
        seen.extend(_conflict_lines(dialog))
        for button in dialog.buttonBox.buttons():  # type: ignore[attr-defined]
            if button.text().replace("&", "") == answer:
                button.click()

    def fill(dialog: QDialog) -> None:
        dialog.notesEdit.setPlainText(notes)  # type: ignore[attr-defined]
        meanwhile()
        when_dialog_opens(on_conflict)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    when_dialog_opens(fill)
    window.mapping.edit_system(system_id)
    return seen


def _chief_changes_frequency(shared: str, system_id: int) -> model.InformationSystem:
    with opened(shared, CHIEF) as chief_side:
        chief = SystemService(chief_side)
        now = chief.get(system_id)
        chief.update(system_id, replace(now.details, frequency="Every fortnight"), base=now)
        return chief.get(system_id)


@pytest.mark.parametrize(
    ("answer", "notes_kept"), [("Save Mine", "Checked with the owner"), ("Keep Theirs", None)]
)
def test_a_save_over_a_colleagues_save_shows_both_and_keeps_what_the_user_says(
    window: MainWindow, shared: str, answer: str, notes_kept: str | None
):
    controller = _open_as(window, shared, OFFICER)
    system = first_visible_system(controller.system_service)
    seen = _edit_notes_then(
        window,
        system.id,
        "Checked with the owner",
        lambda: _chief_changes_frequency(shared, system.id),
        answer,
    )
    assert seen == [
        ["Frequency", "Every fortnight", system.details.frequency],
        ["Notes", system.details.notes, "Checked with the owner"],
    ]
    with opened(shared, CHIEF) as chief_side:
        stored = SystemService(chief_side).get(system.id).details
    # the other's change stays either way; the user's, when they say so
    assert (stored.notes, stored.frequency) == (notes_kept or system.details.notes, "Every fortnight")


def test_a_merge_into_the_server_is_one_undo_step_refused_once_a_colleague_built_on_it(
    window: MainWindow, shared: str, sample_file: Path, tmp_path: Path, shown_messages: list[tuple[str, str]]
):
    colleague_file = tmp_path / "colleague.pim"
    shutil.copy(sample_file, colleague_file)
    with open_operation(colleague_file) as colleague:
        OrganisationService(colleague).add(
            model.OrganisationDetails(name="Mercy Relief Network", acronym="MRN")
        )
    controller = _open_as(window, shared, OFFICER)
    assert window.operation_file is not None
    plan = plan_merge(window.operation_file, colleague_file)
    assert controller.merge(plan, {}) is not None

    def names() -> set[str]:
        with opened(shared, CHIEF) as chief_side:
            return {o.details.name for o in OrganisationService(chief_side).organisations()}

    assert "Mercy Relief Network" in names()
    window.undo_group.undo()
    assert "Mercy Relief Network" not in names()
    window.undo_group.redo()
    assert "Mercy Relief Network" in names()
    with opened(shared, CHIEF) as chief_side:
        chief = OrganisationService(chief_side)
        added = next(o for o in chief.organisations() if o.details.name == "Mercy Relief Network")
        chief.update(added.id, replace(added.details, notes="Met them in Tripoli"), base=added)
    window.undo_group.undo()
    assert "Mercy Relief Network" in names()
    ((_title, said),) = shown_messages
    assert "cannot be undone: someone else changed the record since" in said


def test_a_readers_window_is_read_only(window: MainWindow, shared: str):
    _open_as(window, shared, GUEST)
    operation = window.operation_file
    assert operation is not None and operation.read_only
    assert "your role lets you read and export it, not change it" in window.noticeBanner.text()
    assert "(read-only)" in window.windowTitle()


def _methods_entry(matrix: model.Matrix) -> model.MatrixEntry:
    """The first entry of an editable cell (the Methods row, not a fixed one)."""
    methods = next(row for row in matrix.rows if row.code == "methods")
    return matrix.cell(matrix.categories[0].id, methods.id)[0]


def test_a_matrix_entry_a_colleague_changed_since_is_not_written_over(
    window: MainWindow, shared: str, shown_messages: list[tuple[str, str]]
):
    _open_as(window, shared, OFFICER)
    controller = window.workspace.controller
    assert controller is not None
    entry = _methods_entry(controller.matrix)
    with opened(shared, CHIEF) as chief_side:
        MatrixService(chief_side).edit_entry(entry.id, "Key informant interviews, by phone")
    controller.edit_entry(entry, "Household visits")
    ((_title, said),) = shown_messages
    assert said == (
        f"The entry “{entry.text}” was changed by someone else since you opened it (Entry); your change "
        "was not saved"
    )
    assert _methods_entry(controller.matrix).text == "Key informant interviews, by phone"  # shown as it is
    assert controller.undo_stack.count() == 0
    # read afresh, the officer's edit goes through
    controller.edit_entry(_methods_entry(controller.matrix), "Household visits")
    with opened(shared, CHIEF) as chief_side:
        assert _methods_entry(MatrixService(chief_side).matrix()).text == "Household visits"


def test_a_plan_a_colleague_changed_since_is_not_written_over(
    window: MainWindow, shared: str, shown_messages: list[tuple[str, str]]
):
    _open_as(window, shared, OFFICER)
    plans = window.plans.controller
    assert plans is not None and plans.plan is not None
    shown = plans.plan
    with opened(shared, CHIEF) as chief_side:
        chief = ActionPlanService(chief_side)
        chief.update_plan(shown.id, replace(chief.plan(shown.id).details, place="Tripoli"))
    plans.update_plan(replace(shown.details, place="Beirut"))
    ((_title, said),) = shown_messages
    assert said.startswith(f"{shown.details.title} was saved by someone else since you opened it")
    assert plans.plan is not None and plans.plan.details.place == "Tripoli"


def test_a_partners_sheet_imported_from_the_window_into_the_server_is_one_undo_step(
    window: MainWindow, shared: str, tmp_path: Path, qtbot
):
    source = tmp_path / "partner.xlsx"
    _messy_workbook(source)
    _open_as(window, shared, OFFICER)

    def system_names() -> set[str]:
        with opened(shared, OFFICER) as officer_side:
            return {row["name"] for row in SystemService(officer_side).stored_values(("name",)).values()}

    before = system_names()

    def accept(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))  # type: ignore[attr-defined]
        dialog.read(source)  # type: ignore[attr-defined]
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    when_dialog_opens(accept)
    with qtbot.waitSignal(window.exchange.importer.finished, timeout=60000) as finished:
        window.window_actions.import_data.trigger()  # stored by a worker on its own connection
    assert finished.args[0] is not None, finished.args[1]
    after = system_names()
    assert len(after) == len(before) + 3 and "Registre des plaintes" in after
    window.undo_group.undo()
    assert system_names() == before
    window.undo_group.redo()
    assert system_names() == after


def test_a_save_the_server_refuses_brings_the_form_back_with_what_was_typed(
    window: MainWindow, shared: str, shown_messages: list[tuple[str, str]]
):
    """The officer raises a system above their clearance: the server refuses the save; the form comes back
    holding what they typed, they lower the sensitivity again, and the rest of their typing is saved."""
    controller = _open_as(window, shared, OFFICER)
    system = first_visible_system(controller.system_service)
    typed_again: list[str] = []

    def second_form(dialog: QDialog) -> None:
        typed_again.append(dialog.notesEdit.toPlainText())  # type: ignore[attr-defined]
        combo = dialog.sensitivityCombo  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findText("Restricted"))
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    def first_form(dialog: QDialog) -> None:
        dialog.notesEdit.setPlainText("Owner met on Tuesday")  # type: ignore[attr-defined]
        combo = dialog.sensitivityCombo  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findText("Confidential"))
        when_dialog_opens(second_form)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    when_dialog_opens(first_form)
    window.mapping.edit_system(system.id)
    ((_title, said),) = shown_messages
    assert "your role or clearance does not allow it" in said
    assert typed_again == ["Owner met on Tuesday"]
    assert _notes_on_server(shared, system.id) == "Owner met on Tuesday"


def test_a_form_saved_after_the_server_restarted_under_it_is_stored(
    window: MainWindow, shared: str, postgres_server: Server, shown_messages: list[tuple[str, str]]
):
    """The server restarts while the officer's form is open (every connection cut): their save connects
    afresh and is stored; nothing typed is lost, and nothing is said."""
    controller = _open_as(window, shared, OFFICER)
    system = first_visible_system(controller.system_service)

    def fill(dialog: QDialog) -> None:
        dialog.notesEdit.setPlainText("Typed while the server restarted")  # type: ignore[attr-defined]
        restart_server(postgres_server)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    when_dialog_opens(fill)
    window.mapping.edit_system(system.id)
    assert shown_messages == []
    assert _notes_on_server(shared, system.id) == "Typed while the server restarted"
