"""An operation on a real PostgreSQL server: `server init`, `publish`, then `info`, `check` and `export` on
its address give what they give on the file."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers import PASSPHRASE, run_cli
from tests.postgres import SUPERUSER_PASSWORD, Server, database_of, superuser_connection
from tests.shared_server import AS_SUPERUSER, cli


def workbook_cells(path: Path) -> dict[str, list[tuple]]:
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in load_workbook(path).worksheets}


def test_info_on_the_server_counts_what_the_file_holds(published: str, sample_file: Path):
    on_file = json.loads(cli("info", sample_file, "--json"))
    on_server = json.loads(cli("info", published, "--json"))
    assert on_server["server"] is True and on_file["server"] is False
    assert on_server["counts"] == on_file["counts"]
    assert on_server["counts"]["systems"] == 40 and on_server["counts"]["organisations"] == 24
    for key in ("name", "country", "description", "schema_version", "created_at", "updated_at"):
        assert on_server[key] == on_file[key]
    assert "Server:" in cli("info", published)


@pytest.mark.parametrize(("view", "options"), [("report", ()), ("systems", ("--hxl",)), ("mapping", ())])
def test_a_workbook_exported_from_the_server_is_the_files_cell_by_cell(
    published: str, sample_file: Path, tmp_path: Path, view: str, options: tuple[str, ...]
):
    from_file, from_server = tmp_path / "file.xlsx", tmp_path / "server.xlsx"
    cli("export", sample_file, "--view", view, "--format", "xlsx", *options, "-o", from_file)
    cli("export", published, "--view", view, "--format", "xlsx", *options, "-o", from_server)
    file_cells, server_cells = workbook_cells(from_file), workbook_cells(from_server)
    assert list(server_cells) == list(file_cells)
    for sheet, rows in file_cells.items():
        assert len(server_cells[sheet]) == len(rows), sheet
        for number, (theirs, ours) in enumerate(zip(server_cells[sheet], rows, strict=True), start=1):
            assert theirs == ours, (sheet, number, theirs, ours)
    assert sum(len(rows) for rows in file_cells.values()) >= 39  # not vacuous: the sample's records are there


def test_the_json_export_of_the_server_is_the_files(published: str, sample_file: Path, tmp_path: Path):
    from_file, from_server = tmp_path / "file.json", tmp_path / "server.json"
    cli("export", sample_file, "--view", "systems", "--format", "json", "-o", from_file)
    cli("export", published, "--view", "systems", "--format", "json", "-o", from_server)
    file_document, server_document = json.loads(from_file.read_text()), json.loads(from_server.read_text())
    assert server_document == file_document
    assert len(server_document["systems"]) == 40


def test_check_on_the_server_runs_the_content_checks(published: str):
    assert "OK (3 groups of checks passed)" in cli("check", published)


def test_the_tables_belong_to_a_role_nobody_logs_in_as(published: str, postgres_server: Server):
    database = database_of(published)
    with superuser_connection(postgres_server, database) as connection:
        owners = set(
            connection.execute("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
        )
        (can_login,) = connection.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (f"{database}_owner",)
        ).fetchone()
        roles = {
            row[0]
            for row in connection.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"{database}_%",)
            )
        }
    assert owners == {(f"{database}_owner",)} and can_login is False
    assert roles == {f"{database}_{role}" for role in ("owner", "reader", "editor", "admin")}


def test_the_server_knows_the_size_of_the_tables_once_published(published: str, postgres_server: Server):
    """Publishing gathers the planner's statistics: without them it takes 20,000 systems for a few hundred."""
    with superuser_connection(postgres_server, database_of(published)) as connection:
        tables = "('information_system', 'organisation')"
        sizes = dict(connection.execute(f"SELECT relname, reltuples FROM pg_class WHERE relname IN {tables}"))
    assert sizes == {"information_system": 40, "organisation": 24}


def test_publish_refuses_a_server_that_holds_an_operation_already(published: str, sample_file: Path):
    result = run_cli("publish", sample_file, published, env=AS_SUPERUSER)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("already holds an operation; nothing was changed")
    assert json.loads(cli("info", published, "--json"))["counts"]["systems"] == 40


def test_an_unprepared_database_is_named_as_such(server_database: str, sample_file: Path):
    info = run_cli("info", server_database, env=AS_SUPERUSER)
    assert info.returncode == 2 and "is not prepared for PIM Desktop" in info.stderr
    cli("server", "init", server_database)
    again = run_cli("server", "init", server_database, env=AS_SUPERUSER)
    assert again.returncode == 2 and "is prepared already; nothing was changed" in again.stderr
    empty = run_cli(
        "export", server_database, "--view", "systems", "--format", "csv", "-o", "x.csv", env=AS_SUPERUSER
    )
    assert empty.returncode == 2 and "holds no operation yet: publish one" in empty.stderr


