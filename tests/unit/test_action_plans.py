"""Workshop action plans through their service, on the sample operation's Lebanon plan."""

from datetime import date

import pytest

from pim_desktop.domain.action_plans import (
    FollowUpFilter,
    GroupDetails,
    ItemDetails,
    Person,
    PlanDetails,
    parse_people,
    people_text,
)
from pim_desktop.domain.enums import ActionStatus, Priority
from pim_desktop.domain.errors import ValidationError
from pim_desktop.services.action_plans import ActionPlanService
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.register_history import RecordScope, RegisterHistory
from tests.helpers import stored_rows

TODAY = date(2026, 11, 21)


@pytest.fixture
def service(operation_source: Source):
    with open_operation(operation_source) as operation_file:
        yield ActionPlanService(operation_file)


def _lebanon(service: ActionPlanService):
    return service.plan(service.plans()[0].id)


def test_the_lebanon_plan_reads_back_as_the_seed_gives_it(service: ActionPlanService):
    plan = _lebanon(service)
    assert plan.details.title == "PIM Lebanon Action Plan"
    (group,) = plan.groups
    assert group.details.theme == "Data Sharing"
    assert group.details.team_leader == Person("Jad")
    assert [m.name for m in group.details.members] == ["Rana", "Omar", "Maria", "Fred", "Jad"]
    assert [i.number for i in group.items] == [1, 2, 3, 4]
    consent = group.items[1]
    assert consent.details.focal_points == (Person("Fanette"),) and consent.details.advisers == (
        Person("Fred"),
    )
    assert consent.details.timeline == "2019"


def test_a_challenge_inserted_in_the_middle_renumbers_the_group(
    service: ActionPlanService, operation_source: Source
):
    group = _lebanon(service).groups[0]
    new_id = service.add_item(
        group.id,
        ItemDetails(
            "Sharing agreements are unknown to field staff",
            action_points=("Brief field teams", " ", "Translate the agreement"),
            timeline="by the next IMWG",
            focal_points=(Person("Rana", "UNHCR"),),
            priority=Priority.HIGH,
        ),
        TODAY,
        index=1,
    )
    items = _lebanon(service).groups[0].items
    assert [i.id for i in items][1] == new_id and [i.number for i in items] == [1, 2, 3, 4, 5]
    assert items[1].details.action_points == ("Brief field teams", "Translate the agreement")
    assert items[1].status_changed_on == TODAY
    stored = stored_rows(
        operation_source, f"SELECT name, organisation, kind FROM action_focal_point WHERE item_id={new_id}"
    )
    assert stored == [("Rana", "UNHCR", "focal-point")]
    service.delete_item(items[0].id)
    assert [i.number for i in _lebanon(service).groups[0].items] == [1, 2, 3, 4]


def test_a_new_status_records_the_day_it_changed(service: ActionPlanService):
    item = _lebanon(service).groups[0].items[1]
    service.update_item(item.id, item.details, TODAY)
    assert (
        _lebanon(service).groups[0].items[1].status_changed_on == item.status_changed_on
    )  # unchanged status
    changed = ItemDetails(**{**item.details.__dict__, "status": ActionStatus.DONE})
    service.update_item(item.id, changed, TODAY)
    assert _lebanon(service).groups[0].items[1].status_changed_on == TODAY


def test_plans_come_by_their_first_day_those_without_one_first(service: ActionPlanService):
    """As a file lists them: SQLite sorts an empty first day before the others, PostgreSQL after them."""
    service.add_plan(PlanDetails("Plan of 2027", start_date=date(2027, 1, 1)))
    service.add_plan(PlanDetails("Plan without a day"))
    assert [p.title for p in service.plans()] == [
        "Plan without a day",
        "PIM Lebanon Action Plan",
        "Plan of 2027",
    ]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, g: s.add_item(g, ItemDetails("  "), TODAY), "challenge cannot be empty"),
        (lambda s, g: s.add_group(1, GroupDetails("")), "group theme cannot be empty"),
        (lambda s, g: s.add_plan(PlanDetails("")), "plan title cannot be empty"),
        # invisible only: a zero-width space, a word joiner, a lone combining accent
        (lambda s, g: s.add_plan(PlanDetails("\u200b \u2060")), "plan title cannot be empty"),
        (lambda s, g: s.add_item(g, ItemDetails("\u200b\u0301"), TODAY), "challenge cannot be empty"),
        (
            lambda s, g: s.add_plan(PlanDetails("x", start_date=date(2026, 2, 1), end_date=date(2026, 1, 1))),
            "last day is before its first day",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(service, operation_source, call, message):
    before = stored_rows(
        operation_source, "SELECT count(*) FROM action_item UNION ALL SELECT count(*) FROM action_plan"
    )
    with pytest.raises(ValidationError, match=message):
        call(service, _lebanon(service).groups[0].id)
    after = stored_rows(
        operation_source, "SELECT count(*) FROM action_item UNION ALL SELECT count(*) FROM action_plan"
    )
    assert after == before


def test_follow_up_filters_by_status_person_organisation_overdue_and_change(service: ActionPlanService):
    def challenges(**wanted: object) -> list[str]:
        return [f.item.details.challenge[:20] for f in service.follow_up(FollowUpFilter(**wanted), TODAY)]

    assert len(challenges()) == 4
    assert challenges(status=ActionStatus.DONE) == ["Trust between actors"]
    assert challenges(person="fanette") == ["Informed consent abo"]
    assert len(challenges(overdue_only=True)) == 3  # all due in 2019 and not done
    assert challenges(changed_since=date(2019, 1, 1)) == []
    group = _lebanon(service).groups[0]
    service.update_group(
        group.id, GroupDetails("Data Sharing", Person("Jad", "UNHCR"), group.details.members)
    )
    assert len(challenges(organisation="unhcr")) == 4


def test_undo_of_a_plan_edit_restores_the_whole_plan(service: ActionPlanService, operation_source: Source):
    plan = _lebanon(service)
    tables = [
        "action_plan",
        "action_group",
        "action_group_member",
        "action_item",
        "action_point",
        "action_focal_point",
    ]
    before_rows = {t: stored_rows(operation_source, f"SELECT * FROM {t} ORDER BY id") for t in tables}
    history = RegisterHistory(service._file)
    before = history.snapshot(RecordScope.plan(plan.id))
    service.delete_group(plan.groups[0].id)
    assert stored_rows(operation_source, "SELECT count(*) FROM action_item") == [(0,)]
    history.restore(before)
    assert {t: stored_rows(operation_source, f"SELECT * FROM {t} ORDER BY id") for t in tables} == before_rows


def test_people_are_typed_with_their_organisation_in_brackets():
    people = parse_people("Jad (UNHCR),  Fred , (no name), ")
    assert people == (Person("Jad", "UNHCR"), Person("Fred"), Person("(no name)"))
    assert parse_people(people_text(people)) == people
    assert parse_people("Rana (UNHCR)\nOmar", separator="\n") == (Person("Rana", "UNHCR"), Person("Omar"))
    assert parse_people("Ana (Ministry of Health, Planning Dept), Jad (UNHCR)") == (
        Person("Ana", "Ministry of Health, Planning Dept"),
        Person("Jad", "UNHCR"),
    )


@pytest.mark.parametrize("typed", ["2024-W10", "20240305", "5/3/2024", "2024-02-30"])
def test_a_day_is_only_what_the_message_asks_for(typed: str):
    from pim_desktop.domain.validation import parse_day

    with pytest.raises(ValidationError, match="write it as YYYY-MM-DD"):
        parse_day(typed, "due date")
