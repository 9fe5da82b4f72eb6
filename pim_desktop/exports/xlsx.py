"""Excel workbooks (openpyxl): one sheet a view; data sheets machine-readable (one header row, HXL tags,
dates as dates, frozen header, autofilter); the matrix and mapping as real grids; every sheet print-ready."""

import io
from copy import copy
from pathlib import Path
from typing import Any

from pim_desktop import APP_NAME, __version__
from pim_desktop.domain.labels import label
from pim_desktop.exports.document import Document, Grid, Table
from pim_desktop.exports.safe_text import workbook_text
from pim_desktop.i18n import _

HEADER_FILL, HXL_COLOUR, BAND_FILL, LOCKED_FILL = "1F4E79", "5A5A5A", "D6E6F2", "EEF0F2"
LINE_HEIGHT = 15  # points
GRID_COLUMN_WIDTH = 34  # characters


def write_xlsx(document: Document, path: Path) -> None:
    from openpyxl import Workbook  # only when a workbook is asked for

    workbook = Workbook()
    workbook.remove(workbook.active)
    for part in document.parts:
        sheet = workbook.create_sheet(_sheet_name(_(part.key)))
        if isinstance(part, Table):
            _write_table(sheet, part, document)
        else:
            _write_grid(sheet, part)
        _print_setup(sheet, document, part.title)
    if not document.parts:
        workbook.create_sheet(_sheet_name(_("Empty")))["A1"] = _("Nothing to export")
    properties = workbook.properties
    properties.title = workbook_text(f"{document.operation}: {document.view}")  # a user's name, as in cells
    properties.subject = _("PIM Matrix and mapping of protection information systems")
    properties.creator = f"{APP_NAME} {__version__}"
    properties.keywords = f"PIM; {label(document.sensitivity)}"
    properties.description = _sharing_note(document)
    # Built in memory, then written in one go: openpyxl's zip archive, failing on a full disk, would complain
    # again (a traceback on stderr) when collected; a plain write fails once, cleanly.
    in_memory = io.BytesIO()
    workbook.save(in_memory)
    path.write_bytes(in_memory.getbuffer())


def _sheet_name(key: str) -> str:
    return "".join(c for c in key if c not in "[]:*?/\\")[:31] or "Sheet"


def _sharing_note(document: Document) -> str:
    note = _("Sensitivity: {level}. Exported {day}.").format(
        level=label(document.sensitivity), day=document.exported_on.isoformat()
    )
    left_out = _("Left out: {what}.").format(what="; ".join(document.left_out))
    return f"{note} {left_out}" if document.left_out else note


def _set(cell: Any, value: object) -> None:
    """A user's text stays text: never a formula, never a character a workbook cannot hold."""
    if isinstance(value, str):
        cell.value = workbook_text(value)
        cell.data_type = "s"
    else:
        cell.value = value


