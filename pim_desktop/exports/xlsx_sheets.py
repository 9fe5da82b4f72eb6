"""The sheets of a workbook: data tables (one record a row) and grids (the matrix, the mapping).

Widths come from the content, bounded so that a sheet fits A4 landscape at a readable size; long text
wraps, and each row is given the height its wrapped text needs (Excel does not work it out on opening)."""

from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import repeat
from math import ceil
from typing import Any

from pim_desktop.exports.document import Field, Grid, Table, none_recorded
from pim_desktop.exports.pdf_text import BOLD, FONT, register_fonts
from pim_desktop.exports.safe_text import workbook_text
from pim_desktop.i18n import _

HEADER_FILL, HXL_COLOUR, BAND_FILL, LOCKED_FILL, BORDER = (
    "#1F4E79",
    "#5A5A5A",
    "#D6E6F2",
    "#EEF0F2",
    "#BFBFBF",
)
LINE_HEIGHT = 15  # points, of one line of 11-point text
MAX_ROW_HEIGHT = 409  # Excel's limit
NARROWEST, WIDEST = 6, 50  # characters
GRID_COLUMN_WIDTH = 26
GRID_HEADING_WIDTH = 20
# What one A4 landscape page holds across at about 70% of the normal size (7.5-point text), still read
# without a magnifier; a wider table prints on more pages across, its first column repeated on each
PAGE_WIDTH = 190


@dataclass(frozen=True)
class Formats:
    """The workbook's formats, made once and shared by every cell (a format a cell costs time and space)."""

    title: Any
    bold: Any
    header: Any
    hxl: Any
    wrapped: Any
    date: Any
    number: Any
    band: Any
    grid_heading: Any
    grid_column: Any
    grid_cell: Any
    locked_cell: Any

    @classmethod
    def of(cls, workbook: Any) -> "Formats":
        top = {"valign": "top"}
        boxed = {"border": 1, "border_color": BORDER, "text_wrap": True, "valign": "top"}
        return cls(
            title=workbook.add_format({"bold": True, "font_size": 14}),
            bold=workbook.add_format({"bold": True, **top}),
            header=workbook.add_format(
                {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL, "text_wrap": True, **top}
            ),
            hxl=workbook.add_format({"italic": True, "font_color": HXL_COLOUR}),
            wrapped=workbook.add_format({"text_wrap": True, **top}),
            date=workbook.add_format({"num_format": "yyyy-mm-dd", "align": "left", **top}),
            number=workbook.add_format({"align": "left", **top}),
            band=workbook.add_format({"bold": True, "italic": True, "align": "center"}),
            grid_heading=workbook.add_format({"bold": True, **boxed}),
            grid_column=workbook.add_format(
                {"bold": True, "bg_color": BAND_FILL, "align": "center", **boxed}
            ),
            grid_cell=workbook.add_format(boxed),
            locked_cell=workbook.add_format({"bg_color": LOCKED_FILL, **boxed}),
        )


