"""Helpers the tests share: running the real command, finding tools, reading files back."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.postgres import SUPERUSER_PASSWORD

# The passphrase of the encrypted files of the tests, and words of the sample operation (a system's name)
# that must never be found in plain on the disk when it is encrypted
PASSPHRASE = "correct horse battery staple"
SAMPLE_SECRET = b"Host community profiling in Akkar"


def require_tool(name: str) -> str:
    """The path of a Debian tool the test needs. Missing: a skip on a developer's machine, a failure under CI
    (where .ci/run installs it), so a test never passes by not running."""
    found = shutil.which(name)
    if found:
        return found
    cannot_run(f"{name} is not installed (see .ci/run for the Debian packages)")
    raise AssertionError  # cannot_run does not return


def cannot_run(reason: str) -> None:
    """A test that needs what this machine lacks: skipped on a developer's machine, failed under CI (which
    has it), so that a test never passes by not running."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI should have it")
    pytest.skip(reason)


@dataclass
class SmallDisk:
    """A real, small file system (tmpfs) that a test fills up: a full USB stick, laptop or shared drive."""

    folder: Path

    @property
    def _filler(self) -> Path:
        return self.folder / "filler.bin"

    def fill(self, leave: int = 16 * 1024) -> None:
        """Takes all the free space but `leave` bytes."""
        stats = os.statvfs(self.folder)
        free = stats.f_bavail * stats.f_frsize
        with self._filler.open("ab") as filler:
            filler.write(bytes(max(free - leave, 0)))

    def make_room(self) -> None:
        self._filler.unlink(missing_ok=True)


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, in a child process, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "pim_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def sqlite_rows(path: Path, query: str) -> list[tuple]:
    """Read an operation file behind the program's back, read-only, to assert on what is stored."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def stored_rows(source: Path | str, query: str) -> list[tuple]:
    """sqlite_rows of an operation file or, given a server's address, of its database as the superuser: the
    query in the SQL both engines speak."""
    if not str(source).startswith("postgresql://"):
        return sqlite_rows(Path(source), query)
    import psycopg

    with psycopg.connect(str(source), password=SUPERUSER_PASSWORD) as connection:
        return connection.execute(query).fetchall()


def libreoffice_sheets(workbook: Path, work_dir: Path) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as LibreOffice reads it (headless), as rows of cell texts: what a manager
    opening the file would see."""
    import csv

    soffice = require_tool("soffice")
    out = work_dir / "libreoffice"
    out.mkdir(exist_ok=True)
    # 44 comma, 34 quote, 76 UTF-8; the last token -1 writes each sheet to its own file
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={(work_dir / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", csv_filter, "--outdir", str(out), str(workbook)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    sheets = {}
    for path in sorted(out.glob(f"{workbook.stem}-*.csv")):
        with path.open(encoding="utf-8", newline="") as stream:
            sheets[path.stem.removeprefix(f"{workbook.stem}-")] = list(csv.reader(stream))
    assert sheets, f"LibreOffice could not read {workbook}: {result.stderr}"
    return sheets


def folder_digests(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder`, with its SHA-256: a changed byte, a journal or any file left
    beside the ones given shows as a difference."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        if path.is_file()
        else "/"
        for path in sorted(folder.rglob("*"))
    }


def files_holding(folder: Path, secret: bytes) -> list[Path]:
    """Every file under `folder` whose bytes hold `secret`: what a seized disk would give away."""
    return [path for path in sorted(folder.rglob("*")) if path.is_file() and secret in path.read_bytes()]


def guard_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python code reaches the network, refused and written down for the test to look at: a
    connection, a datagram, a name looked up (what an update check, a font download or telemetry would do)."""
    import socket

    attempts: list[str] = []

    def refuse(what: str) -> Callable[..., None]:
        def refused(*args: object, **_kwargs: object) -> None:
            attempts.append(f"{what}{args[-1:]}")
            raise OSError(f"PIM Desktop tried to reach the network ({what})")

        return refused

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def has_arabic_words(arabic: str, extracted: str) -> bool:
    """Every word in its joined letter forms (shaped, not the bare letters a PDF without shaping would
    show); a PDF reader gives a right-to-left run back in either order, so a word may come reversed."""
    from arabic_reshaper import reshape

    words = [w.strip("()") for w in reshape(arabic).split() if any("\u0600" <= c <= "\ufeff" for c in w)]
    return bool(words) and all(w in extracted or w[::-1] in extracted for w in words)
