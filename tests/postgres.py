"""A real PostgreSQL server for the tests of the shared server: started in a temporary folder, listening on a
Unix socket only (no network), with password (SCRAM) logins as a real server asks, and stopped at the end.

As root (the tests' machines and CI), initdb and the server run as the `postgres` user that Debian's
`postgresql` package creates; as a normal user, as that user. The server's log goes to a file (`-l`): without
it the server keeps the caller's output open and a piped run waits forever (docs of the shared server)."""

import itertools
import os
import shutil
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
class Server:
    folder: Path  # its socket is here
    log: Path

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """The address as a user types it (the password is never part of it)."""
        return f"postgresql://{user}@/{database}?host={self.folder}"


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str]) -> None:
    result = subprocess.run(_as_server_user(command), capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {result.stdout}{result.stderr}")


def superuser_connection(server: Server, database: str = "postgres") -> "psycopg.Connection":
    import psycopg

    return psycopg.connect(
        host=str(server.folder), user=SUPERUSER, dbname=database, password=SUPERUSER_PASSWORD, autocommit=True
    )


def database_of(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


def new_database(server: Server) -> str:
    name = f"operation_{next(_numbers)}"
    with superuser_connection(server) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return name


@contextmanager
def running_server(bindir: Path) -> Iterator[Server]:
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
    settings = (
        f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    pg_ctl = str(bindir / "pg_ctl")
    _run([pg_ctl, "-D", str(data), "-l", str(log), "-w", "-s", "-o", settings, "start"])
    try:
        yield Server(folder, log)
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
