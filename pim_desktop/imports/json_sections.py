"""The sections of a JSON operation file beyond the register: the matrix, the action plans, the PIM Process
and the reviews. Each goes through the rules the window applies, so a file edited by hand stores nothing the
window would refuse; a value of the wrong kind raises TypeError or ValueError (the file is damaged)."""

import re
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pim_desktop.domain.action_plans import GroupDetails, ItemDetails, Person, PlanDetails
from pim_desktop.domain.enums import (
    ActionStatus,
    EntryState,
    PrincipleRating,
    Priority,
    ProcessStatus,
    Sensitivity,
)
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.process import Rating, ReviewDetails, StepDetails
from pim_desktop.domain.validation import clean_text, fold_key, required_name
from pim_desktop.i18n import _
from pim_desktop.services import action_plans as plan_rules
from pim_desktop.services.matrix import entry_text, fresh_row_code, unique_row_label
from pim_desktop.services.process import store_step, valid_step
from pim_desktop.services.review import store_review, valid_review
from pim_desktop.storage import models

# a row's code names it in files and exports: one word, as "custom_3" or "own-1" (a row made elsewhere)
_CODE = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_STANDARD_KEY = re.compile(r"[A-Za-z0-9_.-]{1,64}/[A-Za-z0-9_.-]{1,64}/[0-9]{1,6}")  # reset reads the number


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _flag(value: object) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise ValueError(f"{value!r} is not yes, no or unknown")
    return value


def import_matrix(session: Session, matrix: dict[str, Any], categories: dict[str, int]) -> int:
    """The operation's own rows and the entries of every row that may change; the standard rows keep their
    names, and the fixed ones (Definition, Output) keep this program's entries whatever the file says."""
    rows = _rows_of_the_file(session, matrix["rows"])
    by_cell: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for entry in matrix["entries"]:
        row = rows.get(entry["row"])
        if entry["category"] in categories and row is not None and not row.is_locked:
            by_cell.setdefault((categories[entry["category"]], row.id), []).append(entry)
    codes = {row.id: row.code for row in rows.values()}
    for category_id, row_id in by_cell:
        session.execute(
            delete(models.MatrixEntry).where(
                models.MatrixEntry.category_id == category_id, models.MatrixEntry.row_id == row_id
            )
        )
    session.flush()
    keys: set[str] = set()
    for (category_id, row_id), entries in by_cell.items():
        for entry in entries:
            key = _standard_key(entry["standard_key"], f"{entry['category']}/{codes[row_id]}/", keys)
            session.add(
                models.MatrixEntry(
                    category_id=category_id,
                    row_id=row_id,
                    position=_number(entry["position"]),
                    text=entry_text(entry["text"]),
                    state=EntryState(entry["state"]),
                    standard_key=key,
                    standard_text=None
                    if entry["standard_text"] is None
                    else clean_text(entry["standard_text"]),
                )
            )
    session.flush()
    return len(by_cell)


def _rows_of_the_file(session: Session, file_rows: list[dict[str, Any]]) -> dict[str, models.MatrixRow]:
    """Our row for each code the file uses. A standard row is its code; an own row is its name, because two
    offices number their own rows apart ("custom_8" is "Funding" in one file, "Access" in the other). An own
    row we lack is added under the file's code when it is free, after our row for the one it follows in the
    file and after our own rows the file does not have (the file's positions count rows we may lack)."""
    mine = list(session.scalars(select(models.MatrixRow).order_by(models.MatrixRow.position)))
    by_code = {row.code: row for row in mine if row.is_standard}
    own = {fold_key(row.label): row for row in mine if not row.is_standard}
    codes, in_the_file = {row.code for row in mine}, set[str]()
    theirs_too = {fold_key(row["label"]) for row in file_rows if not row["standard"]}
    previous: models.MatrixRow | None = None
    for row in sorted(file_rows, key=lambda r: _number(r["position"])):
        if row["standard"]:
            previous = by_code.get(row["code"], previous)
            continue
        label = required_name(row["label"], "row name")
        if fold_key(label) in in_the_file:  # "Access" and "ACCESS": one row to us
            raise ValidationError(_("the matrix already has a row called '{row}'").format(row=label))
        in_the_file.add(fold_key(label))
        record = own.get(fold_key(label))
        if record is None:
            unique_row_label(session, label)  # not the name of a standard row either
            code = _code(row["code"])
            record = models.MatrixRow(
                code=code if code not in codes else fresh_row_code(codes),
                label=label,
                position=len(mine),  # its place is set below
                is_standard=False,
            )
            session.add(record)
            place = mine.index(previous) + 1 if previous is not None else 0
            while (
                place < len(mine)
                and not mine[place].is_standard
                and fold_key(mine[place].label) not in theirs_too
            ):
                place += 1
            mine.insert(place, record)
            own[fold_key(label)], codes = record, codes | {record.code}
        by_code[row["code"]] = previous = record
    for position, record in enumerate(mine):
        record.position = position
    session.flush()
    return by_code


