"""Whole-operation snapshots, for the changes that touch many records at once (an import, a merge): undo
puts the whole file back as it was, exactly, with SQLite's backup API."""

import sqlite3
import tempfile
import uuid
from pathlib import Path

from pim_desktop.domain.errors import (
    DISK_FULL,
    NoSpaceError,
    OperationFileError,
    TargetFileError,
    nothing_changed,
    write_failure,
)
from pim_desktop.storage.operation_file import OperationFile, backup_copy


class FileHistory:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file
        self._folder = Path(tempfile.mkdtemp(prefix="pim-desktop-undo-"))

    def snapshot(self) -> Path:
        try:
            return backup_copy(self._file.path, self._folder / f"{uuid.uuid4().hex}.pim")
        except TargetFileError as error:
            what_failed = f"no copy of {self._file.path.name} could be kept for undo in the temporary folder"
            raise OperationFileError(
                self._file.path, nothing_changed(what_failed, error.__cause__ or error)
            ) from error

    def restore(self, snapshot: Path) -> None:
        source = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
        try:
            with self._file.engine.connect() as connection:
                source.backup(connection.connection.driver_connection)  # type: ignore[arg-type]
        except sqlite3.Error as error:  # SQLite rolled the file back: it is as it was before
            if write_failure(error) == DISK_FULL:
                raise NoSpaceError(self._file.path.name) from error
            name = self._file.path.name
            raise OperationFileError(self._file.path, f"{name} could not be put back: {error}") from error
        finally:
            source.close()
