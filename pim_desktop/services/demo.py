"""The sample operation: realistic enough to train with, and to show in screenshots.

Its content is data (resources/demo/sample-operation.json); this module writes it into a new operation file,
including the seed's Lebanon "Data Sharing" action plan exactly as the workshop wrote it.
"""

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.domain.enums import (
    ActionStatus,
    EntryState,
    FocalPointKind,
    OrganisationType,
    PrincipleRating,
    ProcessStatus,
    Sensitivity,
    SystemRole,
    SystemStatus,
)
from pim_desktop.domain.validation import fold_key
from pim_desktop.resources import load_json_resource
from pim_desktop.services.operations import create_operation
from pim_desktop.storage import models


def write_sample_operation(path: Path, passphrase: str | None = None) -> None:
    """The sample operation at `path`, encrypted when a passphrase is given."""
    data = load_json_resource("demo", "sample-operation.json")
    operation = data["operation"]
    create_operation(
        path,
        name=operation["name"],
        country=operation["country"],
        description=operation["description"],
        default_sensitivity=Sensitivity(operation["default_sensitivity"]),
        then=lambda session: _populate(session, data),
        passphrase=passphrase,
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _populate(session: Session, data: dict[str, Any]) -> None:
    categories = {c.code: c for c in session.scalars(select(models.Category))}
    _customise_matrix(session, data["matrix_changes"], categories)
    organisations = _add_organisations(session, data["organisations"])
    systems = _add_systems(session, data["systems"], categories, organisations)
    steps = {step.code: step for step in session.scalars(select(models.ProcessStep))}
    principles = {p.code: p for p in session.scalars(select(models.Principle))}
    for plan in data["action_plans"]:
        _add_action_plan(session, plan, categories, steps, principles)
    for code, (status, owner, start, end) in data["process"].items():
        step = steps[code]
        step.status, step.owner = ProcessStatus(status), owner
        step.start_date, step.end_date = _day(start), _day(end)
    for review in data["reviews"]:
        _add_review(session, review, systems, principles)
    session.flush()


def _customise_matrix(
    session: Session, changes: dict[str, Any], categories: dict[str, models.Category]
) -> None:
    rows = {row.code: row for row in session.scalars(select(models.MatrixRow))}

    def cell(category_code: str, row_code: str) -> list[models.MatrixEntry]:
        query = (
            select(models.MatrixEntry)
            .where(
                models.MatrixEntry.category_id == categories[category_code].id,
                models.MatrixEntry.row_id == rows[row_code].id,
            )
            .order_by(models.MatrixEntry.position)
        )
        return list(session.scalars(query))

    for category_code, row_code, text in changes["add"]:
        position = len(cell(category_code, row_code))
        session.add(
            models.MatrixEntry(
                category_id=categories[category_code].id,
                row_id=rows[row_code].id,
                position=position,
                text=text,
                state=EntryState.ADDED,
            )
        )
    for category_code, row_code, index, text in changes["edit"]:
        entry = cell(category_code, row_code)[index]
        entry.text, entry.state = text, EntryState.EDITED
    for category_code, row_code, index in changes["remove"]:
        cell(category_code, row_code)[index].state = EntryState.REMOVED
    custom = changes["custom_row"]
    row = models.MatrixRow(
        code=custom["code"], position=len(rows), label=custom["label"], is_standard=False, is_locked=False
    )
    session.add(row)
    session.flush()
    for category_code, texts in custom["entries"].items():
        for position, text in enumerate(texts):
            session.add(
                models.MatrixEntry(
                    category_id=categories[category_code].id,
                    row_id=row.id,
                    position=position,
                    text=text,
                    state=EntryState.ADDED,
                )
            )


def _add_organisations(session: Session, records: list[dict[str, Any]]) -> dict[str, models.Organisation]:
    by_acronym = {}
    for record in records:
        focal_name, focal_role, focal_email, focal_phone = record["focal"]
        organisation = models.Organisation(
            name=record["name"],
            name_key=fold_key(record["name"]),
            acronym=record["acronym"],
            acronym_key=fold_key(record["acronym"]),
            org_type=OrganisationType(record["type"]),
            identifier=record["identifier"],
            focal_name=focal_name,
            focal_role=focal_role,
            focal_email=focal_email,
            focal_phone=focal_phone,
        )
        session.add(organisation)
        by_acronym[record["acronym"]] = organisation
    session.flush()
    return by_acronym


def _add_systems(
    session: Session,
    records: list[dict[str, Any]],
    categories: dict[str, models.Category],
    organisations: dict[str, models.Organisation],
) -> dict[str, models.InformationSystem]:
    by_name = {}
    for record in records:
        system = models.InformationSystem(
            name=record["name"],
            name_key=fold_key(record["name"]),
            primary_category_id=categories[record["category"]].id,
            methods=record["methods"],
            outputs=record["outputs"],
            population_groups=record["groups"],
            frequency=record["frequency"],
            status=SystemStatus(record["status"]),
            start_date=_day(record.get("start")),
            end_date=_day(record.get("end")),
            sensitivity=Sensitivity(record["sensitivity"]),
            shared_data=record["shared"],
            shared_with=record["shared_with"],
            sharing_agreement=record["agreement"],
        )
        lead = organisations[record["orgs"][0][0]]
        system.contact_name, system.contact_email = lead.focal_name, lead.focal_email
        system.organisation_links = [
            models.SystemOrganisation(organisation=organisations[acronym], role=SystemRole(role))
            for acronym, role in record["orgs"]
        ]
        system.areas = [models.SystemArea(country_iso3="LBN", admin1=area) for area in record["areas"]]
        system.secondary_categories = [
            models.SystemSecondaryCategory(category_id=categories[code].id)
            for code in record.get("secondary", [])
        ]
        session.add(system)
        by_name[record["name"]] = system
    session.flush()
    return by_name


def _add_action_plan(
    session: Session,
    plan: dict[str, Any],
    categories: dict[str, models.Category],
    steps: dict[str, models.ProcessStep],
    principles: dict[str, models.Principle],
) -> None:
    record = models.ActionPlan(
        title=plan["title"],
        workshop=plan["workshop"],
        place=plan["place"],
        start_date=_day(plan["start"]),
        end_date=_day(plan["end"]),
        facilitators=plan["facilitators"],
        participating_organisations=plan["participating_organisations"],
        sensitivity=Sensitivity(plan["sensitivity"]),
    )
    for group_position, group in enumerate(plan["groups"]):
        group_record = models.ActionGroup(
            position=group_position, theme=group["theme"], team_leader=group["team_leader"]
        )
        group_record.members = [
            models.ActionGroupMember(position=position, name=name)
            for position, name in enumerate(group["members"])
        ]
        for number, item in enumerate(group["items"], start=1):
            item_record = models.ActionItem(
                number=number,
                challenge=item["challenge"],
                timeline=item["timeline"],
                due_date=_day(item["due"]),
                status=ActionStatus(item["status"]),
                status_changed_on=_day(plan["end"]),
                category_id=categories[item["category"]].id if item["category"] else None,
                process_step_id=steps[item["step"]].id if item["step"] else None,
                principle_id=principles[item["principle"]].id if item["principle"] else None,
            )
            item_record.action_points = [
                models.ActionPoint(position=position, text=text)
                for position, text in enumerate(item["action_points"])
            ]
            people = [(name, FocalPointKind.FOCAL_POINT) for name in item["focal_points"]]
            people += [(name, FocalPointKind.ADVISER) for name in item["advisers"]]
            item_record.focal_points = [
                models.ActionFocalPoint(position=position, name=name, kind=kind)
                for position, (name, kind) in enumerate(people)
            ]
            group_record.items.append(item_record)
        record.groups.append(group_record)
    session.add(record)


def _add_review(
    session: Session,
    review: dict[str, Any],
    systems: dict[str, models.InformationSystem],
    principles: dict[str, models.Principle],
) -> None:
    record = models.DataReview(
        system_id=systems[review["system"]].id,
        holds_personal_data=review["personal_data"],
        risk_assessment_date=_day(review["risk_assessment"]),
        consent_process=review["consent"],
        agreement_reference=review["agreement"],
        agreement_date=_day(review["agreement_date"]),
        agreement_review_date=_day(review["agreement_review"]),
        reviewed_on=_day(review["reviewed_on"]),
    )
    record.ratings = [
        models.PrincipleRatingRecord(principle_id=principles[code].id, rating=PrincipleRating(rating))
        for code, rating in review["ratings"].items()
    ]
    session.add(record)
