"""Reading an operation written by `export --format json` (docs/json-format.md) into an operation file: the
matrix customisations, organisations, systems, action plans, process and reviews, in one transaction."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import (
    ActionStatus,
    EntryState,
    FocalPointKind,
    OrganisationType,
    PrincipleRating,
    Priority,
    ProcessStatus,
    Sensitivity,
    SystemRole,
    SystemStatus,
)
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import fold_key
from pim_desktop.exports.json_export import FORMAT_NAME, SCHEMA_VERSION
from pim_desktop.i18n import _
from pim_desktop.imports.reading import UnreadableSourceError
from pim_desktop.services import organisations as organisation_rules
from pim_desktop.services import systems as system_rules
from pim_desktop.storage import models
from pim_desktop.storage.backups import make_backup
from pim_desktop.storage.operation_file import OperationFile


@dataclass(frozen=True)
class OperationImportResult:
    organisations: int
    systems: int
    action_plans: int
    matrix_cells: int


def read_operation_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise UnreadableSourceError(_("there is no file at {path}").format(path=path))
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableSourceError(
            _("{name} is not a JSON operation file ({error})").format(name=path.name, error=error)
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise UnreadableSourceError(
            _("{name} is JSON but not an operation exported by PIM Desktop").format(name=path.name)
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise UnreadableSourceError(
            _(
                "{name} was written by a newer version of PIM Desktop (format version {version}); update the "
                "program to import it"
            ).format(name=path.name, version=version)
        )
    operation = document.get("operation")
    if not isinstance(operation, dict) or not isinstance(operation.get("name"), str):
        raise UnreadableSourceError(
            _("{name} is incomplete or damaged: it holds no operation").format(name=path.name)
        )
    return document


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def import_operation(
    operation_file: OperationFile,
    document: dict[str, Any],
    *,
    reason: str = "before-import",
    also: Callable[[Session], None] | None = None,
) -> OperationImportResult:
    """Store the document in one transaction (with `also`, run in the same transaction: a merge's record).
    Systems may name organisations the document does not carry, by a key of `document["known_organisations"]`
    (key -> name): they are found in the register by name."""
    make_backup(operation_file.path, reason)
    try:
        with operation_file.changing() as session:
            result = _apply(session, document)
            if also is not None:
                also(session)
            return result
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValidationError(
            _("the JSON file is incomplete or damaged ({kind}: {error}); nothing was imported").format(
                kind=type(error).__name__, error=error
            )
        ) from error


def _apply(session: Session, document: dict[str, Any]) -> OperationImportResult:
    categories = {c.code: c.id for c in session.scalars(select(models.Category))}
    cells = _matrix(session, document["matrix"], categories)
    organisation_ids = _organisations(session, document["organisations"])
    linkable = dict(organisation_ids)  # and organisations already in the register, named by the document
    by_name = {
        key: org_id
        for org_id, key in session.execute(select(models.Organisation.id, models.Organisation.name_key))
    }
    for key, name in document.get("known_organisations", {}).items():
        if key not in linkable and fold_key(name) in by_name:
            linkable[key] = by_name[fold_key(name)]
    system_ids = _systems(session, document["systems"], categories, linkable)
    steps = {s.code: s for s in session.scalars(select(models.ProcessStep))}
    principles = {p.code: p.id for p in session.scalars(select(models.Principle))}
    for plan in document["action_plans"]:
        _plan(session, plan, categories, {c: s.id for c, s in steps.items()}, principles)
    for step in document["process"]:
        record = steps.get(step["code"])
        if record is not None:
            record.status, record.owner = ProcessStatus(step["status"]), step["owner"]
            record.start_date, record.end_date = _day(step["start_date"]), _day(step["end_date"])
            record.notes, record.evidence = step["notes"], step["evidence"]
    for review in document["reviews"]:
        _review(session, review, system_ids, principles)
    return OperationImportResult(len(organisation_ids), len(system_ids), len(document["action_plans"]), cells)


def _matrix(session: Session, matrix: dict[str, Any], categories: dict[str, int]) -> int:
    rows = {r.code: r for r in session.scalars(select(models.MatrixRow))}
    for row in matrix["rows"]:
        if row["code"] not in rows and not row["standard"]:
            record = models.MatrixRow(code=row["code"], label=row["label"], position=row["position"])
            session.add(record)
            rows[row["code"]] = record
        elif not row["standard"]:
            rows[row["code"]].label, rows[row["code"]].position = row["label"], row["position"]
    session.flush()
    by_cell: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for entry in matrix["entries"]:
        if entry["category"] in categories and entry["row"] in rows:
            by_cell.setdefault((categories[entry["category"]], rows[entry["row"]].id), []).append(entry)
    for category_id, row_id in by_cell:
        session.execute(
            delete(models.MatrixEntry).where(
                models.MatrixEntry.category_id == category_id, models.MatrixEntry.row_id == row_id
            )
        )
    session.flush()
    for (category_id, row_id), entries in by_cell.items():
        for entry in entries:
            session.add(
                models.MatrixEntry(
                    category_id=category_id,
                    row_id=row_id,
                    position=entry["position"],
                    text=entry["text"],
                    state=EntryState(entry["state"]),
                    standard_key=entry["standard_key"],
                    standard_text=entry["standard_text"],
                )
            )
    session.flush()
    return len(by_cell)


def _organisations(session: Session, organisations: list[dict[str, Any]]) -> dict[str, int]:
    existing = {
        name_key: org_id
        for org_id, name_key in session.execute(select(models.Organisation.id, models.Organisation.name_key))
    }
    ids = {}
    for item in organisations:
        focal = item["focal_point"] or {}
        details = organisation_rules.validated(
            model.OrganisationDetails(
                name=item["name"],
                acronym=item["acronym"],
                org_type=OrganisationType(item["type"]),
                identifier=item["identifier"],
                focal_name=focal.get("name", ""),
                focal_role=focal.get("role", ""),
                focal_email=focal.get("email", ""),
                focal_phone=focal.get("phone", ""),
                notes=item["notes"],
            )
        )
        record = organisation_rules.save(session, existing.get(fold_key(details.name)), details)
        session.flush()
        ids[item["key"]] = record.id
    return ids


def _systems(
    session: Session, systems: list[dict[str, Any]], categories: dict[str, int], organisations: dict[str, int]
) -> dict[str, int]:
    existing = {
        name_key: system_id
        for system_id, name_key in session.execute(
            select(models.InformationSystem.id, models.InformationSystem.name_key)
        )
    }
    stored: list[tuple[str, models.InformationSystem]] = []
    entries = system_rules.matrix_index(session)  # read once for all the systems
    for item in systems:
        contact = item["contact"] or {}
        details = model.SystemDetails(
            name=item["name"],
            primary_category_id=categories[item["primary_category"]],
            secondary_category_ids=tuple(categories[c] for c in item["secondary_categories"]),
            links=tuple(
                model.SystemLink(organisations[link["organisation"]], SystemRole(link["role"]))
                for link in item["organisations"]
            ),
            areas=tuple(
                model.Area(a["country"], a["admin1"], a["admin1_pcode"], a["admin2"], a["admin2_pcode"])
                for a in item["areas"]
            ),
            status=SystemStatus(item["status"]),
            start_date=_day(item["start_date"]),
            end_date=_day(item["end_date"]),
            sensitivity=Sensitivity(item["sensitivity"]),
            contact_name=contact.get("name", ""),
            contact_email=contact.get("email", ""),
            contact_phone=contact.get("phone", ""),
            **{
                f: item[f]
                for f in ("description", "sub_categories", "methods", "outputs", "population_groups")
            },
            **{f: item[f] for f in ("frequency", "shared_data", "shared_with", "sharing_agreement", "notes")},
        )
        valid = system_rules.validated(details, session)  # before the new record joins the session
        record = system_rules.save(session, existing.get(fold_key(item["name"])), valid, entries)
        stored.append((item["key"], record))
    session.flush()  # once for all: the new systems get their ids
    return {key: record.id for key, record in stored}


def _plan(
    session: Session,
    plan: dict[str, Any],
    categories: dict[str, int],
    steps: dict[str, int],
    principles: dict[str, int],
) -> None:
    for same in session.scalars(select(models.ActionPlan).where(models.ActionPlan.title == plan["title"])):
        session.delete(same)  # the file's plan replaces the one of the same title
    session.flush()
    record = models.ActionPlan(
        **{
            f: plan[f]
            for f in ("title", "workshop", "place", "facilitators", "participating_organisations", "notes")
        },
        start_date=_day(plan["start_date"]),
        end_date=_day(plan["end_date"]),
        sensitivity=Sensitivity(plan["sensitivity"]),
    )
    for position, group in enumerate(plan["groups"]):
        leader = group["team_leader"] or {"name": "", "organisation": ""}
        group_record = models.ActionGroup(
            position=position,
            theme=group["theme"],
            team_leader=leader["name"],
            team_leader_organisation=leader["organisation"],
        )
        group_record.members = [
            models.ActionGroupMember(position=i, name=m["name"], organisation=m["organisation"])
            for i, m in enumerate(group["members"])
        ]
        for item in group["items"]:
            people = [(p, FocalPointKind.FOCAL_POINT) for p in item["focal_points"]] + [
                (p, FocalPointKind.ADVISER) for p in item["advisers"]
            ]
            group_record.items.append(
                models.ActionItem(
                    number=item["number"],
                    challenge=item["challenge"],
                    timeline=item["timeline"],
                    due_date=_day(item["due_date"]),
                    status=ActionStatus(item["status"]),
                    status_changed_on=_day(item["status_changed_on"]),
                    priority=Priority(item["priority"]) if item["priority"] else None,
                    category_id=categories.get(item["category"]) if item["category"] else None,
                    process_step_id=steps.get(item["process_step"]) if item["process_step"] else None,
                    principle_id=principles.get(item["principle"]) if item["principle"] else None,
                    notes=item["notes"],
                    action_points=[
                        models.ActionPoint(position=i, text=t) for i, t in enumerate(item["action_points"])
                    ],
                    focal_points=[
                        models.ActionFocalPoint(
                            position=i, name=p["name"], organisation=p["organisation"], kind=k
                        )
                        for i, (p, k) in enumerate(people)
                    ],
                )
            )
        record.groups.append(group_record)
    session.add(record)


def _review(
    session: Session, review: dict[str, Any], systems: dict[str, int], principles: dict[str, int]
) -> None:
    system_id = systems.get(review["system"])
    if system_id is None:
        return
    session.execute(delete(models.DataReview).where(models.DataReview.system_id == system_id))
    record = models.DataReview(
        system_id=system_id,
        holds_personal_data=review["holds_personal_data"],
        consent_process=review["consent_process"],
        agreement_reference=review["agreement_reference"],
        notes=review["notes"],
        **{
            f: _day(review[f])
            for f in ("risk_assessment_date", "agreement_date", "agreement_review_date", "reviewed_on")
        },
    )
    record.ratings = [
        models.PrincipleRatingRecord(
            principle_id=principles[code], rating=PrincipleRating(r["rating"]), note=r["note"]
        )
        for code, r in review["ratings"].items()
        if code in principles
    ]
    session.add(record)
