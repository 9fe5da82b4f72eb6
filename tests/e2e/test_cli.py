"""The command-line contract, run as a user runs it: a child process, its output and exit code."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pim_desktop import __version__
from pim_desktop.storage.schema import head_version
from tests.helpers import run_cli, sqlite_rows


def test_version_from_both_entry_points():
    assert run_cli("--version").stdout.strip() == f"pim-desktop {__version__}"
    console_script = Path(sys.executable).with_name("pim-desktop")
    if console_script.exists():
        result = subprocess.run([console_script, "--version"], capture_output=True, text=True, check=True)
        assert result.stdout.strip() == f"pim-desktop {__version__}"


def test_new_info_and_check(tmp_path: Path):
    path = tmp_path / "ops.pim"
    created = run_cli("new", path, "--name", "Lebanon", "--country", "LBN")
    assert created.returncode == 0, created.stderr
    assert "standard PIM Matrix" in created.stdout

    info = run_cli("info", path)
    assert info.returncode == 0
    assert "Operation:          Lebanon" in info.stdout
    assert "Country:            Lebanon (LBN)" in info.stdout
    assert "Categories:         8" in info.stdout

    document = json.loads(run_cli("info", path, "--json").stdout)
    assert document["name"] == "Lebanon" and document["country"] == "LBN"
    assert document["schema_version"] == head_version()
    assert document["counts"]["categories"] == 8
    assert document["counts"]["matrix_rows"] == 7
    assert document["counts"]["organisations"] == 0

    checked = run_cli("check", path)
    assert checked.returncode == 0
    assert "OK" in checked.stdout


def test_demo_info_json_shows_the_sample_operation(tmp_path: Path):
    path = tmp_path / "demo.pim"
    assert run_cli("demo", path).returncode == 0
    counts = json.loads(run_cli("info", path, "--json").stdout)["counts"]
    assert counts["categories"] == 8
    assert counts["matrix_rows"] == 8  # seven standard rows and the operation's own
    assert 18 <= counts["organisations"] <= 26
    assert 36 <= counts["systems"] <= 44
    assert counts["action_plans"] == 1 and counts["action_items"] == 4
    for key in ("matrix_entries", "organisations", "systems", "action_plans", "action_items"):
        assert key in counts


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["new", "{dir}/x.pim", "--name", ""], 1, "operation name cannot be empty"),
        (["new", "{dir}/x.pim", "--name", "A", "--country", "ZZZ"], 1, "not an ISO 3166"),
        (["new", "{dir}/missing/x.pim", "--name", "A"], 2, "does not exist"),
        (["new", "{dir}/x.pim"], 2, "--name"),
        (["info"], 2, "SOURCE"),  # an operation file or a server's address
        (["frobnicate", "--bogus"], 2, "unrecognized arguments"),
    ],
)
def test_usage_and_validation_errors(tmp_path: Path, args: list[str], code: int, message: str):
    result = run_cli(*[arg.format(dir=tmp_path) for arg in args])
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pim").exists()


def test_existing_file_is_not_overwritten_by_new_or_demo(tmp_path: Path):
    path = tmp_path / "ops.pim"
    run_cli("new", path, "--name", "First")
    before = path.read_bytes()
    for args in (["new", path, "--name", "Second"], ["demo", path]):
        result = run_cli(*args)
        assert result.returncode == 2
        assert result.stderr.startswith("pim-desktop: error: ") and "already exists" in result.stderr
        assert result.stderr.count("\n") == 1
    assert path.read_bytes() == before
    assert sqlite_rows(path, "SELECT name FROM operation") == [("First",)]


def test_window_without_a_display_says_so_in_one_line(tmp_path: Path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = subprocess.run(
        [sys.executable, "-m", "pim_desktop"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.startswith("pim-desktop: error: no display found")
    assert "xvfb-run" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_change_is_refused_while_a_colleague_has_the_file_open(sample_file: Path, tmp_path: Path):
    """The window on another machine has the file open for editing: import and merge say who, and wait."""
    lock = sample_file.with_name(f".{sample_file.name}.lock")
    holder = {
        "user": "im.officer",
        "machine": "field-laptop-07",
        "process": 4242,
        "since": "2026-11-20T09:30:00",
    }
    lock.write_text(json.dumps(holder), encoding="utf-8")
    source = tmp_path / "organisations.csv"
    source.write_text("Name,Type\nNew partner,National NGO\n", encoding="utf-8")
    before = sample_file.read_bytes()
    for command in (["import", sample_file, source], ["merge", sample_file, sample_file]):
        result = run_cli(*command)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert "open for editing by im.officer on field-laptop-07 since 2026-11-20 09:30:00" in result.stderr
        assert f"delete .{sample_file.name}.lock" in result.stderr
    assert run_cli("import", sample_file, source, "--dry-run").returncode == 0  # reading is never refused
    assert (
        run_cli(
            "export", sample_file, "--view", "systems", "--format", "csv", "-o", tmp_path / "s.csv"
        ).returncode
        == 0
    )
    assert sample_file.read_bytes() == before and json.loads(lock.read_text(encoding="utf-8")) == holder

    lock.unlink()  # closed there, or removed after a crash
    assert run_cli("import", sample_file, source).returncode == 0
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE name = 'New partner'") == [(1,)]
    assert not lock.exists()  # the command's own lock is gone when it is done


def test_a_reader_that_stops_reading_gets_no_error_message(sample_file: Path):
    # `pim-desktop info FILE | head -3` once ended in "unexpected problem (BrokenPipeError)"
    command = [sys.executable, "-m", "pim_desktop", "info", str(sample_file)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the command writes a word
    errors = process.stderr.read()
    assert process.wait(timeout=60) == 1
    assert errors == ""
