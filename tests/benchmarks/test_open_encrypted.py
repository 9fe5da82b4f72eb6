"""Opening an encrypted operation as the window does (a new process: unlock with the passphrase, open, read
the matrix and the mapping's 20,000 systems through the services) against the same on the plain operation.
The key is derived once per process (0.13 s on a quiet machine, which is the protection against guessing);
reading through SQLCipher costs little beside it. `info`, which no longer loads SQLAlchemy, is reported too:
there the fixed cost of the key is most of the time."""

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


OPEN_AS_THE_WINDOW_DOES = """
import os, sys
from pathlib import Path
from pim_desktop.services import encryption
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
path = Path(sys.argv[1])
encryption.unlock(path, os.environ["PIM_DESKTOP_PASSPHRASE"])
with open_operation(path, read_only=True) as operation:
    MatrixService(operation).matrix()
    OrganisationService(operation).organisations()
    MappingService(operation).system_summaries()
"""


def _run(*command: str) -> None:
    env = {**os.environ, "PIM_DESKTOP_PASSPHRASE": PASSPHRASE}
    subprocess.run([sys.executable, *command], check=True, capture_output=True, env=env)


def test_opening_the_encrypted_stress_operation(stress_file: Path, encrypted_stress: Path):
    figure = measure(
        "stress, encrypted: open, read the matrix and mapping (new process)",
        lambda: _run("-c", OPEN_AS_THE_WINDOW_DOES, str(encrypted_stress)),
        "the same on the plain operation",
        lambda: _run("-c", OPEN_AS_THE_WINDOW_DOES, str(stress_file)),
        "at most 1.5x the plain one",
    )
    measure(
        "stress, encrypted: `info` (a new process)",
        lambda: _run("-m", "pim_desktop", "info", str(encrypted_stress)),
        "the same on the plain operation",
        lambda: _run("-m", "pim_desktop", "info", str(stress_file)),
        "reported: the key's fixed cost",
    )
    assert figure.ratio <= 1.5
