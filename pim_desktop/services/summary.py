"""What `info` says of an operation, and the export's About sheet: its description and counts
(storage/summary.py). Read from a file by itself, it needs neither SQLAlchemy nor the ORM: `pim-desktop
info` on the 20,000-system operation answers in a fraction of the time LibreOffice takes to open the same
systems as a workbook (docs/speed.md)."""

from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.domain import model
from pim_desktop.storage.db import DRIVER_ERRORS, connect
from pim_desktop.storage.opening import checked_file, database_error, older_file_error, stored_value_error
from pim_desktop.storage.schema import head_version
from pim_desktop.storage.summary import read_summary

if TYPE_CHECKING:
    from pim_desktop.services.operations import OpenOperation


def operation_info(operation: "OpenOperation") -> model.OperationInfo:
    """The summary of an open operation, read in one of its units of work."""
    with operation.session() as session:
        connection = session.connection().connection.dbapi_connection
        try:
            summary = read_summary(
                connection, schema_version=operation.schema_version, encrypted=operation.encrypted
            )
        except (ValueError, LookupError) as error:
            raise stored_value_error(operation.path, error) from error
    return replace(summary, on_server=operation.on_server)


def file_summary(path: Path) -> model.OperationInfo:
    """The summary of an operation file, after the checks of every opening, read-only."""
    path = Path(path)
    key, schema_version = checked_file(path)
    if schema_version < head_version():
        raise older_file_error(path)
    try:
        with closing(connect(path, read_only=True, key=key)) as connection:
            return read_summary(connection, schema_version=schema_version, encrypted=key is not None)
    except DRIVER_ERRORS as error:
        raise database_error(path, error) from error
    except (ValueError, LookupError) as error:
        raise stored_value_error(path, error) from error
