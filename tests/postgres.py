"""A real PostgreSQL server for the tests of the shared server: started in a temporary folder, listening on a
Unix socket only (no network), with password (SCRAM) logins as a real server asks, and stopped at the end.
With a certificate (tests/postgres_tls.py) it also listens on 127.0.0.1, and there accepts TLS only, as the
README's "Shared server" sets a team's server.

As root (the tests' machines and CI), initdb and the server run as the `postgres` user that Debian's
`postgresql` package creates; as a normal user, as that user. The server's log goes to a file (`-l`): without
it the server keeps the caller's output open and a piped run waits forever (docs of the shared server)."""

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "superuser secret"
# pg_hba.conf of a server that accepts only TLS from other machines, the README's lines ("Shared server",
# TLS), and the local socket for setting it up
TLS_ONLY_RULES = """\
local     all  all                scram-sha-256
hostssl   all  all  0.0.0.0/0     scram-sha-256
hostssl   all  all  ::/0          scram-sha-256
hostnossl all  all  all           reject
"""
# postgresql.conf of that server, as the README's too (the files in its data folder)
TLS_SETTINGS = """\
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
"""
_numbers = itertools.count(1)


def postgres_bin() -> Path | None:
    """The folder of PostgreSQL's programs (initdb, pg_ctl), or None when the server is not installed."""
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        folder = Path(found.stdout.strip())
        if (folder / "initdb").exists():
            return folder
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return candidates[0].parent if candidates else None


@dataclass(frozen=True)
class Certificate:
    """A server's certificate and its private key, in PEM files."""

    certificate: Path
    key: Path


@dataclass(frozen=True)
class Server:
    folder: Path  # its socket is here
    log: Path
    port: int | None = None  # also listening on 127.0.0.1 at this port (the socket's name says it too)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """The address on its socket as a user types it (the password is never part of it)."""
        port = f"&port={self.port}" if self.port else ""
        return f"postgresql://{user}@/{database}?host={self.folder}{port}"

    def tcp_url(self, database: str, user: str, query: str = "", host: str = "localhost") -> str:
        """The address over TCP, as from another machine."""
        assert self.port, "this server listens on its socket only"
        return f"postgresql://{user}@{host}:{self.port}/{database}" + (f"?{query}" if query else "")


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str]) -> None:
    result = subprocess.run(_as_server_user(command), capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {result.stdout}{result.stderr}")


def superuser_connection(server: Server, database: str = "postgres") -> "psycopg.Connection":
    import psycopg

    return psycopg.connect(
        host=str(server.folder),
        port=server.port,
        user=SUPERUSER,
        dbname=database,
        password=SUPERUSER_PASSWORD,
        autocommit=True,
    )


def database_of(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


def new_database(server: Server, template: str | None = None) -> str:
    """A new database of its own: empty, or a copy of `template` (PostgreSQL copies its files: a few tenths
    of a second, where publishing an operation takes a second in process, three by the command)."""
    name = f"operation_{next(_numbers)}"
    copied = "" if template is None else f" TEMPLATE {template}"
    with superuser_connection(server) as connection:
        connection.execute(f"CREATE DATABASE {name}{copied}")
    return name


def drop_database(server: Server, name: str) -> None:
    """The database gone, whoever is still connected to it (a test that failed with an operation open)."""
    with superuser_connection(server) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _give_to_server(path: Path, mode: int) -> None:
    path.chmod(mode)
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")


def _accept_only_tls(data: Path, tls: Certificate) -> int:
    """The server's certificate and key in its data folder (the key readable by the server alone, or the
    server refuses it), `ssl = on`, TCP on 127.0.0.1 for TLS only; the port it will listen on."""
    for source, name, mode in ((tls.certificate, "server.crt", 0o644), (tls.key, "server.key", 0o600)):
        shutil.copyfile(source, data / name)
        _give_to_server(data / name, mode)
    with (data / "postgresql.conf").open("a") as settings:
        settings.write(TLS_SETTINGS)
    (data / "pg_hba.conf").write_text(TLS_ONLY_RULES)
    return _free_port()


@contextmanager
def running_server(bindir: Path, tls: Certificate | None = None) -> Iterator[Server]:
    """A server on a Unix socket only; with `tls`, also on 127.0.0.1 at a free port, for TLS only."""
    # a short path: a Unix socket's name is limited to about 100 characters
    folder = Path(tempfile.mkdtemp(prefix="pim-pg-", dir="/tmp" if Path("/tmp").is_dir() else None))
    data, log, password_file = folder / "data", folder / "server.log", folder / "password"
    password_file.write_text(SUPERUSER_PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(password_file, "postgres", "postgres")
    _run(
        [
            str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(password_file),
            "--auth-local=scram-sha-256", "--auth-host=reject", "-E", "UTF8", "--locale=C.UTF-8",
            "--no-sync", "--no-instructions",
        ]
    )  # fmt: skip
    port = _accept_only_tls(data, tls) if tls else None
    listen = f"-c listen_addresses=127.0.0.1 -p {port}" if port else "-c listen_addresses=''"
    settings = f"-k {folder} {listen} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    pg_ctl = str(bindir / "pg_ctl")
    _run([pg_ctl, "-D", str(data), "-l", str(log), "-w", "-s", "-o", settings, "start"])
    try:
        yield Server(folder, log, port)
    finally:
        _run([pg_ctl, "-D", str(data), "-m", "fast", "-w", "-s", "stop"])
        shutil.rmtree(folder, ignore_errors=True)


def restart_server(server: Server) -> None:
    """The server stopped and started again in the same folder, on the same socket, with the options it was
    started with (pg_ctl keeps them), as an administrator restarts it: every connection is cut."""
    bindir = postgres_bin()
    assert bindir is not None
    data = server.folder / "data"
    _run(
        [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(server.log), "-m", "fast", "-w", "-s", "restart"]
    )
