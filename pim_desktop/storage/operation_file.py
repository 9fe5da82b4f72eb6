"""Create and open operation files (`.pim`), once storage/opening.py has checked them (and
storage/file_header.py recognised them).

Every refusal happens before SQLite writes a byte: the header is read as plain bytes first, and files are
opened read-only until we know they are ours, of a version we understand and, when encrypted, that the key
is the right one. The one write before that is SQLite's own recovery: a change cut off by a crash is undone
from its journal, as any SQLite reader would.
"""

import getpass
import os
import traceback
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, event, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import (
    FileExistsAlreadyError,
    OperationFileError,
    OvertakenRecordError,
    ReadOnlyFileError,
)
from pim_desktop.i18n import _
from pim_desktop.storage import change_log, keys, models
from pim_desktop.storage.db import APPLICATION_ID, DRIVER_ERRORS, make_engine
from pim_desktop.storage.keys import Key
from pim_desktop.storage.opening import (
    checked_file,
    database_error,
    integrity_problems,
    is_writable,
    older_file_error,
    stored_value_error,
)
from pim_desktop.storage.schema import head_version, upgrade_to_head

Choice = TypeVar("Choice")


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
        self.author: str | None = None  # who the change log names; None: the operating system's user
        self._captured: list[change_log.ChangedRow] | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # a server's log is its own audit, which no program can skip: there changes are followed only to be
        # undone (capturing())
        change_log.install(self._sessions, self.who, log=not self.on_server)
        event.listen(self._sessions, "before_commit", _stamp_operation)  # after the change log's

    def who(self) -> str:
        """Who the changes made through this open file are logged as: the one place that says it (a server
        will answer with the login)."""
        return self.author if self.author is not None else system_user()

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
                    if self._captured is not None:
                        change_log.capture_into(session, self._captured)
                    yield session
        except (DBAPIError, *DRIVER_ERRORS) as error:  # the driver's own, from the bulk reads
            raise self._failure(error) from error
        except StaleDataError:  # a record's version overtaken meanwhile (a shared server): nothing was saved
            raise OvertakenRecordError from None
        except (ValueError, LookupError) as error:
            if not (_raised_by_sqlalchemy(error) or isinstance(error, StoredValueError)):
                raise
            raise stored_value_error(self.path, error) from error

    @contextmanager
    def capturing(self) -> Iterator[list[change_log.ChangedRow]]:
        """Every row's net change committed through this open operation within the block, whole, in the
        order committed: what undoes a change of many records where the file cannot be copied (a server)."""
        self._captured = []
        try:
            yield self._captured
        finally:
            self._captured = None

    on_server = False  # ServerOperation's is True

    @property
    def where(self) -> str:
        """Where the operation is, for a message: the file's path (a server's address for ServerOperation)."""
        return str(self.path)

    def clearance(self) -> Sensitivity | None:
        """The highest sensitivity its user sees; None: everything (a file holds what its holder may see)."""
        return None

    def may_change(self) -> bool:
        """Whether its user may change it: a file opened for writing (a server asks the login's role)."""
        return not self.read_only

    def _failure(self, error: Exception) -> Exception:
        """What the database said, as a message for the user."""
        return database_error(self.path, error.orig if isinstance(error, DBAPIError) else error)

    @contextmanager
    def changing(self) -> Iterator[Session]:
        """A unit of work that changes the operation: like session(), and stamps the operation's
        last-changed time in the same transaction, as the last thing before it commits."""
        with self.session() as session:
            session.info[_STAMP] = True
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "OperationFile":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


_STAMP = "pim_stamp_operation"  # in session.info: the transaction changes the operation


def _stamp_operation(session: Session) -> None:
    """The operation's last-changed time, written once everything else of the transaction is (its change log
    too): every change writes this one row, and on a shared server each save waits for the others' to
    commit before it can; holding it for the commit alone lets many people save at once."""
    if session.info.pop(_STAMP, False):
        stamp = update(models.Operation).values(updated_at=models.utc_now())
        session.connection().execute(stamp)  # not through the session: nothing for the change log


def system_user() -> str:
    """The operating system's name of the user running the program ("" when it has none to give)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class StoredValueError(LookupError):
    """A value read from the file with the driver that no coded value answers to: the file is damaged (the
    session says so as for what SQLAlchemy cannot read)."""


def coded_value(choices: dict[str, Choice], value: str) -> Choice:
    """The coded value a stored word stands for, read without SQLAlchemy (the bulk reads of 20,000 rows)."""
    try:
        return choices[value]
    except KeyError:
        raise StoredValueError(f"'{value}' is not a value this version knows") from None


def stored_day(stored: date | str | None) -> date | None:
    """A day as the driver gives it: text from SQLite, a date from PostgreSQL."""
    if isinstance(stored, str):
        return date.fromisoformat(stored) if stored else None
    return stored


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
    key, schema_version = checked_file(path)
    if not read_only and not is_writable(path):
        raise ReadOnlyFileError(path)
    if schema_version < head_version():
        if read_only:
            raise older_file_error(path)
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
    """SQLite's own checks of an open file: page structure and foreign keys, in plain words."""
    return integrity_problems(operation_file.path, operation_file.key)
