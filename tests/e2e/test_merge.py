"""`pim-desktop merge`: a colleague's operation file brought in, differences listed, choices kept, the
provenance recorded (the files that cannot be merged are tried in tests/e2e/test_bad_input.py)."""

import hashlib
import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from tests.helpers import run_cli, sqlite_rows

OUTPUTS = "SELECT outputs FROM information_system WHERE name = 'VASyR household survey'"


@pytest.fixture
def theirs(sample_file: Path, tmp_path: Path) -> Path:
    """A colleague's copy of the operation, changed during a workshop."""
    path = tmp_path / "colleague.pim"
    shutil.copyfile(sample_file, path)
    with open_operation(path) as operation:
        OrganisationService(operation).add(OrganisationDetails(name="Their new NGO", acronym="TNN"))
        systems = SystemService(operation)
        vasyr = next(i for i in range(1, 41) if systems.get(i).details.name == "VASyR household survey")
        systems.update(
            vasyr, replace(systems.get(vasyr).details, outputs="Outputs as the colleague wrote them")
        )
        matrix = MatrixService(operation)
        categories, rows = matrix.matrix().categories, matrix.matrix().rows
        methods = next(r for r in rows if r.code == "methods")
        matrix.add_entry(categories[0].id, methods.id, "Phone survey of returnees")
    return path


def test_dry_run_lists_what_is_new_and_what_differs_and_writes_nothing(sample_file: Path, theirs: Path):
    before = hashlib.sha256(sample_file.read_bytes()).hexdigest()
    result = run_cli("merge", sample_file, theirs, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "new organisation: Their new NGO" in result.stdout
    assert "differs, system VASyR household survey: outputs" in result.stdout
    assert "differs, matrix cell Population Data × Methods: entries" in result.stdout
    assert hashlib.sha256(sample_file.read_bytes()).hexdigest() == before


def test_merge_keeps_mine_by_default_adds_what_is_new_and_records_it(sample_file: Path, theirs: Path):
    mine_outputs = sqlite_rows(sample_file, OUTPUTS)
    result = run_cli("merge", sample_file, theirs)
    assert result.returncode == 0, result.stderr
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE acronym = 'TNN'") == [(1,)]
    assert sqlite_rows(sample_file, OUTPUTS) == mine_outputs
    ((source, preferred, summary),) = sqlite_rows(
        sample_file, "SELECT source_path, preferred, summary FROM merge_record"
    )
    assert source == str(theirs) and preferred == "mine"
    taken = {(part["kind"], part["name"]): part["taken"] for part in json.loads(summary)}
    assert taken[("organisation", "Their new NGO")] == "new"
    assert taken[("system", "VASyR household survey")] == "mine"


def test_merge_preferring_theirs_takes_their_versions(sample_file: Path, theirs: Path):
    result = run_cli("merge", sample_file, theirs, "--prefer", "theirs")
    assert result.returncode == 0, result.stderr
    assert sqlite_rows(sample_file, OUTPUTS) == [("Outputs as the colleague wrote them",)]
    methods = sqlite_rows(
        sample_file,
        "SELECT e.text FROM matrix_entry e JOIN category c ON c.id = e.category_id JOIN matrix_row r "
        "ON r.id = e.row_id WHERE c.code = 'population_data' AND r.code = 'methods' ORDER BY e.position",
    )
    assert ("Phone survey of returnees",) in methods
    assert sqlite_rows(sample_file, "SELECT count(*) FROM information_system") == [
        (40,)
    ]  # matched, not doubled


def test_the_fixed_rows_are_neither_listed_nor_taken_from_their_file(sample_file: Path, theirs: Path):
    """Their Definition rewritten behind the program's back (by another tool, or an older copy's words)."""
    definitions = (
        "SELECT e.text FROM matrix_entry e JOIN matrix_row r ON r.id = e.row_id WHERE r.code = 'definition' "
        "ORDER BY e.category_id, e.position"
    )
    mine = sqlite_rows(sample_file, definitions)
    connection = sqlite3.connect(theirs)
    with connection:
        connection.execute(
            "UPDATE matrix_entry SET text = 'Their own definition' "
            "WHERE row_id = (SELECT id FROM matrix_row WHERE code = 'definition')"
        )
    connection.close()
    listed = run_cli("merge", sample_file, theirs, "--dry-run")
    assert "Definition" not in listed.stdout and "Methods: entries" in listed.stdout
    result = run_cli("merge", sample_file, theirs, "--prefer", "theirs")
    assert result.returncode == 0, result.stderr
    assert sqlite_rows(sample_file, definitions) == mine
