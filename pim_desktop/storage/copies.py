"""Copies of operation files (backups, undo copies, Save a Copy As) and their encryption changed in place.

A copy is made with SQLite's backup API, consistent while the file is open, when the copy is protected as the
file is (both plain, or both encrypted: SQLCipher re-encrypts every page with the copy's key). Between a plain
and an encrypted file the backup API refuses, and SQLCipher's sqlcipher_export() writes the copy instead,
under the same read transaction; it leaves the header's application id and user version at zero, which are
set again. Either way the copy is written beside its target and takes the target's name only once whole, and
what is written is never a plain copy of an encrypted file unless a plain copy was asked for.
"""

import shutil
import uuid
from contextlib import suppress
from pathlib import Path

from pim_desktop.domain.errors import TargetFileError
from pim_desktop.storage import keys
from pim_desktop.storage.db import APPLICATION_ID, DRIVER_ERRORS, Connection, connect
from pim_desktop.storage.encryption import file_key
from pim_desktop.storage.keys import Key
from pim_desktop.storage.opening import verify_whole


def backup_copy(source: Path, target: Path, key: Key | None) -> Path:
    """A consistent copy of an operation file at `target`, encrypted with `key` (plain with None). The
    source opens with its own key (file_key)."""
    source_key = file_key(source)
    same_kind = (source_key is None) == (key is None)
    partial = target.with_name(target.name + ".partial")
    source_connection = connect(source, read_only=True, key=source_key, cipher=not same_kind)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if same_kind:
            target_connection = connect(partial, read_only=False, create=True, key=key)
            try:
                source_connection.backup(target_connection)
            finally:
                target_connection.close()
        else:
            _export(source_connection, partial, key)
        partial.replace(target)
    except (*DRIVER_ERRORS, OSError) as error:
        raise TargetFileError.writing(target, error) from error
    finally:
        source_connection.close()
        with suppress(OSError):  # none written, or a folder that cannot be written: the error said it
            partial.unlink()
    return target


def _export(source: Connection, target: Path, key: Key | None) -> None:
    """The whole content of `source` (a SQLCipher connection) into a new file at `target`, encrypted with
    `key` or plain."""
    source.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), key.raw if key is not None else ""))
    try:
        source.execute("BEGIN")  # one read transaction: a consistent copy while the file is open
        source.execute("SELECT sqlcipher_export('copy')")
        version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
        source.execute(f"PRAGMA copy.user_version = {version}")
        source.execute(f"PRAGMA copy.application_id = {APPLICATION_ID}")
        source.execute("COMMIT")
    finally:
        if source.in_transaction:
            source.execute("ROLLBACK")
        source.execute("DETACH DATABASE copy")


def change_encryption(path: Path, key: Key | None) -> None:
    """The file encrypted with `key` (plain with None) in place: a whole copy is written beside it, checked,
    and takes its name, so that a failure or a crash leaves the file as it was. The file must be closed."""
    verify_whole(path)  # a change a crash cut off is undone first; a damaged file is not copied
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial.pim")
    try:
        backup_copy(path, partial, key)
        if key is not None:
            keys.remember(key)
        verify_whole(partial)
        shutil.copymode(path, partial)
        partial.replace(path)
    finally:
        with suppress(FileNotFoundError):
            partial.unlink()
