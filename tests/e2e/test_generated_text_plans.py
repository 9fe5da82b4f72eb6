"""Generated text through the action plans, the PIM Process steps and the responsible-data reviews: stored
as the rules say or refused in words, exported as text, and back the same through the JSON import. The
fields and their rules are listed in test_generated_text.py."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import event, example, given, strategies as st

from pim_desktop.domain.action_plans import GroupDetails, ItemDetails, Person, PlanDetails
from pim_desktop.domain.enums import PrincipleRating, ProcessStatus
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.model import SystemDetails
from pim_desktop.domain.process import Rating, ReviewDetails, StepDetails
from pim_desktop.domain.validation import clean_text
from pim_desktop.services.action_plans import ActionPlanService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.process import ProcessService
from pim_desktop.services.review import ReviewService
from pim_desktop.services.systems import SystemService
from tests.e2e.generated import (
    ANY_TEXT,
    GENERATED,
    NAME,
    PERSON,
    check_table,
    export_everything,
    fresh,
    named,
    refused_in_words,
    reimported,
)

PLAN_TEXTS = ("workshop", "place", "facilitators", "participating_organisations", "notes")
PLAN = st.builds(PlanDetails, title=NAME, **{f: ANY_TEXT for f in PLAN_TEXTS})
PEOPLE = st.lists(PERSON, max_size=3).map(tuple)
GROUP = st.builds(GroupDetails, theme=NAME, team_leader=st.none() | PERSON, members=PEOPLE)
ITEM = st.builds(
    ItemDetails,
    challenge=st.one_of(NAME, NAME, ANY_TEXT),
    action_points=st.lists(ANY_TEXT, max_size=3).map(tuple),
    timeline=ANY_TEXT,
    focal_points=PEOPLE,
    advisers=PEOPLE,
    notes=ANY_TEXT,
)


def people(typed: tuple[Person, ...]) -> tuple[Person, ...]:
    """People as stored: cleaned, and those left without a name left out."""
    cleaned = (Person(clean_text(p.name), clean_text(p.organisation)) for p in typed)
    return tuple(p for p in cleaned if p.name)


def labels(typed: tuple[Person, ...], separator: str) -> str:
    return separator.join(person.label for person in typed)


@GENERATED
@given(plan=PLAN, group=GROUP, item=ITEM)
@example(
    plan=PlanDetails("+33 plan", workshop="=1", notes="#VALUE!"),
    group=GroupDetails("-theme", Person("@jad", "=UNHCR"), (Person("Ana (x)", "#N/A"), Person("\x00", "y"))),
    item=ItemDetails("=SUM(1)", ("#NUM!", "", "\ufeff"), timeline="Q1\uffff", focal_points=(Person("a, b"),)),
)
@example(plan=PlanDetails("p"), group=GroupDetails("g"), item=ItemDetails(" \x07\n"))  # an empty challenge
def test_action_plan_text_through_exports_and_json_import(
    empty_operation: Path, tmp_path: Path, plan: PlanDetails, group: GroupDetails, item: ItemDetails
) -> None:
    """A plan, a group, a challenge: the Action plans sheet and csv, the PDF, the JSON (the only one with
    the plan's workshop, place, facilitators, organisations and notes, and the challenge's notes)."""
    folder, source = fresh(empty_operation, tmp_path)
    with open_operation(source) as operation:
        service = ActionPlanService(operation)
        try:
            plan_id = service.add_plan(plan)
            group_id = service.add_group(plan_id, group)
            service.add_item(group_id, item, date(2026, 1, 15))
        except ValidationError as refused:
            return refused_in_words(refused, "the challenge cannot be empty")
        event("stored and exported")
        stored = service.plan(plan_id)
        assert stored.details == replace(
            plan, title=named(plan.title), **{f: clean_text(getattr(plan, f)) for f in PLAN_TEXTS}
        )
        leader = people((group.team_leader,) if group.team_leader else ())
        group_stored = stored.groups[0].details
        assert group_stored == GroupDetails(named(group.theme), *leader[:1] or [None], people(group.members))
        (item_stored,) = stored.groups[0].items
        assert item_stored.details == replace(
            item,
            challenge=clean_text(item.challenge),
            action_points=tuple(p for p in map(clean_text, item.action_points) if p),
            timeline=clean_text(item.timeline),
            focal_points=people(item.focal_points),
            advisers=people(item.advisers),
            notes=clean_text(item.notes),
        )
        export_everything(operation, folder, ("action-plans",))

    details = item_stored.details
    check_table(
        folder,
        "Action plans",
        "action-plans",
        {
            "plan": stored.details.title,
            "group": group_stored.theme,
            "team_leader": group_stored.team_leader.label if group_stored.team_leader else "",
            "members": labels(group_stored.members, "\n"),
            "challenge": details.challenge,
            "action_points": "\n".join(details.action_points),
            "timeline": details.timeline,
            "focal_points": labels(details.focal_points, ", "),
            "advisers": labels(details.advisers, ", "),
        },
    )
    with reimported(empty_operation, folder) as operation:
        again = ActionPlanService(operation).plan(plan_id)
        assert again.details == stored.details
        assert [(g.details, [(i.number, i.details) for i in g.items]) for g in again.groups] == [
            (g.details, [(i.number, i.details) for i in g.items]) for g in stored.groups
        ]


STEP = st.builds(
    StepDetails, status=st.sampled_from(ProcessStatus), owner=ANY_TEXT, notes=ANY_TEXT, evidence=ANY_TEXT
)
REVIEW = st.builds(ReviewDetails, consent_process=ANY_TEXT, agreement_reference=ANY_TEXT, notes=ANY_TEXT)
REVIEW_TEXTS = ("consent_process", "agreement_reference", "notes")


@GENERATED
@given(step=STEP, review=REVIEW, principle_note=ANY_TEXT, system_name=NAME)
@example(  # control characters were kept in these notes, and a carriage return
    step=StepDetails(
        owner="=jad", notes="a\x00b\r\nc\x1b", evidence=" \\\\share\\x.pdf \n\n\x0b=HYPERLINK(1)"
    ),
    review=ReviewDetails(consent_process="#N/A\x07", agreement_reference="@ISP", notes="-\uffff"),
    principle_note="+1\x1f",
    system_name="=system",
)
def test_process_and_review_text_through_exports_and_json_import(
    empty_operation: Path,
    tmp_path: Path,
    step: StepDetails,
    review: ReviewDetails,
    principle_note: str,
    system_name: str,
) -> None:
    """A step and a sub-step of the PIM Process, a system's review: the PIM Process and Review sheets and
    csv, the PDF, the JSON (the only one with the principles' notes)."""
    folder, source = fresh(empty_operation, tmp_path)
    with open_operation(source) as operation:
        steps = ProcessService(operation).overview().steps[:2]  # the first step and its first sub-step
        principle = ReviewService(operation).principles()[0][0]
        review = replace(review, ratings={principle: Rating(PrincipleRating.PARTLY, principle_note)})
        try:
            for each in steps:
                ProcessService(operation).update_step(each.id, step)
            category = MatrixService(operation).matrix().categories[0].id
            system_id = SystemService(operation).add(SystemDetails(system_name, category))
            ReviewService(operation).save_review(system_id, review)
        except ValidationError as refused:
            return refused_in_words(refused)  # nothing generated here breaks a rule: any refusal fails
        event("stored and exported")
        evidence = "\n".join(line for line in map(clean_text, step.evidence.splitlines()) if line)
        step_stored = ProcessService(operation).step_details(steps[1].id)
        assert step_stored == replace(
            step, owner=clean_text(step.owner), notes=clean_text(step.notes), evidence=evidence
        )
        review_stored = ReviewService(operation).review(system_id).details
        assert review_stored == replace(
            review,
            **{f: clean_text(getattr(review, f)) for f in REVIEW_TEXTS},
            ratings={principle: Rating(PrincipleRating.PARTLY, clean_text(principle_note))},
        )
        export_everything(operation, folder, ("process", "review"))

    step_texts = {f: getattr(step_stored, f) for f in ("owner", "notes", "evidence")}
    for each in steps:
        check_table(folder, "PIM Process", "process", step_texts, code=each.code)
    review_texts = {f: getattr(review_stored, f) for f in REVIEW_TEXTS}
    check_table(folder, "Review", "review", {"system": named(system_name), **review_texts})
    with reimported(empty_operation, folder) as operation:
        assert ProcessService(operation).step_details(steps[1].id) == step_stored
        assert ReviewService(operation).review(system_id).details == review_stored
