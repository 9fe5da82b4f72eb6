"""Create, open, unlock and check operation files (`.pim`), recognised first by storage/file_header.py.

Every refusal happens before SQLite writes a byte: the header is read as plain bytes first, and files are
opened read-only until we know they are ours, of a version we understand and, when encrypted, that the key
is the right one. The one write before that is SQLite's own recovery: a change cut off by a crash is undone
from its journal, as any SQLite reader would.
"""

import os
import sqlite3
import traceback
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import (
    DamagedFileError,
    FileExistsAlreadyError,
    NewerVersionError,
    NoSpaceError,
    NotAnOperationFileError,
    OperationFileError,
    OvertakenRecordError,
    ReadOnlyFileError,
    WrongPassphraseError,
    is_disk_full,
)
from pim_desktop.i18n import _
from pim_desktop.storage import keys, models
from pim_desktop.storage.db import APPLICATION_ID, DRIVER_ERRORS, connect, make_engine
from pim_desktop.storage.encryption import file_key, key_refused
from pim_desktop.storage.file_header import journal_beside, journal_path, read_header, unreadable
from pim_desktop.storage.keys import Key
from pim_desktop.storage.schema import head_version, revision_number, stored_revision, upgrade_to_head

Choice = TypeVar("Choice")


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
        connection = connect(path, read_only=False, key=key)
        try:
            connection.execute("PRAGMA schema_version").fetchone()
        finally:
            connection.close()
    except DRIVER_ERRORS as error:
        raise _database_error(path, error) from error
    read_header(path)  # played back: the header must now match the file


class OperationFile:
    """An open operation file: its engine and a factory of short sessions."""

    def __init__(
        self, path: Path, engine: Engine, *, read_only: bool, schema_version: int, key: Key | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.schema_version = schema_version
        self.key = key  # an encrypted file's: its copies (undo, backups) are encrypted with it
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises. What SQLite says of a
        damaged, full or busy file comes out as a message for the user, reading as well as writing."""
        try:
            if self.read_only:
                with self._sessions() as session:
                    yield session
            else:
                with self._sessions.begin() as session:
                    yield session
        except (DBAPIError, *DRIVER_ERRORS) as error:  # the driver's own, from the bulk reads
            raise self._failure(error) from error
        except StaleDataError:  # a record's version overtaken meanwhile (a shared server): nothing was saved
            raise OvertakenRecordError from None
        except (ValueError, LookupError) as error:
            if not (_raised_by_sqlalchemy(error) or isinstance(error, StoredValueError)):
                raise
            # a stored value SQLAlchemy cannot turn back into a date or a choice: the file is damaged
            raise DamagedFileError(
                self.path,
                _("{name} is damaged: a stored value cannot be read ({error})").format(
                    name=self.path.name, error=error
                ),
            ) from error

    on_server = False  # ServerOperation's is True

    @property
    def where(self) -> str:
        """Where the operation is, for a message: the file's path (a server's address for ServerOperation)."""
        return str(self.path)

    def clearance(self) -> Sensitivity | None:
        """The highest sensitivity its user sees; None: everything (a file holds what its holder may see)."""
        return None

    def _failure(self, error: Exception) -> Exception:
        """What the database said, as a message for the user."""
        return _database_error(self.path, error)

    @contextmanager
    def changing(self) -> Iterator[Session]:
        """A unit of work that changes the operation: like session(), and stamps the operation's
        last-changed time in the same transaction."""
        with self.session() as session:
            yield session
            session.scalars(select(models.Operation)).one().updated_at = models.utc_now()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "OperationFile":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class StoredValueError(LookupError):
    """A value read from the file with the driver that no coded value answers to: the file is damaged (the
    session says so as for what SQLAlchemy cannot read)."""


def coded_value(choices: dict[str, Choice], value: str) -> Choice:
    """The coded value a stored word stands for, read without SQLAlchemy (the bulk reads of 20,000 rows)."""
    try:
        return choices[value]
    except KeyError:
        raise StoredValueError(f"'{value}' is not a value this version knows") from None


def present(records: Iterable[Choice | None]) -> Iterator[Choice]:
    """Records read from the file, each one there: a damaged page can give a row without its key, which the
    ORM hands out as None (the session then says the file is damaged)."""
    for record in records:
        if record is None:
            raise StoredValueError("a record of the file has lost its key")
        yield record


def _raised_by_sqlalchemy(error: BaseException) -> bool:
    frames = traceback.extract_tb(error.__traceback__)
    return bool(frames) and "sqlalchemy" in Path(frames[-1].filename).parts


def _database_error(path: Path, error: Exception) -> OperationFileError | NoSpaceError:
    reason = error.orig if isinstance(error, DBAPIError) else error
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


def _stored_revision_of(path: Path, key: Key | None) -> str | None:
    engine = make_engine(path, read_only=True, key=key)
    try:
        with engine.connect() as connection:
            revision = stored_revision(connection)
            # the header of an encrypted file is read here, once decrypted
            if (
                key is not None
                and connection.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID
            ):
                raise NotAnOperationFileError(
                    path,
                    _(
                        "{name} is an encrypted database of another program, not a PIM Desktop operation file"
                    ).format(name=path.name),
                )
            return revision
    finally:
        engine.dispose()


def _cut_off(error: DBAPIError, path: Path, key: Key | None) -> bool:
    """Whether a read-only reader was refused for a change a crash cut off (its journal is to play back).
    sqlcipher3 gives the primary code, SQLITE_READONLY, where sqlite3 gives SQLITE_READONLY_ROLLBACK."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    if key is None:
        return code == sqlite3.SQLITE_READONLY_ROLLBACK
    return code == sqlite3.SQLITE_READONLY and journal_beside(path)


