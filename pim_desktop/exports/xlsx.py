"""Excel workbooks, written with XlsxWriter (about four times faster than openpyxl for the same cells, with
formats shared rather than built per cell).

Written for people first: an "About" sheet saying what the workbook holds and for whom, headings in the
export's language, widths and row heights from the content, every sheet print-ready on A4 landscape with
the sensitivity on every page. With `hxl`, data sheets keep the layout machines read back: the stable
column keys, then a row of HXL tags (the import reads it)."""

import getpass
import io
from pathlib import Path
from typing import Any

from pim_desktop import APP_NAME, __version__
from pim_desktop.domain.labels import label
from pim_desktop.exports.document import Document, Table
from pim_desktop.exports.safe_text import workbook_text
from pim_desktop.exports.xlsx_sheets import Formats, write_grid, write_table
from pim_desktop.i18n import _, is_right_to_left

MAX_SHEET_NAME = 31


def write_xlsx(document: Document, path: Path) -> None:
    import xlsxwriter  # only when a workbook is asked for

    # Built in memory (no temporary file of the operation's data on disk), then written in one go: a full
    # disk fails once, cleanly
    in_memory = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        in_memory,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,  # a user's "=..." stays text
            "strings_to_urls": False,
            "default_date_format": "yyyy-mm-dd",
        },
    )
    formats = Formats.of(workbook)
    names: set[str] = set()
    about = workbook.add_worksheet(_unique_name(_("About"), names))
    _write_about(about, document, formats)
    _print_setup(about, document, _("About this export"), 1)
    for part in document.parts:
        sheet = workbook.add_worksheet(_unique_name(_(part.key), names))
        if isinstance(part, Table):
            across = write_table(sheet, part, formats, machine_layout=document.options.hxl)
        else:
            across = write_grid(sheet, part, formats)
        _print_setup(sheet, document, part.title, across)
    workbook.set_properties(
        {
            "title": workbook_text(document.heading),
            "subject": _("PIM Matrix and mapping of protection information systems"),
            "author": f"{APP_NAME} {__version__}",
            "keywords": f"PIM; {label(document.sensitivity)}",
            "comments": _sharing_note(document),
        }
    )
    workbook.close()
    path.write_bytes(in_memory.getbuffer())


def exported_by() -> str:
    """The computer's user name, when the system gives one."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _unique_name(wanted: str, taken: set[str]) -> str:
    name = "".join(c for c in wanted if c not in "[]:*?/\\").strip("'")[:MAX_SHEET_NAME] or "Sheet"
    number = 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name = f"{name[: MAX_SHEET_NAME - len(suffix)]}{suffix}"
        number += 1
    taken.add(name.casefold())
    return name


def _sharing_note(document: Document) -> str:
    note = _("Sensitivity: {level}. Exported {day}.").format(
        level=label(document.sensitivity), day=document.exported_on.isoformat()
    )
    left_out = _("Left out: {what}.").format(what="; ".join(document.left_out))
    return f"{note} {left_out}" if document.left_out else note


def _write_about(sheet: Any, document: Document, formats: Formats) -> None:
    """What a manager reads first: what this is, from when, for whom, and what each sheet holds."""
    options = document.options
    ceiling = (
        _("up to {level}").format(level=label(options.max_sensitivity))
        if options.max_sensitivity
        else _("everything (no level left out)")
    )
    facts = [
        (
            _("Operation"),
            f"{document.operation} ({document.country})" if document.country else document.operation,
        ),
        (_("Exported on"), document.exported_on),
        (_("Exported by"), exported_by() or _("not known")),
        (_("Sensitivity"), label(document.sensitivity)),
        (_("Shared"), ceiling),
        (_("People's contacts"), _("included") if options.contacts else _("left out")),
        (_("Left out"), "; ".join(document.left_out) or _("nothing")),
        (_("Program"), f"{APP_NAME} {__version__}"),
    ]
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 70)
    sheet.set_column(2, 2, 10)
    sheet.write_string(0, 0, workbook_text(document.heading), formats.title)
    for row, (name, value) in enumerate(facts, start=2):
        sheet.write_string(row, 0, name, formats.bold)
        if isinstance(value, str):
            sheet.write_string(row, 1, workbook_text(value), formats.wrapped)
        else:
            sheet.write_datetime(row, 1, value, formats.date)
    first = len(facts) + 3
    for column, heading in enumerate((_("Sheet"), _("What it holds"), _("Rows"))):
        sheet.write_string(first, column, heading, formats.header)
    for row, part in enumerate(document.parts, start=first + 1):
        sheet.write_string(row, 0, workbook_text(_(part.key)), formats.wrapped)
        sheet.write_string(row, 1, workbook_text(part.title), formats.wrapped)
        sheet.write_number(row, 2, len(part.rows), formats.number)
    if not document.parts:
        sheet.write_string(first + 1, 0, _("Nothing to export"), formats.wrapped)


def _print_setup(sheet: Any, document: Document, title: str, pages_across: int) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(pages_across, 0)  # that many pages across, as many down as it takes
    if is_right_to_left():
        sheet.right_to_left()
    operation = workbook_text(document.operation).replace("&", "&&")  # & starts a header code
    header = (
        f"&L{operation}: {workbook_text(title).replace('&', '&&')}&R{label(document.sensitivity).upper()}"
    )
    exported = _("Exported {day} with {program}").format(
        day=document.exported_on.isoformat(), program=APP_NAME
    )
    footer = f"&L{exported}&R" + _("Page {page} of {pages}").format(page="&P", pages="&N")
    sheet.set_header(header[:255])
    sheet.set_footer(footer[:255])
