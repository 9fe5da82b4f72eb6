"""What the tests of offline copies share: the officer takes the shared sample offline, then works on the copy
while others work on the server (tests/e2e/test_offline_copy.py, tests/gui/test_offline_copy.py)."""

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.exports.offline_copy import take_offline
from pim_desktop.imports.merge import MergePlan
from pim_desktop.imports.offline_merge import BOTH, COPY, SAME_FIELD, SERVER, Judgement, OfflineCopy
from pim_desktop.services.offline import OfflineOrigin, RecordVersions
from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService
from tests.shared_server import CHIEF, OFFICER, opened

# what each side wrote
OFFLINE_FREQUENCY, SERVER_OUTPUTS = "Weekly, from the field", "Outputs the chief revised"
BOTH_OFFLINE, BOTH_SERVER = "Every fortnight (offline)", "Quarterly (server)"
RENAMED, ADDED = "Renamed while offline", "Added while offline"
SERVER_DESCRIPTION = "Described on the server meanwhile"


@dataclass(frozen=True)
class Work:
    """The systems (ids, as the officer saw them) each side touched, by what happened to them."""

    one_field_each: int  # frequency offline, outputs on the server
    same_field: int  # frequency on both sides
    renamed: int  # renamed offline only
    server_only: int  # described on the server only
    deleted: int  # deleted on the server
    names: dict[int, str]  # each one's name when the copy was taken


def take_copy(shared: str, target: Path, who: str = OFFICER) -> dict[str, int]:
    with opened(shared, who) as server:
        copied = take_offline(server, target)
    assert copied is not None
    return copied


def work_on_both_sides(shared: str, copy: Path) -> Work:
    """Edit the copy as the officer would offline, and the server as the chief does meanwhile."""
    with open_operation(copy) as offline:
        systems = SystemService(offline)
        ids = sorted(systems.stored_values(("name",)))
        work = Work(*ids[:5], names={i: systems.get(i).details.name for i in ids[:5]})
        for system_id, change in (
            (work.one_field_each, {"frequency": OFFLINE_FREQUENCY}),
            (work.same_field, {"frequency": BOTH_OFFLINE}),
            (work.renamed, {"name": RENAMED}),
        ):
            system = systems.get(system_id)
            systems.update(system_id, replace(system.details, **change), base=system)
        model = systems.get(work.server_only).details
        systems.add(replace(model, name=ADDED, sensitivity=Sensitivity.PUBLIC))
    with opened(shared, CHIEF) as server:
        systems = SystemService(server)
        for system_id, change in (
            (work.one_field_each, {"outputs": SERVER_OUTPUTS}),
            (work.same_field, {"frequency": BOTH_SERVER}),
            (work.server_only, {"description": SERVER_DESCRIPTION}),
        ):
            system = systems.get(system_id)
            systems.update(system_id, replace(system.details, **change), base=system)
        systems.delete(work.deleted)
    return work


def as_if_offline(plan: MergePlan) -> MergePlan:
    """A merge plan of two files dressed as an offline copy's coming back, to see the dialog's words and size
    without a server: its differences told in turn as the copy's change, the server's and both kinds of
    conflict, a system listed as deleted on the server since, another as deleted in the copy."""
    versions = RecordVersions({}, {}, {})
    address, taken_at = "postgresql://officer@server/operation", datetime(2025, 3, 1)
    origin = OfflineOrigin(address, "", OFFICER, taken_at, versions, {})
    told = []
    for index, difference in enumerate(plan.differences):
        state = (COPY, SERVER, BOTH, SAME_FIELD)[index % 4]
        conflicts = difference.fields[:1] if state == SAME_FIELD else ()
        from_copy = difference.fields if state == COPY else difference.fields[1:] if state == BOTH else ()
        told.append(replace(difference, judged=Judgement(state, conflicts, from_copy)))
    first, second = (system["name"] for system in plan.mine["systems"][:2])
    return replace(
        plan,
        differences=told,
        offline=OfflineCopy(origin, versions, versions),
        gone=[("system", first)],
        dropped=[("system", second)],
    )
