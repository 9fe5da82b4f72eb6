"""What the tests of the shared server share: the command run against a real server, the logins of the
sample operation published on it, and opening it as one of them (fixtures `published` and `shared` in
tests/conftest.py); and the templates the service tests' server variants copy (fixture `operation_source`)."""

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from pim_desktop.domain.model import InformationSystem
from pim_desktop.services.operations import OpenOperation, open_operation
from pim_desktop.services.server import prepare_server, publish
from pim_desktop.services.systems import SystemService
from pim_desktop.storage.server import ServerAddress, remember_password
from tests.helpers import run_cli
from tests.postgres import SUPERUSER_PASSWORD, Server, drop_database, new_database, superuser_connection

AS_SUPERUSER = {"PGPASSWORD": SUPERUSER_PASSWORD}
# the two engines a service test runs on: `-m server` (or `-k server`) selects the server's variants alone,
# `-m "not server"` the files'
ENGINES = ("file", pytest.param("server", marks=pytest.mark.server))
OFFICER, CHIEF, GUEST = "officer", "chief", "guest"
PASSWORDS = {
    OFFICER: "officer's long password",
    CHIEF: "chief's long password",
    GUEST: "guest's long password",
}
# who is what on the published sample: an editor cleared to restricted, an admin cleared to everything, and
# a reader cleared to public
LOGINS = (
    (OFFICER, "editor", "restricted"),
    (CHIEF, "admin", "strictly-confidential"),
    (GUEST, "reader", "public"),
)


def cli(*args: str | Path, env: dict[str, str] | None = None) -> str:
    """The real command, as the server's superuser unless `env` says otherwise; it must succeed."""
    result = run_cli(*args, env=env or AS_SUPERUSER)
    assert result.returncode == 0, result.stderr
    return result.stdout


def publish_sample(url: str, sample_file: Path, records: str = "633 records in 23 tables") -> str:
    cli("server", "init", url)
    assert records in cli("publish", sample_file, url)
    return url


def share_sample(
    url: str,
    sample_file: Path,
    logins: Iterable[tuple[str, str, str]] = LOGINS,
    records: str = "633 records in 23 tables",
) -> str:
    """The sample published (`records` as publishing counts them), with `logins` given their roles on this
    database (each a login of the server)."""
    publish_sample(url, sample_file, records)
    for name, role, clearance in logins:
        said = cli(
            "server", "add-user", url, name, "--role", role, "--clearance", clearance,
            env={**AS_SUPERUSER, "PIM_DESKTOP_USER_PASSWORD": PASSWORDS[name]},
        )  # fmt: skip
        # logins belong to the whole server: a test after the first finds them known
        assert f"{name}: {role}, cleared up to {clearance}." in said
    return url


def as_user(url: str, name: str) -> str:
    return url.replace("postgres@", f"{name}@")


def user_env(name: str) -> dict[str, str]:
    return {"PGPASSWORD": PASSWORDS[name]}


def counts(url: str, name: str) -> dict[str, int]:
    return json.loads(cli("info", as_user(url, name), "--json", env=user_env(name)))["counts"]


def opened(url: str, name: str) -> OpenOperation:
    """The operation opened in this process as `name` (its password given as the window gives it)."""
    remember_password(ServerAddress.parse(as_user(url, name)), PASSWORDS[name])
    return open_operation(as_user(url, name))


def first_visible_system(systems: SystemService) -> InformationSystem:
    return systems.get(min(systems.stored_values(("name",))))


def published_template(server: Server, path: Path, name: str) -> str:
    """A database `name` prepared and holding the operation file at `path`, as `server init` and `publish`
    make it but in this process (a second, where the two commands take three): the template of the
    databases a test copies (server_copy). Nobody stays connected to it: PostgreSQL copies only a database
    nobody is connected to."""
    with superuser_connection(server) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    url = server.url(name)
    remember_password(ServerAddress.parse(url), SUPERUSER_PASSWORD)
    prepare_server(url)
    publish(path, url)
    return name


def server_copy(request: pytest.FixtureRequest, template_fixture: str) -> str:
    """The address of a copy of the template database a session fixture gives, of the requesting fixture's
    scope (dropped at its end), as the server's superuser (its password known to this process).

    The copy keeps the template's roles (`TEMPLATE_owner` owns its tables, `TEMPLATE_reader` ... hold the
    grants): the roles of its own name (server_schema.roles_of) do not exist, so `server add-user` fails on
    it. The service tests need none of them: the superuser bypasses the roles and the clearance policies,
    whose own tests (tests/e2e/test_server_access.py) publish the sample on a database of its own."""
    server: Server = request.getfixturevalue("postgres_server")
    name = new_database(server, template=request.getfixturevalue(template_fixture))
    request.addfinalizer(lambda: drop_database(server, name))
    url = server.url(name)
    remember_password(ServerAddress.parse(url), SUPERUSER_PASSWORD)
    return url