def test_a_password_is_never_part_of_the_address(published: str):
    for with_password in (published.replace("postgres@", "postgres:secret@"), f"{published}&password=secret"):
        result = run_cli("info", with_password, env=AS_SUPERUSER)
        assert result.returncode == 2
        assert "a password is never given in the address" in result.stderr and "secret" not in result.stderr


def test_a_wrong_password_is_refused_by_the_server(published: str):
    result = run_cli("info", published, env={"PGPASSWORD": "not the password"})
    assert result.returncode == 2
    assert "cannot reach" in result.stderr and "password authentication failed" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_says_when_the_servers_rules_were_loosened(published: str, postgres_server: Server):
    with superuser_connection(postgres_server, database_of(published)) as superuser:
        superuser.execute("ALTER TABLE information_system DISABLE ROW LEVEL SECURITY")
        superuser.execute("DROP TRIGGER pim_audit ON organisation")
        superuser.execute("ALTER TABLE category OWNER TO postgres")
    result = run_cli("check", published, env=AS_SUPERUSER)
    assert result.returncode == 1
    assert sorted(result.stdout.splitlines()[1:]) == [
        "- the changes of the table 'organisation' are no longer audited",
        "- the table 'category' belongs to a role that can log in",
        "- the table 'information_system' is no longer filtered by clearance",
    ]


def test_an_encrypted_file_is_published_with_its_passphrase(server_database: str, encrypted_sample: Path):
    cli("server", "init", server_database)
    refused = run_cli("publish", encrypted_sample, server_database, env=AS_SUPERUSER)
    assert refused.returncode == 2 and "PIM_DESKTOP_PASSPHRASE" in refused.stderr
    cli(
        "publish",
        encrypted_sample,
        server_database,
        env={**AS_SUPERUSER, "PIM_DESKTOP_PASSPHRASE": PASSPHRASE},
    )
    assert json.loads(cli("info", server_database, "--json"))["counts"]["systems"] == 40


def test_a_server_prepared_by_an_older_version_is_upgraded(published: str, postgres_server: Server):
    from alembic import command
    from sqlalchemy import create_engine, text

    from pim_desktop.storage.schema import alembic_config, head_version, server_revision

    database = database_of(published)
    engine = create_engine(
        f"postgresql+psycopg://postgres@/{database}?host={postgres_server.folder}",
        connect_args={"password": SUPERUSER_PASSWORD},
    )
    with engine.begin() as connection:  # as an older version left it: one migration fewer, as the owner
        connection.execute(text(f"SET ROLE {database}_owner"))
        command.downgrade(alembic_config(connection), "-1")
        older = server_revision(connection)
    engine.dispose()
    assert older is not None and int(older) < head_version()
    refused = run_cli("info", published, env=AS_SUPERUSER)
    assert refused.returncode == 2 and "its administrator brings it up to date with" in refused.stderr
    said = cli("server", "upgrade", published)
    assert f"from schema {int(older)} to {head_version()}" in said
    assert json.loads(cli("info", published, "--json"))["counts"]["systems"] == 40
    assert "OK (3 groups of checks passed)" in cli("check", published)  # policies, audit, owners in place
    assert "is up to date" in cli("server", "upgrade", published)


def test_the_databases_owner_allowed_to_create_roles_prepares_it(postgres_server: Server, sample_file: Path):
    """No superuser needed: the operation's steward owns its database and may create roles."""
    with superuser_connection(postgres_server) as superuser:
        superuser.execute("DROP DATABASE IF EXISTS stewarded")
        superuser.execute("DROP ROLE IF EXISTS steward")
        superuser.execute("CREATE ROLE steward LOGIN CREATEROLE PASSWORD 'the steward''s password'")
        superuser.execute("CREATE DATABASE stewarded OWNER steward")
    url, steward = postgres_server.url("stewarded", "steward"), {"PGPASSWORD": "the steward's password"}
    cli("server", "init", url, env=steward)
    cli("publish", sample_file, url, env=steward)
    cli(
        "server", "add-user", url, "stewarded_officer", "--role", "editor", "--clearance", "public",
        env={**steward, "PIM_DESKTOP_USER_PASSWORD": "the officer's password"},
    )  # fmt: skip
    seen = cli(
        "info",
        url.replace("steward@", "stewarded_officer@"),
        "--json",
        env={"PGPASSWORD": "the officer's password"},
    )
    assert json.loads(seen)["counts"]["systems"] == 6
    assert "OK (3 groups of checks passed)" in cli("check", url, env=steward)
