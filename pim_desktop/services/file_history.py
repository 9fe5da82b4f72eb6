"""Whole-operation snapshots, for the changes that touch many records at once (an import, a merge): undo
puts the whole file back as it was, exactly, with SQLite's backup API. The snapshots of an encrypted file are
encrypted with its key."""

import shutil
import tempfile
import uuid
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from pim_desktop.domain.errors import (
    NoSpaceError,
    OperationFileError,
    SafetyCopyError,
    TargetFileError,
    is_disk_full,
)
from pim_desktop.i18n import _
from pim_desktop.storage.copies import backup_copy
from pim_desktop.storage.db import DRIVER_ERRORS, connect
from pim_desktop.storage.operation_file import OperationFile


class FileHistory:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file
        self.folder = Path(tempfile.mkdtemp(prefix="pim-desktop-undo-"))

    def snapshot(self) -> Path:
        try:
            return backup_copy(self._file.path, self.folder / f"{uuid.uuid4().hex}.pim", self._file.key)
        except TargetFileError as error:
            what_failed = _("no copy of {name} could be kept for undo in the temporary folder").format(
                name=self._file.path.name
            )
            raise SafetyCopyError(self._file.path, what_failed, error) from error

    def restore(self, snapshot: Path) -> None:
        """Puts the snapshot back in one transaction: when it fails, SQLite rolls the file back."""
        name = self._file.path.name
        if not snapshot.is_file():  # removed by a cleaner of the temporary folder
            raise OperationFileError(
                self._file.path,
                _("the copy of {name} kept for undo is gone ({copy})").format(name=name, copy=snapshot),
            )
        source = connect(snapshot, read_only=True, key=self._file.key)
        try:
            with self._file.engine.connect() as connection:
                source.backup(connection.connection.driver_connection)  # type: ignore[arg-type]
        except (*DRIVER_ERRORS, DBAPIError) as error:
            if is_disk_full(error):
                raise NoSpaceError(name) from error
            raise OperationFileError(
                self._file.path, _("{name} could not be put back: {error}").format(name=name, error=error)
            ) from error
        finally:
            source.close()

    def close(self) -> None:
        """The copies are for this session's undo only: gone with the file's window."""
        shutil.rmtree(self.folder, ignore_errors=True)
