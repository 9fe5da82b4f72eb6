"""Files a user may hand the program that are not what they seem: one clear line, exit code 2, and the file
byte for byte as it was."""

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import run_cli


def missing(folder: Path, _sample: Path) -> Path:
    return folder / "nowhere.pim"


def empty(folder: Path, _sample: Path) -> Path:
    path = folder / "empty.pim"
    path.write_bytes(b"")
    return path


def text_renamed(folder: Path, _sample: Path) -> Path:
    path = folder / "notes.pim"
    path.write_text("Meeting notes\nNot a database at all.\n", encoding="utf-8")
    return path


def other_program_database(folder: Path, _sample: Path) -> Path:
    path = folder / "contacts.pim"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('a', '1')")
    connection.commit()
    connection.close()
    return path


def truncated_copy(folder: Path, sample: Path) -> Path:
    path = folder / "truncated.pim"
    data = sample.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def newer_schema(folder: Path, sample: Path) -> Path:
    path = folder / "from-the-future.pim"
    shutil.copyfile(sample, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0042'")
    connection.commit()
    connection.close()
    return path


def ours_without_tables(folder: Path, _sample: Path) -> Path:
    """Has our application id but none of our data (e.g. a file cut off right after creation)."""
    path = folder / "hollow.pim"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id = 1346981188")
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    return path


BAD_FILES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "missing": (missing, "there is no file at"),
    "empty": (empty, "is empty"),
    "text renamed .pim": (text_renamed, "not a database at all"),
    "another program's SQLite": (other_program_database, "made by another program"),
    "truncated copy": (truncated_copy, "cut short"),
    "newer schema": (newer_schema, "newer version of PIM Desktop"),
    "our id, no data": (ours_without_tables, "no PIM Desktop data"),
}


@pytest.fixture(params=list(BAD_FILES), ids=list(BAD_FILES))
def bad_file(request: pytest.FixtureRequest, tmp_path: Path, sample_file: Path) -> tuple[Path, str]:
    make, message = BAD_FILES[request.param]
    return make(tmp_path, sample_file), message


def snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


@pytest.mark.parametrize("command", ["info", "check"])
def test_bad_file_gives_one_clear_line_and_is_left_as_it_was(bad_file: tuple[Path, str], command: str):
    path, message = bad_file
    before = snapshot(path)
    siblings_before = sorted(p.name for p in path.parent.iterdir())
    result = run_cli(command, path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("pim-desktop: error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert snapshot(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings_before  # no journal or side file left


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
