"""An operation file's life on this computer around the edits: who has it open for editing (a lock beside
it), the backups made of it, a copy of it. The window asks these of the services, as it asks for
everything else, so that it never reaches into storage itself."""

from dataclasses import dataclass
from pathlib import Path

from pim_desktop.domain.errors import PimError, ValidationError
from pim_desktop.i18n import _
from pim_desktop.services.encryption import new_key
from pim_desktop.storage import backups, locks
from pim_desktop.storage.backups import KEEP_COUNT, KEEP_DAYS, Backup
from pim_desktop.storage.copies import backup_copy
from pim_desktop.storage.encryption import file_key
from pim_desktop.storage.keys import Key
from pim_desktop.storage.locks import Holder

__all__ = ["KEEP_COUNT", "KEEP_DAYS", "Backup", "Holder"]


@dataclass(frozen=True)
class CopyEncryption:
    """How a copy is protected: encrypted with a passphrase of its own, or with the file's (an encrypted
    file's, when the passphrase is left empty), or not encrypted."""

    encrypted: bool
    passphrase: str = ""


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


def save_copy(path: Path, target: Path, encryption: CopyEncryption | None = None) -> None:
    """A consistent copy of the file at `target`, safe while the file is open; protected as the file is
    unless `encryption` says otherwise."""
    backup_copy(path, target, file_key(path) if encryption is None else _copy_key(path, encryption))


def _copy_key(path: Path, encryption: CopyEncryption) -> Key | None:
    if not encryption.encrypted:
        return None
    if encryption.passphrase:
        return new_key(encryption.passphrase)
    key = file_key(path)
    if key is None:
        raise ValidationError(_("type a passphrase for the copy"))
    return key
