"""The history a server keeps beyond the changes view: the file's log published with it stays its history
before the audit, a server prepared by an older version has its audit brought up to date, a record's
history reads the audit, and nobody reads more of it than the server's functions give them (issue 24)."""

from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.services.change_comparison import compare, record_history
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from tests.e2e.test_server_changes import login
from tests.helpers import run_cli
from tests.postgres import Server, database_of, superuser_connection
from tests.shared_server import (
    AS_SUPERUSER,
    CHIEF,
    GUEST,
    OFFICER,
    cli,
    first_visible_system,
    opened,
    share_sample,
)
from tests.twenty_edits import MILESTONE, twenty_edits


def test_the_files_log_published_with_it_is_the_history_before_the_audit(
    server_database: str, sample_file: Path
):
    """Twenty edits on the file, then publishing: the comparison from the file's milestone on the server is
    the file's, the copy itself no change, and what the chief changes on the server follows it."""
    twenty_edits(sample_file)
    with open_operation(sample_file, read_only=True) as on_file:
        log = ChangeLog(on_file)
        in_file = compare(on_file, log.milestone_named(MILESTONE)).changes
        restricted = compare(on_file, log.milestone_named(MILESTONE), ceiling=Sensitivity.RESTRICTED).changes
    url = share_sample(server_database, sample_file, records="records in 23 tables")
    with opened(url, CHIEF) as operation:
        organisations = OrganisationService(operation)
        first = organisations.organisations()[-1]
        organisations.update(first.id, replace(first.details, notes="Changed on the server"))
        on_server = compare(operation, ChangeLog(operation).milestone_named(MILESTONE)).changes
    (added,) = set(on_server) - set(in_file)
    assert (added.name, added.who, [f.after for f in added.fields]) == (
        first.details.name,
        (CHIEF,),
        ["Changed on the server"],
    )
    assert set(on_server) - {added} == set(in_file) and len(in_file) >= 20
    with opened(url, OFFICER) as operation:
        officers = compare(operation, ChangeLog(operation).milestone_named(MILESTONE)).changes
    assert set(officers) - {added} == set(restricted) and len(restricted) < len(in_file)


_OLDER_TRIGGER = """CREATE OR REPLACE FUNCTION pim_audit_row() RETURNS trigger SECURITY DEFINER
    SET search_path = public, pg_temp LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO pim_audit (table_name, operation, old_row, new_row) VALUES (
            TG_TABLE_NAME, TG_OP,
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
        RETURN NULL;
    END $$"""


def test_an_audit_kept_by_an_older_version_is_brought_up_to_date(shared: str, postgres_server: Server):
    database = database_of(shared)
    with superuser_connection(postgres_server, database) as superuser:  # as the previous version left it
        superuser.execute(f"SET ROLE {database}_owner")
        superuser.execute(_OLDER_TRIGGER)
        for function in ("pim_history(bigint, bigint)", "pim_mark_milestone(text, timestamp)"):
            superuser.execute(f"DROP FUNCTION {function}")
        superuser.execute("DROP TABLE pim_published, pim_published_log")
        superuser.execute(
            "ALTER TABLE pim_audit DROP COLUMN rank, DROP COLUMN record_table, DROP COLUMN record_id"
        )
        superuser.execute("ALTER TABLE pim_audit DROP COLUMN txid")
    with opened(shared, CHIEF) as operation:  # changes audited the older way
        systems = SystemService(operation)
        public, confidential = operation_systems(systems)
        for system_id in (public, confidential):
            record = systems.get(system_id)
            systems.update(record.id, replace(record.details, notes="Audited the older way"))
    checked = run_cli("check", shared, env=AS_SUPERUSER)
    assert checked.returncode == 1 and "run `pim-desktop server upgrade`" in checked.stdout
    assert "Brought the audit of" in cli("server", "upgrade", shared)
    assert "OK (3 groups of checks passed)" in cli("check", shared)
    assert "is up to date" in cli("server", "upgrade", shared)
    with opened(shared, OFFICER) as operation:
        seen = ChangeLog(operation).logged()
    # the public system's change, nothing of the confidential one's, nor of the publishing (a save writes
    # only what it changes: the notes, no places or links)
    assert [(c.row, c.who, c.fields["notes"]) for c in seen if c.table == "information_system"] == [
        (str(public), CHIEF, ("", "Audited the older way"))
    ]
    linked = [c for c in seen if c.table != "information_system"]
    assert {pair[0] or pair[1] for c in linked for pair in [c.fields["system_id"]]} <= {public}


def operation_systems(systems: SystemService) -> list[int]:
    """A public system and a confidential one."""
    by_level = {}
    for system_id, stored in sorted(systems.stored_values(("sensitivity",)).items()):
        by_level.setdefault(Sensitivity(stored["sensitivity"]), system_id)
    return [by_level[Sensitivity.PUBLIC], by_level[Sensitivity.CONFIDENTIAL]]


def test_the_history_of_a_record_on_the_server_says_who_changed_it(shared: str, postgres_server: Server):
    with opened(shared, OFFICER) as operation:
        system = first_visible_system(SystemService(operation))
    with opened(shared, CHIEF) as operation:
        SystemService(operation).update(system.id, replace(system.details, frequency="Daily"))
    with login(postgres_server, shared, OFFICER) as officer:
        officer.execute(
            "UPDATE information_system SET notes = 'Seen in the field' WHERE id = %s", (system.id,)
        )
    with opened(shared, OFFICER) as operation:
        history = record_history(operation, "information_system", system.id)
    assert [(c.what.value, [(f.field, f.before, f.after) for f in c.fields], c.who) for c in history] == [
        ("changed", [("Frequency", system.details.frequency, "Daily")], (CHIEF,)),
        ("changed", [("Notes", system.details.notes, "Seen in the field")], (OFFICER,)),
    ]


def test_nobody_reads_the_audit_but_through_the_servers_functions(shared: str, postgres_server: Server):
    with login(postgres_server, shared, OFFICER) as officer:
        (rows,) = officer.execute("SELECT count(*) FROM pim_history(0, NULL)").fetchone()
        assert rows == 0  # the publishing is no change
        for statement in (
            "SELECT count(*) FROM pim_audit",
            "SELECT pim_systems_picture()",  # every system, were it run as the owner
            "SELECT pim_log_position()",
            "SELECT * FROM pim_audit_rank('information_system', NULL, '{\"id\": 1}')",
            "SELECT count(*) FROM pim_published_log",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                officer.execute(statement)
    with login(postgres_server, shared, GUEST) as guest, pytest.raises(psycopg.errors.InsufficientPrivilege):
        guest.execute("SELECT pim_mark_milestone('Marked by a reader', NULL)")
