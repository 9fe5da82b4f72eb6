"""What a plan says of one record: whether it adds a record or updates the one it matched, field by field,
which rows of the sheet it joins, and what is wrong with it."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pim_desktop.domain import model
from pim_desktop.domain.errors import ValidationError
from pim_desktop.i18n import _, ngettext
from pim_desktop.imports.action_items import ItemRow
from pim_desktop.imports.updates import FieldChange

ADD, UPDATE, UNCHANGED, SKIP, AMBIGUOUS = "add", "update", "unchanged", "skip", "ambiguous"
Record = model.OrganisationDetails | model.SystemDetails | ItemRow
Stored = TypeVar("Stored")


@dataclass
class RowPlan:
    row_number: int  # as the spreadsheet numbers it: the record's first row
    action: str
    record: Record | None
    matched_id: int | None = None
    candidates: tuple[int, ...] = ()  # records an ambiguous row could be
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new_organisations: tuple[str, ...] = ()  # names a system row adds to the register
    rows: tuple[int, ...] = ()  # every row of the sheet joined into this record
    carried: frozenset[str] = frozenset()  # the fields the source gives a value: an update changes no other
    changes: list[FieldChange] = field(default_factory=list)  # an update's, field by field

    @property
    def name(self) -> str:
        return self.record.name if self.record is not None else ""


def matched(plan: RowPlan, matches: set[int], stored_of: Callable[[int], Any], update: Callable) -> None:
    """Settle what a record does: add (no match), choose (several), or the update field by field."""
    if len(matches) > 1:
        plan.action, plan.candidates = AMBIGUOUS, tuple(sorted(matches))
        plan.warnings.append(  # several, but Arabic has a form for two
            ngettext(
                "matches {count} record of the register: choose which one, or add it",
                "matches {count} records of the register: choose which one, or add it",
                len(matches),
            ).format(count=len(matches))
        )
    elif matches:
        plan.matched_id = next(iter(matches))
        update(plan, stored_of(plan.matched_id))


def found(stored: Stored | None) -> Stored:
    """The stored details of a record the import matched, which another window may have deleted since."""
    if stored is None:
        raise ValidationError(_("a record the import matched no longer exists; read the file again"))
    return stored
