"""Reading a spreadsheet a partner hands over: xlsx or csv, recognised by its content (not its name), with
clear words for what cannot be read. Nothing here writes anything."""

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.domain.errors import PimError
from pim_desktop.domain.validation import fold_key
from pim_desktop.i18n import _

MAX_ROWS = 200_000  # more than any operation's register; beyond it, the file is refused with this number
MAX_UNZIPPED_BYTES = 500 * 1024 * 1024  # a workbook that unpacks to more is a zip bomb, not a register
MAX_RATIO = 200  # how much more a workbook part may unpack to than it weighs packed
Cell = str | int | float | date | None

if TYPE_CHECKING:
    from python_calamine import CalamineSheet


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
    refused: str = ""  # why this sheet cannot be imported (too many rows); said when it is the one chosen
    skipped: bool = False  # not read: another sheet was asked for


def read_sheets(path: Path, only: str | None = None) -> list[Sheet]:
    """Every sheet of an xlsx workbook (or only the one named), or the one table of a csv file."""
    if not path.is_file():
        raise UnreadableSourceError(_("there is no file at {path}").format(path=path))
    with path.open("rb") as stream:
        head = stream.read(8)
    if head.startswith(b"PK\x03\x04"):
        return _read_workbook(path, only)
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
    # a damaged directory says it needs a zip version from the future, or holds numbers that are not
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as error:
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


def _too_many_rows(sheet: str) -> str:
    return _("the sheet {sheet} has more than {rows} rows; split it into smaller ones").format(
        sheet=sheet, rows=_grouped(MAX_ROWS)
    )


def _read_workbook(path: Path, only: str | None) -> list[Sheet]:
    """The workbook's cells by their values (python-calamine): formatting that runs down to the last row of
    a sheet costs nothing, and the row limit counts only rows that hold a value."""
    _check_zip(path)
    from python_calamine import CalamineWorkbook  # only when a workbook is read

    sheets = []
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            names = workbook.sheet_names
            wanted = {n for n in names if only is None or fold_key(n) == fold_key(only)} or set(names)
            for name in names:
                if name in wanted:
                    sheets.append(_read_worksheet(workbook.get_sheet_by_name(name)))
                else:
                    sheets.append(Sheet(name, [], skipped=True))
        finally:
            workbook.close()
    except BaseException as error:  # the reader raises its own kinds, a Rust panic among them
        if isinstance(error, KeyboardInterrupt | SystemExit | UnreadableSourceError):
            raise
        raise UnreadableSourceError(
            _("{name} is damaged and cannot be read whole ({error})").format(name=path.name, error=error)
        ) from error
    return sheets


def _read_worksheet(worksheet: "CalamineSheet") -> Sheet:
    top, left = worksheet.start or (0, 0)
    rows: list[list[Cell]] = [[] for _row in range(top)]  # rows keep the numbers the spreadsheet shows
    filled = 0
    for values in worksheet.iter_rows():
        # most cells are text or empty: those are taken as they come
        row = [None if v == "" else v if type(v) is str else _cell(v) for v in values]
        row = [None] * left + row if left else row
        filled += any(cell is not None for cell in row)
        if filled > MAX_ROWS:
            return Sheet(worksheet.name, [], _too_many_rows(worksheet.name))
        rows.append(row)
    _fill_merged(rows, worksheet.merged_cell_ranges or [])
    return Sheet(worksheet.name, _trim(rows))


def _fill_merged(rows: list[list[Cell]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """A merged cell's value in every cell it covers: a heading over two columns, an organisation's name
    merged down the rows of its activities."""
    for (first_row, first_column), (last_row, last_column) in ranges:
        if first_row >= len(rows) or first_column >= len(rows[first_row]):
            continue
        value = rows[first_row][first_column]
        for row in rows[first_row : last_row + 1]:
            width = min(last_column + 1, len(row))
            for column in range(first_column, width):
                if row[column] is None:
                    row[column] = value


def _cell(value: object) -> Cell:
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):  # a register's dates are days
        return value.date()
    if isinstance(value, int | float | date) or value is None:
        return value
    return str(value)


def _trim(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Without trailing empty rows and columns, each row as wide as the widest."""

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
    filled = 0
    for row in csv.reader(io.StringIO(text), dialect):
        rows.append([cell if cell.strip() else None for cell in row])
        filled += any(cell.strip() for cell in row)
        if filled > MAX_ROWS:
            raise UnreadableSourceError(
                _("{name} has more than {rows} rows; split it into smaller files").format(
                    name=path.name, rows=_grouped(MAX_ROWS)
                )
            )
    return _trim(rows)
