"""Every kind of broken input the foundation and import issues name, made on demand into a test's folder: the
CLI and GUI tests try each one and expect the entry's words in the message, no traceback, and every file as it
was. Nothing binary is committed: each file is written from the sample operation or from scratch.

A maker takes (folder, sample operation) and returns the path it wrote (or, for a missing file, did not)."""

import io
import json
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pim_desktop.exports.json_export import FORMAT_NAME, SCHEMA_VERSION
from pim_desktop.imports.reading import MAX_ROWS
from pim_desktop.storage.db import APPLICATION_ID

Maker = Callable[[Path, Path], Path]


@dataclass(frozen=True)
class BadInput:
    """One broken input: how to make it, what it stands for, and the words every message about it holds."""

    name: str
    stands_for: str
    make: Maker
    words: str

    def __str__(self) -> str:  # the test's id in pytest's output
        return self.name


def _file(name: str, content: bytes | Callable[[], bytes]) -> Maker:
    """A maker of a file of these bytes (made when the file is, when they take a moment to make)."""

    def make(folder: Path, _sample: Path) -> Path:
        path = folder / name
        path.write_bytes(content() if callable(content) else content)
        return path

    return make


def _first_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


# --- operation files (.pim) ---------------------------------------------------------------------------------


def _missing_operation(folder: Path, _sample: Path) -> Path:
    return folder / "nowhere.pim"


def _other_program_database(folder: Path, _sample: Path) -> Path:
    path = folder / "contacts.pim"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('a', '1')")
    connection.commit()
    connection.close()
    return path


def _truncated_operation(folder: Path, sample: Path) -> Path:
    path = folder / "truncated.pim"
    path.write_bytes(_first_half(sample.read_bytes()))
    return path


def _newer_schema(folder: Path, sample: Path) -> Path:
    path = folder / "from-the-future.pim"
    shutil.copyfile(sample, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0042'")
    connection.commit()
    connection.close()
    return path


def _ours_without_data(folder: Path, _sample: Path) -> Path:
    path = folder / "hollow.pim"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    return path


OPERATION_FILES = (
    BadInput("missing", "a path where there is no file", _missing_operation, "there is no file at"),
    BadInput("empty", "a file of zero bytes", _file("empty.pim", b""), "is empty"),
    BadInput(
        "text renamed .pim",
        "meeting notes saved as .pim",
        _file("notes.pim", b"Meeting notes\nNot a database at all.\n"),
        "not a database at all",
    ),
    BadInput(
        "another program's SQLite",
        "another application's SQLite database named .pim",
        _other_program_database,
        "made by another program",
    ),
    BadInput("truncated copy", "the first half of the sample operation", _truncated_operation, "cut short"),
    BadInput(
        "newer schema",
        "the sample operation stamped with a schema this version does not know",
        _newer_schema,
        "newer version of PIM Desktop",
    ),
    BadInput(
        "our id, no data",
        "our application id but none of our tables (a file cut off right after creation)",
        _ours_without_data,
        "no PIM Desktop data",
    ),
)
# A read-only file is not broken: tests/e2e/test_bad_input.py and tests/gui/test_main_window.py open it.


# --- spreadsheets -------------------------------------------------------------------------------------------


@cache
def real_workbook() -> bytes:
    """A small systems register as a partner would send it: what the damaged workbooks are made from."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Systems"
    sheet.append(["System", "PIM category", "Status", "Lead organisation"])
    sheet.append(["Returns monitoring", "Protection monitoring", "active", "UNHCR"])
    sheet.append(["Complaints register", "Communicating with(in) Communities", "planned", "NRC"])
    sheet.append(["Shelter survey", "Needs Assessment", "active", "IOM"])
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


@cache
def _encrypted_workbook_bytes() -> bytes:
    """The real workbook encrypted as Excel does with "Encrypt with Password" (ECMA-376 agile)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(real_workbook())).encrypt("s3cret", encrypted)
    return encrypted.getvalue()


