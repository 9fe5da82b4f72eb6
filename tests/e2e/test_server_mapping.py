"""The mapping read again on a server (as the window does at each change another user makes) reads only the
systems that changed since, and gives what a whole reading gives: after an edit, a rename that moves a
system in the order, new links and places, an organisation renamed or deleted, a system hidden from the
login's clearance or shown to it, added, deleted, and put back as it was by an undo. Read from the server,
the mapping and the matrix's names of systems are the file's."""

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import Sensitivity, SystemRole
from pim_desktop.services import mapping
from pim_desktop.services.mapping import MappingService, load_system_names
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.register_history import RecordScope, RegisterHistory
from pim_desktop.services.systems import SystemService
from tests.postgres import SUPERUSER_PASSWORD
from tests.shared_server import CHIEF, OFFICER, opened


@pytest.fixture
def reread(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """How many systems each reading read: None for every one."""
    sizes: list[int | None] = []
    reading = mapping._summaries

    def counted(session: Session, only: list[int] | None = None) -> list:
        sizes.append(None if only is None else len(only))
        return reading(session, only)

    monkeypatch.setattr(mapping, "_summaries", counted)
    return sizes


def test_only_what_changed_is_read_again_and_the_mapping_is_as_a_whole_reading(
    shared: str, reread: list[int | None]
):
    with opened(shared, OFFICER) as officer_side, opened(shared, CHIEF) as chief_side:
        officer_mapping = MappingService(officer_side)
        systems, organisations = SystemService(chief_side), OrganisationService(chief_side)
        first = officer_mapping.system_summaries()
        assert reread == [None] and len(first) == 21

        def read_again() -> tuple[list[model.SystemSummary], int]:
            """The officer's mapping read again, as a whole reading has it; and how many systems it read."""
            reread.clear()
            again = officer_mapping.system_summaries()
            (read,) = reread or [0]
            assert read is not None, "every system was read again"
            assert again == MappingService(officer_side).system_summaries()
            with officer_side.session() as session:  # and the matrix's names, as a query gives them
                assert officer_mapping.system_names() == load_system_names(session)
            return again, read

        def edit(system_id: int, **changes: object) -> None:
            system = systems.get(system_id)
            systems.update(system_id, replace(system.details, **changes), base=system)

        assert read_again() == (first, 0)
        visible = [s.id for s in first]
        edit(visible[0], notes="Seen again")
        assert read_again()[1] == 1
        edit(visible[1], name="Aaa, first by name now")
        now, read = read_again()
        assert read == 1 and now[0].name == "Aaa, first by name now"

        spare = organisations.organisations()[-1]
        links = (*systems.get(visible[2]).details.links, model.SystemLink(spare.id, SystemRole.FUNDER))
        edit(visible[2], links=links, areas=(model.Area("LBN", "Beirut"),))
        assert read_again()[1] == 1
        renamed = first[3].links[0].organisation_id
        running = {s.id for s in first if any(link.organisation_id == renamed for link in s.links)}
        organisation = organisations.get(renamed)
        organisations.update(renamed, replace(organisation.details, acronym="RENAMED"), base=organisation)
        now, read = read_again()
        assert read == len(running) and all("RENAMED" in s.organisations for s in now if s.id in running)
        detached = {s.id for s in now if any(link.organisation_id == spare.id for link in s.links)}
        organisations.delete(spare.id, detach_from_systems=True)  # its links go, the systems' rows stay
        now, read = read_again()
        assert read == len(detached) and all(
            link.organisation_id != spare.id for s in now for link in s.links
        )

        edit(visible[4], sensitivity=Sensitivity.CONFIDENTIAL)  # above the officer's clearance
        now, read = read_again()
        assert read == 0 and visible[4] not in {s.id for s in now}
        levels = systems.stored_values(("sensitivity",))
        secret = next(i for i, v in levels.items() if v["sensitivity"] == Sensitivity.CONFIDENTIAL)
        edit(secret, sensitivity=Sensitivity.PUBLIC)
        now, read = read_again()
        assert read == 1 and secret in {s.id for s in now}

        history = RegisterHistory(chief_side)
        before = history.snapshot(RecordScope.system(visible[5]))
        edit(visible[5], notes="Undone soon")
        read_again()
        history.restore(before)  # an undo: the rows put back as they were
        assert read_again()[1] == 1

        systems.delete(visible[6])
        added = systems.add(replace(systems.get(visible[7]).details, name="A new system"))
        now, read = read_again()
        assert read == 1 and added in {s.id for s in now} and visible[6] not in {s.id for s in now}


def test_the_server_gives_the_mapping_and_the_matrixs_names_as_the_file_does(
    published: str, sample_file: Path, monkeypatch: pytest.MonkeyPatch
):
    """The same operation read from the file and from the server (by its superuser, who sees everything)."""
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    with open_operation(sample_file, read_only=True) as on_file, open_operation(published) as on_server:
        assert MappingService(on_file).system_names()
        assert MappingService(on_server).system_names() == MappingService(on_file).system_names()  # a query
        assert MappingService(on_server).system_summaries() == MappingService(on_file).system_summaries()
        assert MappingService(on_server).system_names() == MappingService(on_file).system_names()  # from them
