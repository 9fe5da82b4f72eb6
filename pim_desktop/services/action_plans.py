"""Workshop action plans: plans, their working groups and numbered challenges, and follow-up across plans."""

from dataclasses import replace
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from pim_desktop.domain import action_plans as domain
from pim_desktop.domain.enums import FocalPointKind
from pim_desktop.domain.errors import NotFoundError, ValidationError
from pim_desktop.domain.validation import clean_text, fold_key, is_blank, required_name
from pim_desktop.i18n import N_, _
from pim_desktop.services.wording import wording
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile

Record = TypeVar("Record")
# What is said of a plan, group or challenge that no longer exists (an undo, or another window, removed it)
_GONE: dict[type, str] = {
    models.ActionPlan: N_("that action plan no longer exists"),
    models.ActionGroup: N_("that group no longer exists"),
    models.ActionItem: N_("that challenge no longer exists"),
}


def _person(person: domain.Person) -> domain.Person | None:
    name = clean_text(person.name)
    return domain.Person(name, clean_text(person.organisation)) if name else None


def _people(people: tuple[domain.Person, ...]) -> tuple[domain.Person, ...]:
    return tuple(p for p in map(_person, people) if p is not None)


def valid_plan(details: domain.PlanDetails) -> domain.PlanDetails:
    if details.start_date and details.end_date and details.end_date < details.start_date:
        raise ValidationError(_("the plan's last day is before its first day"))
    return replace(
        details,
        title=required_name(details.title, "plan title"),
        workshop=clean_text(details.workshop),
        place=clean_text(details.place),
        facilitators=clean_text(details.facilitators),
        notes=clean_text(details.notes),
        participating_organisations=clean_text(details.participating_organisations),
    )


def valid_group(details: domain.GroupDetails) -> domain.GroupDetails:
    leader = _person(details.team_leader) if details.team_leader else None
    return domain.GroupDetails(required_name(details.theme, "group theme"), leader, _people(details.members))


def valid_item(details: domain.ItemDetails) -> domain.ItemDetails:
    challenge = clean_text(details.challenge)
    if is_blank(challenge):
        raise ValidationError(_("the challenge cannot be empty"))
    return replace(
        details,
        challenge=challenge,
        action_points=tuple(p for p in map(clean_text, details.action_points) if p),
        timeline=clean_text(details.timeline),
        focal_points=_people(details.focal_points),
        advisers=_people(details.advisers),
        notes=clean_text(details.notes),
    )


def item_of(record: models.ActionItem) -> domain.ActionItem:
    def people(kind: FocalPointKind) -> tuple[domain.Person, ...]:
        return tuple(domain.Person(p.name, p.organisation) for p in record.focal_points if p.kind is kind)

    details = domain.ItemDetails(
        challenge=record.challenge,
        action_points=tuple(point.text for point in record.action_points),
        timeline=record.timeline,
        due_date=record.due_date,
        focal_points=people(FocalPointKind.FOCAL_POINT),
        advisers=people(FocalPointKind.ADVISER),
        status=record.status,
        priority=record.priority,
        category_id=record.category_id,
        process_step_id=record.process_step_id,
        principle_id=record.principle_id,
        notes=record.notes,
    )
    return domain.ActionItem(record.id, record.group_id, record.number, details, record.status_changed_on)


def _group(record: models.ActionGroup) -> domain.ActionGroup:
    leader = (
        domain.Person(record.team_leader, record.team_leader_organisation) if record.team_leader else None
    )
    members = tuple(domain.Person(m.name, m.organisation) for m in record.members)
    details = domain.GroupDetails(record.theme, leader, members)
    return domain.ActionGroup(record.id, record.position, details, tuple(item_of(i) for i in record.items))


def _plan_details(record: models.ActionPlan) -> domain.PlanDetails:
    return domain.PlanDetails(
        **{f: getattr(record, f) for f in domain.PlanDetails.__dataclass_fields__},  # same names
    )


# A plan read whole in a few queries: its groups with their members, their challenges with points and people
WHOLE_PLAN = [
    selectinload(models.ActionPlan.groups).selectinload(models.ActionGroup.members),
    selectinload(models.ActionPlan.groups)
    .selectinload(models.ActionGroup.items)
    .selectinload(models.ActionItem.action_points),
    selectinload(models.ActionPlan.groups)
    .selectinload(models.ActionGroup.items)
    .selectinload(models.ActionItem.focal_points),
]


def _whole_plan(record: models.ActionPlan) -> domain.ActionPlan:
    return domain.ActionPlan(record.id, _plan_details(record), tuple(_group(g) for g in record.groups))


