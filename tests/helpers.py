"""Helpers the tests share: running the real command, finding tools, reading files back."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def require_tool(name: str) -> str:
    """The path of a Debian tool the test needs. Missing: a skip on a developer's machine, a failure under CI
    (where .ci/run installs it), so a test never passes by not running."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is missing under CI: .ci/run should have installed it")
    pytest.skip(f"{name} is not installed (see .ci/run for the Debian packages)")


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
