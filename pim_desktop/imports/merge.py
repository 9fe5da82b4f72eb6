"""Merging a colleague's operation file into this one: organisations and systems matched by name (ignoring
case, accents and spacing), matrix cells by category and row, action plans by title. What only the other
file has is added; what both have but differently is listed field by field, and the user says, for each,
whether theirs replaces mine. Done in one transaction, recorded in merge_record.

An offline copy of the operation merged back into its server is matched and judged as imports/offline_merge.py
says: by id, each difference told as the copy's change, the server's, or a conflict, from the versions and
values recorded when the copy was taken."""

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from pim_desktop.domain import fields
from pim_desktop.domain.validation import fold_key
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.json_export import operation_json
from pim_desktop.i18n import N_, _
from pim_desktop.imports.merge_plan import (
    WHOLE,
    Choices,
    Difference,
    MergePlan,
    by_name,
    cells,
    comparable,
    row_keys,
)
from pim_desktop.imports.offline_merge import Keyed, OfflineCopy, Record, by_id_or_name, record_id
from pim_desktop.imports.operation_json import OperationImportResult, import_operation
from pim_desktop.services.exchange import record_merge
from pim_desktop.services.offline import identity_of, origin_of, record_versions
from pim_desktop.services.operations import OpenOperation, Source, open_operation

# What each field a merge compares is called, by its JSON key: the export's column headings where there is
# one (their translations come with them)
_FIELD_LABELS = {
    **{
        f.json_path[0]: f.label
        for f in (*fields.ORGANISATION_FIELDS, *fields.SYSTEM_FIELDS)
        if f.kind != fields.LIST
    },
    **{"focal_point": N_("Focal point"), "contact": N_("Contact"), "areas": N_("Areas")},
    **{"secondary_categories": N_("Also in"), "organisations": N_("Run by (role)")},
    **{
        "title": N_("Title"),
        "workshop": N_("Workshop"),
        "place": N_("Place"),
        "facilitators": N_("Facilitators"),
    },
    **{"participating_organisations": N_("Participating organisations")},
    **{"groups": N_("Groups and challenges"), "entries": N_("Entries")},
}
_PLAN_FIELD_LABELS = {"start_date": N_("First day"), "end_date": N_("Last day")}


def field_label(kind: str, key: str) -> str:
    """A field of a difference as the reader's language names it ("Started on" for a system's start_date)."""
    known = (_PLAN_FIELD_LABELS if kind == "action plan" else {}).get(key) or _FIELD_LABELS.get(key)
    return _(known) if known else key.replace("_", " ")


_COLLECTIONS = {"organisation": "organisations", "system": "systems", "action plan": "action_plans"}
_LABEL = {"organisation": "name", "system": "name", "action plan": "title"}


def _offline_copy(mine_file: OpenOperation, other_file: OpenOperation) -> OfflineCopy | None:
    """The other file as an offline copy of this very operation on its server, or None."""
    identity = identity_of(mine_file)  # None for a file
    origin = origin_of(other_file) if identity is not None else None
    if origin is None or origin.identity != identity:
        return None
    return OfflineCopy(origin, record_versions(other_file), record_versions(mine_file))


def plan_merge(mine_file: OpenOperation, other: Source, today: date | None = None) -> MergePlan:
    day = today or date.today()
    # on a server, theirs as far as my clearance goes: what is above it I may neither see nor add
    clearance = mine_file.clearance()
    with open_operation(other, read_only=True) as other_file:  # refuses what is not an operation, or newer
        theirs = operation_json(other_file, ExportOptions(max_sensitivity=clearance), day)
        offline = _offline_copy(mine_file, other_file)
    mine = operation_json(mine_file, ExportOptions(), day)
    plan = MergePlan(
        other, theirs["operation"]["name"], [], [], theirs, mine, clearance=clearance, offline=offline
    )
    for kind in ("organisation", "system", "action plan"):
        _compare(plan, kind)
    _compare_matrix(plan)
    return plan