def store_group(record: models.ActionGroup, details: domain.GroupDetails) -> None:
    record.theme = details.theme
    leader = details.team_leader or domain.Person("")
    record.team_leader, record.team_leader_organisation = leader.name, leader.organisation
    record.members = [
        models.ActionGroupMember(position=i, name=m.name, organisation=m.organisation)
        for i, m in enumerate(details.members)
    ]


def store_item_details(record: models.ActionItem, details: domain.ItemDetails, today: date) -> None:
    if record.status is not details.status or record.status_changed_on is None:
        record.status_changed_on = today
    for name in ("challenge", "timeline", "due_date", "status", "priority", "notes"):
        setattr(record, name, getattr(details, name))
    record.category_id, record.process_step_id = details.category_id, details.process_step_id
    record.principle_id = details.principle_id
    record.action_points = [
        models.ActionPoint(position=i, text=t) for i, t in enumerate(details.action_points)
    ]
    people = [(p, FocalPointKind.FOCAL_POINT) for p in details.focal_points]
    people += [(p, FocalPointKind.ADVISER) for p in details.advisers]
    record.focal_points = [
        models.ActionFocalPoint(position=i, name=p.name, organisation=p.organisation, kind=kind)
        for i, (p, kind) in enumerate(people)
    ]


def _renumber(session: Session, group_id: int) -> None:
    items = session.scalars(
        select(models.ActionItem)
        .where(models.ActionItem.group_id == group_id)
        .order_by(models.ActionItem.number)
        .with_for_update(nowait=True)  # as REORDERING in services/matrix.py
    )
    for number, item in enumerate(items, start=1):
        item.number = number


