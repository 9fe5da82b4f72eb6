"""The sections of a JSON operation file beyond the register and the matrix: the action plans, the PIM
Process and the reviews, read into the plain values the window's rules check, so that a file edited by hand
stores nothing the window would refuse; a value of the wrong kind raises TypeError or ValueError (the file is
damaged). The matrix section is taken in by services/matrix_import.py."""

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from pim_desktop.domain.action_plans import GroupDetails, ItemDetails, Person, PlanDetails
from pim_desktop.domain.enums import ActionStatus, PrincipleRating, Priority, ProcessStatus, Sensitivity
from pim_desktop.domain.process import Rating, ReviewDetails, StepDetails
from pim_desktop.services import action_plans as plan_rules
from pim_desktop.services.plan_imports import ImportedGroup
from pim_desktop.services.process import save_step, valid_step
from pim_desktop.services.review import store_review, valid_review


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _flag(value: object) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise ValueError(f"{value!r} is not yes, no or unknown")
    return value


def _people(people: list[dict[str, Any]]) -> tuple[Person, ...]:
    return tuple(Person(person["name"], person["organisation"]) for person in people)


def plan_of(
    plan: dict[str, Any], categories: dict[str, int], steps: dict[str, int], principles: dict[str, int]
) -> tuple[PlanDetails, list[ImportedGroup]]:
    """A plan through the same rules as one typed in the window (`categories`, `steps`, `principles`: code ->
    id): its details, and its groups with their challenges, each with the day its status last changed as
    the file recorded it."""
    details = plan_rules.valid_plan(
        PlanDetails(
            **{f: plan[f] for f in ("title", "workshop", "place", "facilitators", "notes")},
            participating_organisations=plan["participating_organisations"],
            start_date=day(plan["start_date"]),
            end_date=day(plan["end_date"]),
            sensitivity=Sensitivity(plan["sensitivity"]),
        )
    )
    groups: list[ImportedGroup] = []
    for group in plan["groups"]:
        checked_group = plan_rules.valid_group(
            GroupDetails(
                group["theme"],
                _people([group["team_leader"]])[0] if group["team_leader"] else None,
                _people(group["members"]),
            )
        )
        items: list[tuple[ItemDetails, date | None]] = []
        for item in group["items"]:
            valid = plan_rules.valid_item(
                ItemDetails(
                    challenge=item["challenge"],
                    action_points=tuple(item["action_points"]),
                    timeline=item["timeline"],
                    due_date=day(item["due_date"]),
                    focal_points=_people(item["focal_points"]),
                    advisers=_people(item["advisers"]),
                    status=ActionStatus(item["status"]),
                    priority=Priority(item["priority"]) if item["priority"] else None,
                    category_id=categories.get(item["category"]) if item["category"] else None,
                    process_step_id=steps.get(item["process_step"]) if item["process_step"] else None,
                    principle_id=principles.get(item["principle"]) if item["principle"] else None,
                    notes=item["notes"],
                )
            )
            items.append((valid, day(item["status_changed_on"])))
        groups.append((checked_group, items))
    return details, groups


def import_review(
    session: Session, review: dict[str, Any], systems: dict[str, int], principles: dict[str, int]
) -> None:
    """A review through the same rules as one saved in the window, for a system the file brought."""
    system_id = systems.get(review["system"])
    if system_id is None:
        return
    checked = valid_review(
        ReviewDetails(
            holds_personal_data=_flag(review["holds_personal_data"]),
            consent_process=review["consent_process"],
            agreement_reference=review["agreement_reference"],
            notes=review["notes"],
            ratings={
                code: Rating(PrincipleRating(r["rating"]), r["note"]) for code, r in review["ratings"].items()
            },
            **{
                f: day(review[f])
                for f in ("risk_assessment_date", "agreement_date", "agreement_review_date", "reviewed_on")
            },
        ),
        set(principles),
    )
    store_review(session, system_id, checked, principles)


def import_step(session: Session, steps: dict[str, int], step: dict[str, Any]) -> None:
    """A step of the file onto the operation's step of its code (`steps`: code -> id), if there is one."""
    step_id = steps.get(step["code"])
    if step_id is not None:
        checked = valid_step(
            StepDetails(
                ProcessStatus(step["status"]),
                step["owner"],
                day(step["start_date"]),
                day(step["end_date"]),
                step["notes"],
                step["evidence"],
            )
        )
        save_step(session, step_id, checked)
