"""Operation files encrypted with a passphrase (SQLCipher): unlocking one, and encrypting, decrypting or
changing the passphrase of one. The command line and the window ask the passphrase; nothing here stores it.

A file's backups follow it: encrypting a file encrypts its backups, a new passphrase is given to them too, and
decrypting it decrypts them, so that no backup keeps the file's content under the protection it had before.
A backup that cannot be changed (damaged) is removed, for the same reason.
"""

from dataclasses import dataclass
from pathlib import Path

from pim_desktop.domain.errors import OperationFileError, PimError, ValidationError
from pim_desktop.i18n import N_, _
from pim_desktop.storage import backups, keys, locks, opening
from pim_desktop.storage.copies import change_encryption
from pim_desktop.storage.file_header import read_header
from pim_desktop.storage.keys import Key

MINIMUM_LENGTH = 8
# Said before a passphrase is set, wherever it is set: the window's dialogs and the command line
LOST_PASSPHRASE = N_(
    "Keep the passphrase safe: it is stored nowhere, and a lost passphrase cannot be recovered. Without it "
    "nobody can open the file again, not even with PIM Desktop's help."
)


@dataclass(frozen=True)
class BackupsFollowed:
    changed: int
    removed: int  # could not be changed (damaged), so removed


def is_encrypted(path: Path) -> bool:
    """Whether the file needs a passphrase. A file that cannot be read or is not ours is not: opening it
    says what it is."""
    try:
        return read_header(Path(path)).encrypted
    except PimError:
        return False


def is_unlocked(path: Path) -> bool:
    """Whether the file opens without asking: plain, or its passphrase given in this session."""
    salt = read_header(Path(path)).salt
    return salt is None or keys.known(salt) is not None


def unlock(path: Path, passphrase: str) -> None:
    """Give the passphrase of an encrypted file for this session: WrongPassphraseError when it does not open
    it (and nothing changed), DamagedFileError when it does but the file is damaged."""
    opening.unlock(Path(path), passphrase)


def forget_passphrases() -> None:
    """What was unlocked in this session must be unlocked again (the window's File > Close)."""
    keys.forget_all()


def new_key(passphrase: str) -> Key:
    """The key of a new passphrase (with a new random salt)."""
    check_new_passphrase(passphrase)
    return keys.derive(passphrase)


def check_new_passphrase(passphrase: str) -> None:
    """A passphrase to set is refused when too short to protect anything."""
    if len(passphrase) < MINIMUM_LENGTH:
        raise ValidationError(
            _(
                "the passphrase is too short: use {count} characters or more (a few words are easier to "
                "remember than a short password)"
            ).format(count=MINIMUM_LENGTH)
        )


def encrypt(path: Path, passphrase: str) -> BackupsFollowed:
    must_be_plain(path)
    return _change(Path(path), new_key(passphrase))


def decrypt(path: Path) -> BackupsFollowed:
    must_be_encrypted(path)
    return _change(Path(path), None)


def change_passphrase(path: Path, new_passphrase: str) -> BackupsFollowed:
    must_be_encrypted(path)
    return _change(Path(path), new_key(new_passphrase))


def must_be_plain(path: Path) -> None:
    """Refuses an encrypted file (before a new passphrase is asked for nothing)."""
    if is_encrypted(path):
        raise OperationFileError(
            path, _("{name} is encrypted already (change-passphrase gives it another)").format(name=path.name)
        )


def must_be_encrypted(path: Path) -> None:
    if not is_encrypted(path):
        opening.verify_whole(Path(path))  # a file that is not ours, or damaged, is said as such
        raise OperationFileError(path, _("{name} is not encrypted").format(name=Path(path).name))


def _change(path: Path, key: Key | None) -> BackupsFollowed:
    """The file, then its backups, encrypted with `key` (plain with None), while nobody edits it."""
    with locks.editing(path):
        change_encryption(path, key)
    changed = removed = 0
    for backup in backups.backups_of(path):
        try:
            change_encryption(backup.path, key)
            changed += 1
        except (OSError, PimError):
            backup.path.unlink(missing_ok=True)
            removed += 1
    return BackupsFollowed(changed, removed)
