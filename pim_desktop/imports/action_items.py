"""Action items in a partner's spreadsheet: one row a challenge, with its plan, group, people and links, the
way the program's own export writes them (and the ways facilitators type them)."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from pim_desktop.domain import action_plans as domain
from pim_desktop.domain.enums import ActionStatus, Priority
from pim_desktop.domain.errors import PimError
from pim_desktop.domain.validation import fold_key, is_blank
from pim_desktop.i18n import N_, _
from pim_desktop.imports import values
from pim_desktop.imports.reading import Cell
from pim_desktop.services.action_plans import valid_group, valid_item, valid_plan
from pim_desktop.services.exchange import Linked, codes_and_labels
from pim_desktop.services.plan_imports import item_keys

DEFAULT_PLAN = "Imported action plan"
DEFAULT_GROUP = "General"
_NOT_A_CATEGORY = N_("'{text}' is not a PIM category; the link is left empty")
_NOT_A_STEP = N_("'{text}' is not a PIM Process step; the link is left empty")
_NOT_A_PRINCIPLE = N_("'{text}' is not a PIM Principle; the link is left empty")


@dataclass(frozen=True)
class ItemRow:
    plan: str
    group: str
    team_leader: domain.Person | None
    members: tuple[domain.Person, ...]
    number: int | None
    details: domain.ItemDetails

    @property
    def name(self) -> str:  # what the preview and the duplicate check show
        return self.details.challenge

    def key(self) -> tuple[str, str, str]:
        return fold_key(self.plan), fold_key(self.group), fold_key(self.details.challenge)

    def group_details(self) -> domain.GroupDetails:
        return domain.GroupDetails(self.group, self.team_leader, self.members)


def by_code_or_label(session: Session, kind: Linked) -> dict[str, int]:
    """Records of the standard content found by what a partner may type (folded as values.value_key): the
    code ("informed_consent", "design.sharing_networks"), its words ("sharing networks"), the label, and for
    a standard category its other names (full, short, French, Arabic)."""
    aliases = values.category_aliases() if kind == "category" else {}
    found: dict[str, int] = {}
    for record_id, code, label in codes_and_labels(session, kind):
        for word in (label, code, code.split(".")[-1], *aliases.get(code, ())):
            found.setdefault(values.value_key(word), record_id)
    return found


class Links:
    """The operation's categories, PIM Process steps and Principles, by code and label; and its items."""

    def __init__(self, session: Session) -> None:
        self.categories = by_code_or_label(session, "category")
        self.steps = by_code_or_label(session, "step")
        self.principles = by_code_or_label(session, "principle")
        self.items: dict[tuple[str, str, str], set[int]] = {}
        for item_id, title, theme, challenge in item_keys(session):
            self.items.setdefault((fold_key(title), fold_key(theme), fold_key(challenge)), set()).add(item_id)

    def link(self, cell: Cell, table: dict[str, int], unknown: str, problems: list[str]) -> int | None:
        """The record a cell names in `table`, or None; a name not found is said with `unknown` (a message
        marked with N_, "{text}" the cell's words)."""
        text = values.text(cell)
        if not text:
            return None
        found = table.get(values.value_key(text))
        if found is None:
            problems.append(_(unknown).format(text=text))
        return found


def _points(cell: Cell) -> tuple[str, ...]:
    """Action points one a line, or separated by semicolons (commas belong to a point's sentence)."""
    text = values.text(cell)
    separator = "\n" if "\n" in text else ";"
    return tuple(part.strip().lstrip("-•").strip() for part in text.split(separator) if part.strip())


def _named_or(cell: Cell, default: str) -> str:
    text = values.text(cell)
    return default if is_blank(text) else text


def item_row(cells: dict[str, Cell], links: Links, errors: list[str], warnings: list[str]) -> ItemRow | None:
    """A row through the rules the window applies to a plan, a group and a challenge; a row without a plan or
    a group goes to the default one."""
    try:
        title = valid_plan(domain.PlanDetails(_named_or(cells.get("plan"), DEFAULT_PLAN))).title
        group = valid_group(
            domain.GroupDetails(
                _named_or(cells.get("group"), DEFAULT_GROUP),
                domain.parse_person(values.text(cells.get("team_leader"))),
                domain.parse_people(values.text(cells.get("members")).replace("\n", ",")),
            )
        )
        number_text = values.text(cells.get("number")).rstrip(".")
        details = valid_item(
            domain.ItemDetails(
                challenge=values.text(cells.get("challenge")),
                action_points=_points(cells.get("action_points")),
                timeline=values.text(cells.get("timeline")),
                due_date=values.day(cells.get("due_date")),
                focal_points=domain.parse_people(values.text(cells.get("focal_points"))),
                advisers=domain.parse_people(values.text(cells.get("advisers"))),
                status=values.coded(cells.get("status"), ActionStatus) or ActionStatus.NOT_STARTED,
                priority=values.coded(cells.get("priority"), Priority),
                category_id=links.link(cells.get("category"), links.categories, _NOT_A_CATEGORY, warnings),
                process_step_id=links.link(cells.get("process_step"), links.steps, _NOT_A_STEP, warnings),
                principle_id=links.link(cells.get("principle"), links.principles, _NOT_A_PRINCIPLE, warnings),
                notes=values.text(cells.get("notes")),
            )
        )
    except PimError as error:
        errors.append(error.sentence)
        return None
    return ItemRow(
        plan=title,
        group=group.theme,
        team_leader=group.team_leader,
        members=group.members,
        number=int(number_text) if number_text.isdigit() else None,
        details=details,
    )
