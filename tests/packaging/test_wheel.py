"""`pip install` of the built wheel into a fresh virtual environment gives a working program: the command
line and the window, with the forms, resources, compiled translations and migrations found at run time."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.installed import (
    ROOT,
    InstalledProgram,
    check_demo_and_export,
    clean_environment,
    project_version,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built as a user's pip would: the source distribution first (which has no compiled translations,
    git does not keep them), then the wheel from it, each in its own isolated build environment."""
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)], check=True)
    (built,) = dist.glob("pim_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    return venv


def test_the_wheel_carries_forms_resources_compiled_translations_and_migrations(wheel: Path):
    assert wheel.name == f"pim_desktop-{project_version()}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "pim_desktop/_data/ui/main_window.ui",
        "pim_desktop/_data/resources/matrix/standard-matrix.json",
        "pim_desktop/_data/resources/fonts/DejaVuSans.ttf",
        "pim_desktop/_data/resources/icons/pim-desktop.svg",
        "pim_desktop/_data/resources/translations/pim_desktop_fr.qm",
        "pim_desktop/_data/resources/translations/pim_desktop_ar.mo",
        "pim_desktop/_data/docs/guide.md",
        "pim_desktop/_data/docs/guide.fr.md",
        "pim_desktop/_data/docs/guide.ar.md",
        "pim_desktop/storage/migrations/env.py",
        "pim_desktop/storage/migrations/versions/0001_initial_schema.py",
    ):
        assert expected in names, expected


def test_the_installed_command_line_works(installed: Path, tmp_path: Path):
    check_demo_and_export(InstalledProgram([str(installed / "bin" / "pim-desktop")], tmp_path))


def test_the_installed_window_opens_in_french_from_the_installed_files(installed: Path, tmp_path: Path):
    script = """
import pim_desktop
from pim_desktop.gui.app import build_main_window, create_application
create_application()
window = build_main_window(None, "fr")
print(pim_desktop.__file__)
print(window.windowTitle())
print("|".join(action.text() for action in window.menuBar().actions()))
window.close_operation()
"""
    result = subprocess.run(
        [installed / "bin" / "python", "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_environment(tmp_path / "data", QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    module, title, menus = result.stdout.splitlines()[-3:]
    assert Path(module).is_relative_to(installed), module
    assert "Sample operation.pim" in title  # written on first start, in the data folder given
    assert (tmp_path / "data" / "Sample operation.pim").exists()
    assert menus.split("|")[:2] == ["&Fichier", "É&dition"], menus  # the compiled .qm, found in the wheel
