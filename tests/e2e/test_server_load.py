"""Twenty people saving and five reading the same shared operation at once, for a minute, on a real server:
every save that returned is in the operation at the end, none was lost to another made at the same moment,
no reader ever failed, and the server's refusals (a record saved meanwhile, a deadlock) came out as
something the program handles: a refused save is read again and made again by the writer, a save the
server cancelled to break a deadlock is made again by the services (the run says how many there were).

Each writer and reader opens the operation for itself, as separate windows do. A writer either appends a
token of its own to the notes of one of a few records every writer edits (three systems, two
organisations: conflicts happen all the time), reading the record and saving over what it read; or counts
its saves in a field of a system only it edits. A refused save (StaleRecordError) reads the record again
and tries again. With no lost update, every token whose save returned is in the record's final notes, in
the order its writer saved them, and nothing else is; each save was made over a different version of the
record; and each writer's own system holds its last count.

`PIM_DESKTOP_LOAD_SECONDS` shortens the run on a developer's machine (60 by default, as CI runs it)."""

import os
import random
import re
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from pim_desktop.domain.errors import StaleRecordError
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from tests.postgres import Server, database_of, superuser_connection
from tests.shared_server import CHIEF, GUEST, OFFICER, opened

SECONDS = float(os.environ.get("PIM_DESKTOP_LOAD_SECONDS", "60"))
WRITERS, READERS = 20, 5
HOT_SYSTEMS, HOT_ORGANISATIONS = 3, 2
HOT_SHARE = 0.6  # of a writer's edits, on the records every writer edits
TRIES = 200  # a save refused this many times in a row is given up (and said)
TOKEN = re.compile(r"\bw\d\d\.\d{5}\b")


@dataclass(frozen=True)
class Save:
    """A save that returned: which record, over which version, what it wrote, by whom."""

    kind: str  # "system" or "organisation"
    record_id: int
    base_version: int
    value: str  # the token appended, or the count written
    writer: int


@dataclass
class Tally:
    saves: list[Save] = field(default_factory=list)
    refused: int = 0  # StaleRecordError: read again and tried again
    given_up: list[str] = field(default_factory=list)
    reads: int = 0
    deaths: list[str] = field(default_factory=list)  # a thread's unexpected exception, with its traceback
    lock: threading.Lock = field(default_factory=threading.Lock)

    def died(self, who: str) -> None:
        with self.lock:
            self.deaths.append(f"{who}: {traceback.format_exc()}")


class Writer:
    def __init__(self, number: int, operation: OpenOperation, own_system: int, hot: list[tuple[str, int]]):
        self.number, self.own_system, self.hot = number, own_system, hot
        self.systems, self.organisations = SystemService(operation), OrganisationService(operation)
        self.random = random.Random(number)
        self.edits = 0

    def run(self, until: float, tally: Tally) -> None:
        try:
            while time.monotonic() < until:
                self.edits += 1
                if self.random.random() < HOT_SHARE:
                    kind, record_id = self.random.choice(self.hot)
                    token = f"w{self.number:02d}.{self.edits:05d}"
                    self._save(kind, record_id, lambda notes, t=token: f"{notes} {t}".strip(), token, tally)
                else:
                    count = str(self.edits)
                    self._save("own", self.own_system, lambda _notes, c=count: c, count, tally)
        except BaseException:  # handed to the test's thread
            tally.died(f"writer {self.number}")

    def _save(
        self, kind: str, record_id: int, change: Callable[[str], str], value: str, tally: Tally
    ) -> None:
        """Read the record, save over what was read; when refused, read again and try again."""
        for _ in range(TRIES):
            try:
                version = self._read_and_save(kind, record_id, change)
            except StaleRecordError:
                with tally.lock:
                    tally.refused += 1
                continue
            with tally.lock:
                saved_kind = "organisation" if kind == "organisation" else "system"
                tally.saves.append(Save(saved_kind, record_id, version, value, self.number))
            return
        with tally.lock:
            tally.given_up.append(f"writer {self.number}: {kind} {record_id}, {value}")

    def _read_and_save(self, kind: str, record_id: int, change: Callable[[str], str]) -> int:
        if kind == "organisation":
            organisation = self.organisations.get(record_id)
            details = replace(organisation.details, notes=change(organisation.details.notes))
            self.organisations.update(record_id, details, base=organisation)
            return organisation.version
        system = self.systems.get(record_id)
        if kind == "own":
            details = replace(system.details, frequency=change(system.details.frequency))
        else:
            details = replace(system.details, notes=change(system.details.notes))
        self.systems.update(record_id, details, base=system)
        return system.version


class Reader:
    """Reads the mapping's summaries and the organisations as the window does, and the notes of the records
    every writer edits, which only ever grow."""

    def __init__(self, number: int, operation: OpenOperation, visible: int, hot_system: int) -> None:
        self.number, self.visible, self.hot_system = number, visible, hot_system
        self.mapping, self.organisations = MappingService(operation), OrganisationService(operation)
        self.systems = SystemService(operation)

    def run(self, until: float, tally: Tally) -> None:
        try:
            seen = self.systems.get(self.hot_system).details.notes
            while time.monotonic() < until:
                summaries = self.mapping.system_summaries()
                assert len(summaries) == self.visible, (len(summaries), self.visible)
                assert self.organisations.organisations()
                notes = self.systems.get(self.hot_system).details.notes
                assert notes.startswith(seen), f"the notes lost what was read before: {seen!r} -> {notes!r}"
                seen = notes
                with tally.lock:
                    tally.reads += 1
        except BaseException:
            tally.died(f"reader {self.number}")


