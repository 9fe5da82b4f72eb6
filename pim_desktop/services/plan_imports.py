"""Action plans as an import meets them: the challenges already stored, that a spreadsheet's rows are matched
against by plan, group and challenge; the rows filed into the plans and groups they name; and the plans of a
JSON operation file, which replace those of their titles."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.domain import action_plans as domain
from pim_desktop.domain.validation import fold_key
from pim_desktop.services.action_plans import item_of, store_group, store_item_details
from pim_desktop.storage import models

# A group of a plan a file brings, and its challenges, each with the day its status last changed
ImportedGroup = tuple[domain.GroupDetails, list[tuple[domain.ItemDetails, date | None]]]


def item_keys(session: Session) -> list[tuple[int, str, str, str]]:
    """Every challenge's id, with the title of its plan, the theme of its group and its own words."""
    query = (
        select(
            models.ActionItem.id,
            models.ActionPlan.title,
            models.ActionGroup.theme,
            models.ActionItem.challenge,
        )
        .join(models.ActionGroup, models.ActionGroup.id == models.ActionItem.group_id)
        .join(models.ActionPlan, models.ActionPlan.id == models.ActionGroup.plan_id)
    )
    return [(item_id, title, theme, challenge) for item_id, title, theme, challenge in session.execute(query)]


def item_labels(session: Session, ids: set[int]) -> dict[int, str]:
    """The challenges asked for, each as "number. words"."""
    query = select(models.ActionItem.id, models.ActionItem.number, models.ActionItem.challenge)
    return {
        i: f"{number}. {text}"
        for i, number, text in session.execute(query.where(models.ActionItem.id.in_(ids)))
    }


def find_item_details(session: Session, item_id: int) -> domain.ItemDetails | None:
    """A challenge's details as stored, or None when it is gone."""
    record = session.get(models.ActionItem, item_id)
    return item_of(record).details if record is not None else None


class ItemFiler:
    """Challenges filed into the plan and group each names, both matched as the challenge itself is (ignoring
    case, accents and spacing) and made when new: the rows of one import, in its transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._plans: dict[str, models.ActionPlan] = {}  # by folded title, those met or made so far

    def store(
        self,
        plan_title: str,
        group: domain.GroupDetails,
        number: int | None,
        details: domain.ItemDetails,
        item_id: int | None = None,
    ) -> None:
        """Update the challenge `item_id`, or add one to its plan and group, under `number` when the row gave
        one the group does not have yet."""
        session = self._session
        if item_id is not None:
            record = session.get(models.ActionItem, item_id)
            if record is not None:
                store_item_details(record, details, date.today())
                return
        wanted = fold_key(plan_title)
        in_order = select(models.ActionPlan).order_by(models.ActionPlan.id)  # of two of one title, the first
        plan = self._plans.get(wanted) or next(
            (p for p in session.scalars(in_order) if fold_key(p.title) == wanted), None
        )
        if plan is None:
            plan = models.ActionPlan(title=plan_title)
            session.add(plan)
        self._plans[wanted] = plan
        group_record = next((g for g in plan.groups if fold_key(g.theme) == fold_key(group.theme)), None)
        if group_record is None:
            group_record = models.ActionGroup(position=len(plan.groups), theme="")
            store_group(group_record, group)
            plan.groups.append(group_record)
        numbers = {item.number for item in group_record.items}
        free = number if number and number not in numbers else max(numbers, default=0) + 1
        item = models.ActionItem(number=free, challenge="")
        store_item_details(item, details, date.today())
        group_record.items.append(item)


class PlansFromFile:
    """The plans a file brings, each replacing the plans of its title (ignoring case, accents and spacing, as
    a merge matches them) that were there before the import: two of one title in a file are both kept."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._earlier = set(session.scalars(select(models.ActionPlan)))  # taken from as they are replaced

    def store(self, details: domain.PlanDetails, groups: list[ImportedGroup]) -> None:
        """A plan, its groups and their challenges, checked by the window's rules, numbered in order."""
        session = self._session
        for same in [plan for plan in self._earlier if fold_key(plan.title) == fold_key(details.title)]:
            self._earlier.discard(same)
            session.delete(same)
        session.flush()
        record = models.ActionPlan(
            **{f: getattr(details, f) for f in domain.PlanDetails.__dataclass_fields__}
        )
        for position, (group, items) in enumerate(groups):
            group_record = models.ActionGroup(position=position, theme="")
            store_group(group_record, group)
            for number, (item, status_changed_on) in enumerate(items, start=1):
                item_record = models.ActionItem(number=number, challenge="")
                store_item_details(item_record, item, date.today())
                item_record.status_changed_on = status_changed_on  # as the file recorded it
                group_record.items.append(item_record)
            record.groups.append(group_record)
        session.add(record)
