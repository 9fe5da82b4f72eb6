"""Shared fixtures: every test gets its own data folder and, for Qt, the offscreen platform."""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = "C.UTF-8"  # the window starts in English whatever the machine speaks

from pim_desktop.paths import DATA_DIR_VARIABLE
from pim_desktop.services import file_access
from pim_desktop.services.demo import write_sample_operation
from pim_desktop.services.operations import Source, create_operation
from pim_desktop.storage import keys
from tests.helpers import PASSPHRASE, SmallDisk, cannot_run, require_tool
from tests.postgres import Server, new_database, postgres_bin, running_server
from tests.postgres_tls import Authority, make_authority, make_server_certificate
from tests.real_window import virtual_display
from tests.shared_server import ENGINES, publish_sample, published_template, server_copy, share_sample


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, backups and the sample operation go to a fresh folder, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sample.pim"
    write_sample_operation(path)
    return path


@pytest.fixture
def sample_file(sample_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample operation for one test."""
    path = tmp_path / "sample.pim"
    shutil.copyfile(sample_template, path)
    return path


@pytest.fixture(autouse=True)
def no_passphrase_given() -> Iterator[None]:
    """Every test starts as a new process does, with no encrypted file unlocked, and leaves none."""
    keys.forget_all()
    yield
    keys.forget_all()


@pytest.fixture
def encrypted_sample(sample_template: Path, tmp_path: Path) -> Path:
    """The sample operation encrypted with PASSPHRASE, alone in a folder of its own (which tests search for
    its words), its passphrase not given yet."""
    path = tmp_path / "operations" / "secret.pim"
    path.parent.mkdir()
    encryption = file_access.CopyEncryption(encrypted=True, passphrase=PASSPHRASE)
    file_access.save_copy(sample_template, path, encryption)
    keys.forget_all()
    return path


@pytest.fixture
def make_read_only() -> Iterator:
    """Makes a file read-only for everyone, root included (tests may run as root, who ignores modes)."""
    frozen: list[Path] = []

    def freeze(path: Path) -> Path:
        if os.geteuid() != 0:
            path.chmod(0o444)
            path.parent.chmod(0o555)
        else:
            chattr = require_tool("chattr")
            result = subprocess.run([chattr, "+i", str(path)], capture_output=True, text=True)
            if result.returncode != 0:
                pytest.skip(f"cannot make a file read-only for root here: {result.stderr.strip()}")
        frozen.append(path)
        return path

    yield freeze
    for path in frozen:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        else:
            path.parent.chmod(0o755)
            path.chmod(0o644)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 4 MB file system mounted for one test. Mounting needs root on Linux, as the tests run here and
    under CI."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        cannot_run("a small file system can only be mounted by root on Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        cannot_run(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(folder)
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)


@pytest.fixture
def x_display() -> Iterator[str]:
    """A virtual X display (Xvfb) for a test that starts the program in a real window."""
    with virtual_display() as display:
        yield display


def installed_postgres() -> Path:
    """PostgreSQL's programs. Without PostgreSQL installed: skipped on a developer's machine, a failure under
    CI."""
    bindir = postgres_bin()
    if bindir is None:
        cannot_run("PostgreSQL is not installed (Debian's postgresql package, see .ci/run)")
    assert bindir is not None
    return bindir


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """A real PostgreSQL server for the whole run, on a Unix socket in a temporary folder (docs: the shared
    server)."""
    with running_server(installed_postgres()) as server:
        yield server


@pytest.fixture(scope="session")
def test_authority(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    """The certificate authority of the TLS server, made for this run: its users name it in `sslrootcert`."""
    return make_authority(tmp_path_factory.mktemp("authority"))


@pytest.fixture(scope="session")
def tls_server(test_authority: Authority, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A second server, started only for the tests that ask for it: on its socket, and on 127.0.0.1 at
    `port`, where it accepts only TLS with SCRAM passwords (tests/postgres.py TLS_ONLY_RULES), with a
    certificate for `localhost` signed by `test_authority`."""
    certificate = make_server_certificate(test_authority, tmp_path_factory.mktemp("server-certificate"))
    with running_server(installed_postgres(), tls=certificate) as server:
        yield server


@pytest.fixture
def server_database(postgres_server: Server) -> str:
    """The address of a new, empty database of the test's own on the server, as its superuser."""
    return postgres_server.url(new_database(postgres_server))


@pytest.fixture
def published(server_database: str, sample_file: Path) -> str:
    """The sample operation published on a prepared database of its own: its address, as the superuser."""
    return publish_sample(server_database, sample_file)


@pytest.fixture
def shared(server_database: str, sample_file: Path) -> str:
    """The sample published, with its logins (tests/shared_server.py LOGINS) given their roles."""
    return share_sample(server_database, sample_file)


@pytest.fixture(scope="session")
def sample_on_server(postgres_server: Server, sample_template: Path) -> str:
    """The name of a database holding the sample published once for the run: what `operation_source`
    copies (publishing for each test would take a second or three each)."""
    return published_template(postgres_server, sample_template, "sample_template")


@pytest.fixture(params=ENGINES)
def operation_source(request: pytest.FixtureRequest) -> Source:
    """A fresh sample operation for one test, once as a file (its path) and once on the server (its
    address, as the superuser): a service test taking it runs on both engines."""
    if request.param == "file":
        sample_file: Path = request.getfixturevalue("sample_file")
        return sample_file
    return server_copy(request, "sample_on_server")


@pytest.fixture(scope="session")
def new_operation_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("new-operation") / "op.pim"
    create_operation(path, name="Op")
    return path


@pytest.fixture(scope="session")
def new_operation_on_server(postgres_server: Server, new_operation_template: Path) -> str:
    return published_template(postgres_server, new_operation_template, "new_operation_template")


@pytest.fixture(params=ENGINES)
def new_operation_source(
    request: pytest.FixtureRequest, new_operation_template: Path, tmp_path: Path
) -> Source:
    """A new operation (`create_operation(..., name="Op")`: the standard content only) as a file or on the
    server, as `operation_source` gives the sample."""
    if request.param == "file":
        path = tmp_path / "op.pim"
        shutil.copyfile(new_operation_template, path)
        return path
    return server_copy(request, "new_operation_on_server")
