"""Automatic backups of operation files, kept in the program's data folder: made when a file is opened and
before a migration, an import, a merge or a restore, and pruned to a rolling set per file (the newest
KEEP_COUNT, none older than KEEP_DAYS). Restoring one first backs up the file as it is. The backups of an
encrypted file are encrypted with its key."""

import glob
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pim_desktop.domain.errors import OperationFileError, SafetyCopyError, TargetFileError
from pim_desktop.i18n import _
from pim_desktop.storage.copies import backup_copy
from pim_desktop.storage.encryption import file_key
from pim_desktop.storage.opening import verify_whole

KEEP_COUNT = 10
KEEP_DAYS = 30
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.pim$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    reason: str  # "on-open", "before-import", "before-merge", "before-migration", "before-restore"

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _folder() -> Path:
    from pim_desktop.paths import backups_dir  # here, so storage does not read settings at import time

    return backups_dir()


def _family(path: Path) -> str:
    """The name shared by one file's backups: its own name, and a short digest of where it lives, so that two
    operations called Lebanon.pim in two folders keep two sets."""
    where = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{path.stem}-{where}"


def backups_of(path: Path) -> list[Backup]:
    """The backups of one operation file, newest first."""
    family, found = _family(path), []
    for candidate in _folder().glob(f"{glob.escape(family)}-*.pim"):
        match = _NAME.search(candidate.name)
        if match and candidate.name[: match.start()] == family:
            found.append(Backup(candidate, datetime.strptime(match.group(1), _STAMP), match.group(2)))
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def _copy(path: Path, reason: str, made: datetime) -> Path:
    """A backup in the folder. One that cannot be written (a full disk) stops what it was to precede,
    before that changes anything."""
    folder = _folder()
    try:
        target = folder / f"{_family(path)}-{made.strftime(_STAMP)}-{reason}.pim"
        return backup_copy(path, target, file_key(path))
    except TargetFileError as error:
        what_failed = _("no backup of {name} could be made in {folder}").format(name=path.name, folder=folder)
        raise SafetyCopyError(path, what_failed, error) from error


def make_backup(path: Path, reason: str, now: datetime | None = None) -> Path:
    made = now or datetime.now()
    target = _copy(path, reason, made)
    prune(path, made)
    return target


def backup_on_open(path: Path) -> Path | None:
    """A backup when a file is opened, unless the newest one is younger than the file's last change."""
    newest = next(iter(backups_of(path)), None)
    if newest is not None and newest.path.stat().st_mtime >= path.stat().st_mtime:
        return None
    return make_backup(path, "on-open")


def prune(path: Path, now: datetime | None = None) -> None:
    oldest_kept = (now or datetime.now()) - timedelta(days=KEEP_DAYS)
    for number, backup in enumerate(backups_of(path)):
        if number >= KEEP_COUNT or (number > 0 and backup.made < oldest_kept):  # the newest always stays
            backup.path.unlink(missing_ok=True)


def restore(backup: Path, target: Path) -> Path:
    """Puts a backup in the place of the operation file (closed by the caller), after backing up the file as
    it is, which the returned path names: a restore can itself be undone by restoring that. A backup
    damaged since it was made (a failing disk) is refused before anything is touched."""
    try:
        verify_whole(backup)
    except OperationFileError as error:
        reason = error.message.rstrip(".")
        raise OperationFileError(
            target,
            _("this backup cannot be restored: {reason}. {name} was not changed").format(
                reason=reason, name=target.name
            ),
        ) from error
    kept = _copy(target, "before-restore", datetime.now())
    backup_copy(backup, target, file_key(backup))
    prune(target)  # after the copy: the backup restored may be the one the rolling set drops
    return kept
