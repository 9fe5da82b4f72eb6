"""Opening an encrypted operation: `pim-desktop info` on the stress operation encrypted, as a new process with
its passphrase in the environment, against the same command on the same operation in plain. The key is
derived once per process (a quarter of a second, which is the protection against guessing); reading through
SQLCipher costs little beside it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pim_desktop.services import file_access
from tests.benchmarks.harness import measure
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="module")
def encrypted_stress(stress_file: Path) -> Path:
    target = stress_file.with_name("stress-encrypted.pim")
    if not target.exists():
        file_access.save_copy(
            stress_file, target, file_access.CopyEncryption(encrypted=True, passphrase=PASSPHRASE)
        )
    return target


def _info(path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pim_desktop", "info", str(path)],
        check=True,
        capture_output=True,
        env={**os.environ, "PIM_DESKTOP_PASSPHRASE": PASSPHRASE},
    )


def test_opening_the_encrypted_stress_operation(stress_file: Path, encrypted_stress: Path):
    figure = measure(
        "stress: `info`, encrypted (a new process)",
        lambda: _info(encrypted_stress),
        "the same on the plain operation",
        lambda: _info(stress_file),
        "at most 1.5x the plain one",
        repeats=7,
    )
    assert figure.ratio <= 1.5
