"""The checks every opening of an operation file goes through, before anything is shown or written: the file
is ours, of a schema this version understands, opened by the right key, whole; a change a crash cut off is
undone first. They talk to the driver (sqlite3 or SQLCipher) directly, without SQLAlchemy, so that `info`
and the window's first paint do not wait for SQLAlchemy to load (a quarter of a second).
"""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from pim_desktop.domain.errors import (
    DamagedFileError,
    NewerVersionError,
    NoSpaceError,
    NotAnOperationFileError,
    OperationFileError,
    ReadOnlyFileError,
    WrongPassphraseError,
    is_disk_full,
)
from pim_desktop.i18n import _
from pim_desktop.storage import keys
from pim_desktop.storage.db import APPLICATION_ID, DRIVER_ERRORS, Connection, connect
from pim_desktop.storage.encryption import file_key, key_refused
from pim_desktop.storage.file_header import journal_beside, journal_path, read_header, unreadable
from pim_desktop.storage.keys import Key
from pim_desktop.storage.schema import head_version, revision_number, stored_revision


def is_writable(path: Path) -> bool:
    # SQLite's rollback journal is created beside the file, so the folder must be writable too
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def database_error(path: Path, reason: BaseException | None) -> OperationFileError | NoSpaceError:
    """What the driver's error `reason` means for the user, in a sentence."""
    message = str(reason)
    if any(sign in message for sign in ("malformed", "not a database", "decode", "corrupt")):
        return DamagedFileError(
            path,
            _(
                "{name} is damaged and cannot be read ({error}). Restore a backup (File > Restore from "
                "Backup) or use a colleague's copy; `pim-desktop check` says what is wrong."
            ).format(name=path.name, error=message),
        )
    if "readonly" in message or "read-only" in message:
        return ReadOnlyFileError(path)
    if reason is not None and is_disk_full(reason):
        return NoSpaceError(path.name)
    if "locked" in message:
        return OperationFileError(
            path, _("{name} is busy in another program; try again in a moment").format(name=path.name)
        )
    return DamagedFileError(
        path, _("{name} could not be written: {error}").format(name=path.name, error=message)
    )


def stored_value_error(path: Path, error: Exception) -> DamagedFileError:
    """A stored value that cannot be turned back into a date or a choice: the file is damaged."""
    return DamagedFileError(
        path,
        _("{name} is damaged: a stored value cannot be read ({error})").format(name=path.name, error=error),
    )


def older_file_error(path: Path) -> OperationFileError:
    """A file of an older schema, asked for reading only: it is brought up to date on opening it to edit."""
    return OperationFileError(
        path,
        _(
            "{name} was written by an older version of PIM Desktop; open it for editing once so that "
            "it can be brought up to date (a backup is kept)"
        ).format(name=path.name),
    )


def _finish_interrupted_change(path: Path, key: Key | None) -> None:
    """Undo a change that a crash or a kill cut off halfway, from the rollback journal left beside the file.

    Called when SQLite has found the journal hot (no process is writing it, by SQLite's own locks) and a
    read-only connection therefore refused the file: one read on a writable connection plays it back.
    """
    if not is_writable(path):
        raise OperationFileError(
            path,
            _(
                "{name} holds a change that was cut off when a program stopped. Open it once from a folder "
                "you can write to, with {journal} beside it, so that the change can be undone."
            ).format(name=path.name, journal=journal_path(path).name),
        )
    try:
        with closing(connect(path, read_only=False, key=key)) as connection:
            connection.execute("PRAGMA schema_version").fetchone()
    except DRIVER_ERRORS as error:
        raise database_error(path, error) from error
    read_header(path)  # played back: the header must now match the file


def _stored_revision_of(path: Path, key: Key | None) -> str | None:
    with closing(connect(path, read_only=True, key=key)) as connection:
        revision = stored_revision(connection)
        # the header of an encrypted file is read here, once decrypted
        if key is not None and _application_id(connection) != APPLICATION_ID:
            another = _(
                "{name} is an encrypted database of another program, not a PIM Desktop operation file"
            )
            raise NotAnOperationFileError(path, another.format(name=path.name))
        return revision


