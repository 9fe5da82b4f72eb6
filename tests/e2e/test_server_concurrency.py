"""Two people saving the same record: the second save is refused with what the first changed, field by field,
on a real server with two logins, including a save that lands between the check and the write, and one the
server cancels to break a deadlock, which is made again."""

import threading
import time
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import FieldChange, ServerError, StaleRecordError
from pim_desktop.domain.model import InformationSystem
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from tests.postgres import Server, database_of, superuser_connection
from tests.shared_server import CHIEF, OFFICER, PASSWORDS, first_visible_system, opened


def test_the_second_of_two_saves_is_refused_with_what_the_first_changed(shared: str):
    with opened(shared, OFFICER) as officer_side, opened(shared, CHIEF) as chief_side:
        officer, chief = SystemService(officer_side), SystemService(chief_side)
        read_by_officer = first_visible_system(officer)
        read_by_chief = chief.get(read_by_officer.id)
        assert read_by_chief.version == read_by_officer.version
        chief.update(
            read_by_chief.id,
            replace(read_by_chief.details, notes="Agreed at the cluster meeting", frequency="Weekly"),
            base=read_by_chief,
        )
        with pytest.raises(StaleRecordError) as refused:
            officer.update(
                read_by_officer.id,
                replace(read_by_officer.details, notes="My own note"),
                base=read_by_officer,
            )
        assert refused.value.changes == [
            FieldChange("Frequency", read_by_officer.details.frequency, "Weekly"),
            FieldChange("Notes", read_by_officer.details.notes, "Agreed at the cluster meeting"),
        ]
        assert "was changed by someone else since you opened it (Frequency, Notes)" in refused.value.message
        now = officer.get(read_by_officer.id)
        assert (
            now.details.notes == "Agreed at the cluster meeting"
            and now.version == read_by_officer.version + 1
        )
        # read afresh, the officer's save goes through
        officer.update(now.id, replace(now.details, notes="My own note"), base=now)
        assert chief.get(now.id).details.notes == "My own note"


def test_a_save_over_a_record_raised_above_ones_clearance_says_so(shared: str):
    with opened(shared, OFFICER) as officer_side, opened(shared, CHIEF) as chief_side:
        officer, chief = SystemService(officer_side), SystemService(chief_side)
        read = first_visible_system(officer)
        chief.update(read.id, replace(read.details, sensitivity=Sensitivity.CONFIDENTIAL))
        with pytest.raises(StaleRecordError, match="deleted, or is no longer visible to you") as refused:
            officer.update(read.id, replace(read.details, notes="Mine"), base=read)
        assert refused.value.changes is None
        assert chief.get(read.id).details.notes == read.details.notes


def test_organisations_are_guarded_alike(shared: str):
    with opened(shared, OFFICER) as officer_side, opened(shared, CHIEF) as chief_side:
        officer, chief = OrganisationService(officer_side), OrganisationService(chief_side)
        first = officer.organisations()[0]
        chief.update(first.id, replace(first.details, focal_phone="+961 1 000 000"), base=chief.get(first.id))
        with pytest.raises(StaleRecordError) as refused:
            officer.update(first.id, replace(first.details, notes="Mine"), base=first)
        assert [change.label for change in refused.value.changes or ()] == ["Phone"]


THEIRS = "UPDATE information_system SET notes = 'Theirs', row_version = row_version + 1 WHERE id = %s"


def the_chief_behind_the_program(postgres_server: Server, shared: str) -> psycopg.Connection:
    """The chief's own connection, in a transaction the test commits when it wants."""
    return psycopg.connect(
        host=str(postgres_server.folder), dbname=database_of(shared), user=CHIEF, password=PASSWORDS[CHIEF]
    )


def saving_mine(
    officer: SystemService, read: InformationSystem, with_base: bool
) -> tuple[threading.Thread, list[BaseException | None]]:
    """The officer's save of "Mine" in the system's notes, started on a thread: its outcome (None: saved)."""
    outcome: list[BaseException | None] = []

    def save() -> None:
        try:
            officer.update(read.id, replace(read.details, notes="Mine"), base=read if with_base else None)
            outcome.append(None)
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    saving = threading.Thread(target=save)
    saving.start()
    return saving, outcome


def wait_until_it_waits_for_a_lock(postgres_server: Server, outcome: list[BaseException | None]) -> None:
    waiting = "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'"
    with superuser_connection(postgres_server) as watcher:  # it sees every session's state
        for _ in range(600):  # a few milliseconds
            if watcher.execute(waiting, (OFFICER,)).fetchone() == (1,):
                return
            time.sleep(0.01)
    pytest.fail(f"the save never waited for the other's lock ({outcome})")


