"""The self-contained bundle (PyInstaller), as `make bundle` builds it: the command line and the window with
no Python beside it, portable mode, the Linux install and the Windows installer script."""

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import require_tool
from tests.packaging.installed import ROOT, InstalledProgram, check_demo_and_export, clean_environment
from tests.packaging.release_script import release
from tests.real_window import start_on_display, stop, virtual_display, wait_for_title

pytestmark = pytest.mark.slow
COMMAND_LINE = "pim-desktop-cli.exe" if sys.platform == "win32" else "pim-desktop"
FIGURES = ROOT / "tests" / "benchmarks" / "results" / "bundle.json"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return release.bundle(tmp_path_factory.mktemp("dist"))


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def test_the_bundle_works_with_no_python_beside_it(bundle: Path, tmp_path: Path):
    moved = tmp_path / "elsewhere" / "PIM Desktop"  # a bundle is a folder that can go anywhere
    shutil.copytree(bundle, moved, symlinks=True)
    check_demo_and_export(InstalledProgram([str(moved / COMMAND_LINE)], tmp_path))
    notices = ("sqlcipher3.txt", "SQLCipher.txt", "OpenSSL.txt")  # what sqlcipher3 has compiled in
    notices += ("psycopg.txt", "PostgreSQL.txt", "keyring.txt")  # the shared server's driver and password
    for notice in notices:
        assert (moved / "_internal" / "licenses" / notice).is_file(), notice
    # psycopg (LGPL) as its own source files, which a user can replace (packaging/licenses/psycopg.txt)
    assert (moved / "_internal" / "psycopg" / "__init__.py").is_file()


def test_the_portable_bundle_keeps_its_data_beside_it_and_opens_its_window(bundle: Path, tmp_path: Path):
    archive = release.portable(bundle, tmp_path)
    shutil.unpack_archive(archive, tmp_path / "usb-stick")
    program_dir = tmp_path / "usb-stick" / "PIM Desktop"
    home = tmp_path / "home"
    home.mkdir()
    env = clean_environment(tmp_path / "unused", HOME=str(home))
    del env["PIM_DESKTOP_DATA_DIR"]

    starts = []
    with virtual_display() as display:
        for _ in range(4):  # the first start writes the sample operation; the next ones open it
            started = time.perf_counter()
            program = start_on_display(display, [str(program_dir / "pim-desktop")], env)
            try:
                wait_for_title(display, program, "Sample operation.pim — PIM Desktop", poll=0.02)
                starts.append(time.perf_counter() - started)
            finally:
                errors = stop(program)
            assert "Traceback" not in errors, errors

    data = program_dir / "PIM Desktop data"
    assert (data / "Sample operation.pim").exists() and (data / "settings.ini").exists()
    assert not (home / ".local" / "share" / "PIM Desktop").exists()  # nothing written outside the stick

    version_starts = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([program_dir / "pim-desktop", "--version"], check=True, env=env, capture_output=True)
        version_starts.append(time.perf_counter() - started)
    figures = {
        "bundle_size_mb": round(folder_size(bundle) / 1e6),
        "portable_archive_mb": round(archive.stat().st_size / 1e6),
        "first_start_to_window_s": round(starts[0], 2),
        "start_to_window_median_s": round(statistics.median(starts[1:]), 2),
        "version_median_s": round(statistics.median(version_starts), 2),
    }
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    FIGURES.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    print(f"\nbundle figures ({FIGURES.relative_to(ROOT)}): {figures}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux release")
def test_the_linux_release_installs_for_one_user_with_its_menu_entry_and_file_type(
    bundle: Path, tmp_path: Path
):
    shutil.unpack_archive(release.linux_release(bundle, tmp_path), tmp_path / "unpacked")
    (folder,) = (tmp_path / "unpacked").iterdir()
    prefix = tmp_path / "prefix"
    require_tool("update-mime-database")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PREFIX": str(prefix)}
    subprocess.run(["sh", folder / "install.sh"], check=True, env=env, capture_output=True)

    version = subprocess.run([prefix / "bin" / "pim-desktop", "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("pim-desktop ")
    entry = prefix / "share" / "applications" / "pim-desktop.desktop"
    validator = require_tool("desktop-file-validate")
    validation = subprocess.run([validator, entry], capture_output=True, text=True)
    assert validation.returncode == 0, validation.stdout + validation.stderr
    assert f'Exec="{prefix}/lib/pim-desktop/pim-desktop" %f' in entry.read_text()
    assert (prefix / "share" / "mime" / "application" / "x-pim-operation.xml").exists()  # registered
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / "pim-desktop.svg").exists()

    subprocess.run(["sh", folder / "install.sh", "--uninstall"], check=True, env=env, capture_output=True)
    assert not (prefix / "bin" / "pim-desktop").exists() and not entry.exists()
    assert not (prefix / "lib" / "pim-desktop").exists()


def test_the_windows_installer_script_builds_an_installer_of_the_bundle(bundle: Path, tmp_path: Path):
    """NSIS builds Windows installers on Linux too: the script is checked here with this system's bundle (on
    Windows, release.py gives it the Windows one)."""
    setup = release.windows_installer(bundle, tmp_path, require_tool("makensis"))
    assert setup.read_bytes()[:2] == b"MZ"  # a Windows program
    listing = subprocess.run([require_tool("7z"), "l", setup], capture_output=True, text=True).stdout
    program = "pim-desktop.exe" if sys.platform == "win32" else "pim-desktop"
    for inside in (
        program,
        "Uninstall.exe",
        "_internal/resources/matrix/standard-matrix.json",
        "_internal/docs/guide.ar.md",
    ):
        assert f" {inside}\n" in listing, inside
