"""Merging a colleague's operation file into this one: organisations and systems matched by name (ignoring
case, accents and spacing), matrix cells by category and row, action plans by title. What only the other
file has is added; what both have but differently is listed field by field, and the user says, for each,
whether theirs replaces mine. Done in one transaction, recorded in merge_record."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from pim_desktop.domain import fields
from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.validation import fold_key
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.json_export import operation_json
from pim_desktop.i18n import N_, _
from pim_desktop.imports.operation_json import OperationImportResult, import_operation
from pim_desktop.services.exchange import record_merge
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


@dataclass(frozen=True)
class Difference:
    kind: str  # organisation, system, matrix cell, action plan
    name: str
    fields: tuple[str, ...]  # what differs


@dataclass
class MergePlan:
    other: Source  # an operation file, or a server's address
    other_operation: str
    new: list[tuple[str, str]]  # (kind, name) only in the other file: added; a kind may be a matrix row
    differences: list[Difference]
    theirs: dict[str, Any] = field(repr=False)
    mine: dict[str, Any] = field(default_factory=dict, repr=False)
    _records: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)
    clearance: Sensitivity | None = None  # on a server: theirs was read up to it

    @property
    def other_name(self) -> str:
        """The other file by its name, a server by its address."""
        return self.other if isinstance(self.other, str) else self.other.name


def _named(records: list[dict[str, Any]], key: str = "name") -> dict[str, dict[str, Any]]:
    return {fold_key(record[key]): record for record in records}


def _comparable_system(system: dict[str, Any], organisation_names: dict[str, str]) -> dict[str, Any]:
    links = [
        {**link, "organisation": organisation_names.get(link["organisation"], "")}
        for link in system["organisations"]
    ]
    return {**system, "key": None, "organisations": links}


def _row_keys(document: dict[str, Any]) -> dict[str, str]:
    """Each row's code -> what matches it in the other file: a standard row its code, an operation's own row
    its name (two offices number their own rows apart: "custom_8" may be "Funding" here, "Access" there)."""
    return {
        row["code"]: row["code"] if row["standard"] else "own:" + fold_key(row["label"])
        for row in document["matrix"]["rows"]
    }


def _cells(document: dict[str, Any]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Entries by (category, row key)."""
    rows = _row_keys(document)
    cells: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for entry in document["matrix"]["entries"]:
        if entry["row"] in rows:
            cell = cells.setdefault((entry["category"], rows[entry["row"]]), [])
            cell.append((entry["text"], entry["state"]))
    return cells