def _compare(plan: MergePlan, kind: str) -> None:
    """Organisations, systems or action plans: what only theirs has, what differs, and of an offline copy
    what is gone from either side."""
    collection, label, offline = _COLLECTIONS[kind], _LABEL[kind], plan.offline
    then: list[Record] = offline.base[collection] if offline is not None else []

    def keyed(records: list[Record]) -> Keyed:
        if offline is not None and kind != "action plan":
            return by_id_or_name(records, then)  # by id what the copy had when taken
        return by_name(records, label)

    plan._keyed[kind] = keyed(plan.mine[collection]), keyed(plan.theirs[collection])
    mine, theirs = plan._by_key[kind] = dict(plan._keyed[kind][0]), dict(plan._keyed[kind][1])
    base_records: dict[str, Record] = {}
    if offline is not None:
        base_records = {k: comparable(kind, r, offline.base) for k, r in keyed(then)}
        gone, dropped = offline.gone_and_dropped(base_records, mine, theirs)
        plan.gone += [(kind, theirs[key][label]) for key in gone]
        plan._gone_keys += [(kind, key) for key in gone]
        plan.dropped += [(kind, mine[key][label]) for key in dropped]
    gone_keys = set(plan._gone_keys)
    for key, record in theirs.items():
        if key not in mine:
            if (kind, key) not in gone_keys:
                plan.new.append((kind, record[label]))
                plan._new_keys.append((kind, key))
            continue
        ours, yours = comparable(kind, mine[key], plan.mine), comparable(kind, record, plan.theirs)
        differing = tuple(f for f in yours if f != "key" and yours[f] != ours.get(f))
        if not differing:
            continue
        if offline is None:
            plan.differences.append(Difference(kind, record[label], differing, key))
        else:
            judged = offline.judge(kind, key, differing, base_records.get(key), ours, yours)
            plan.differences.append(Difference(kind, mine[key][label], differing, key, judged))


def _compare_matrix(plan: MergePlan) -> None:
    mine, theirs, offline = plan.mine, plan.theirs, plan.offline
    my_cells, labels = cells(mine), {c["code"]: c["label"] for c in theirs["matrix"]["categories"]}
    base_cells = cells(offline.base) if offline is not None else {}
    their_keys = row_keys(theirs)
    rows = {their_keys[r["code"]]: r["label"] for r in theirs["matrix"]["rows"]}
    my_rows = set(row_keys(mine).values())
    for key, label in rows.items():
        if key not in my_rows and key.startswith("own:"):  # a row of their own, even with no entries yet
            plan._records[("matrix row", fold_key(label))] = key
            plan.new.append(("matrix row", label))
            plan._new_keys.append(("matrix row", fold_key(label)))
    fixed = {r["code"] for r in [*mine["matrix"]["rows"], *theirs["matrix"]["rows"]] if r["locked"]}
    for cell, entries in cells(theirs).items():
        if cell[1] in fixed or my_cells.get(cell) == entries:  # fixed rows keep this program's words
            continue
        name = f"{labels.get(cell[0], cell[0])} × {rows.get(cell[1], cell[1])}"
        key = fold_key(name)
        plan._records[("matrix cell", key)] = cell
        if cell in my_cells or cell in base_cells:  # of a copy, a cell the server emptied since differs
            judged = None
            if offline is not None:
                then = {"entries": base_cells[cell]} if cell in base_cells else None
                here = {"entries": my_cells.get(cell, [])}
                judged = offline.judge("matrix cell", key, ("entries",), then, here, {"entries": entries})
            plan.differences.append(Difference("matrix cell", name, ("entries",), key, judged))
        else:
            plan.new.append(("matrix cell", name))
            plan._new_keys.append(("matrix cell", key))


def _partial(plan: MergePlan, difference: Difference, fields: set[str]) -> tuple[Record, int]:
    """My record with the chosen fields of theirs, and my record's id. My links to organisations are keyed
    apart from theirs, since both files number their keys from 1."""
    mine, theirs = plan._by_key[difference.kind]
    my_record, their_record = mine[difference.key], theirs[difference.key]
    patched = {**my_record, **{f: their_record[f] for f in fields}, "key": their_record["key"]}
    if difference.kind == "system" and "organisations" not in fields:
        patched["organisations"] = [
            {**link, "organisation": f"mine:{link['organisation']}"} for link in my_record["organisations"]
        ]
    return patched, record_id(my_record)


