"""Create, open, back up and check operation files (`.pim`), recognised first by storage/file_header.py.

Every refusal happens before SQLite writes a byte: the header is read as plain bytes first, and files are
opened read-only until we know they are ours and of a version we understand. The one write before that is
SQLite's own recovery: a change cut off by a crash is undone from its journal, as any SQLite reader would.
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

from pim_desktop.domain.errors import (
    DamagedFileError,
    FileExistsAlreadyError,
    NewerVersionError,
    NoSpaceError,
    NotAnOperationFileError,
    OperationFileError,
    ReadOnlyFileError,
    TargetFileError,
    is_disk_full,
    write_failure,
)
from pim_desktop.i18n import _
from pim_desktop.storage import models
from pim_desktop.storage.db import APPLICATION_ID, BUSY_TIMEOUT_MS, make_engine, sqlite_uri
from pim_desktop.storage.file_header import journal_path, read_header
from pim_desktop.storage.schema import head_version, revision_number, stored_revision, upgrade_to_head

Choice = TypeVar("Choice")


def _finish_interrupted_change(path: Path) -> None:
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
    connection = sqlite3.connect(sqlite_uri(path, read_only=False), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        raise _database_error(path, error) from error
    finally:
        connection.close()
    read_header(path)  # played back: the header must now match the file


class OperationFile:
    """An open operation file: its engine and a factory of short sessions."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool, schema_version: int) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.schema_version = schema_version
        self._sessions = sessionmaker(engine, expire_on_commit=False)

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
        except (DBAPIError, sqlite3.Error) as error:  # the driver's own, from the bulk reads
            raise _database_error(self.path, error) from error
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


def _database_error(path: Path, error: DBAPIError | sqlite3.Error) -> OperationFileError | NoSpaceError:
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


def _unreadable(path: Path, why: object) -> DamagedFileError:
    return DamagedFileError(
        path, _("{name} is damaged and cannot be read ({error})").format(name=path.name, error=why)
    )


def _stored_revision_of(path: Path) -> str | None:
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as connection:
            return stored_revision(connection)
    finally:
        engine.dispose()


def _file_revision(path: Path, *, recovered: bool = False) -> str:
    """The schema revision stored in a file, read through a read-only connection. SQLite refuses a change
    a crash cut off to a reader that cannot write: it is undone first, once."""
    try:
        revision = _stored_revision_of(path)
    except DBAPIError as error:
        cut_off = getattr(error.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY_ROLLBACK
        if cut_off and not recovered:
            _finish_interrupted_change(path)
            return _file_revision(path, recovered=True)
        if "locked" in str(error.orig):  # a change being written that outlasted the wait
            raise _database_error(path, error) from error
        raise _unreadable(path, error.orig) from error
    except UnicodeDecodeError as error:  # a damaged byte inside the stored text
        raise _unreadable(path, error.reason) from error
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


def verify_whole(path: Path) -> None:
    """Raises an OperationFileError unless the file is one of ours, of a schema this version can read or
    bring up to date, that SQLite finds whole. Reads only (an older file is checked as it is)."""
    read_header(path)
    schema_version = _schema_version_of(path, _file_revision(path))
    with OperationFile(
        path, make_engine(path, read_only=True), read_only=True, schema_version=schema_version
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
    read_header(path)
    schema_version = _schema_version_of(path, _file_revision(path))
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
        _migrate(path)
        schema_version = head_version()
    engine = make_engine(path, read_only=read_only)
    return OperationFile(path, engine, read_only=read_only, schema_version=schema_version)


def _migrate(path: Path) -> None:
    engine = make_engine(path, read_only=False)
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
    finally:
        engine.dispose()


def create_operation_file(path: Path, populate: Callable[[Session], None]) -> None:
    """Write a new operation file: schema and content are built in a temporary file beside the target, which
    takes the target's name only once complete, so a failure never leaves a half-made file behind."""
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
        engine = make_engine(temporary, read_only=False, create=True)
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
    finally:
        with suppress(FileNotFoundError):
            temporary.unlink()


def backup_copy(source: Path, target: Path) -> Path:
    """A consistent copy of an operation file, made with SQLite's backup API (safe while the file is open)."""
    partial = target.with_name(target.name + ".partial")
    source_connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target_connection = sqlite3.connect(partial)
        try:
            source_connection.backup(target_connection)
        finally:
            target_connection.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        reason = write_failure(error)
        raise TargetFileError(
            _("cannot write {target}: {reason}").format(target=target, reason=reason),
            reason,
            disk_full=is_disk_full(error),
        ) from error
    finally:
        source_connection.close()
        with suppress(OSError):  # none written, or a folder that cannot be written: the error said it
            partial.unlink()
    return target


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
