"""What changed between two moments of an operation (a milestone and now, or two milestones): records
added, ended, removed and changed field by field, from the change log; gaps closed and opened, from the
pictures the milestones keep. Changes to records classified above a ceiling are left out and counted."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from pim_desktop.domain import model
from pim_desktop.domain.changes import (
    Change,
    ChangeKind,
    ChangeWhat,
    Comparison,
    FieldChange,
    LoggedChange,
    Milestone,
)
from pim_desktop.domain.enums import Sensitivity, SystemStatus
from pim_desktop.i18n import _
from pim_desktop.services.change_words import CHILD_LABELS, Names, before_or_after, field_label
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.mapping_views import Place, covers
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile

# The tables of the records a reader names, and what kind of change each is
_RECORDS = {
    "organisation": ChangeKind.ORGANISATION,
    "information_system": ChangeKind.SYSTEM,
    "matrix_entry": ChangeKind.MATRIX,
    "matrix_row": ChangeKind.MATRIX,
    "category": ChangeKind.MATRIX,
    "action_item": ChangeKind.CHALLENGE,
    "action_plan": ChangeKind.PLAN,
    "process_step": ChangeKind.PROCESS,
    "data_review": ChangeKind.REVIEW,
    "operation": ChangeKind.OPERATION,
}
# Linked rows: the record they hang from, by which column
_LINKED = {
    "system_organisation": ("information_system", "system_id"),
    "system_area": ("information_system", "system_id"),
    "system_secondary_category": ("information_system", "system_id"),
    "system_matrix_entry": ("information_system", "system_id"),
    "principle_rating": ("data_review", "review_id"),
    "action_point": ("action_item", "item_id"),
    "action_focal_point": ("action_item", "item_id"),
    "action_group": ("action_plan", "plan_id"),
    "action_group_member": ("action_group", "group_id"),
}
_ORDER = list(ChangeKind)
# Columns that follow from others or only order a list: logged, but no change a reader looks for
_DERIVED = frozenset({"position", "number", "status_changed_on", "state", "standard_key", "standard_text"})


@dataclass
class _Record:
    """The log rows of one record and of the rows linked to it, in order."""

    table: str
    id: int
    own: list[LoggedChange] = field(default_factory=list)
    linked: dict[tuple[str, str], list[LoggedChange]] = field(default_factory=dict)

    @property
    def everything(self) -> list[LoggedChange]:
        return sorted([*self.own, *(c for cs in self.linked.values() for c in cs)], key=lambda c: c.position)


def compare(
    operation_file: OperationFile,
    since: Milestone,
    until: Milestone | None = None,
    ceiling: Sensitivity | None = None,
) -> Comparison:
    """What changed from `since` to `until` (None: now), leaving out records classified above `ceiling`."""
    if until is not None and (until.position, until.at) < (since.position, since.at):
        since, until = until, since  # the two moments in the order they came
    log = ChangeLog(operation_file)
    logged = log.logged(since.position, until.position if until else None)
    with operation_file.session() as session:
        names = Names.read(session, logged)
        categories = [
            (i, text) for i, text in session.execute(select(models.Category.id, models.Category.label))
        ]
    after = log.picture(until) if until else log.picture_now()

    def allowed(level: str | None) -> bool:
        return ceiling is None or level is None or Sensitivity(level).rank <= ceiling.rank

    records = _by_record(logged, names)
    changes: list[Change] = []
    left_out = 0
    for record in records.values():
        level = _sensitivity(record, names)
        change = _change(record, names, level)
        if change is None:
            continue
        if allowed(level):
            changes.append(change)
        else:
            left_out += 1
    changes += _gaps(log.picture(since), after, categories, allowed)
    changes.sort(key=lambda c: (_ORDER.index(c.kind), list(ChangeWhat).index(c.what), c.name.casefold()))
    return Comparison(since, until, tuple(changes), left_out)


def _by_record(logged: list[LoggedChange], names: Names) -> dict[tuple[str, int], _Record]:
    records: dict[tuple[str, int], _Record] = {}
    for change in logged:
        if change.table in _RECORDS and change.row.isdigit():
            key = (change.table, int(change.row))
            records.setdefault(key, _Record(*key)).own.append(change)
        elif change.table in _LINKED:
            table, column = _LINKED[change.table]
            parent = before_or_after(change, column)
            if parent is None and change.row.split("/")[0].isdigit() and column == "system_id":
                parent = change.row.split("/")[0]  # a link keyed by its system
            if parent is None:
                continue
            if table == "action_group":  # a group's member: a change to the group's plan
                table, parent = "action_plan", names.parents.get(("action_group", int(parent)))
                if parent is None:
                    continue
            key = (table, int(parent))
            record = records.setdefault(key, _Record(*key))
            record.linked.setdefault((change.table, change.row), []).append(change)
    return records


def _sensitivity(record: _Record, names: Names) -> str | None:
    table, record_id = record.table, record.id
    if table == "data_review":
        table, record_id = "information_system", names.parents.get(("data_review", record_id), -1)
    if table == "action_item":
        group = names.parents.get(("action_item", record_id), -1)
        table, record_id = "action_plan", names.parents.get(("action_group", group), -1)
    return names.sensitivity.get((table, record_id))


def _name(record: _Record, names: Names) -> str:
    by_table: dict[str, dict[int, str]] = {
        "organisation": names.organisations,
        "information_system": names.systems,
        "matrix_entry": names.entries,
        "matrix_row": names.rows,
        "category": names.categories,
        "action_item": names.items,
        "action_plan": names.plans,
        "process_step": names.steps,
    }
    if record.table == "data_review":
        system = names.parents.get(("data_review", record.id), -1)
        return names.systems.get(system, str(record.id))
    if record.table == "operation":
        return _("The operation")
    if record.table == "matrix_entry":
        return names.entry(record.id)
    return by_table[record.table].get(record.id, str(record.id))


def _net(changes: list[LoggedChange]) -> tuple[bool, bool, dict[str, tuple[Any, Any]]]:
    """Whether a row was there at the start and at the end of the span, and its net field changes."""
    was_there = changes[0].operation != "insert"
    is_there = changes[-1].operation != "delete"
    first: dict[str, Any] = {}
    last: dict[str, Any] = {}
    for change in changes:
        for column, (before, after) in change.fields.items():
            first.setdefault(column, before)
            last[column] = after
    fields = {
        column: (first[column], last[column])
        for column in last
        if first[column] != last[column] and column not in _DERIVED
    }
    return was_there, is_there, fields


def _change(record: _Record, names: Names, level: str | None) -> Change | None:
    what = ChangeWhat.CHANGED
    fields: list[FieldChange] = []
    if record.own:
        was_there, is_there, own_fields = _net(record.own)
        if not was_there and not is_there:
            return None  # added and removed again within the span
        if not was_there:
            what = ChangeWhat.ADDED
        elif not is_there:
            what = ChangeWhat.REMOVED
        else:
            fields += [
                FieldChange(
                    field_label(column),
                    names.shown(record.table, column, before),
                    names.shown(record.table, column, after),
                    column,
                )
                for column, (before, after) in own_fields.items()
            ]
            status = own_fields.get("status")
            if record.table == "information_system" and status and status[1] == SystemStatus.ENDED.value:
                what = ChangeWhat.ENDED
            elif record.table == "action_item" and status:
                what = ChangeWhat.MOVED
    if what not in (ChangeWhat.ADDED, ChangeWhat.REMOVED):
        fields += _linked_changes(record.linked, names)
        if not fields:
            return None
    everything = record.everything
    return Change(
        _RECORDS[record.table],
        what,
        _name(record, names),
        tuple(fields),
        tuple(dict.fromkeys(c.who for c in everything if c.who)),
        max(c.at for c in everything),
        Sensitivity(level) if level else None,
    )


def _linked_changes(linked: dict[tuple[str, str], list[LoggedChange]], names: Names) -> list[FieldChange]:
    """Linked rows compared by what they say, not by their ids: a system's areas written again under new
    ids are no change; one area put in the place of another is one."""
    by_table: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    for (table, _row), changes in linked.items():
        was_there, is_there, _fields = _net(changes)
        before = {column: pair[0] for change in reversed(changes) for column, pair in change.fields.items()}
        after = {column: pair[1] for change in changes for column, pair in change.fields.items()}
        by_table[table].append(
            (
                names.described(table, {**after, **before}) if was_there else None,
                names.described(table, {**before, **after}) if is_there else None,
            )
        )
    found: list[FieldChange] = []
    for table, rows in by_table.items():
        label = _(CHILD_LABELS[table])
        gone = Counter(before for before, after in rows if before is not None and after is None)
        came = Counter(after for before, after in rows if after is not None and before is None)
        gone, came = gone - came, came - gone
        found += [
            FieldChange(label, b, a, table) for b, a in rows if b is not None and a is not None and b != a
        ]
        found += [FieldChange(label, before, "", table) for before in gone.elements()]
        found += [FieldChange(label, "", after, table) for after in came.elements()]
    return found


def _gaps(
    before: dict[str, Any], after: dict[str, Any], categories: list[tuple[int, str]], allowed: Any
) -> list[Change]:
    """Places and categories no active system covered at one moment and some did at the other: by province
    when the systems name more than one, else for the operation as a whole (as the gaps view)."""
    pictures = [[s for s in p.get("systems", []) if allowed(s["sensitivity"])] for p in (before, after)]
    provinces = {
        Place(admin1).key(): Place(admin1) for p in pictures for s in p for admin1, _ in s["areas"] if admin1
    }
    places = [provinces[k] for k in sorted(provinces)] if len(provinces) > 1 else [Place()]

    def covering(systems: list[dict[str, Any]]) -> dict[tuple[int, int], list[str]]:
        found: dict[tuple[int, int], list[str]] = defaultdict(list)
        for system in systems:
            if system["status"] != SystemStatus.ACTIVE.value:
                continue
            areas = tuple(model.Area(admin1=a1, admin2=a2) for a1, a2 in system["areas"])
            for index, place in enumerate(places):
                if place == Place() or covers(areas, place):
                    for category in system["categories"]:
                        found[(index, category)].append(system["name"])
        return found

    then, now = covering(pictures[0]), covering(pictures[1])
    changes = []
    for index, place in enumerate(places):
        for category_id, category in categories:
            covered_then, covered_now = (index, category_id) in then, (index, category_id) in now
            if covered_then == covered_now:
                continue
            name = f"{place.label or _('The operation as a whole')}: {category}"
            systems = ", ".join(sorted(now.get((index, category_id)) or then[(index, category_id)]))
            what = ChangeWhat.CLOSED if covered_now else ChangeWhat.OPENED
            shown = ("", systems) if covered_now else (systems, "")
            changes.append(Change(ChangeKind.GAP, what, name, (FieldChange(_("Active systems"), *shown),)))
    return changes


def since_when(operation_file: OperationFile, name: str | None) -> Milestone:
    """The milestone a comparison starts from: the one named, else the latest."""
    log = ChangeLog(operation_file)
    if name:
        return log.milestone_named(name)
    milestones = log.milestones()
    if not milestones:
        from pim_desktop.domain.errors import ValidationError

        raise ValidationError(
            _("the operation has no milestone yet: mark one (`milestone FILE NAME`, or View > Changes)")
        )
    return milestones[-1]


def record_history(operation_file: OperationFile, table: str, record_id: int) -> tuple[Change, ...]:
    """Every change to one record (an organisation: "organisation"; a system: "information_system") and to
    the rows linked to it, one a transaction, oldest first: who changed it and when."""
    logged = ChangeLog(operation_file).logged()
    with operation_file.session() as session:
        names = Names.read(session, logged)
    record = _by_record(logged, names).get((table, record_id))
    if record is None:
        return ()
    moments: dict[tuple[datetime, str], _Record] = {}
    for change in record.everything:
        part = moments.setdefault((change.at, change.who), _Record(table, record_id))
        if change.table == table:
            part.own.append(change)
        else:
            part.linked.setdefault((change.table, change.row), []).append(change)
    found = (_change(part, names, None) for part in moments.values())
    return tuple(change for change in found if change is not None)