def _application_id(connection: Connection) -> int:
    return int(connection.execute("PRAGMA application_id").fetchone()[0])


def _cut_off(error: Exception, path: Path, key: Key | None) -> bool:
    """Whether a read-only reader was refused for a change a crash cut off (its journal is to play back).
    sqlcipher3 gives the primary code, SQLITE_READONLY, where sqlite3 gives SQLITE_READONLY_ROLLBACK."""
    code = getattr(error, "sqlite_errorcode", None)
    if key is None:
        return code == sqlite3.SQLITE_READONLY_ROLLBACK
    return code == sqlite3.SQLITE_READONLY and journal_beside(path)


def _file_revision(path: Path, key: Key | None, *, recovered: bool = False) -> str:
    """The schema revision stored in a file, read through a read-only connection. SQLite refuses a change
    a crash cut off to a reader that cannot write: it is undone first, once (with the right key only)."""
    try:
        revision = _stored_revision_of(path, key)
    except DRIVER_ERRORS as error:
        cut_off = _cut_off(error, path, key)
        if key is not None and (cut_off or getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB):
            refused = key_refused(path, key)  # before playing a journal back: with the right key only
            if not cut_off or isinstance(refused, WrongPassphraseError):
                raise refused from error
        if cut_off and not recovered:
            _finish_interrupted_change(path, key)
            return _file_revision(path, key, recovered=True)
        if "locked" in str(error):  # a change being written that outlasted the wait
            raise database_error(path, error) from error
        raise unreadable(path, error) from error
    except UnicodeDecodeError as error:  # a damaged byte inside the stored text
        raise unreadable(path, error.reason) from error
    if revision is None:
        raise NotAnOperationFileError(
            path,
            _("{name} is not a PIM Desktop operation file (it has no PIM Desktop data in it)").format(
                name=path.name
            ),
        )
    return revision


def _schema_version_of(path: Path, revision: str) -> int:
    number = revision_number(revision)
    supported = head_version()
    if number is None:
        raise NotAnOperationFileError(
            path,
            _("{name} has an unknown schema ({revision})").format(name=path.name, revision=repr(revision)),
        )
    if number > supported:
        raise NewerVersionError(path, str(number), str(supported))
    return number


def checked_file(path: Path) -> tuple[Key | None, int]:
    """The key that opens a file (None when plain) and its schema version, once the file is known to be
    ours and of a version this program reads or brings up to date."""
    key = file_key(path)
    return key, _schema_version_of(path, _file_revision(path, key))


def unlock(path: Path, passphrase: str) -> None:
    """Derive the key of an encrypted file from its passphrase, make sure it opens the file, and keep it
    for this process. A wrong passphrase changes nothing (WrongPassphraseError); with the right one, a
    change a crash cut off is undone, as on opening a plain file."""
    header = read_header(path)
    if header.salt is None:
        return
    key = keys.derive(passphrase, header.salt)
    _file_revision(path, key)
    keys.remember(key)


def integrity_problems(path: Path, key: Key | None) -> list[str]:
    """SQLite's own checks: page structure and foreign keys. Returns problems in plain words."""
    problems: list[str] = []
    try:
        with closing(connect(path, read_only=True, key=key)) as connection:
            for (result,) in connection.execute("PRAGMA integrity_check"):
                if result != "ok":
                    problems.append(_("the database structure is damaged: {detail}").format(detail=result))
            for table, rowid, parent, _key in connection.execute("PRAGMA foreign_key_check"):
                missing = _("a record in '{table}' (row {row}) points to a missing record in '{parent}'")
                problems.append(missing.format(table=table, row=rowid, parent=parent))
    except DRIVER_ERRORS as error:  # too damaged for SQLite to finish its own check
        problems.append(_("the database structure is damaged: {detail}").format(detail=error))
    return problems


def verify_whole(path: Path) -> None:
    """Raises an OperationFileError unless the file is one of ours, of a schema this version can read or
    bring up to date, that SQLite finds whole. Reads only (an older file is checked as it is)."""
    key, _version = checked_file(path)
    problems = integrity_problems(path, key)
    if problems:
        raise DamagedFileError(
            path, _("{name} is damaged ({problem})").format(name=path.name, problem=problems[0])
        )
