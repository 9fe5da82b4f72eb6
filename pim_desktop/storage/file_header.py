"""Recognising an operation file from its first bytes, before SQLite opens it: a file that is not ours, is
cut short or is empty is refused with a sentence, and nothing is written to it."""

import struct
from dataclasses import dataclass
from pathlib import Path

from pim_desktop.domain.errors import (
    DamagedFileError,
    FileMissingError,
    NotAnOperationFileError,
    OperationFileError,
)
from pim_desktop.i18n import _
from pim_desktop.storage.db import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # first bytes of a rollback journal SQLite will play back


@dataclass(frozen=True)
class FileHeader:
    page_size: int
    page_count: int
    application_id: int


def read_header(path: Path) -> FileHeader:
    """Read the SQLite header as bytes and refuse anything that is not a complete operation file."""
    if not path.exists():
        raise FileMissingError(path)
    if path.is_dir():
        raise NotAnOperationFileError(
            path, _("{path} is a folder, not a PIM Desktop operation file").format(path=path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except PermissionError as error:
        raise OperationFileError(
            path, _("{path} cannot be read: permission denied").format(path=path)
        ) from error
    size = path.stat().st_size
    if size == 0:
        raise NotAnOperationFileError(
            path, _("{name} is empty: it is not a PIM Desktop operation file").format(name=path.name)
        )
    if not header.startswith(SQLITE_MAGIC):
        raise NotAnOperationFileError(
            path,
            _("{name} is not a PIM Desktop operation file (it is not a database at all)").format(
                name=path.name
            ),
        )
    if len(header) < HEADER_SIZE:
        raise DamagedFileError(
            path,
            _("{name} is damaged: it is cut short (only {size} bytes)").format(name=path.name, size=size),
        )
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    if application_id != APPLICATION_ID:
        raise NotAnOperationFileError(
            path,
            _("{name} is a database made by another program, not a PIM Desktop operation file").format(
                name=path.name
            ),
        )
    # beside a journal, the header may count pages a change is still writing or that a crash cut off:
    # SQLite tells which when the file is read (_file_revision)
    if page_count and size < page_size * page_count and not _journal_beside(path):
        raise DamagedFileError(
            path,
            _(
                "{name} is damaged: it is cut short ({size} of {expected} bytes). Copy it again from where "
                "it came from, or restore a backup."
            ).format(name=path.name, size=size, expected=page_size * page_count),
        )
    return FileHeader(page_size=page_size, page_count=page_count, application_id=application_id)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _journal_beside(path: Path) -> bool:
    """A rollback journal whose header is whole: a change being written, or one a crash cut off. An empty
    journal, or one whose header was wiped when its change was committed, is neither."""
    try:
        with journal_path(path).open("rb") as journal:
            return journal.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False