def _number(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1_000_000:
        raise ValueError(f"{value!r} is not a position")
    return value


def _code(value: object) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise ValueError(f"{value!r} is not a row code")
    return value


def _standard_key(value: object, cell: str, seen: set[str]) -> str | None:
    """Where a standard entry came from: category/row/number, as the shipped matrix names them, of the cell
    it is stored in, and once only (a key is unique in the matrix)."""
    if value is None:
        return None
    if not isinstance(value, str) or not _STANDARD_KEY.fullmatch(value) or not value.startswith(cell):
        raise ValueError(f"{value!r} is not a standard entry of {cell.rstrip('/')}")
    if value in seen:
        raise ValueError(f"the standard entry {value!r} comes twice")
    seen.add(value)
    return value


def _people(people: list[dict[str, Any]]) -> tuple[Person, ...]:
    return tuple(Person(person["name"], person["organisation"]) for person in people)


def import_plan(
    session: Session,
    plan: dict[str, Any],
    categories: dict[str, int],
    steps: dict[str, int],
    principles: dict[str, int],
    earlier: set[models.ActionPlan],
) -> None:
    """A plan through the same rules as one typed in the window. It replaces the plans of the same title
    (ignoring case, accents and spacing, as a merge matches them) that were there before the import
    (`earlier`, taken from as they go); two plans of one title in the file are both kept."""
    details = plan_rules.valid_plan(
        PlanDetails(
            **{f: plan[f] for f in ("title", "workshop", "place", "facilitators", "notes")},
            participating_organisations=plan["participating_organisations"],
            start_date=day(plan["start_date"]),
            end_date=day(plan["end_date"]),
            sensitivity=Sensitivity(plan["sensitivity"]),
        )
    )
    for same in [
        earlier_plan for earlier_plan in earlier if fold_key(earlier_plan.title) == fold_key(details.title)
    ]:
        earlier.discard(same)
        session.delete(same)
    session.flush()
    record = models.ActionPlan(**{f: getattr(details, f) for f in PlanDetails.__dataclass_fields__})
    for position, group in enumerate(plan["groups"]):
        theme = plan_rules.valid_group(
            GroupDetails(
                group["theme"],
                _people([group["team_leader"]])[0] if group["team_leader"] else None,
                _people(group["members"]),
            )
        )
        group_record = models.ActionGroup(position=position, theme="")
        plan_rules.store_group(group_record, theme)
        for number, item in enumerate(group["items"], start=1):
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
            item_record = models.ActionItem(number=number, challenge="")
            plan_rules.store_item_details(item_record, valid, date.today())
            item_record.status_changed_on = day(item["status_changed_on"])  # as the file recorded it
            group_record.items.append(item_record)
        record.groups.append(group_record)
    session.add(record)


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


def import_step(steps: dict[str, models.ProcessStep], step: dict[str, Any]) -> None:
    record = steps.get(step["code"])
    if record is not None:
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
        store_step(record, checked)
