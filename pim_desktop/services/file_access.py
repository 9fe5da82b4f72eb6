"""An operation file's life on this computer around the edits: who has it open for editing (a lock beside
it), the backups made of it, a copy of it. The window asks these of the services, as it asks for
everything else, so that it never reaches into storage itself."""

from pathlib import Path

from pim_desktop.domain.errors import PimError
from pim_desktop.storage import backups, locks
from pim_desktop.storage.backups import KEEP_COUNT, KEEP_DAYS, Backup
from pim_desktop.storage.locks import Holder
from pim_desktop.storage.operation_file import backup_copy

__all__ = ["KEEP_COUNT", "KEEP_DAYS", "Backup", "Holder"]


def editor_of(path: Path) -> Holder | None:
    """Who else has the file open for editing, if anyone (a lock left by a crash is cleared here)."""
    return locks.holder_of(path)


def start_editing(path: Path) -> str:
    """Mark the file as open for editing here and back it up as it was opened. Returns "" or why no backup
    could be made (a full disk): that does not stop the work, the user is told."""
    locks.take(path)
    try:
        backups.backup_on_open(path)
    except (OSError, PimError) as error:
        return str(getattr(error, "message", error))
    return ""


def stop_editing(path: Path) -> None:
    locks.release(path)


def backups_of(path: Path) -> list[Backup]:
    """The automatic backups of the file, newest first."""
    return backups.backups_of(path)


def restore_backup(backup: Backup, path: Path) -> None:
    """Put `backup` in the place of the (closed) file, after backing up the file as it is."""
    backups.restore(backup.path, path)


def save_copy(path: Path, target: Path) -> None:
    """A consistent copy of the file at `target`, safe while the file is open."""
    backup_copy(path, target)
