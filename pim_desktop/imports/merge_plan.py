"""What a merge plans before anything is written: the records of the other file that are new, those that
differ and in which fields, and how the merge compares them (imports/merge.py plans and applies)."""

from dataclasses import dataclass, field
from typing import Any

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.validation import fold_key
from pim_desktop.imports.offline_merge import CONFLICTS, Judgement, Keyed, OfflineCopy, Record
from pim_desktop.services.operations import Source

Choices = dict[int, set[str]]  # difference index -> the fields to take from theirs ("*": the whole record)
WHOLE = "*"


@dataclass(frozen=True)
class Difference:
    kind: str  # organisation, system, matrix cell, action plan
    name: str
    fields: tuple[str, ...]  # what differs
    key: str = ""  # what the plan knows the record by
    judged: Judgement | None = None  # an offline copy's: who changed what since it was taken

    @property
    def conflict(self) -> bool:
        return self.judged is not None and self.judged.state in CONFLICTS


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
    offline: OfflineCopy | None = None  # the other file is an offline copy of this operation
    gone: list[tuple[str, str]] = field(default_factory=list)  # in the copy, no longer on the server
    dropped: list[tuple[str, str]] = field(default_factory=list)  # deleted in the copy, kept here
    bring_back: set[int] = field(default_factory=set)  # of `gone`: added again
    _keyed: dict[str, tuple[Keyed, Keyed]] = field(default_factory=dict, repr=False)  # kind: mine, theirs
    _by_key: dict[str, tuple[dict[str, Record], dict[str, Record]]] = field(default_factory=dict, repr=False)
    _new_keys: list[tuple[str, str]] = field(default_factory=list, repr=False)  # as `new`
    _gone_keys: list[tuple[str, str]] = field(default_factory=list, repr=False)  # as `gone`

    @property
    def other_name(self) -> str:
        """The other file by its name, a server by its address."""
        return self.other if isinstance(self.other, str) else self.other.name

    @property
    def conflicts(self) -> list[Difference]:
        return [d for d in self.differences if d.conflict]

    def choices(self, prefer: str | None) -> "Choices":
        """What the command line takes: of a colleague's file, every difference whole when theirs is
        preferred, none otherwise; of an offline copy, what only the copy changed, and where both sides
        changed a field the side preferred (mine when none is)."""
        if self.offline is None:
            return {i: {WHOLE} for i in range(len(self.differences))} if prefer == "theirs" else {}
        chosen = self.preselected()
        if prefer == "theirs":
            for index, difference in enumerate(self.differences):
                if difference.judged is not None and difference.judged.conflicts:
                    chosen.setdefault(index, set()).update(difference.judged.conflicts)
        return chosen

    def preselected(self) -> "Choices":
        """What is taken unless the user says otherwise: of an offline copy, the fields only it changed."""
        return {
            i: set(d.judged.from_copy)
            for i, d in enumerate(self.differences)
            if d.judged and d.judged.from_copy
        }


def by_name(records: list[Record], label: str = "name") -> Keyed:
    return [(fold_key(record[label]), record) for record in records]


def comparable_system(system: dict[str, Any], organisation_names: dict[str, str]) -> dict[str, Any]:
    links = [
        {**link, "organisation": organisation_names.get(link["organisation"], "")}
        for link in system["organisations"]
    ]
    return {**system, "key": None, "organisations": links}


def comparable(kind: str, record: Record, document: dict[str, Any]) -> Record:
    """A record as compared: keys are ids, never compared; a system's organisations by their names."""
    if kind == "system":
        return comparable_system(record, {o["key"]: o["name"] for o in document["organisations"]})
    return {**record, "key": None} if kind == "organisation" else record


def row_keys(document: dict[str, Any]) -> dict[str, str]:
    """Each row's code -> what matches it in the other file: a standard row its code, an operation's own row
    its name (two offices number their own rows apart: "custom_8" may be "Funding" here, "Access" there)."""
    return {
        row["code"]: row["code"] if row["standard"] else "own:" + fold_key(row["label"])
        for row in document["matrix"]["rows"]
    }


def cells(document: dict[str, Any]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Entries by (category, row key)."""
    rows = row_keys(document)
    cells: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for entry in document["matrix"]["entries"]:
        if entry["row"] in rows:
            cell = cells.setdefault((entry["category"], rows[entry["row"]]), [])
            cell.append((entry["text"], entry["state"]))
    return cells
