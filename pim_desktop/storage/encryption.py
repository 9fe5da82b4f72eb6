"""Encrypted operation files (SQLCipher): which key opens a file, and what a refused key means. The keys
themselves are derived and kept by storage/keys.py."""

from pathlib import Path

from pim_desktop.domain.errors import DamagedFileError, PassphraseNeededError, WrongPassphraseError
from pim_desktop.i18n import ngettext
from pim_desktop.storage import keys
from pim_desktop.storage.db import DRIVER_ERRORS, connect
from pim_desktop.storage.file_header import read_header, unreadable
from pim_desktop.storage.keys import Key


def file_key(path: Path) -> Key | None:
    """The key that opens the file: none for a plain file; for an encrypted one, the key it was unlocked
    with (its copies and backups share it), else PassphraseNeededError."""
    salt = read_header(path).salt
    if salt is None:
        return None
    key = keys.known(salt)
    if key is None:
        raise PassphraseNeededError(path)
    return key


def key_refused(path: Path, key: Key) -> DamagedFileError | WrongPassphraseError:
    """What SQLCipher's "file is not a database" means. The HMAC of every page fails with a wrong key, and
    only those of damaged pages with the right one: its own check of the pages tells the two apart, read-only
    (a journal is never played back with a key that might be wrong)."""
    try:
        connection = connect(path, read_only=True, key=key)
        try:
            failing = len(connection.execute("PRAGMA cipher_integrity_check").fetchall())
        finally:
            connection.close()
    except DRIVER_ERRORS as error:
        return unreadable(path, error)
    if failing < path.stat().st_size // keys.PAGE_SIZE:
        damaged = ngettext("{count} damaged page", "{count} damaged pages", failing)
        return unreadable(path, damaged.format(count=failing))
    return WrongPassphraseError(path)
