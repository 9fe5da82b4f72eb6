"""Whole-operation snapshots, for the changes that touch many records at once (an import, a merge): undo
puts the whole file back as it was, exactly, with SQLite's backup API."""

import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from pim_desktop.domain.errors import (
    DISK_FULL,
    NoSpaceError,
    OperationFileError,
    SafetyCopyError,
    TargetFileError,
    write_failure,
)
from pim_desktop.storage.operation_file import OperationFile, backup_copy


class FileHistory:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file
        self.folder = Path(tempfile.mkdtemp(prefix="pim-desktop-undo-"))

    def snapshot(self) -> Path:
        try:
            return backup_copy(self._file.path, self.folder / f"{uuid.uuid4().hex}.pim")
        except TargetFileError as error:
            what_failed = f"no copy of {self._file.path.name} could be kept for undo in the temporary folder"
            raise SafetyCopyError(self._file.path, what_failed, error.reason) from error

    def restore(self, snapshot: Path) -> None:
        """Puts the snapshot back in one transaction: when it fails, SQLite rolls the file back."""
        name = self._file.path.name
        if not snapshot.is_file():  # removed by a cleaner of the temporary folder
            raise OperationFileError(
                self._file.path, f"the copy of {name} kept for undo is gone ({snapshot})"
            )
        source = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
        try:
            with self._file.engine.connect() as connection:
                source.backup(connection.connection.driver_connection)  # type: ignore[arg-type]
        except (sqlite3.Error, DBAPIError) as error:
            if write_failure(error) == DISK_FULL:
                raise NoSpaceError(name) from error
            raise OperationFileError(self._file.path, f"{name} could not be put back: {error}") from error
        finally:
            source.close()

    def close(self) -> None:
        """The copies are for this session's undo only: gone with the file's window."""
        shutil.rmtree(self.folder, ignore_errors=True)