class ActionPlanService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    # --- reading -------------------------------------------------------------------------------------------

    def plans(self) -> list[domain.PlanSummary]:
        with self._file.session() as session:
            counts = dict(
                session.execute(
                    select(models.ActionGroup.plan_id, func.count(models.ActionItem.id))
                    .join(models.ActionItem)
                    .group_by(models.ActionGroup.plan_id)
                ).all()
            )
            # a plan without a first day first, on a server as in a file (PostgreSQL sorts NULL last)
            first_day = models.ActionPlan.start_date.nulls_first()
            records = session.scalars(select(models.ActionPlan).order_by(first_day, models.ActionPlan.id))
            return [domain.PlanSummary(r.id, r.title, counts.get(r.id, 0)) for r in records]

    def plan(self, plan_id: int) -> domain.ActionPlan:
        with self._file.session() as session:
            record = session.get(models.ActionPlan, plan_id, options=WHOLE_PLAN)
            if record is None:
                raise NotFoundError(_(_GONE[models.ActionPlan]))
            return _whole_plan(record)

    def every_plan(self) -> list[domain.ActionPlan]:
        """Every plan whole, in the order they were made: what the exports write."""
        with self._file.session() as session:
            records = session.scalars(
                select(models.ActionPlan).options(*WHOLE_PLAN).order_by(models.ActionPlan.id)
            )
            return [_whole_plan(record) for record in records]

    def link_choices(self) -> domain.LinkChoices:
        """What an item can link to: the categories, the PIM Process steps and sub-steps, the Principles,
        named as link_names names them (the standard content in the reader's language)."""
        words = wording()
        with self._file.session() as session:
            categories = session.scalars(select(models.Category).order_by(models.Category.position))
            steps = session.scalars(select(models.ProcessStep).order_by(models.ProcessStep.id))
            principles = session.scalars(select(models.Principle).order_by(models.Principle.position))
            return domain.LinkChoices(
                tuple(
                    domain.Choice(c.id, words.category(c.code, c.label, c.is_standard)) for c in categories
                ),
                tuple(
                    domain.Choice(s.id, ("" if s.parent_id is None else "  ") + words.step(s.code, s.label))
                    for s in steps
                ),
                tuple(domain.Choice(p.id, words.principle(p.code, p.label)) for p in principles),
            )

    def link_names(self) -> domain.LinkNames:
        """What an item's links are called in the reader's language (standard content translated), by id."""
        words = wording()
        with self._file.session() as session:
            return domain.LinkNames(
                {
                    c.id: words.category(c.code, c.label, c.is_standard)
                    for c in session.scalars(select(models.Category))
                },
                {s.id: words.step(s.code, s.label) for s in session.scalars(select(models.ProcessStep))},
                {p.id: words.principle(p.code, p.label) for p in session.scalars(select(models.Principle))},
            )

    def follow_up(self, wanted: domain.FollowUpFilter, today: date) -> list[domain.FollowUpItem]:
        """Every challenge the filter keeps, plan by plan, group by group, in number order."""
        person, organisation = fold_key(wanted.person), fold_key(wanted.organisation)
        found = []
        for summary in self.plans():
            plan = self.plan(summary.id)
            for group in plan.groups:
                group_orgs = [m.organisation for m in group.details.members]
                if group.details.team_leader:
                    group_orgs.append(group.details.team_leader.organisation)
                for item in group.items:
                    people = item.details.focal_points + item.details.advisers
                    if wanted.status and item.details.status is not wanted.status:
                        continue
                    if person and not any(person in fold_key(p.name) for p in people):
                        continue
                    orgs = [p.organisation for p in people] + group_orgs
                    if organisation and not any(organisation in fold_key(o) for o in orgs):
                        continue
                    overdue = item.overdue(today)
                    if wanted.overdue_only and not overdue:
                        continue
                    changed = item.status_changed_on
                    if wanted.changed_since and (changed is None or changed < wanted.changed_since):
                        continue
                    found.append(
                        domain.FollowUpItem(plan.id, plan.details.title, group.details.theme, item, overdue)
                    )
        return found

    # --- plans ---------------------------------------------------------------------------------------------

    def add_plan(self, details: domain.PlanDetails) -> int:
        valid = valid_plan(details)
        with self._file.changing() as session:
            record = models.ActionPlan(
                **{f: getattr(valid, f) for f in domain.PlanDetails.__dataclass_fields__}
            )
            session.add(record)
            session.flush()
            return record.id

    def update_plan(self, plan_id: int, details: domain.PlanDetails) -> None:
        valid = valid_plan(details)
        with self._file.changing() as session:
            record = self._get(session, models.ActionPlan, plan_id)
            for name in domain.PlanDetails.__dataclass_fields__:
                setattr(record, name, getattr(valid, name))

    def delete_plan(self, plan_id: int) -> None:
        with self._file.changing() as session:
            session.delete(self._get(session, models.ActionPlan, plan_id))

    # --- groups --------------------------------------------------------------------------------------------

    def add_group(self, plan_id: int, details: domain.GroupDetails) -> int:
        valid = valid_group(details)
        with self._file.changing() as session:
            plan = self._get(session, models.ActionPlan, plan_id)
            record = models.ActionGroup(position=len(plan.groups), theme="")
            store_group(record, valid)
            plan.groups.append(record)
            session.flush()
            return record.id

    def update_group(self, group_id: int, details: domain.GroupDetails) -> None:
        valid = valid_group(details)
        with self._file.changing() as session:
            store_group(self._get(session, models.ActionGroup, group_id), valid)

    def delete_group(self, group_id: int) -> None:
        with self._file.changing() as session:
            session.delete(self._get(session, models.ActionGroup, group_id))

    # --- challenges ----------------------------------------------------------------------------------------

    def add_item(
        self, group_id: int, details: domain.ItemDetails, today: date, index: int | None = None
    ) -> int:
        """Add a challenge at `index` (0-based; None for last); the group's challenges are renumbered."""
        valid = valid_item(details)
        with self._file.changing() as session:
            group = self._get(session, models.ActionGroup, group_id)
            count = len(group.items)
            position = count if index is None else max(0, min(index, count))
            for item in group.items:
                if item.number > position:
                    item.number += 1
            record = models.ActionItem(group_id=group_id, number=position + 1, challenge="")
            store_item_details(record, valid, today)
            session.add(record)
            session.flush()
            return record.id

    def update_item(self, item_id: int, details: domain.ItemDetails, today: date) -> None:
        """Change a challenge; a new status records the day it changed."""
        valid = valid_item(details)
        with self._file.changing() as session:
            store_item_details(self._get(session, models.ActionItem, item_id), valid, today)

    def delete_item(self, item_id: int) -> None:
        with self._file.changing() as session:
            record = self._get(session, models.ActionItem, item_id)
            group_id = record.group_id
            session.delete(record)
            session.flush()
            _renumber(session, group_id)

    def move_item(self, item_id: int, offset: int) -> None:
        with self._file.changing() as session:
            record = self._get(session, models.ActionItem, item_id)
            other = session.scalar(
                select(models.ActionItem)
                .where(
                    models.ActionItem.group_id == record.group_id,
                    models.ActionItem.number == record.number + offset,
                )
                .with_for_update(nowait=True)  # as REORDERING in services/matrix.py
            )
            if other is not None:
                record.number, other.number = other.number, record.number

    @staticmethod
    def _get(session: Session, model_class: type[Record], record_id: int) -> Record:
        record = session.get(model_class, record_id)
        if record is None:
            raise NotFoundError(_(_GONE[model_class]))
        return record
