"""Operation files and workbooks with random bits flipped: every command gives a clear message or does its
work, never a traceback nor an "unexpected problem", and leaves every file it was given as it was.
PIM_FLIP_COUNT copies of each (8 in `make test`, 40 in `make test-reliability`)."""

import os
import subprocess
from pathlib import Path

import pytest

from tests.data.corpus import flipped_copies
from tests.helpers import run_cli

COUNT = int(os.environ.get("PIM_FLIP_COUNT", "8"))


def _clear(result: subprocess.CompletedProcess[str], what: str) -> None:
    assert result.returncode in (0, 1, 2), what
    for sign_of_a_bug in ("Traceback", "unexpected problem"):
        assert sign_of_a_bug not in result.stderr, (what, result.stderr)


@pytest.fixture
def workbook(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "systems.xlsx"
    assert run_cli("export", sample_file, "--view", "systems", "--format", "xlsx", "-o", path).returncode == 0
    return path


def test_damaged_operation_files(sample_file: Path, workbook: Path, tmp_path: Path):
    for damaged in flipped_copies(sample_file, tmp_path, COUNT, seed=5):
        before = damaged.read_bytes()
        for command in (
            ["check", damaged],
            ["info", damaged, "--json"],
            ["export", damaged, "--view", "report", "--format", "xlsx", "-o", tmp_path / "out.xlsx"],
            ["import", damaged, workbook, "--dry-run"],
        ):
            _clear(run_cli(*command), f"{command[0]} {damaged.name}")
        assert damaged.read_bytes() == before, damaged.name


def test_damaged_workbooks(sample_file: Path, workbook: Path, tmp_path: Path):
    for damaged in flipped_copies(workbook, tmp_path, COUNT, seed=6):
        before, damaged_before = sample_file.read_bytes(), damaged.read_bytes()
        result = run_cli("import", sample_file, damaged, "--dry-run")
        _clear(result, damaged.name)
        assert sample_file.read_bytes() == before, damaged.name  # a dry run writes nothing
        result = run_cli("import", sample_file, damaged)
        _clear(result, damaged.name)
        if result.returncode != 0:  # refused: nothing changed
            assert sample_file.read_bytes() == before, damaged.name
        assert damaged.read_bytes() == damaged_before, damaged.name
