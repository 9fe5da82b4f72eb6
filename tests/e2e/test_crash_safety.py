"""The program killed (SIGKILL, as a dead battery or a crashed laptop would) at a random moment of a large
import, a merge, a bulk edit and an export: afterwards the operation file passes `pim-desktop check` and
holds all of the interrupted change or none of it, and no half-written export is at the target path. The
changes are killed on an encrypted file too, whose journal must give nothing away either.

`make test` kills each operation a few times; `make test-reliability` runs the full loop
(PIM_CRASH_ITERATIONS per operation, 15 by default there: 60 kills, and half as many again on an encrypted
file)."""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pim_desktop.storage.file_header import JOURNAL_MAGIC, read_header
from tests.benchmarks.synthetic import Size, write_synthetic_operation
from tests.helpers import PASSPHRASE, SAMPLE_SECRET, files_holding, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
ITERATIONS = int(os.environ.get("PIM_CRASH_ITERATIONS", "2"))
PARTNER = Size(organisations=150, systems=1_500, action_items=300)
Command = Callable[[], subprocess.Popen[bytes]]


def _counts(path: Path) -> tuple[int, ...]:
    result = run_cli("info", path, "--json")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)["counts"]
    return counts["organisations"], counts["systems"], counts["action_items"], counts["matrix_entries"]


def _journal_to_play_back(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.exists() and journal.read_bytes()[: len(JOURNAL_MAGIC)] == JOURNAL_MAGIC


def _start(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pim_desktop", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _full_run_seconds(command: Command) -> float:
    started = time.perf_counter()
    program = command()
    assert program.wait(timeout=300) == 0
    return time.perf_counter() - started


def _kill_at_random(command: Command, seconds: float, rng: random.Random) -> None:
    program = command()
    # from the end of start-up (reading and checking come first, the writing last) to just after the end
    time.sleep(rng.uniform(0.3, 1.1) * seconds)
    program.send_signal(signal.SIGKILL)
    program.wait(timeout=60)


@pytest.fixture(scope="module")
def partner(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A partner's operation, and its systems exported as a workbook: 1,500 systems to import or merge."""
    folder = tmp_path_factory.mktemp("partner")
    operation = folder / "partner.pim"
    write_synthetic_operation(operation, PARTNER, seed=11)
    workbook = folder / "partner-systems.xlsx"
    result = run_cli("export", operation, "--view", "systems", "--format", "xlsx", "-o", workbook)
    assert result.returncode == 0, result.stderr
    return {"operation": operation, "systems": workbook}


@pytest.fixture(params=["plain", "encrypted"])
def operation(request: pytest.FixtureRequest, sample_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample operation, plain or encrypted (its passphrase in the environment of every command)."""
    if request.param == "encrypted":
        monkeypatch.setenv("PIM_DESKTOP_PASSPHRASE", PASSPHRASE)
        assert run_cli("encrypt", sample_file).returncode == 0
    return sample_file


def _interrupted(
    sample_file: Path, tmp_path: Path, arguments: Callable[[Path], list[str | Path]], seed: int
) -> None:
    """Runs the change once whole to know its result, then kills it ITERATIONS times on fresh copies (half
    as many on an encrypted file, to keep `make test` short)."""
    encrypted = read_header(sample_file).encrypted
    rng = random.Random(seed)
    before = _counts(sample_file)
    whole = tmp_path / "whole.pim"
    shutil.copyfile(sample_file, whole)
    seconds = _full_run_seconds(lambda: _start(*arguments(whole)))
    after = _counts(whole)
    assert after != before  # the change changes something the counts see
    outcomes = []
    mid_write = 0  # kills that left a journal SQLite plays back: the next reader undoes a half-written change
    for run in range(max(1, ITERATIONS // 2) if encrypted else ITERATIONS):
        target = tmp_path / f"killed-{run}.pim"
        shutil.copyfile(sample_file, target)
        _kill_at_random(lambda target=target: _start(*arguments(target)), seconds, rng)
        mid_write += _journal_to_play_back(target)
        check = run_cli("check", target)
        assert check.returncode == 0, f"run {run}: {check.stdout} {check.stderr}"
        counts = _counts(target)
        assert counts in (before, after), f"run {run}: {counts}, neither {before} nor {after}"
        outcomes.append(counts == after)
    if encrypted:  # the files and the journals the kills left
        assert files_holding(tmp_path, SAMPLE_SECRET) == []
    untouched, whole_changes = outcomes.count(False), outcomes.count(True)
    print(
        f"{len(outcomes)} kills: {untouched} left the file as it was, {whole_changes} with the whole change; "
        f"{mid_write} in the middle of writing"
    )


def test_an_import_killed_at_any_moment_is_all_or_nothing(
    operation: Path, tmp_path: Path, partner: dict[str, Path]
):
    _interrupted(operation, tmp_path, lambda target: ["import", target, partner["systems"]], seed=1)


def test_a_merge_killed_at_any_moment_is_all_or_nothing(
    operation: Path, tmp_path: Path, partner: dict[str, Path]
):
    _interrupted(operation, tmp_path, lambda target: ["merge", target, partner["operation"]], seed=2)


def test_a_bulk_edit_killed_at_any_moment_is_all_or_nothing(
    operation: Path, tmp_path: Path, partner: dict[str, Path]
):
    """The bulk edit: the whole partner operation imported from its JSON export over this one."""
    exported = tmp_path / "partner.json"
    result = run_cli("export", partner["operation"], "--view", "report", "--format", "json", "-o", exported)
    assert result.returncode == 0, result.stderr
    _interrupted(
        operation, tmp_path, lambda target: ["import", target, exported, "--kind", "operation"], seed=3
    )


def test_an_export_killed_at_any_moment_leaves_no_half_written_file(tmp_path: Path, partner: dict[str, Path]):
    rng = random.Random(4)
    source = partner["operation"]
    original = source.read_bytes()

    def export(target: Path) -> subprocess.Popen[bytes]:
        return _start("export", source, "--view", "report", "--format", "pdf", "-o", target)

    seconds = _full_run_seconds(lambda: export(tmp_path / "whole.pdf"))
    whole = (tmp_path / "whole.pdf").read_bytes()
    for run in range(ITERATIONS):
        folder = tmp_path / f"run-{run}"
        folder.mkdir()
        target = folder / "report.pdf"
        _kill_at_random(lambda target=target: export(target), seconds, rng)
        if target.exists():  # either the whole document or nothing at the target path
            assert target.read_bytes()[:5] == b"%PDF-" and target.stat().st_size == len(whole)
            assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert source.read_bytes() == original  # the operation it read from is untouched


def test_an_export_cleans_up_what_a_killed_one_left_behind(sample_file: Path, tmp_path: Path):
    """A killed export leaves its temporary file beside the target; the next export to that name removes
    it once it is an hour old (a younger one may belong to an export still running)."""
    abandoned = tmp_path / ".report.pdf.k1ll3d.partial"
    recent = tmp_path / ".report.pdf.r3c3nt.partial"
    for partial in (abandoned, recent):
        partial.write_bytes(b"%PDF-1.4 half")
    an_hour_and_more = time.time() - 3700
    os.utime(abandoned, (an_hour_and_more, an_hour_and_more))
    result = run_cli(
        "export", sample_file, "--view", "matrix", "--format", "pdf", "-o", tmp_path / "report.pdf"
    )
    assert result.returncode == 0, result.stderr
    assert not abandoned.exists() and recent.exists()
