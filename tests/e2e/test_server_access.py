"""Who sees and changes what on a shared server, with real logins: a user sees nothing classified above their
clearance in any command, view or export (the server filters), readers cannot write, and every change is
audited, for admins' eyes only."""

import json
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from openpyxl import load_workbook

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import ServerPermissionError
from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService
from tests.helpers import run_cli, sqlite_rows
from tests.postgres import Server, database_of, superuser_connection
from tests.shared_server import AS_SUPERUSER, CHIEF, GUEST, OFFICER, PASSWORDS, as_user, cli, counts, user_env

VISIBLE_TO_OFFICER = ("public", "restricted")


def test_each_login_counts_only_what_their_clearance_shows(shared: str, sample_file: Path):
    by_level = dict(
        sqlite_rows(sample_file, "SELECT sensitivity, count(*) FROM information_system GROUP BY 1")
    )
    assert counts(shared, CHIEF)["systems"] == 40
    assert counts(shared, OFFICER)["systems"] == sum(by_level[level] for level in VISIBLE_TO_OFFICER) == 21
    assert counts(shared, GUEST)["systems"] == by_level["public"] == 6
    assert counts(shared, GUEST)["action_plans"] == 0  # the sample's plan is restricted
    assert counts(shared, GUEST)["action_items"] == 0  # and its items with it
    assert counts(shared, OFFICER)["organisations"] == 24  # organisations are not classified


