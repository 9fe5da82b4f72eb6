"""A server that accepts only TLS from other machines, set up as the README's "Shared server" says
(fixture `tls_server`): the program reaches it with `sslmode=verify-full` and `channel_binding=require`, over
a connection that really is encrypted, and says plainly why it cannot when the connection is not encrypted,
the certificate is another authority's, or is made for another name."""

import json
import shutil
from pathlib import Path

import pytest

from pim_desktop.paths import DATA_DIR_VARIABLE
from pim_desktop.storage.server import ServerAddress, remember_password, server_engine
from tests.helpers import run_cli
from tests.postgres import TLS_ONLY_RULES, TLS_SETTINGS, Server, database_of, new_database
from tests.postgres_tls import Authority, make_authority
from tests.shared_server import LOGINS, OFFICER, PASSWORDS, share_sample, user_env

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def database(tls_server: Server, sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample published once for the module, over the socket as the superuser, with the officer's
    login; its database's name."""
    folder = tmp_path_factory.mktemp("tls")
    sample = folder / "sample.pim"
    shutil.copyfile(sample_template, sample)
    with pytest.MonkeyPatch.context() as patch:  # the autouse data folder is the tests', not the module's
        patch.setenv(DATA_DIR_VARIABLE, str(folder / "data"))
        officer_only = [login for login in LOGINS if login[0] == OFFICER]
        return database_of(share_sample(tls_server.url(new_database(tls_server)), sample, officer_only))


def verified(authority: Authority, more: str = "") -> str:
    """The query of an address that checks the server's certificate against `authority`'s, and its name."""
    return f"sslmode=verify-full&sslrootcert={authority.certificate}{more}"


def officer_at(tls_server: Server, database: str, query: str, host: str = "localhost") -> str:
    return tls_server.tcp_url(database, OFFICER, query, host)


def refused(url: str) -> str:
    """What the program says when it cannot use the address: one line on stderr, no traceback."""
    result = run_cli("info", url, env=user_env(OFFICER))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0, result.stderr
    assert url in result.stderr  # it names the address
    return result.stderr


@pytest.mark.parametrize("more", ["", "&channel_binding=require"], ids=["verify-full", "channel-binding"])
def test_info_over_verified_tls_counts_the_operation(
    tls_server: Server, database: str, test_authority: Authority, more: str
):
    url = officer_at(tls_server, database, verified(test_authority, more))
    result = run_cli("info", url, "--json", env=user_env(OFFICER))
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout)
    assert said["server"] is True
    # what the officer's clearance shows of the sample, as over the socket (test_server_access.py)
    assert said["counts"]["systems"] == 21 and said["counts"]["organisations"] == 24


def test_the_programs_own_connection_is_encrypted(
    tls_server: Server, database: str, test_authority: Authority
):
    url = officer_at(tls_server, database, verified(test_authority, "&channel_binding=require"))
    address = ServerAddress.parse(url)
    remember_password(address, PASSWORDS[OFFICER])
    engine = server_engine(address)
    try:
        with engine.connect() as connection:
            ssl, version = connection.exec_driver_sql(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).one()
    finally:
        engine.dispose()
    assert ssl is True and version.startswith("TLSv1.")


def test_an_unencrypted_connection_is_refused_with_what_to_do(tls_server: Server, database: str):
    said = refused(officer_at(tls_server, database, "sslmode=disable"))
    assert "refused an unencrypted connection: the server accepts only encrypted ones" in said
    assert "?sslmode=verify-full&sslrootcert=CA.crt" in said


def test_a_certificate_of_another_authority_is_refused(tls_server: Server, database: str, tmp_path: Path):
    stranger = make_authority(tmp_path / "stranger", "Another authority")
    said = refused(officer_at(tls_server, database, verified(stranger)))
    assert "the server's certificate is not signed by the authority given in sslrootcert" in said


def test_a_certificate_made_for_another_name_is_refused(
    tls_server: Server, database: str, test_authority: Authority
):
    said = refused(officer_at(tls_server, database, verified(test_authority), "127.0.0.1"))
    assert "the server's certificate is made for another name" in said
    assert 'certificate for "localhost"' in said and 'does not match host name "127.0.0.1"' in said


def test_a_wrong_password_over_tls_is_said_as_such(tls_server: Server, database: str):
    """With the default sslmode libpq tries again unencrypted after the refusal, and is refused again: the
    first refusal is the one said."""
    result = run_cli("info", officer_at(tls_server, database, ""), env={"PGPASSWORD": "not the password"})
    assert result.returncode == 2
    assert "password authentication failed" in result.stderr and "unencrypted" not in result.stderr


def test_the_readme_sets_up_the_server_these_tests_use():
    """Its TLS settings and pg_hba.conf lines are this server's (the local socket line apart, which sets it up
    here), and its addresses ask for what these tests ask."""
    readme = README.read_text(encoding="utf-8")
    start = readme.index("- **TLS**")
    tls = readme[start : readme.index("\n## ", start)]
    said = {" ".join(line.split("#")[0].split()) for line in tls.splitlines()}
    for line in (TLS_SETTINGS + TLS_ONLY_RULES).splitlines():
        if not line.startswith("local"):
            assert " ".join(line.split()) in said, line
    assert "?sslmode=verify-full&sslrootcert=ca.crt" in tls and "&channel_binding=require" in tls