@cache
def _zip_bomb_bytes() -> bytes:
    """600 MB of zeros packed in under a megabyte, named like a workbook (written a megabyte at a time)."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            zeros = bytes(1024 * 1024)
            for _ in range(600):
                member.write(zeros)
    return stream.getvalue()


def _missing_spreadsheet(folder: Path, _sample: Path) -> Path:
    return folder / "never-sent.xlsx"


def _workbook(folder: Path, name: str, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    path = folder / name
    workbook.save(path)
    return path


def _empty_sheet(folder: Path, _sample: Path) -> Path:
    return _workbook(folder, "blank.xlsx", [])


def _no_recognisable_columns(folder: Path, _sample: Path) -> Path:
    return _workbook(folder, "stock.xlsx", [["Colour", "Size"], ["red", "2"], ["blue", "3"]])


def _document_zip(folder: Path, _sample: Path) -> Path:
    """A word-processing document (a zip too) picked instead of the workbook."""
    path = folder / "minutes.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return path


def _too_many_rows(folder: Path, _sample: Path) -> Path:
    path = folder / "huge.csv"
    path.write_text(
        "Name,Acronym\n" + "".join(f"Organisation {n},O{n}\n" for n in range(MAX_ROWS + 1)), encoding="utf-8"
    )
    return path


SPREADSHEETS = (
    BadInput(
        "not a spreadsheet",
        "a picture named .xlsx",
        _file("photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        "not a spreadsheet",
    ),
    BadInput(
        "password protected",
        "a real workbook encrypted with a password (msoffcrypto-tool)",
        _file("protected.xlsx", _encrypted_workbook_bytes),
        "protected with a password",
    ),
    BadInput(
        "old .xls",
        "an Excel 97-2003 file (its compound-document header)",
        _file("register.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),  # all that is looked at
        "old .xls format",
    ),
    BadInput("missing", "a path where there is no file", _missing_spreadsheet, "there is no file at"),
    BadInput("empty file", "a file of zero bytes named .xlsx", _file("empty.xlsx", b""), "is empty"),
    BadInput("empty sheet", "a workbook whose only sheet holds nothing", _empty_sheet, "sheet is empty"),
    BadInput(
        "no recognisable columns",
        "a workbook whose columns name neither organisations nor systems",
        _no_recognisable_columns,
        "no column of organisations or systems was recognised",
    ),
    BadInput(
        "truncated workbook",
        "the first half of a real workbook",
        _file("cut-short.xlsx", lambda: _first_half(real_workbook())),
        "not a complete workbook",
    ),
    BadInput(
        "zip bomb",
        "600 MB of zeros in a 0.6 MB file named .xlsx",
        _file("bomb.xlsx", _zip_bomb_bytes),
        "refused to protect this computer",
    ),
    BadInput(
        "zip, not a workbook", "a word-processing document (.docx)", _document_zip, "not an Excel workbook"
    ),
    BadInput(
        "too many rows",
        f"a csv of {MAX_ROWS + 1:,} organisations, one over the limit",
        _too_many_rows,
        f"more than {MAX_ROWS:,} rows",
    ),
)


# --- operations exported as JSON ----------------------------------------------------------------------------


def _missing_json(folder: Path, _sample: Path) -> Path:
    return folder / "never-sent.json"


JSON_FILES = (
    BadInput(
        "json: not json",
        "a JSON export cut short",
        _file("operation.json", b"{this is not json"),
        "not a JSON operation file",
    ),
    BadInput(
        "json: other json",
        "another program's JSON (GeoJSON)",
        _file("areas.json", b'{"type": "FeatureCollection"}'),
        "not an operation exported by PIM Desktop",
    ),
    BadInput(
        "json: newer version",
        "an export from a newer PIM Desktop",
        _file(
            "future.json", json.dumps({"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION + 1}).encode()
        ),
        "newer version of PIM Desktop",
    ),
    BadInput(
        "json: no operation",
        "our format and version but no operation in it",
        _file("hollow.json", json.dumps({"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION}).encode()),
        "holds no operation",
    ),
    BadInput("json: missing", "a path where there is no file", _missing_json, "there is no file at"),
)

IMPORT_SOURCES = SPREADSHEETS + JSON_FILES


# --- random damage ------------------------------------------------------------------------------------------


def flipped_copies(source: Path, folder: Path, count: int, seed: int) -> list[Path]:
    """Copies of a file with random bits flipped (1, 4 or 32 of them), as a failing disk, a bad USB stick or
    a broken transfer would leave it. Seeded: the same copies on every run."""
    rng = random.Random(seed)
    data = source.read_bytes()
    copies = []
    for number in range(count):
        damaged = bytearray(data)
        for _ in range(rng.choice((1, 4, 32))):
            position = rng.randrange(len(damaged))
            damaged[position] ^= 1 << rng.randrange(8)
        copy = folder / f"{source.stem}-flipped-{number}{source.suffix}"
        copy.write_bytes(bytes(damaged))
        copies.append(copy)
    return copies
