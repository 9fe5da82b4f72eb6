"""What every installed form of the program (a wheel in a fresh venv, the bundle) must do, run as a user runs
it: from another folder, with no checkout on the path and its own data folder."""

import json
import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

from alembic import command
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.services.operations import open_operation
from pim_desktop.storage.schema import alembic_config, head_version
from tests.helpers import sqlite_rows

ROOT = Path(__file__).resolve().parents[2]


def project_version() -> str:
    """The version as the checkout writes it (pim_desktop/__init__.py, which pyproject.toml reads)."""
    text = (ROOT / "pim_desktop" / "__init__.py").read_text(encoding="utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def clean_environment(data_dir: Path, **extra: str) -> dict[str, str]:
    """No virtual environment, no PYTHONPATH, nothing of the checkout: what a user's shell would have."""
    keep = ("HOME", "LANG", "TMPDIR", "DISPLAY")
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env |= {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PIM_DESKTOP_DATA_DIR": str(data_dir)}
    return env | extra


class InstalledProgram:
    def __init__(self, program: Sequence[str], work: Path, env: dict[str, str] | None = None) -> None:
        self.program = list(program)
        self.work = work
        self.data_dir = work / "data"
        self.env = env or clean_environment(self.data_dir)

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*self.program, *map(str, args)],
            capture_output=True,
            text=True,
            cwd=self.work,  # not the checkout: nothing may be found by accident from there
            env=self.env,
            timeout=300,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def succeeds(self, *args: str | Path) -> str:
        result = self.run(*args)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        return result.stdout


def check_demo_and_export(program: InstalledProgram) -> None:
    """--version, demo, info, check, a French PDF, a workbook and the upgrade of an older file: the forms,
    resources, compiled translations and migrations were all found at run time."""
    work = program.work
    assert program.succeeds("--version").strip() == f"pim-desktop {project_version()}"

    operation = work / "Lebanon.pim"
    program.succeeds("demo", operation)
    info = json.loads(program.succeeds("info", operation, "--json"))
    assert info["schema_version"] == head_version()
    assert info["counts"]["systems"] == 40 and info["counts"]["categories"] == 8
    assert ": OK" in program.succeeds("check", operation)
    secret = work / "Secret.pim"  # SQLCipher, compiled inside sqlcipher3, found at run time
    program.env["PIM_DESKTOP_PASSPHRASE"] = "correct horse battery staple"
    program.succeeds("demo", secret, "--encrypt")
    assert json.loads(program.succeeds("info", secret, "--json"))["encrypted"] is True

    pdf = work / "matrix-fr.pdf"
    program.succeeds("export", operation, "--view", "matrix", "--format", "pdf", "--lang", "fr", "-o", pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)  # unwrapped
    assert "Matrice PIM" in text and "Monitoring de protection" in text  # the .mo and the French matrix

    workbook = work / "systems.xlsx"
    program.succeeds("export", operation, "--view", "systems", "--format", "xlsx", "--hxl", "-o", workbook)
    sheet = load_workbook(workbook, read_only=True)["Systems"]  # after the About sheet
    header, tags, *systems = sheet.iter_rows(values_only=True)
    assert header[:2] == ("name", "category") and tags[0] == "#meta+system+name"
    assert len(systems) == 40 and "Border and return monitoring" in {row[0] for row in systems}

    older = work / "older.pim"
    older.write_bytes(operation.read_bytes())
    with open_operation(older) as operation_file, operation_file.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    partners = work / "partners.csv"
    partners.write_text("name,acronym\nAssociation of returnees,AOR\n", encoding="utf-8")
    # opened for editing, the file is upgraded (backup first) with the migrations the program carries
    program.succeeds("import", older, partners, "--kind", "organisations")
    assert json.loads(program.succeeds("info", older, "--json"))["counts"]["organisations"] == 25
    assert sqlite_rows(older, "SELECT version_num FROM alembic_version") == [(f"{head_version():04d}",)]
    assert list((program.data_dir / "backups").glob("older-*-before-migration.pim"))
    # a workbook read back by the reader the program carries (python-calamine, a compiled module)
    assert "0 added, 0 updated, 40 unchanged" in program.succeeds("import", older, workbook)