def _offline_patch(
    plan: MergePlan, partial: dict[str, list[tuple[Record, int]]], patch: dict[str, Any]
) -> dict[str, Any]:
    """Of an offline copy: the record each of the patch's organisations and systems is stored into (the
    server's it was matched with, or a new one), and which of the server's organisations each link means;
    a link to an organisation the server no longer has is left out."""
    mine_orgs, theirs_orgs = plan._by_key["organisation"]
    ids = {f"mine:{o['key']}": record_id(o) for o in plan.mine["organisations"]}
    ids |= {
        theirs_orgs[key]["key"]: record_id(record) for key, record in mine_orgs.items() if key in theirs_orgs
    }
    reachable = set(ids) | {o["key"] for o in patch["organisations"]}
    systems = [
        {**s, "organisations": [link for link in s["organisations"] if link["organisation"] in reachable]}
        for s in patch["systems"]
    ]

    def into(kind: str, collection: str) -> dict[str, int | None]:
        matched: dict[str, int | None] = {r["key"]: None for r in patch[collection]}  # new, or added again
        return matched | {r["key"]: record_id_of for r, record_id_of in partial[kind]}

    stored_into = {
        "organisations": into("organisation", "organisations"),
        "systems": into("system", "systems"),
    }
    return {**patch, "systems": systems, "stored_into": stored_into, "organisation_ids": ids}


def apply_merge(
    mine_file: OpenOperation, plan: MergePlan, take_theirs: Choices | set[int]
) -> OperationImportResult:
    """Add what is new (and what of `plan.gone` is to be brought back); for each difference take from
    theirs the chosen fields (or the whole record)."""
    choices: Choices = {i: {WHOLE} for i in take_theirs} if isinstance(take_theirs, set) else take_theirs
    theirs, mine, offline = plan.theirs, plan.mine, plan.offline is not None
    taken = set(plan._new_keys) | {plan._gone_keys[i] for i in plan.bring_back}
    partial: dict[str, list[tuple[Record, int]]] = {"organisation": [], "system": []}
    for index, difference in enumerate(plan.differences):
        fields = choices.get(index, set())
        if not fields:
            continue
        everything = WHOLE in fields or set(difference.fields) <= fields
        if difference.kind not in partial or (everything and not offline):
            taken.add((difference.kind, difference.key))
        else:  # an offline copy's records are stored into the server's they were matched with, by id
            chosen_fields = set(difference.fields) if everything else fields
            partial[difference.kind].append(_partial(plan, difference, chosen_fields))

    def chosen(kind: str) -> list[Record]:
        return [record for key, record in plan._keyed[kind][1] if (kind, key) in taken]

    chosen_cells = {plan._records[key] for key in taken if key[0] == "matrix cell"}
    their_rows = row_keys(theirs)
    chosen_rows = {plan._records[key] for key in taken if key[0] == "matrix row"}
    chosen_rows |= {row for _, row in chosen_cells}
    system_keys = {s["key"] for s in chosen("system")}
    known = {o["key"]: o["name"] for o in theirs["organisations"]}
    known |= {f"mine:{o['key']}": o["name"] for o in mine.get("organisations", [])}
    patch = {
        **theirs,
        "matrix": {
            **theirs["matrix"],
            "rows": [
                r for r in theirs["matrix"]["rows"] if r["standard"] or their_rows[r["code"]] in chosen_rows
            ],
            "entries": [
                e
                for e in theirs["matrix"]["entries"]
                if (e["category"], their_rows.get(e["row"])) in chosen_cells
            ],
        },
        "organisations": chosen("organisation") + [r for r, _ in partial["organisation"]],
        "systems": chosen("system") + [r for r, _ in partial["system"]],
        "known_organisations": {} if offline else known,
        "action_plans": chosen("action plan"),
        "process": [],
        "reviews": [r for r in theirs["reviews"] if r["system"] in system_keys],
    }
    if offline:
        patch = _offline_patch(plan, partial, patch)

    def taken_from(index: int, difference: Difference) -> str:
        fields = choices.get(index, set())
        if not fields:
            return "mine"
        if WHOLE in fields or set(difference.fields) <= fields:
            return "theirs"
        return "theirs: " + ", ".join(sorted(fields))

    summary = (
        [{"kind": kind, "name": name, "taken": "new"} for kind, name in plan.new]
        + [
            {"kind": d.kind, "name": d.name, "taken": taken_from(i, d)}
            for i, d in enumerate(plan.differences)
        ]
        + [
            {"kind": kind, "name": name, "taken": "added again" if i in plan.bring_back else "gone"}
            for i, (kind, name) in enumerate(plan.gone)
        ]
    )

    def record(session: Session) -> None:
        preferred = "theirs" if any(choices.values()) else "mine"
        record_merge(session, plan.other, plan.other_operation, preferred, summary)

    return import_operation(mine_file, patch, reason="before-merge", also=record)
