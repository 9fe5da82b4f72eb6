"""The rolling set of automatic backups: one set per file, the newest ten, none older than thirty days, a
backup on open only when the file changed, and restoring one that keeps the file as it was."""

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pim_desktop.domain.errors import OperationFileError
from pim_desktop.storage import backups
from tests.helpers import sqlite_rows


def _organisations(path: Path) -> int:
    return sqlite_rows(path, "SELECT count(*) FROM organisation")[0][0]


def test_the_rolling_set_keeps_the_newest_and_none_too_old(sample_file: Path, own_data_dir: Path):
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(15):
        backups.make_backup(sample_file, "before-import", now=start + timedelta(days=day))
    kept = backups.backups_of(sample_file)
    assert len(kept) == backups.KEEP_COUNT
    assert kept[0].made == start + timedelta(days=14) and kept[0].reason == "before-import"
    assert [b.made for b in kept] == sorted((b.made for b in kept), reverse=True)

    backups.make_backup(sample_file, "before-merge", now=start + timedelta(days=60))
    (only,) = backups.backups_of(sample_file)  # the others are more than 30 days older than it
    assert only.reason == "before-merge"
    assert all(p.parent == own_data_dir / "backups" for p in [only.path])


def test_two_files_of_the_same_name_keep_two_sets(sample_file: Path, tmp_path: Path):
    other = tmp_path / "elsewhere" / sample_file.name
    other.parent.mkdir()
    shutil.copyfile(sample_file, other)
    backups.make_backup(sample_file, "on-open")
    backups.make_backup(other, "on-open")
    backups.make_backup(other, "before-import")
    assert len(backups.backups_of(sample_file)) == 1 and len(backups.backups_of(other)) == 2


def test_a_backup_on_open_only_when_the_file_changed_since_the_last_one(sample_file: Path):
    assert backups.backup_on_open(sample_file) is not None
    assert backups.backup_on_open(sample_file) is None  # unchanged: nothing new to keep
    later = backups.backups_of(sample_file)[0].path.stat().st_mtime + 5
    os.utime(sample_file, (later, later))  # the file changed after its last backup
    assert backups.backup_on_open(sample_file) is not None
    assert len(backups.backups_of(sample_file)) == 2


def test_restoring_a_backup_keeps_the_file_as_it_was_first(sample_file: Path):
    backup = backups.make_backup(sample_file, "before-import")
    before = _organisations(sample_file)
    with sqlite3.connect(sample_file) as connection:
        connection.execute("DELETE FROM system_organisation")
        connection.execute("DELETE FROM organisation")
    assert _organisations(sample_file) == 0
    kept = backups.restore(backup, sample_file)
    assert _organisations(sample_file) == before  # the backup's content is back
    assert _organisations(kept) == 0 and "before-restore" in kept.name  # and the emptied file is kept
    assert {b.reason for b in backups.backups_of(sample_file)} == {"before-import", "before-restore"}


def test_restoring_the_oldest_of_a_full_set_works(sample_file: Path):
    start = datetime.now() - timedelta(days=1)
    for day in range(backups.KEEP_COUNT):
        backups.make_backup(sample_file, "on-open", now=start + timedelta(hours=day))
    oldest = backups.backups_of(sample_file)[-1]
    backups.restore(oldest.path, sample_file)  # the new backup pushes it out of the set only afterwards
    assert len(backups.backups_of(sample_file)) == backups.KEEP_COUNT


def test_a_backup_damaged_since_it_was_made_is_not_restored(sample_file: Path):
    backup = backups.make_backup(sample_file, "on-open")
    damaged = bytearray(backup.read_bytes())
    page_size = int.from_bytes(damaged[16:18], "big")
    damaged[page_size * 3 : page_size * 3 + 200] = b"\xff" * 200  # a failing disk under the backups folder
    backup.write_bytes(bytes(damaged))
    before = sample_file.read_bytes()
    with pytest.raises(OperationFileError) as refused:
        backups.restore(backup, sample_file)
    assert refused.value.message.startswith(f"this backup cannot be restored: {backup.name} is damaged (")
    assert refused.value.message.endswith(f"). {sample_file.name} was not changed")
    assert sample_file.read_bytes() == before
    assert [b.reason for b in backups.backups_of(sample_file)] == ["on-open"]  # nothing made meanwhile