def _write_table(sheet: Any, table: Table, document: Document) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_rows = 2 if document.options.hxl else 1
    for column, field in enumerate(table.fields, start=1):
        cell = sheet.cell(row=1, column=column)
        _set(cell, field.name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.comment = None
        if document.options.hxl:
            tag = sheet.cell(row=2, column=column)
            _set(tag, field.hxl)
            tag.font = Font(italic=True, color=HXL_COLOUR)
        sheet.column_dimensions[get_column_letter(column)].width = field.characters
    wrapped: Any = None  # the style array of a wrapped cell, copied to the others (a lookup each is slow)
    for row_number, row in enumerate(table.rows, start=header_rows + 1):
        values = [workbook_text(value) if isinstance(value, str) else value for value in row]
        sheet.append(values)  # dates become dates formatted yyyy-mm-dd
        for column, value in enumerate(values, start=1):
            if not isinstance(value, str) or not (value.startswith(("=", "#")) or "\n" in value):
                continue
            cell = sheet.cell(row=row_number, column=column)
            cell.data_type = "s"  # a user's "=..." is text, never a formula; "#N/A", never an error value
            if "\n" in value:
                if wrapped is None:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    wrapped = copy(cell._style)
                else:
                    cell._style = copy(wrapped)
    sheet.freeze_panes = sheet.cell(row=header_rows + 1, column=1)
    last = get_column_letter(max(1, len(table.fields)))
    sheet.auto_filter.ref = f"A1:{last}{max(1, header_rows + len(table.rows))}"
    sheet.print_title_rows = f"1:{header_rows}"


def _write_grid(sheet: Any, grid: Grid) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    # row 1: bands over the columns (core / related categories); row 2: the column headings
    start = 2
    for index, column in enumerate(grid.columns, start=2):
        _set(sheet.cell(row=2, column=index), column.heading)
        sheet.cell(row=2, column=index).font = bold
        sheet.cell(row=2, column=index).alignment = Alignment(wrap_text=True, horizontal="center")
        sheet.cell(row=2, column=index).fill = PatternFill("solid", fgColor=BAND_FILL)
        sheet.column_dimensions[get_column_letter(index)].width = GRID_COLUMN_WIDTH
        is_last = index == len(grid.columns) + 1
        if is_last or grid.columns[index - 1].band != column.band:
            _set(sheet.cell(row=1, column=start), column.band)
            sheet.cell(row=1, column=start).font = Font(bold=True, italic=True)
            sheet.cell(row=1, column=start).alignment = Alignment(horizontal="center")
            if index > start:
                sheet.merge_cells(start_row=1, start_column=start, end_row=1, end_column=index)
            start = index + 1
    sheet.column_dimensions["A"].width = 22
    styles: dict[str, Any] = {}
    for row_number, (row, cells) in enumerate(zip(grid.rows, grid.cells, strict=True), start=3):
        heading = sheet.cell(row=row_number, column=1)
        _set(heading, f"{row.heading} (locked)" if row.locked else row.heading)
        heading.font, heading.alignment, heading.border = bold, wrap, border
        tallest = 1
        for column_number, cell_content in enumerate(cells, start=2):
            lines = [
                f"✎ {text}" if marked else text
                for text, marked in zip(
                    cell_content.lines, cell_content.marked or (False,) * len(cell_content.lines), strict=True
                )
            ]
            text = "\n".join(f"• {line}" for line in lines) if len(lines) > 1 else "".join(lines)
            cell = sheet.cell(row=row_number, column=column_number)
            _set(cell, text or None)
            kind = "locked" if row.locked else "plain"
            if kind in styles:  # copying a style array skips openpyxl's lookup of each style object
                cell._style = copy(styles[kind])
            else:
                cell.alignment, cell.border = wrap, border
                if row.locked:
                    cell.fill = PatternFill("solid", fgColor=LOCKED_FILL)
                styles[kind] = copy(cell._style)
            tallest = max(tallest, sum(1 + len(line) // (GRID_COLUMN_WIDTH - 4) for line in lines))
        sheet.row_dimensions[row_number].height = LINE_HEIGHT * tallest + 4
    if grid.note:
        _set(sheet.cell(row=len(grid.rows) + 4, column=1), grid.note)
    sheet.freeze_panes = "B3"
    sheet.print_title_rows = "1:2"
    sheet.print_title_cols = "A:A"


def _print_setup(sheet: Any, document: Document, title: str) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    operation = workbook_text(document.operation).replace("&", "&&")  # & starts a header code
    sheet.oddHeader.left.text = f"{operation}: {title.replace('&', '&&')}"
    sheet.oddHeader.right.text = label(document.sensitivity).upper()
    sheet.oddFooter.left.text = _("Exported {day} with {program}").format(
        day=document.exported_on.isoformat(), program=APP_NAME
    )
    sheet.oddFooter.right.text = _("Page {page} of {pages}").format(page="&P", pages="&N")
