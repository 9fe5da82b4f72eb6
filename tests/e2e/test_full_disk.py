"""A real disk that fills up (a small tmpfs, see the small_disk fixture): the write that does not fit is
refused in words, the file keeps every earlier change and passes `check`, and the work goes on once there
is room again."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import SmallDisk, run_cli, sqlite_rows

SYSTEMS = "SELECT count(*) FROM information_system"


def _systems_csv(path: Path, count: int, prefix: str) -> Path:
    lines = ["System,PIM category,Outputs"]
    lines += [
        f"{prefix} {number},Case Management,{'Monthly caseload report. ' * 8}" for number in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _refused_for_lack_of_space(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("pim-desktop: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "the disk is full" in result.stderr


def test_an_import_that_does_not_fit_is_refused_and_earlier_changes_stay(
    sample_file: Path, small_disk: SmallDisk, tmp_path: Path
):
    operation = small_disk.folder / "operation.pim"
    shutil.copyfile(sample_file, operation)
    earlier = run_cli("import", operation, _systems_csv(tmp_path / "few.csv", 2, "Earlier system"))
    assert earlier.returncode == 0, earlier.stderr
    small_disk.fill()

    too_big = _systems_csv(tmp_path / "many.csv", 2_000, "Partner system")
    result = run_cli("import", operation, too_big)

    _refused_for_lack_of_space(result)
    assert "what was saved before it is intact" in result.stderr
    assert run_cli("check", operation).returncode == 0
    assert sqlite_rows(operation, SYSTEMS) == [(42,)]  # the 40 of the sample and the 2 imported before
    assert not list(small_disk.folder.glob("*-journal"))  # SQLite rolled back and tidied up

    small_disk.make_room()
    again = run_cli("import", operation, too_big)
    assert again.returncode == 0, again.stderr
    assert sqlite_rows(operation, SYSTEMS) == [(2_042,)]


def test_a_merge_that_does_not_fit_is_refused_and_changes_nothing(
    sample_file: Path, small_disk: SmallDisk, tmp_path: Path
):
    theirs = tmp_path / "theirs.pim"
    shutil.copyfile(sample_file, theirs)
    assert (
        run_cli("import", theirs, _systems_csv(tmp_path / "many.csv", 2_000, "Their system")).returncode == 0
    )
    mine = small_disk.folder / "mine.pim"
    shutil.copyfile(sample_file, mine)
    small_disk.fill()
    before = mine.read_bytes()

    _refused_for_lack_of_space(run_cli("merge", mine, theirs))
    assert mine.read_bytes() == before


def test_no_room_for_the_backup_stops_the_import_before_it_starts(
    sample_file: Path, small_disk: SmallDisk, tmp_path: Path
):
    """The backups live in the data folder: when that disk is full, the import is not made without one."""
    before = sample_file.read_bytes()
    small_disk.fill()
    data_on_the_full_disk = {"PIM_DESKTOP_DATA_DIR": str(small_disk.folder / "data")}

    result = run_cli(
        "import", sample_file, _systems_csv(tmp_path / "few.csv", 2, "New system"), env=data_on_the_full_disk
    )

    _refused_for_lack_of_space(result)
    assert f"no backup of {sample_file.name} could be made" in result.stderr
    assert sample_file.read_bytes() == before


@pytest.mark.parametrize("kind", ["xlsx", "pdf", "json"])
def test_an_export_to_a_full_disk_says_so_and_leaves_the_earlier_file(
    sample_file: Path, small_disk: SmallDisk, kind: str
):
    target = small_disk.folder / f"report.{kind}"
    assert run_cli("export", sample_file, "--view", "matrix", "--format", kind, "-o", target).returncode == 0
    earlier = target.read_bytes()
    small_disk.fill(leave=4 * 1024)

    result = run_cli("export", sample_file, "--view", "report", "--format", kind, "-o", target)

    _refused_for_lack_of_space(result)  # one line: no library complaining on the way out either
    assert target.read_bytes() == earlier
    assert not list(small_disk.folder.glob("*.partial"))