def _file_revision(path: Path, key: Key | None, *, recovered: bool = False) -> str:
    """The schema revision stored in a file, read through a read-only connection. SQLite refuses a change
    a crash cut off to a reader that cannot write: it is undone first, once (with the right key only)."""
    try:
        revision = _stored_revision_of(path, key)
    except DBAPIError as error:
        cut_off = _cut_off(error, path, key)
        if key is not None and (
            cut_off or getattr(error.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB
        ):
            refused = key_refused(path, key)  # before playing a journal back: with the right key only
            if not cut_off or isinstance(refused, WrongPassphraseError):
                raise refused from error
        if cut_off and not recovered:
            _finish_interrupted_change(path, key)
            return _file_revision(path, key, recovered=True)
        if "locked" in str(error.orig):  # a change being written that outlasted the wait
            raise _database_error(path, error) from error
        raise unreadable(path, error.orig) from error
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


def verify_whole(path: Path) -> None:
    """Raises an OperationFileError unless the file is one of ours, of a schema this version can read or
    bring up to date, that SQLite finds whole. Reads only (an older file is checked as it is)."""
    key = file_key(path)
    schema_version = _schema_version_of(path, _file_revision(path, key))
    with OperationFile(
        path,
        make_engine(path, read_only=True, key=key),
        read_only=True,
        schema_version=schema_version,
        key=key,
    ) as file:
        problems = run_integrity_checks(file)
    if problems:
        raise DamagedFileError(
            path, _("{name} is damaged ({problem})").format(name=path.name, problem=problems[0])
        )


def is_writable(path: Path) -> bool:
    # SQLite's rollback journal is created beside the file, so the folder must be writable too
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_operation_file(
    path: Path, *, read_only: bool = False, before_migration: Callable[[Path], object] | None = None
) -> OperationFile:
    """Open an existing operation file, migrating it to the current schema when it is older, after
    `before_migration` (the backup of it, which storage.backups makes) has run; opening it for editing
    needs it.

    Raises ReadOnlyFileError when writing was asked for and the file or its folder is read-only; callers
    that can live with reading only pass read_only=True.
    """
    path = Path(path)
    key = file_key(path)
    schema_version = _schema_version_of(path, _file_revision(path, key))
    if not read_only and not is_writable(path):
        raise ReadOnlyFileError(path)
    if schema_version < head_version():
        if read_only:
            raise OperationFileError(
                path,
                _(
                    "{name} was written by an older version of PIM Desktop; open it for editing once so that "
                    "it can be brought up to date (a backup is kept)"
                ).format(name=path.name),
            )
        if before_migration is None:
            raise ValueError("an older file is migrated only after its backup: pass before_migration")
        before_migration(path)
        _migrate(path, key)
        schema_version = head_version()
    engine = make_engine(path, read_only=read_only, key=key)
    return OperationFile(path, engine, read_only=read_only, schema_version=schema_version, key=key)


def _migrate(path: Path, key: Key | None) -> None:
    engine = make_engine(path, read_only=False, key=key)
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
    finally:
        engine.dispose()


def create_operation_file(path: Path, populate: Callable[[Session], None], key: Key | None = None) -> None:
    """Write a new operation file, encrypted with `key` if given: schema and content are built in a temporary
    file beside the target (encrypted as the file will be), which takes the target's name only once
    complete, so a failure never leaves a half-made file behind."""
    path = Path(path)
    if path.exists():
        raise FileExistsAlreadyError(path)
    if not path.parent.is_dir():
        raise OperationFileError(path, _("the folder {folder} does not exist").format(folder=path.parent))
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyFileError(path)
    # a fresh name that SQLite itself creates, so the file gets the user's usual permissions
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        engine = make_engine(temporary, read_only=False, create=True, key=key)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                upgrade_to_head(connection)
                with Session(bind=connection) as session:
                    populate(session)
                    session.flush()
        finally:
            engine.dispose()
        if path.exists():  # appeared while we were writing: never overwrite someone's file
            raise FileExistsAlreadyError(path)
        temporary.replace(path)
        if key is not None:
            keys.remember(key)  # the file is opened next, in the window
    finally:
        with suppress(FileNotFoundError):
            temporary.unlink()


def run_integrity_checks(operation_file: OperationFile) -> list[str]:
    """SQLite's own checks: page structure and foreign keys. Returns problems in plain words."""
    problems: list[str] = []
    try:
        with operation_file.engine.connect() as connection:
            for (result,) in connection.execute(text("PRAGMA integrity_check")):
                if result != "ok":
                    problems.append(_("the database structure is damaged: {detail}").format(detail=result))
            for table, rowid, parent, _key in connection.execute(text("PRAGMA foreign_key_check")):
                missing = _("a record in '{table}' (row {row}) points to a missing record in '{parent}'")
                problems.append(missing.format(table=table, row=rowid, parent=parent))
    except DBAPIError as error:  # too damaged for SQLite to finish its own check
        problems.append(_("the database structure is damaged: {detail}").format(detail=error.orig))
    return problems
