"""An offline copy of an operation on a shared server, as storage sees it: the server's operation named so
that a copy knows it again, the server read at one moment into a new file, and the copy's record of where it
came from (`offline_origin`, one row)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pim_desktop.storage import models
from pim_desktop.storage.db import DRIVER_ERRORS
from pim_desktop.storage.keys import Key
from pim_desktop.storage.opening import database_error
from pim_desktop.storage.operation_file import OperationFile, create_operation_file
from pim_desktop.storage.server import ServerOperation, server_error
from pim_desktop.storage.server_publish import copy_tables

_ORIGIN = cast(Table, models.OfflineOrigin.__table__)  # what SQLAlchemy's types call a FromClause
Progress = Callable[[int, int], None]


def server_identity(connection: Connection) -> str:
    """The operation on this server, the same whoever reads it and from wherever: the server's cluster (its
    system identifier, made once by initdb), the database, and the operation's creation time, which publishing
    keeps. A test server and a production server published from one file differ; a database restored on
    another server is another one (its copies then merge by name, as a colleague's file does). A server that
    does not tell its system identifier to its users is named by its database and operation alone."""
    told = connection.execute(text("SELECT has_function_privilege('pg_control_system()', 'EXECUTE')"))
    cluster = (
        connection.execute(text("SELECT system_identifier FROM pg_control_system()")).scalar_one()
        if told.scalar_one()
        else ""
    )
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    created = connection.execute(select(models.Operation.created_at)).scalar_one()
    return f"{cluster}/{database}/{created.isoformat()}"


def copy_to_new_file(
    operation: ServerOperation, path: Path, key: Key | None, progress: Progress | None = None
) -> tuple[dict[str, int], str]:
    """A new operation file at `path` (encrypted with `key`) holding every row the server lets its login read,
    with the same ids and versions, read at one moment (a repeatable-read, read-only transaction: what others
    commit meanwhile is not half seen). Returns the rows copied by table and the server's operation identity.
    What goes wrong is said in the server's words, or the file's."""
    copied: dict[str, int] = {}
    try:
        with operation.engine.connect() as reading:
            reading.execution_options(isolation_level="REPEATABLE READ")
            with reading.begin():
                reading.execute(text("SET TRANSACTION READ ONLY"))
                identity = server_identity(reading)

                def fill(session: Session) -> None:
                    copied.update(copy_tables(reading, session.connection(), progress))

                create_operation_file(path, fill, key)
    except DBAPIError as error:
        if isinstance(error.orig, DRIVER_ERRORS):
            raise database_error(path, error.orig) from error
        raise server_error(operation.address, error) from error
    return copied, identity


def write_origin(operation_file: OperationFile, values: dict[str, Any]) -> None:
    """The copy's origin, in place of any earlier one; written beside the change log, which it is not part
    of (nobody changed the operation)."""
    with operation_file.engine.begin() as connection:
        connection.execute(delete(_ORIGIN))
        connection.execute(insert(_ORIGIN).values(**values))


def read_origin(operation_file: OperationFile) -> dict[str, Any] | None:
    """The copy's origin as stored, or None for a file that was not taken offline."""
    with operation_file.session() as session:
        row = session.execute(select(_ORIGIN).order_by(_ORIGIN.c.id.desc()).limit(1)).mappings().first()
        return None if row is None else dict(row)
