"""What the tests of offline copies share: the officer takes the shared sample offline, then works on the copy
while others work on the server (tests/e2e/test_offline_copy.py, tests/gui/test_offline_copy.py)."""

from dataclasses import dataclass, replace
from pathlib import Path

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.exports.offline_copy import take_offline
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
