"""What the imports store through: one transaction after a backup, the challenges of a spreadsheet filed
into their plans and groups, and the plans and systems of a file matched by title and name."""

from dataclasses import replace
from pathlib import Path

import pytest

from pim_desktop.domain.action_plans import GroupDetails, ItemDetails, PlanDetails
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.model import SystemDetails
from pim_desktop.imports.apply import apply_plan
from pim_desktop.imports.plan import choose_sheet, plan_import
from pim_desktop.imports.reading import read_sheets
from pim_desktop.services import exchange, plan_imports, systems as system_rules
from pim_desktop.services.action_plans import ActionPlanService
from pim_desktop.services.change_sets import ChangeSetHistory, captured_change, sides
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.systems import SystemService
from pim_desktop.storage import backups
from pim_desktop.storage.sources import is_server_url
from tests.helpers import stored_rows


def _count(source: Source, table: str) -> int:
    return stored_rows(source, f"SELECT count(*) FROM {table}")[0][0]


def test_a_change_is_stored_whole_after_a_backup_or_not_at_all(operation_source: Source):
    items = _count(operation_source, "action_item")
    with (
        open_operation(operation_source) as operation_file,
        pytest.raises(ValidationError),
        exchange.storing(operation_file, "before-import") as session,
    ):
        plan_imports.ItemFiler(session).store("Half made", GroupDetails("General"), None, ItemDetails("One"))
        raise ValidationError("the rest of the file is wrong")
    assert _count(operation_source, "action_item") == items
    if is_server_url(operation_source):
        return  # a server's backups are its administrator's
    (backup,) = backups.backups_of(Path(operation_source))
    assert backup.reason == "before-import" and _count(backup.path, "action_item") == items


def test_challenges_are_filed_into_the_plan_and_group_they_name(operation_source: Source):
    (title,) = stored_rows(operation_source, "SELECT title FROM action_plan")[0]
    with (
        open_operation(operation_source) as operation_file,
        exchange.storing(operation_file, "test") as session,
    ):
        filer = plan_imports.ItemFiler(session)
        filer.store(title.upper(), GroupDetails("New group"), 7, ItemDetails("First"))
        filer.store(title, GroupDetails("new  GROUP"), 7, ItemDetails("Second"))  # 7 is taken: the next
        filer.store("Another plan", GroupDetails("General"), None, ItemDetails("Third"))
    rows = stored_rows(
        operation_source,
        "SELECT p.title, g.theme, i.number, i.challenge FROM action_item i JOIN action_group g ON g.id = "
        "i.group_id JOIN action_plan p ON p.id = g.plan_id WHERE i.challenge IN ('First', 'Second', 'Third') "
        "ORDER BY i.id",
    )
    assert rows == [
        (title, "New group", 7, "First"),
        (title, "New group", 8, "Second"),
        ("Another plan", "General", 1, "Third"),
    ]


def test_a_plan_of_a_file_replaces_the_earlier_plan_of_its_title(operation_source: Source):
    (title,) = stored_rows(operation_source, "SELECT title FROM action_plan")[0]
    group = (GroupDetails("Only group"), [(ItemDetails("Only challenge"), None)])
    with (
        open_operation(operation_source) as operation_file,
        exchange.storing(operation_file, "test") as session,
    ):
        plans = plan_imports.PlansFromFile(session)
        plans.store(PlanDetails(title.upper()), [group])
        plans.store(PlanDetails(title), [])  # two of one title in a file: both kept
    assert stored_rows(operation_source, "SELECT count(*) FROM action_plan") == [(2,)]
    assert stored_rows(operation_source, "SELECT number, challenge, status_changed_on FROM action_item") == [
        (1, "Only challenge", None)
    ]


def test_the_systems_of_a_file_go_into_those_of_their_names(operation_source: Source):
    system_id, name, category_id = stored_rows(
        operation_source, "SELECT id, name, primary_category_id FROM information_system ORDER BY id LIMIT 1"
    )[0]
    systems = _count(operation_source, "information_system")
    with (
        open_operation(operation_source) as operation_file,
        exchange.storing(operation_file, "test") as session,
    ):
        by_name = system_rules.SystemsByName(session)
        by_name.store(SystemDetails(f"{name.upper()} ", category_id, description="Updated"))
        by_name.store(SystemDetails("A system of the file", category_id))
        ids = by_name.ids()
    assert ids == [system_id, stored_rows(operation_source, "SELECT max(id) FROM information_system")[0][0]]
    assert _count(operation_source, "information_system") == systems + 1
    updated = f"SELECT name, description FROM information_system WHERE id = {system_id}"
    assert stored_rows(operation_source, updated) == [(name.upper(), "Updated")]


def test_of_two_plans_of_one_title_a_challenge_goes_into_the_first(operation_source: Source):
    """As in a file, on a server too, where the first plan, once changed, is read after the other unless the
    order is asked for."""
    with open_operation(operation_source) as operation_file:
        plans = ActionPlanService(operation_file)
        first = plans.plans()[0]
        second = plans.add_plan(PlanDetails(first.title))
        plans.update_plan(first.id, PlanDetails(first.title, notes="Changed after the second was made"))
        with exchange.storing(operation_file, "test") as session:
            plan_imports.ItemFiler(session).store(
                first.title, GroupDetails("New group"), None, ItemDetails("One")
            )
        assert [g.details.theme for g in plans.plan(second).groups] == []
        assert "New group" in [g.details.theme for g in plans.plan(first.id).groups]


def test_of_two_systems_of_one_name_a_file_updates_the_later(operation_source: Source):
    """As in a file, on a server too (organisations of one name alike: ids_by_name)."""
    with open_operation(operation_source) as operation_file:
        systems = SystemService(operation_file)
        model = systems.get(min(systems.stored_values(("name",)))).details
        earlier = systems.add(replace(model, name="Twin system"))
        later = systems.add(replace(model, name="Twin system"))
        systems.update(earlier, replace(model, name="Twin system", notes="Changed after the later was made"))
        with exchange.storing(operation_file, "test") as session:
            by_name = system_rules.SystemsByName(session)
            by_name.store(replace(model, name="twin  SYSTEM", description="From the file"))
            assert by_name.ids() == [later]


def test_an_import_undone_and_redone_row_by_row_gives_back_its_systems_places_and_links(
    operation_source: Source, tmp_path: Path
):
    """What a server's undo keeps of an import (every row it changed, by its key) holds the places and links
    the import inserted in bulk, also when the server's sequences run past rows deleted at the end of a table
    (SQLite gives their ids again)."""
    sheet = tmp_path / "systems.csv"
    sheet.write_text(
        "System,PIM category,Run by,Governorate\nMobile clinics,Case Management,UNHCR,Akkar; Bekaa\n",
        encoding="utf-8",
    )
    with open_operation(operation_source) as operation:
        systems = SystemService(operation)
        model = systems.get(max(systems.stored_values(("name",))))
        systems.delete(systems.add(replace(model.details, name="Passing through")))
        found, layout = choose_sheet(read_sheets(sheet, None), None, "systems", {})
        plan, _labels = plan_import(operation, sheet.name, found, layout)
        _result, change = captured_change(operation, lambda: apply_plan(operation, plan))

        def imported() -> list[tuple]:
            summaries = MappingService(operation).system_summaries()
            return [(s.organisations, s.areas) for s in summaries if s.name == "Mobile clinics"]

        made = imported()
        assert len(made) == 1 and len(made[0][1]) == 2
        undo, redo = sides(change)
        ChangeSetHistory(operation).restore(undo)
        assert imported() == []
        ChangeSetHistory(operation).restore(redo)
        assert imported() == made
