"""Recognising an operation file from its first bytes, before SQLite opens it: a file that is not ours, is
cut short or is empty is refused with a sentence, and nothing is written to it.

An encrypted operation file (SQLCipher) has no SQLite header: its first 16 bytes are the random salt of its
key, and the rest is indistinguishable from random bytes. Without the passphrase nobody can tell it from a
random file that is not ours, and that is the point of encrypting it. What can be told apart from the bytes
alone is: a SQLite header with a few bits flipped (a damaged plain file), text (notes, an export renamed
.pim), a file of another known kind (a zip, a workbook, a PDF), and a size that is not whole pages. What is
left is taken for an encrypted file: trying the passphrase says the rest (storage/operation_file.py).
"""

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
from pim_desktop.storage.keys import PAGE_SIZE, SALT_SIZE

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # first bytes of a rollback journal SQLite will play back
# The first bytes of files people may take for an operation: zip (workbooks, documents), PDF, OLE (old Office
# files, encrypted workbooks), 7-Zip, PNG, programs. Four bytes at least: a random salt starts with one of
# them once in a billion files, where a two-byte mark would be met once in ten thousand.
_OTHER_KINDS = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf", b"\x89PNG", b"\x7fELF")


@dataclass(frozen=True)
class FileHeader:
    page_size: int
    page_count: int
    application_id: int
    salt: bytes | None = None  # an encrypted file's: what its key is derived over

    @property
    def encrypted(self) -> bool:
        return self.salt is not None


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
        return _without_sqlite_header(path, header, size)
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
    if page_count and size < page_size * page_count and not journal_beside(path):
        raise DamagedFileError(
            path,
            _(
                "{name} is damaged: it is cut short ({size} of {expected} bytes). Copy it again from where "
                "it came from, or restore a backup."
            ).format(name=path.name, size=size, expected=page_size * page_count),
        )
    return FileHeader(page_size=page_size, page_count=page_count, application_id=application_id)


def _without_sqlite_header(path: Path, header: bytes, size: int) -> FileHeader:
    """An encrypted operation file, as far as its bytes can say (the module's docstring says how far)."""
    alike = sum(a == b for a, b in zip(header, SQLITE_MAGIC, strict=False))
    if alike >= len(SQLITE_MAGIC) - 4:  # a random salt comes this close once in 10^25 files
        raise DamagedFileError(
            path,
            _(
                "{name} is damaged: its first bytes are broken. Restore a backup or use a colleague's copy."
            ).format(name=path.name),
        )
    if _is_text(header) or header.startswith(_OTHER_KINDS) or size % PAGE_SIZE:
        raise NotAnOperationFileError(
            path,
            _("{name} is not a PIM Desktop operation file (it is not a database at all)").format(
                name=path.name
            ),
        )
    return FileHeader(
        page_size=PAGE_SIZE, page_count=size // PAGE_SIZE, application_id=0, salt=header[:SALT_SIZE]
    )


def _is_text(header: bytes) -> bool:
    """Text as people save it: random bytes are not valid UTF-8 for long, and a zero byte every other one
    says UTF-16 (a file of zeros is no encrypted file either)."""
    if max(header[0::2].count(0), header[1::2].count(0)) > len(header) // 3:
        return True
    try:
        header.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(header) - 3  # only a character cut off at the end
    return True


def unreadable(path: Path, why: object) -> DamagedFileError:
    return DamagedFileError(
        path, _("{name} is damaged and cannot be read ({error})").format(name=path.name, error=why)
    )


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def journal_beside(path: Path) -> bool:
    """A rollback journal whose header is whole: a change being written, or one a crash cut off. An empty
    journal, or one whose header was wiped when its change was committed, is neither."""
    try:
        with journal_path(path).open("rb") as journal:
            return journal.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False