@pytest.mark.parametrize("with_base", [True, False])
def test_a_save_landing_between_the_check_and_the_write_is_caught_by_the_server(
    shared: str, postgres_server: Server, with_base: bool
):
    """The other's change is written, uncommitted, before ours reads the record; ours passes the check, then
    waits for their row lock; they commit: the database finds our version overtaken. A save that named no
    version (an import's) is refused too, in a sentence that cannot name the record."""
    with opened(shared, OFFICER) as officer_side:
        officer = SystemService(officer_side)
        read = first_visible_system(officer)
        other = the_chief_behind_the_program(postgres_server, shared)
        other.execute(THEIRS, (read.id,))
        saving, outcome = saving_mine(officer, read, with_base)
        wait_until_it_waits_for_a_lock(postgres_server, outcome)
        other.commit()
        other.close()
        saving.join(timeout=60)
        assert isinstance(outcome[0], StaleRecordError), outcome
        if with_base:
            assert outcome[0].changes == [FieldChange("Notes", read.details.notes, "Theirs")]
        else:
            assert outcome[0].message == (
                "a record was saved by someone else since you opened it; your change was not saved"
            )
        assert officer.get(read.id).details.notes == "Theirs"


def test_in_an_operation_file_a_stale_save_is_refused_too(sample_file: Path):
    with open_operation(sample_file) as operation:
        systems = SystemService(operation)
        read = first_visible_system(systems)
        systems.update(read.id, replace(read.details, outputs="A new output"), base=read)
        with pytest.raises(StaleRecordError) as refused:
            systems.update(read.id, replace(read.details, notes="A note"), base=read)
        assert [change.label for change in refused.value.changes or ()] == ["Outputs"]
        # without a base, as before: the save is made
        systems.update(read.id, replace(read.details, notes="A note"))
        assert systems.get(read.id).details.notes == "A note"


def test_a_reordering_of_a_list_someone_is_reordering_is_refused_at_once(
    shared: str, postgres_server: Server
):
    """A short lock: while another login's transaction holds a cell's entries (its own reordering), a move
    in that cell is refused in a sentence without waiting, and nothing moves."""
    with opened(shared, OFFICER) as officer_side:
        matrix = MatrixService(officer_side)
        cell = next(entries for entries in matrix.matrix().cells.values() if len(entries) > 1)
        first = cell[0]
        other = the_chief_behind_the_program(postgres_server, shared)
        other.execute(
            "SELECT id FROM matrix_entry WHERE category_id = %s AND row_id = %s FOR UPDATE",
            (first.category_id, first.row_id),
        )
        outcome: list[BaseException | None] = []

        def move() -> None:
            try:
                matrix.move_entry(first.id, 1)
                outcome.append(None)
            except BaseException as error:  # handed to the test's thread
                outcome.append(error)

        moving = threading.Thread(target=move)
        moving.start()
        moving.join(timeout=60)  # a move that queued behind the lock would wait until the rollback below
        assert outcome, "the move waited for the other's lock instead of being refused"
        assert isinstance(outcome[0], ServerError), outcome
        assert "someone else is reordering the same list at this moment" in outcome[0].message
        other.rollback()
        other.close()
        moving.join()
        assert matrix.matrix().cell(first.category_id, first.row_id)[0] == first
        matrix.move_entry(first.id, 1)  # free again: it moves
        assert matrix.matrix().cell(first.category_id, first.row_id)[1].id == first.id


@pytest.mark.parametrize("with_base", [True, False])
def test_a_save_the_server_cancels_to_break_a_deadlock_is_made_again(
    shared: str, postgres_server: Server, with_base: bool
):
    """The other holds the operation's row and then asks for the system ours has written: each waits for
    the other, and the server cancels ours (40P01, "deadlock detected"). Nothing of it was written: the save
    is made again, and then finds what the other saved meanwhile as any save does."""
    with opened(shared, OFFICER) as officer_side:
        officer = SystemService(officer_side)
        read = first_visible_system(officer)
        other = the_chief_behind_the_program(postgres_server, shared)
        other.execute("UPDATE operation SET updated_at = updated_at")  # its row, held until the commit
        saving, outcome = saving_mine(officer, read, with_base)
        wait_until_it_waits_for_a_lock(postgres_server, outcome)  # its system written, the row asked for
        # now the other waits for ours: within a second the server cancels ours, which waited first
        other.execute(THEIRS, (read.id,))
        other.commit()
        other.close()
        saving.join(timeout=60)
        if with_base:
            assert isinstance(outcome[0], StaleRecordError), outcome
            assert outcome[0].changes == [FieldChange("Notes", read.details.notes, "Theirs")]
            assert officer.get(read.id).details.notes == "Theirs"
        else:
            assert outcome == [None]
            assert officer.get(read.id).details.notes == "Mine"