@cache
def _letter_widths(bold: bool) -> dict[str, float]:
    """How wide each letter is in the "0"s that column widths count, in DejaVu Sans: what LibreOffice draws
    when the computer lacks Calibri, which is narrower, so that a row is never made too short for its text."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register_fonts()
    widths = getFont(BOLD if bold else FONT).face.charWidths
    zero = getFont(FONT).face.charWidths[ord("0")]  # a column counts the "0"s of the regular face
    return {chr(code): width / zero for code, width in widths.items()}


def lines_needed(text: str, width: int, *, bold: bool = False) -> int:
    """How many lines `text` takes wrapped between words in a column `width` characters wide, as a
    spreadsheet wraps it (a word longer than the column is cut where the column ends)."""
    letters, room = _letter_widths(bold), max(width - 0.2, 1.0)  # LibreOffice fits 20 "0"s in 20
    space, width_of = letters[" "], letters.get
    total = 0
    for paragraph in text.split("\n"):
        if sum(map(width_of, paragraph, repeat(1.0))) <= room:  # most: one line, measured at once
            total += 1
            continue
        lines, used = 1, 0.0
        for word in paragraph.split(" "):
            needed = sum(map(width_of, word, repeat(1.0)))
            if used and used + space + needed > room:
                lines, used = lines + 1, 0.0
            used += (space if used else 0.0) + needed
            if used > room:  # a word wider than the column goes on over the next lines
                more = ceil(used / room) - 1
                lines, used = lines + more, used - more * room
        total += lines
    return total


def _width(field: Field, texts: list[str]) -> int:
    """Wide enough for the longest line of the values and the heading's longest word, and no wider than
    reads well for the field (longer text wraps)."""
    longest = max((len(line) for text in texts for line in text.split("\n")), default=0)
    if field.kind == "date":
        longest = max(longest, len("2026-12-31"))
    elif field.kind == "number":
        longest = max(longest, 5)
    heading_word = max((len(word) for word in field.heading.split()), default=0)
    widest = min(WIDEST, max(field.characters, heading_word + 2))
    return max(NARROWEST, min(widest, max(longest, heading_word) + 2))


def pages_across(total_width: int) -> int:
    return max(1, ceil(total_width / PAGE_WIDTH))


def _row_height(lines: int) -> float | None:
    return None if lines <= 1 else min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2)


def write_table(sheet: Any, table: Table, formats: Formats, *, machine_layout: bool) -> int:
    """One record a row. For people: the headings as the window says them. For machines (`machine_layout`):
    the stable keys, then the HXL tags. Returns how many pages across it prints on."""
    rows = [[workbook_text(v) if isinstance(v, str) else v for v in row] for row in table.rows]
    texts = [[v for v in (row[c] for row in rows) if isinstance(v, str)] for c in range(len(table.fields))]
    widths = [_width(field, texts[c]) for c, field in enumerate(table.fields)]
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    if machine_layout:
        for column, field in enumerate(table.fields):
            sheet.write_string(0, column, field.name, formats.header)
            sheet.write_string(1, column, field.hxl, formats.hxl)
        header_rows = 2
    else:
        for column, field in enumerate(table.fields):
            sheet.write_string(0, column, workbook_text(field.heading), formats.header)
        headings = enumerate(table.fields)
        tallest = max((lines_needed(f.heading, widths[c], bold=True) for c, f in headings), default=1)
        sheet.set_row(0, _row_height(tallest))
        header_rows = 1
    text_format, date_format, number_format = formats.wrapped, formats.date, formats.number
    for number, row in enumerate(rows, start=header_rows):
        tallest = 1
        for column, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                sheet.write_string(number, column, value, text_format)
                if len(value) > widths[column] - 2 or "\n" in value:
                    tallest = max(tallest, lines_needed(value, widths[column]))
            elif isinstance(value, date):
                sheet.write_datetime(number, column, value, date_format)
            elif isinstance(value, bool):
                sheet.write_boolean(number, column, value)
            elif isinstance(value, int | float):
                sheet.write_number(number, column, value, number_format)
            else:
                sheet.write_string(number, column, workbook_text(str(value)), text_format)
        if tallest > 1:
            sheet.set_row(number, _row_height(tallest))
    if not rows and not machine_layout:  # a machine reads no row; a person reads that there is none
        sheet.write_string(header_rows, 0, none_recorded(), formats.wrapped)
    last_row = max(header_rows - 1, header_rows - 1 + len(table.rows))
    sheet.autofilter(0, 0, last_row, max(0, len(table.fields) - 1))
    sheet.freeze_panes(header_rows, 0)
    sheet.repeat_rows(0, header_rows - 1)
    sheet.repeat_columns(0, 0)  # the record's name, on every page across
    return pages_across(sum(widths))


def write_grid(sheet: Any, grid: Grid, formats: Formats) -> int:
    """Row 1: the bands over the columns (core / related categories); row 2: the column headings; then one
    row a grid row, its heading in the first column."""
    sheet.set_column(0, 0, GRID_HEADING_WIDTH)
    sheet.set_column(1, max(1, len(grid.columns)), GRID_COLUMN_WIDTH)
    start = 0
    for index, column in enumerate(grid.columns):
        is_last = index == len(grid.columns) - 1
        if is_last or grid.columns[index + 1].band != column.band:
            band = workbook_text(column.band)
            if index > start:
                sheet.merge_range(0, start + 1, 0, index + 1, band, formats.band)
            elif band:
                sheet.write_string(0, start + 1, band, formats.band)
            start = index + 1
    tallest = 1
    for index, grid_column in enumerate(grid.columns, start=1):
        sheet.write_string(1, index, workbook_text(grid_column.heading), formats.grid_column)
        tallest = max(tallest, lines_needed(grid_column.heading, GRID_COLUMN_WIDTH, bold=True))
    sheet.set_row(1, _row_height(tallest))
    locked_note = _("{row} (locked)")
    for number, (row, cells) in enumerate(zip(grid.rows, grid.cells, strict=True), start=2):
        heading = locked_note.format(row=row.heading) if row.locked else row.heading
        sheet.write_string(number, 0, workbook_text(heading), formats.grid_heading)
        tallest = lines_needed(heading, GRID_HEADING_WIDTH, bold=True)
        cell_format = formats.locked_cell if row.locked else formats.grid_cell
        for position, content in enumerate(cells, start=1):
            text = workbook_text(_cell_text(content.lines, content.marked))
            if text:
                sheet.write_string(number, position, text, cell_format)
                tallest = max(tallest, lines_needed(text, GRID_COLUMN_WIDTH))
            else:
                sheet.write_blank(number, position, None, cell_format)
        sheet.set_row(number, _row_height(tallest))
    if not grid.rows:
        sheet.write_string(2, 0, none_recorded(), formats.wrapped)
    elif grid.note:
        sheet.write_string(len(grid.rows) + 3, 0, workbook_text(grid.note))
    sheet.freeze_panes(2, 1)
    sheet.repeat_rows(0, 1)
    sheet.repeat_columns(0, 0)
    return pages_across(GRID_HEADING_WIDTH + GRID_COLUMN_WIDTH * len(grid.columns))


def _cell_text(lines: tuple[str, ...], marked: tuple[bool, ...]) -> str:
    """A grid cell's lines, what the operation changed marked ✎, one bullet a line when there are several."""
    marks = marked or (False,) * len(lines)
    shown = [f"✎ {text}" if mark else text for text, mark in zip(lines, marks, strict=True)]
    return "\n".join(f"• {line}" for line in shown) if len(shown) > 1 else "".join(shown)
