"""Reading a spreadsheet a partner hands over: xlsx or csv, recognised by its content (not its name), with
clear words for what cannot be read. Nothing here writes anything."""

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pim_desktop.domain.errors import PimError
from pim_desktop.i18n import _

MAX_ROWS = 200_000  # more than any operation's register; beyond it, the file is refused with this number
MAX_UNZIPPED_BYTES = 500 * 1024 * 1024  # a workbook that unpacks to more is a zip bomb, not a register
MAX_RATIO = 200  # how much more a workbook part may unpack to than it weighs packed
Cell = str | int | float | date | None


class UnreadableSourceError(PimError):
    """A file to import that cannot be read as a spreadsheet: nothing was changed."""


def _grouped(number: int) -> str:
    """A large number with its thousands apart, as the reader's language writes them (200,000; 200 000)."""
    # TRANSLATORS: what separates the thousands in a large number, as in "200,000 rows"
    return f"{number:,}".replace(",", _(","))


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Cell]]


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of an xlsx workbook, or the one table of a csv file."""
    if not path.is_file():
        raise UnreadableSourceError(_("there is no file at {path}").format(path=path))
    with path.open("rb") as stream:
        head = stream.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_workbook(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableSourceError(
            _(
                "{name} is protected with a password or saved in the old .xls format: open it in your "
                "spreadsheet program and save a copy as .xlsx without a password"
            ).format(name=path.name)
        )
    if not head:
        raise UnreadableSourceError(_("{name} is empty").format(name=path.name))
    return [Sheet(path.stem, _read_csv(path))]


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as error:
        raise UnreadableSourceError(
            _("{name} is damaged or not a complete workbook ({error})").format(name=path.name, error=error)
        ) from error
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES or any(
        m.compress_size and m.file_size / m.compress_size > MAX_RATIO and m.file_size > 10_000_000
        for m in members
    ):
        raise UnreadableSourceError(
            _(
                "{name} unpacks to far more than a register would ({size} MB): it is refused to protect this "
                "computer"
            ).format(name=path.name, size=total // 1_000_000)
        )
    if not any(m.filename == "xl/workbook.xml" for m in members):
        raise UnreadableSourceError(
            _("{name} is a zip file but not an Excel workbook (.xlsx)").format(name=path.name)
        )


def _read_workbook(path: Path) -> list[Sheet]:
    _check_zip(path)
    from openpyxl import load_workbook  # only when a workbook is read

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)  # formulas give their last result
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise UnreadableSourceError(
            _("{name} cannot be read as a workbook ({error})").format(name=path.name, error=error)
        ) from error
    sheets = []
    try:
        for worksheet in workbook.worksheets:
            rows: list[list[Cell]] = []
            for row in worksheet.iter_rows(values_only=True):
                rows.append([_cell(value) for value in row])
                if len(rows) > MAX_ROWS:
                    too_many = _("the sheet {sheet} has more than {rows} rows; split it into smaller ones")
                    raise UnreadableSourceError(
                        too_many.format(sheet=worksheet.title, rows=_grouped(MAX_ROWS))
                    )
            sheets.append(Sheet(worksheet.title, _trim(rows)))
    except UnreadableSourceError:
        raise
    except Exception as error:  # a read-only workbook parses its sheets as they are read: damage shows here
        raise UnreadableSourceError(
            _("{name} is damaged and cannot be read whole ({error})").format(name=path.name, error=error)
        ) from error
    finally:
        workbook.close()
    return sheets


def _cell(value: object) -> Cell:
    if isinstance(value, datetime):  # a register's dates are days
        return value.date()
    if isinstance(value, str | int | float | date) or value is None:
        return value  # type: ignore[return-value]
    return str(value)


def _trim(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Without trailing empty rows and columns (read-only workbooks report their whole used range)."""

    def empty(cell: Cell) -> bool:
        return cell is None or (isinstance(cell, str) and not cell.strip())

    while rows and all(empty(c) for c in rows[-1]):
        rows.pop()
    width = max((max((i + 1 for i, c in enumerate(r) if not empty(c)), default=0) for r in rows), default=0)
    return [r[:width] + [None] * (width - len(r)) for r in rows]


def decode(data: bytes) -> str:
    """Text in UTF-8 (with or without BOM), UTF-16 (with BOM), or the Windows code pages partners' Excel
    writes: 1256 for Arabic, 1252 otherwise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    arabic = data.decode("cp1256", errors="replace")
    letters = sum(1 for char in arabic if "\u0600" <= char <= "\u06ff")
    high = sum(1 for byte in data if byte >= 0x80)
    return arabic if high and letters >= high * 0.6 else data.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> list[list[Cell]]:
    text = decode(path.read_bytes())
    if "\x00" in text:
        raise UnreadableSourceError(_("{name} is not a spreadsheet or a text table").format(name=path.name))
    sample = text[:20_000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        # a quote in a cell is written twice, by every spreadsheet program: the sniffer often guesses not,
        # and 'say "hi"' came in as 'say "hi"""'
        dialect.doublequote = True
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Cell]] = []
    for row in csv.reader(io.StringIO(text), dialect):
        rows.append(list(row))
        if len(rows) > MAX_ROWS:
            raise UnreadableSourceError(
                _("{name} has more than {rows} rows; split it into smaller files").format(
                    name=path.name, rows=_grouped(MAX_ROWS)
                )
            )
    return _trim(rows)
