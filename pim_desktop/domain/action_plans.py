"""Plain data objects of workshop action plans: what a facilitator types in the room, and what follow-up
reads months later."""

import re
from dataclasses import dataclass
from datetime import date

from pim_desktop.domain.enums import ActionStatus, Priority, Sensitivity


@dataclass(frozen=True)
class Person:
    """Someone named in a plan, with their organisation when the room gave it: "Jad (UNHCR)"."""

    name: str
    organisation: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


@dataclass(frozen=True)
class PlanDetails:
    title: str
    workshop: str = ""
    place: str = ""
    start_date: date | None = None
    end_date: date | None = None
    facilitators: str = ""
    participating_organisations: str = ""
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    notes: str = ""


@dataclass(frozen=True)
class GroupDetails:
    theme: str
    team_leader: Person | None = None
    members: tuple[Person, ...] = ()


@dataclass(frozen=True)
class ItemDetails:
    """A numbered challenge with its action points, timeline ("Q1 of 2019") and people."""

    challenge: str
    action_points: tuple[str, ...] = ()
    timeline: str = ""
    due_date: date | None = None
    focal_points: tuple[Person, ...] = ()
    advisers: tuple[Person, ...] = ()
    status: ActionStatus = ActionStatus.NOT_STARTED
    priority: Priority | None = None
    category_id: int | None = None
    process_step_id: int | None = None
    principle_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class ActionItem:
    id: int
    group_id: int
    number: int
    details: ItemDetails
    status_changed_on: date | None

    def overdue(self, today: date) -> bool:
        """Due date passed and not finished (done or dropped)."""
        finished = self.details.status in (ActionStatus.DONE, ActionStatus.DROPPED)
        return self.details.due_date is not None and self.details.due_date < today and not finished


@dataclass(frozen=True)
class ActionGroup:
    id: int
    position: int
    details: GroupDetails
    items: tuple[ActionItem, ...] = ()


@dataclass(frozen=True)
class ActionPlan:
    id: int
    details: PlanDetails
    groups: tuple[ActionGroup, ...] = ()


@dataclass(frozen=True)
class PlanSummary:
    id: int
    title: str
    item_count: int


@dataclass(frozen=True)
class FollowUpFilter:
    status: ActionStatus | None = None
    person: str = ""  # a focal point or adviser, by part of the name
    organisation: str = ""  # of a focal point, adviser, member or leader of the group
    overdue_only: bool = False
    changed_since: date | None = None


@dataclass(frozen=True)
class FollowUpItem:
    plan_id: int
    plan_title: str
    group_theme: str
    item: ActionItem
    overdue: bool


@dataclass(frozen=True)
class Choice:
    """An optional link of an item: a PIM category, a PIM Process step or a PIM Principle."""

    id: int
    label: str


@dataclass(frozen=True)
class LinkChoices:
    categories: tuple[Choice, ...] = ()
    process_steps: tuple[Choice, ...] = ()
    principles: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class LinkNames:
    """What the categories, PIM Process steps and Principles an item links to are called, by id."""

    categories: dict[int, str]
    steps: dict[int, str]
    principles: dict[int, str]


def parse_person(text: str) -> Person | None:
    """ "Jad (UNHCR)" -> Person("Jad", "UNHCR"); an empty text -> None."""
    text = text.strip()
    if not text:
        return None
    if text.endswith(")") and "(" in text:
        name, _, organisation = text[:-1].rpartition("(")
        if name.strip():
            return Person(name.strip(), organisation.strip())
    return Person(text)


def parse_people(text: str, separator: str = ",") -> tuple[Person, ...]:
    """People typed in one field, "Jad (UNHCR), Fred" (or one a line with separator "\\n")."""
    # a separator inside brackets belongs to an organisation's name: "Ana (Ministry of Health, Planning)"
    parts = re.split(rf"{re.escape(separator)}(?![^()]*\))", text)
    return tuple(p for p in map(parse_person, parts) if p is not None)


def people_text(people: tuple[Person, ...], separator: str = ", ") -> str:
    return separator.join(person.label for person in people)