def test_no_export_holds_a_record_above_the_users_clearance(shared: str, sample_file: Path, tmp_path: Path):
    # the hidden systems' names, but for those that are also words of the matrix ("GBV safety audits")
    hidden = [
        name
        for (name,) in sqlite_rows(
            sample_file,
            "SELECT name FROM information_system "
            "WHERE sensitivity IN ('confidential', 'strictly-confidential') "
            "AND NOT EXISTS (SELECT 1 FROM matrix_entry e WHERE instr(e.text, name) > 0)",
        )
    ]
    assert len(hidden) >= 15
    workbook, document = tmp_path / "report.xlsx", tmp_path / "operation.json"
    officer = as_user(shared, OFFICER)
    cli("export", officer, "--view", "report", "--format", "xlsx", "-o", workbook, env=user_env(OFFICER))
    cli("export", officer, "--view", "report", "--format", "json", "-o", document, env=user_env(OFFICER))
    cells = "\n".join(
        str(value)
        for sheet in load_workbook(workbook).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    text = document.read_text(encoding="utf-8")
    assert "Host community profiling in Akkar" in cells  # a restricted system is there
    for name in hidden:
        assert name not in cells and name not in text
    stored = json.loads(text)
    assert {system["sensitivity"] for system in stored["systems"]} <= set(VISIBLE_TO_OFFICER)
    # what hangs from a hidden system is hidden with it: its areas and its review
    visible_areas = sqlite_rows(
        sample_file,
        "SELECT count(*) FROM system_area a JOIN information_system s ON s.id = a.system_id "
        "WHERE s.sensitivity IN ('public', 'restricted')",
    )[0][0]
    assert sum(len(system["areas"]) for system in stored["systems"]) == visible_areas < 160


def test_the_server_refuses_a_record_above_the_editors_clearance(
    shared: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("PGPASSWORD", PASSWORDS[OFFICER])
    with open_operation(as_user(shared, OFFICER)) as operation:
        systems = SystemService(operation)
        visible = systems.get(min(systems.stored_values(("name",))))
        raised = replace(visible.details, sensitivity=Sensitivity.CONFIDENTIAL)
        with pytest.raises(ServerPermissionError, match="row-level security"):
            systems.update(visible.id, raised)
        with pytest.raises(ServerPermissionError, match="row-level security"):
            systems.add(replace(raised, name="A new confidential system"))
        assert systems.get(visible.id).details == visible.details  # nothing was changed
    assert counts(shared, CHIEF)["systems"] == 40


def test_a_reader_cannot_write(shared: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PGPASSWORD", PASSWORDS[GUEST])
    with open_operation(as_user(shared, GUEST)) as operation:
        systems = SystemService(operation)
        first = systems.get(min(systems.stored_values(("name",))))
        with pytest.raises(ServerPermissionError, match="permission denied"):
            systems.update(first.id, replace(first.details, notes="changed by a reader"))


def test_every_change_is_audited_and_only_admins_read_the_audit(
    shared: str, postgres_server: Server, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("PGPASSWORD", PASSWORDS[OFFICER])
    with open_operation(as_user(shared, OFFICER)) as operation:
        systems = SystemService(operation)
        system = systems.get(min(systems.stored_values(("name",))))
        systems.update(system.id, replace(system.details, notes="Checked with the cluster in June"))

    def login(name: str) -> psycopg.Connection:
        return psycopg.connect(
            host=str(postgres_server.folder), dbname=database_of(shared), user=name, password=PASSWORDS[name]
        )

    with login(CHIEF) as chief:
        rows = chief.execute(
            "SELECT who, operation, old_row ->> 'notes', new_row ->> 'notes', at FROM pim_audit "
            "WHERE table_name = 'information_system' AND (new_row ->> 'id')::int = %s",
            (system.id,),
        ).fetchall()
    who, operation_done, old_notes, new_notes, _at = rows[-1]
    assert (who, operation_done) == (OFFICER, "UPDATE")
    assert old_notes == system.details.notes and new_notes == "Checked with the cluster in June"
    assert rows[0][:2] == ("postgres", "INSERT")  # the publishing, by the superuser who published
    for name in (OFFICER, GUEST):
        with login(name) as user, pytest.raises(psycopg.errors.InsufficientPrivilege):
            user.execute("SELECT count(*) FROM pim_audit")
        with login(name) as user, pytest.raises(psycopg.errors.InsufficientPrivilege):
            user.execute("SELECT count(*) FROM pim_clearance")


def test_a_login_without_a_clearance_sees_no_classified_record(shared: str, postgres_server: Server):
    stranger = f"stranger_{database_of(shared)}"
    with superuser_connection(postgres_server, database_of(shared)) as superuser:
        superuser.execute(
            f"CREATE ROLE {stranger} LOGIN PASSWORD 'a long password' IN ROLE {database_of(shared)}_reader"
        )
    seen = json.loads(cli("info", as_user(shared, stranger), "--json", env={"PGPASSWORD": "a long password"}))
    assert seen["counts"]["systems"] == 0 and seen["counts"]["organisations"] == 24


def test_a_user_is_added_with_a_role_and_a_clearance_only(shared: str):
    newcomer = f"newcomer_{database_of(shared)}"
    added = cli(
        "server", "add-user", shared, newcomer, "--role", "reader", "--clearance", "confidential",
        env={**AS_SUPERUSER, "PIM_DESKTOP_USER_PASSWORD": "the newcomer's password"},
    )  # fmt: skip
    assert f"Added the login {newcomer}: reader, cleared up to confidential." in added
    seen = json.loads(
        cli("info", as_user(shared, newcomer), "--json", env={"PGPASSWORD": "the newcomer's password"})
    )
    assert seen["counts"]["systems"] == 6 + 15 + 11
    refused = run_cli(
        "server", "add-user", shared, "someone", "--role", "owner", "--clearance", "public", env=AS_SUPERUSER
    )
    assert refused.returncode == 2 and "invalid choice: 'owner'" in refused.stderr
    short = run_cli(
        "server", "add-user", shared, "someone", "--role", "reader", "--clearance", "public",
        env={**AS_SUPERUSER, "PIM_DESKTOP_USER_PASSWORD": "short"},
    )  # fmt: skip
    assert short.returncode == 1 and "12 characters or more" in short.stderr
    # a known login is given another clearance, its password kept
    said = cli(
        "server", "add-user", shared, GUEST, "--role", "reader", "--clearance", "restricted",
        env={**AS_SUPERUSER, "PIM_DESKTOP_USER_PASSWORD": "another long password"},
    )  # fmt: skip
    assert "known already (its password is unchanged)" in said
    assert counts(shared, GUEST)["systems"] == 21