def deadlocks_broken(postgres_server: Server, shared: str) -> int:
    """How many deadlocks the server has broken in the operation's database (by cancelling a transaction)."""
    with superuser_connection(postgres_server) as watcher:
        query = "SELECT deadlocks FROM pg_stat_database WHERE datname = %s"
        (count,) = watcher.execute(query, (database_of(shared),)).fetchone()
    return count


def test_twenty_writers_and_five_readers_lose_nothing(shared: str, postgres_server: Server):
    deadlocks_before = deadlocks_broken(postgres_server, shared)
    logins = [OFFICER if n % 2 == 0 else CHIEF for n in range(WRITERS)]
    operations = [opened(shared, login) for login in logins]
    readers_logins = [GUEST, OFFICER, CHIEF, GUEST, CHIEF][:READERS]
    reading = [opened(shared, login) for login in readers_logins]
    try:
        with opened(shared, CHIEF) as chief_side:
            systems, organisations = SystemService(chief_side), OrganisationService(chief_side)
            levels = {i: v["sensitivity"].value for i, v in systems.stored_values(("sensitivity",)).items()}
            organisation_ids = [o.id for o in organisations.organisations()]
            public = sorted(i for i, level in levels.items() if level == "public")
            restricted = sorted(i for i, level in levels.items() if level == "restricted")
            above = sorted(i for i, level in levels.items() if level not in ("public", "restricted"))
            # every writer sees the hot systems, and the guest's readers the first of them
            hot_systems = [public[0], *restricted[: HOT_SYSTEMS - 1]]
            own_for_officer = iter(public[1:] + restricted[HOT_SYSTEMS - 1 :])
            own_for_chief = iter(above)
            hot = [("system", i) for i in hot_systems] + [
                ("organisation", i) for i in organisation_ids[:HOT_ORGANISATIONS]
            ]
            writers = [
                Writer(n, op, next(own_for_officer if logins[n] == OFFICER else own_for_chief), hot)
                for n, op in enumerate(operations)
            ]
            before = {("system", i): systems.get(i) for i in [*hot_systems, *(w.own_system for w in writers)]}
            before |= {
                ("organisation", i): organisations.get(i) for i in organisation_ids[:HOT_ORGANISATIONS]
            }
        visible = {GUEST: len(public), OFFICER: len(public) + len(restricted), CHIEF: len(levels)}
        readers = [
            Reader(n, op, visible[login], hot_systems[0])
            for n, (op, login) in enumerate(zip(reading, readers_logins, strict=True))
        ]

        tally = Tally()
        started = time.monotonic()
        until = started + SECONDS
        threads = [
            threading.Thread(target=each.run, args=(until, tally), name=f"load-{n}")
            for n, each in enumerate([*writers, *readers])
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=SECONDS + 120)
        elapsed = time.monotonic() - started
        assert not [t.name for t in threads if t.is_alive()], "a thread never finished (a save or read hung)"
        assert not tally.deaths, "\n".join(tally.deaths)
    finally:
        for operation in [*operations, *reading]:
            operation.close()

    with opened(shared, CHIEF) as chief_side:
        systems, organisations = SystemService(chief_side), OrganisationService(chief_side)
        after = {("system", i): systems.get(i) for kind, i in before if kind == "system"} | {
            ("organisation", i): organisations.get(i) for kind, i in before if kind == "organisation"
        }
    per_record: dict[tuple[str, int], list[Save]] = {}
    for save in tally.saves:
        per_record.setdefault((save.kind, save.record_id), []).append(save)
    for key, saves in per_record.items():
        versions = Counter(save.base_version for save in saves)
        assert max(versions.values()) == 1, f"{key}: two saves went over one version (a lost update)"
        assert after[key].version == before[key].version + len(saves), key
    for kind, record_id in hot:
        was, now = before[(kind, record_id)].details.notes, after[(kind, record_id)].details.notes
        assert now.startswith(was), (kind, record_id)
        written = [
            s.value for s in sorted(per_record.get((kind, record_id), []), key=lambda s: s.base_version)
        ]
        assert TOKEN.findall(now[len(was) :]) == written, f"{kind} {record_id}: a token lost or made up"
    for writer in writers:
        own = sorted(per_record.get(("system", writer.own_system), []), key=lambda s: s.base_version)
        if own:
            assert after[("system", writer.own_system)].details.frequency == own[-1].value

    committed = len(tally.saves)
    deadlocks = deadlocks_broken(postgres_server, shared) - deadlocks_before  # each save cancelled made again
    print(
        f"\n{WRITERS} writers, {READERS} readers, {elapsed:.1f} s: {committed} saves committed "
        f"({committed / elapsed:.1f} a second), {tally.refused} refused and tried again, "
        f"{len(tally.given_up)} given up, {deadlocks} deadlocks broken by the server, {tally.reads} reads of "
        "the mapping"
    )
    assert not tally.given_up, tally.given_up
    assert committed > 0 and tally.reads > 0
