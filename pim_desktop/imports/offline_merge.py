"""Merging an offline copy back into the operation on its server (File > Take a Copy Offline, then File >
Merge, or `merge URL COPY.pim`): the merge of imports/merge.py, told for each difference who changed what
since the copy was taken.

A file is treated so when it records that it was taken from this very operation (services/offline.py: the
server's cluster, database and operation); any other file merges as a colleague's does.

Matching. The copy keeps the server's ids, so an organisation or a system that was in the copy when it was
taken is matched with the server's record of the same id, not by its name: a record renamed on either side
is still one record (by name the renamed one would come back as a new one beside the old), and two systems
of one name stay two. A record added on either side since has an id the other side may have given to
another record meanwhile, so it is matched by name, as in a colleague's file: one added offline comes in as
a new record (never into an older one of its name), one added on both sides under one name is a conflict.
Action plans and matrix cells have no id in common with a colleague's file and are matched as there (by
title; by category and row).

Who changed it. The copy records every record's version when it was taken, and the operation as it was
then. A side changed a record if its version moved on since, or if one of its fields no longer holds what it
held then; the field-by-field values tell which fields each side changed:
- only the copy (COPY): an offline edit coming home; its fields are ticked to take the copy's;
- only the server (SERVER): the server's is kept (nothing ticked);
- both, in different fields (BOTH, ODK Central's "soft" conflict): flagged; the copy's fields ticked, the
  server's kept, so that each side's own change stays;
- both, in the same field (SAME_FIELD, a "hard" conflict): flagged; that field keeps the server's until the
  user chooses; the command line refuses to guess (`--prefer` says which side wins).

Deletions. A record of the copy the server no longer has (deleted since, or classified above the merging
login's clearance now) is listed and not added again unless asked; one deleted in the copy is listed and
kept: a merge deletes nothing."""

from dataclasses import dataclass
from typing import Any

from pim_desktop.domain.validation import fold_key
from pim_desktop.services.offline import OfflineOrigin, RecordVersions

COPY, SERVER, BOTH, SAME_FIELD = "copy", "server", "both", "same field"
CONFLICTS = (BOTH, SAME_FIELD)
_VERSIONED = {"organisation": "organisations", "system": "systems", "action plan": "plans"}

Record = dict[str, Any]
Keyed = list[tuple[str, Record]]  # (the key the merge knows the record by, the record)


def record_id(record: Record) -> int:
    """The id in a record's JSON key ("system-12" -> 12): the same in the copy and on the server."""
    return int(record["key"].rsplit("-", 1)[1])


def by_id_or_name(records: list[Record], base: list[Record]) -> Keyed:
    """Organisations or systems keyed by id when the copy had them when taken, else by their name folded."""
    known = {record_id(r) for r in base}
    return [
        (f"id:{record_id(r)}" if record_id(r) in known else "name:" + fold_key(r["name"]), r) for r in records
    ]


@dataclass(frozen=True)
class Judgement:
    state: str  # COPY, SERVER, BOTH or SAME_FIELD
    conflicts: tuple[str, ...]  # the fields both sides changed
    from_copy: tuple[str, ...]  # the fields only the copy changed


@dataclass(frozen=True)
class OfflineCopy:
    """An offline copy being merged back: where it came from, and the records' versions in it and on the
    server now."""

    origin: OfflineOrigin
    copy_versions: RecordVersions
    server_versions: RecordVersions

    @property
    def base(self) -> dict[str, Any]:
        return self.origin.base

    def versions(self, kind: str, key: str) -> tuple[int | None, int | None, int | None]:
        """A record's version when the copy was taken, in the copy and on the server (None: not versioned
        or not known then)."""
        table = _VERSIONED.get(kind)
        if table is None or (kind != "action plan" and not key.startswith("id:")):
            return None, None, None
        found: int | str = int(key[3:]) if key.startswith("id:") else key
        sides = (self.origin.versions, self.copy_versions, self.server_versions)
        return tuple(getattr(side, table).get(found) for side in sides)

    def judge(
        self, kind: str, key: str, fields: tuple[str, ...], base: Record | None, mine: Record, theirs: Record
    ) -> Judgement:
        """Who changed the record's differing `fields` since the copy was taken (records as compared; `base`
        as it was then, None when it was not in the copy)."""
        if base is None:  # added under one name on both sides since
            return Judgement(SAME_FIELD, fields, ())
        from_copy = tuple(f for f in fields if mine.get(f) == base.get(f))
        from_server = tuple(f for f in fields if theirs.get(f) == base.get(f))
        both = tuple(f for f in fields if f not in from_copy and f not in from_server)
        then, in_copy, on_server = self.versions(kind, key)
        copy_changed = bool(from_copy or both) or (then is not None and in_copy != then)
        server_changed = bool(from_server or both) or (then is not None and on_server != then)
        if both:
            state = SAME_FIELD
        elif copy_changed and server_changed:
            state = BOTH
        else:
            state = SERVER if server_changed else COPY
        return Judgement(state, both, from_copy)

    def gone_and_dropped(
        self, base: dict[str, Record], mine: dict[str, Record], theirs: dict[str, Record]
    ) -> tuple[list[str], list[str]]:
        """The keys of the records of the copy the server no longer has, and of those the copy no longer
        has but the server does (each dict: key -> record)."""
        gone = [key for key in theirs if key in base and key not in mine]
        dropped = [key for key in base if key not in theirs and key in mine]
        return gone, dropped
