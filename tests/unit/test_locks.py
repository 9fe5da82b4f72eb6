"""The lock beside a file open for editing: who has it, a lock left by a dead process on this machine taken
over, one from another machine reported, and only our own removed on close."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pim_desktop.domain.errors import OperationFileError
from pim_desktop.storage import locks


def _lock_of(path: Path, **holder: object) -> None:
    fields = {
        "user": "im.officer",
        "machine": "field-laptop-07",
        "process": 4242,
        "since": "2026-11-20T09:30:00",
    }
    locks.lock_path(path).write_text(json.dumps(fields | holder), encoding="utf-8")


def test_our_own_lock_is_nobody_elses(sample_file: Path):
    locks.take(sample_file)
    written = json.loads(locks.lock_path(sample_file).read_text(encoding="utf-8"))
    assert written["machine"] == socket.gethostname() and written["process"] == os.getpid()
    assert locks.holder_of(sample_file) is None
    locks.release(sample_file)
    assert not locks.lock_path(sample_file).exists()


def test_a_colleague_on_another_machine_is_named(sample_file: Path):
    _lock_of(sample_file)
    holder = locks.holder_of(sample_file)
    assert holder == locks.Holder("im.officer", "field-laptop-07", 4242, "2026-11-20T09:30:00")
    locks.release(sample_file)  # not ours: it stays
    assert locks.lock_path(sample_file).exists()


def test_a_lock_left_by_a_program_that_died_here_is_taken_over(sample_file: Path):
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    _lock_of(sample_file, machine=socket.gethostname(), process=int(ended.stdout))
    assert locks.holder_of(sample_file) is None
    assert not locks.lock_path(sample_file).exists()


def test_a_second_program_on_this_machine_is_named(sample_file: Path):
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as other:
        try:
            _lock_of(sample_file, machine=socket.gethostname(), process=other.pid)
            holder = locks.holder_of(sample_file)
            assert holder is not None and holder.process == other.pid
        finally:
            other.kill()


def test_an_unreadable_lock_is_no_lock(sample_file: Path):
    locks.lock_path(sample_file).write_text("not json", encoding="utf-8")
    assert locks.holder_of(sample_file) is None


def test_a_lock_with_fields_of_the_wrong_kind_is_no_lock(sample_file: Path):
    for odd in ({"since": 5}, {"process": "4242"}, {"user": None}):
        _lock_of(sample_file, **odd)
        assert locks.holder_of(sample_file) is None, odd


def test_a_change_without_the_window_holds_the_lock_while_it_is_made(sample_file: Path):
    with locks.editing(sample_file):
        written = json.loads(locks.lock_path(sample_file).read_text(encoding="utf-8"))
        assert written["process"] == os.getpid() and written["machine"] == socket.gethostname()
    assert not locks.lock_path(sample_file).exists()

    _lock_of(sample_file)
    with pytest.raises(OperationFileError) as refused, locks.editing(sample_file):
        raise AssertionError("a change was let through while a colleague has the file")
    assert (
        "open for editing by im.officer on field-laptop-07 since 2026-11-20 09:30:00" in refused.value.message
    )
    assert locks.lock_path(sample_file).exists()  # their lock stays
