"""Files a user may hand the program that are not what they seem (the corpus in tests/data): one clear line,
exit code 2, and every file byte for byte as it was.

Exit code 2 for every entry: each is a file that cannot be read or is not what it claims to be (README,
"Command line"). Code 1 is for content that was read and refused by a rule (rows with errors), which no entry
of the corpus is."""

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.data.corpus import IMPORT_SOURCES, OPERATION_FILES, BadInput, real_workbook
from tests.helpers import folder_digests, run_cli


def assert_refused_in_one_line(result: subprocess.CompletedProcess[str], entry: BadInput) -> None:
    """The contract for a file that cannot be used: exit 2, one line naming the problem, no sign of a bug."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("pim-desktop: error: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    for sign_of_a_bug in ("Traceback", "unexpected problem"):
        assert sign_of_a_bug not in result.stderr, result.stderr
    assert entry.words in result.stderr, result.stderr


def _good_workbook(folder: Path) -> Path:
    path = folder / "systems.xlsx"
    path.write_bytes(real_workbook())
    return path


# The operation file in each place a command takes one; "{bad}" is the entry, "{sample}" a good operation
OPERATION_FILE_COMMANDS = {
    "info": ["info", "{bad}"],
    "check": ["check", "{bad}"],
    "export": ["export", "{bad}", "--view", "report", "--format", "xlsx", "-o", "{folder}/report.xlsx"],
    "import into": ["import", "{bad}", "{workbook}"],
    "merge from": ["merge", "{sample}", "{bad}"],
}


@pytest.mark.parametrize("command", OPERATION_FILE_COMMANDS)
@pytest.mark.parametrize("entry", OPERATION_FILES, ids=str)
def test_every_bad_operation_file_is_refused_by_every_command(
    entry: BadInput, command: str, sample_file: Path, tmp_path: Path
):
    bad = entry.make(tmp_path, sample_file)
    workbook = _good_workbook(tmp_path)
    arguments = [
        word.format(bad=bad, sample=sample_file, folder=tmp_path, workbook=workbook)
        for word in OPERATION_FILE_COMMANDS[command]
    ]
    before = folder_digests(tmp_path)
    assert_refused_in_one_line(run_cli(*arguments), entry)
    assert folder_digests(tmp_path) == before  # no export written, no journal or side file left


@pytest.mark.parametrize("dry_run", [False, True], ids=["import", "dry run"])
@pytest.mark.parametrize("entry", IMPORT_SOURCES, ids=str)
def test_every_bad_source_is_refused_by_import(
    entry: BadInput, dry_run: bool, sample_file: Path, tmp_path: Path
):
    source = entry.make(tmp_path, sample_file)
    before = folder_digests(tmp_path)
    assert_refused_in_one_line(
        run_cli("import", sample_file, source, *(["--dry-run"] if dry_run else [])), entry
    )
    assert folder_digests(tmp_path) == before


def test_read_only_file_can_be_read_and_checked(sample_file: Path, make_read_only: Callable[[Path], Path]):
    path = make_read_only(sample_file)
    before = path.read_bytes()
    info = run_cli("info", path)
    assert info.returncode == 0 and "Lebanon" in info.stdout
    checked = run_cli("check", path)
    assert checked.returncode == 0, checked.stderr
    assert path.read_bytes() == before


def test_a_damaged_page_is_reported_by_check(sample_file: Path):
    """A file whose header is fine but whose inside is corrupted: check says what is wrong."""
    data = bytearray(sample_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, page_size * 3 + 200):
        data[offset] = 0xFF
    sample_file.write_bytes(bytes(data))
    before = sample_file.read_bytes()
    result = run_cli("check", sample_file)
    assert result.returncode in (1, 2)
    output = result.stdout + result.stderr
    assert "damaged" in output or "problem" in output
    assert "Traceback" not in output
    assert sample_file.read_bytes() == before
