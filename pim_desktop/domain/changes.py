"""What changed in an operation between two moments, as the Changes view and its export show it."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pim_desktop.domain.enums import Sensitivity


class ChangeKind(StrEnum):
    """What a change is about: the filter of the Changes view."""

    ORGANISATION = "organisation"
    SYSTEM = "system"
    GAP = "gap"
    MATRIX = "matrix"
    CHALLENGE = "challenge"
    PLAN = "plan"
    PROCESS = "process"
    REVIEW = "review"
    OPERATION = "operation"


class ChangeWhat(StrEnum):
    ADDED = "added"
    ENDED = "ended"
    CHANGED = "changed"
    REMOVED = "removed"
    CLOSED = "closed"  # a gap
    OPENED = "opened"  # a gap
    MOVED = "moved"  # a challenge whose status moved


@dataclass(frozen=True)
class Milestone:
    id: int
    name: str
    at: datetime
    who: str
    position: int  # the last change logged at that moment


@dataclass(frozen=True)
class LoggedChange:
    """One row of the change log: one record's net change in one transaction."""

    position: int
    at: datetime
    who: str
    table: str
    row: str  # the record's key ("12", or "3/5" for a link)
    operation: str  # insert, update, delete
    fields: dict[str, tuple[object, object]]  # column: (from, to), as stored (codes, ISO days)


@dataclass(frozen=True)
class FieldChange:
    field: str  # as people call it, in the reader's language
    before: str
    after: str
    column: str = ""  # the stored column or linked table it comes from (a contact's is left out on request)


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    what: ChangeWhat
    name: str  # the record as people know it: a system's name, "Place: category" for a gap
    fields: tuple[FieldChange, ...] = ()
    who: tuple[str, ...] = ()
    at: datetime | None = None  # the last change to it in the span
    sensitivity: Sensitivity | None = None  # the record's, where it has one


@dataclass(frozen=True)
class Comparison:
    since: Milestone
    until: Milestone | None  # None: now
    changes: tuple[Change, ...]
    left_out: int = 0  # changes to records classified above the ceiling asked for

    @property
    def people(self) -> tuple[str, ...]:
        return tuple(sorted({name for change in self.changes for name in change.who}))

    def only(self, kind: ChangeKind | None = None, who: str | None = None) -> tuple[Change, ...]:
        """The changes of one kind, or made by one person (the view's filters)."""
        return tuple(
            change
            for change in self.changes
            if (kind is None or change.kind is kind) and (who is None or who in change.who)
        )