def plan_merge(mine_file: OpenOperation, other: Source, today: date | None = None) -> MergePlan:
    day = today or date.today()
    # on a server, theirs as far as my clearance goes: what is above it I may neither see nor add
    clearance = mine_file.clearance()
    with open_operation(other, read_only=True) as other_file:  # refuses what is not an operation, or newer
        theirs = operation_json(other_file, ExportOptions(max_sensitivity=clearance), day)
    mine = operation_json(mine_file, ExportOptions(), day)
    plan = MergePlan(other, theirs["operation"]["name"], [], [], theirs, mine, clearance=clearance)
    their_names = {o["key"]: o["name"] for o in theirs["organisations"]}
    my_names = {o["key"]: o["name"] for o in mine["organisations"]}

    def compare(kind: str, my_records: dict[str, Any], their_records: dict[str, Any], label: str) -> None:
        for key, record in their_records.items():
            plan._records[(kind, key)] = record
            if key not in my_records:
                plan.new.append((kind, record[label]))
                continue
            differing = tuple(f for f in record if f != "key" and record[f] != my_records[key].get(f))
            if differing:
                plan.differences.append(Difference(kind, record[label], differing))

    def keyless(records: list[dict[str, Any]]) -> dict[str, Any]:
        return {k: {**v, "key": None} for k, v in _named(records).items()}  # keys are ids, never compared

    def systems(document: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
        return {k: _comparable_system(v, names) for k, v in _named(document["systems"]).items()}

    compare("organisation", keyless(mine["organisations"]), keyless(theirs["organisations"]), "name")
    compare("system", systems(mine, my_names), systems(theirs, their_names), "name")
    compare(
        "action plan", _named(mine["action_plans"], "title"), _named(theirs["action_plans"], "title"), "title"
    )
    my_cells, labels = _cells(mine), {c["code"]: c["label"] for c in theirs["matrix"]["categories"]}
    their_keys = _row_keys(theirs)
    rows = {their_keys[r["code"]]: r["label"] for r in theirs["matrix"]["rows"]}
    my_rows = set(_row_keys(mine).values())
    for key, label in rows.items():
        if key not in my_rows and key.startswith("own:"):  # a row of their own, even with no entries yet
            plan._records[("matrix row", fold_key(label))] = key
            plan.new.append(("matrix row", label))
    fixed = {r["code"] for r in [*mine["matrix"]["rows"], *theirs["matrix"]["rows"]] if r["locked"]}
    for cell, entries in _cells(theirs).items():
        if cell[1] not in fixed and my_cells.get(cell) != entries:  # fixed rows keep this program's words
            name = f"{labels.get(cell[0], cell[0])} × {rows.get(cell[1], cell[1])}"
            plan._records[("matrix cell", fold_key(name))] = cell
            if cell in my_cells:
                plan.differences.append(Difference("matrix cell", name, ("entries",)))
            else:
                plan.new.append(("matrix cell", name))
    return plan


Choices = dict[int, set[str]]  # difference index -> the fields to take from theirs ("*": the whole record)
WHOLE = "*"


def _partial(
    kind: str, name: str, fields: set[str], mine: dict[str, Any], theirs: dict[str, Any]
) -> dict[str, Any]:
    """My record with the chosen fields of theirs. My links to organisations are keyed apart from theirs,
    since both files number their keys from 1."""
    collection = "organisations" if kind == "organisation" else "systems"
    my_record = _named(mine[collection])[fold_key(name)]
    their_record = _named(theirs[collection])[fold_key(name)]
    patched = {**my_record, **{f: their_record[f] for f in fields}, "key": their_record["key"]}
    if kind == "system" and "organisations" not in fields:
        patched["organisations"] = [
            {**link, "organisation": f"mine:{link['organisation']}"} for link in my_record["organisations"]
        ]
    return patched


def apply_merge(
    mine_file: OpenOperation, plan: MergePlan, take_theirs: Choices | set[int]
) -> OperationImportResult:
    """Add what is new; for each difference take from theirs the chosen fields (or the whole record)."""
    choices: Choices = {i: {WHOLE} for i in take_theirs} if isinstance(take_theirs, set) else take_theirs
    theirs, mine = plan.theirs, plan.mine
    taken = {(kind, fold_key(name)) for kind, name in plan.new}
    partial: dict[str, list[dict[str, Any]]] = {"organisation": [], "system": []}
    for index, difference in enumerate(plan.differences):
        fields = choices.get(index, set())
        if not fields:
            continue
        if WHOLE in fields or difference.kind not in partial or set(difference.fields) <= fields:
            taken.add((difference.kind, fold_key(difference.name)))
        else:
            partial[difference.kind].append(_partial(difference.kind, difference.name, fields, mine, theirs))
    chosen_cells = {plan._records[key] for key in taken if key[0] == "matrix cell"}
    their_rows = _row_keys(theirs)
    chosen_rows = {plan._records[key] for key in taken if key[0] == "matrix row"}
    chosen_rows |= {row for _, row in chosen_cells}
    systems = [s for s in theirs["systems"] if ("system", fold_key(s["name"])) in taken] + partial["system"]
    system_keys = {s["key"] for s in systems if ("system", fold_key(s["name"])) in taken}
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
        "organisations": [
            o for o in theirs["organisations"] if ("organisation", fold_key(o["name"])) in taken
        ]
        + partial["organisation"],
        "systems": systems,
        "known_organisations": known,
        "action_plans": [p for p in theirs["action_plans"] if ("action plan", fold_key(p["title"])) in taken],
        "process": [],
        "reviews": [r for r in theirs["reviews"] if r["system"] in system_keys],
    }

    def taken_from(index: int, difference: Difference) -> str:
        fields = choices.get(index, set())
        if not fields:
            return "mine"
        if WHOLE in fields or set(difference.fields) <= fields:
            return "theirs"
        return "theirs: " + ", ".join(sorted(fields))

    summary = [{"kind": kind, "name": name, "taken": "new"} for kind, name in plan.new] + [
        {"kind": d.kind, "name": d.name, "taken": taken_from(i, d)} for i, d in enumerate(plan.differences)
    ]

    def record(session: Session) -> None:
        preferred = "theirs" if any(choices.values()) else "mine"
        record_merge(session, plan.other, plan.other_operation, preferred, summary)

    return import_operation(mine_file, patch, reason="before-merge", also=record)
