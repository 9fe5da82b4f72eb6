"""Text as reportlab must be given it: Arabic joined and in visual order, user text escaped for paragraph
markup, and table cells broken into lines ahead of time.

A table cell given as plain lines is drawn by the table itself; a Paragraph in every cell parsed markup and
broke lines again at each page split, and made the PDF of 20,000 systems take minutes."""

import re
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from pim_desktop.exports.safe_text import workbook_text
from pim_desktop.resources import resource_path

_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufeff]")  # Arabic letters, and their presentation forms
FONT, BOLD = "PimSans", "PimSans-Bold"  # DejaVu Sans, embedded
CELL_SIZE, CELL_LEADING = 7, 8.6  # points
HEAD_SIZE, HEAD_LEADING = 7.5, 9  # header rows and the headings of grid rows, in bold
CELL_PADDING = 3  # points, left and right of a cell's text
# Longer cells are Paragraphs: reportlab splits a row taller than a page inside a Paragraph, but loses the
# end of plain lines that it splits
MOST_PLAIN_LINES = 30


@cache
def register_fonts() -> None:
    """DejaVu Sans and its bold, for reportlab to embed and measure."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def _visual(line: str) -> str:
    from unicodedata import bidirectional

    if all(map(bidirectional, line)):
        # the reference algorithm: it mirrors brackets, the fast one not
        from bidi.algorithm import get_display

        return get_display(line)
    # a character newer than Python's Unicode tables (an emoji of 2022) has no direction there, and the
    # reference algorithm stops on it with an AssertionError: the fast one has tables of its own
    from bidi import get_display as fast_display

    return fast_display(line)


def shaped(text: str) -> str:
    """Arabic in its joined forms and visual order (reportlab draws characters as given); other text as is."""
    if not _has_arabic(text):
        return text
    from arabic_reshaper import reshape

    return "\n".join(_visual(reshape(line)) for line in text.split("\n"))


def labelled(name: str, value: str) -> str:
    """ "Name: value". In Arabic, a value without Arabic ("30 participants from 10 organisations") is
    embedded left to right, else its leading number is drawn beside the Arabic name, away from its words."""
    if _has_arabic(name) and not _has_arabic(value) and value:
        value = f"\u202a{value}\u202c"  # left-to-right embedding, removed by the bidi algorithm
    return f"{name}: {value}"


def markup(text: str) -> str:
    """User text as paragraph markup: escaped (a '<' is a character, not a tag), line breaks kept."""
    return escape(shaped(workbook_text(text))).replace("\n", "<br/>")


def cell_lines(text: str, width: float, font: str, size: float) -> str | None:
    """The text broken into the lines that fit the cell's width, one string with a newline per line; None
    when a word is wider than the cell (a Paragraph breaks such words) or the text is long, so that the
    caller makes a Paragraph.

    Arabic is broken in reading order and each line then put in visual order, so that its first words stay
    on the first line."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = workbook_text(text)
    arabic = _has_arabic(text)
    if arabic:
        from arabic_reshaper import reshape

        text = reshape(text)
    room = width - 2 * CELL_PADDING
    widest_word = room / size  # no glyph of the font is wider than its size: shorter words always fit
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if max(map(len, words), default=0) > widest_word and any(
            stringWidth(word, font, size) > room for word in words if len(word) > widest_word
        ):
            return None
        if stringWidth(paragraph, font, size) <= room:
            lines.append(paragraph)  # most cells: one line that fits, measured once
        else:
            lines += simpleSplit(paragraph, font, size, room)
        if len(lines) > MOST_PLAIN_LINES:
            return None
    return "\n".join(_visual(line) for line in lines) if arabic else "\n".join(lines)


def table_cell(text: str, width: float, style: Any) -> Any:
    """A cell of a table or grid in the given paragraph style: plain lines where it can, else a Paragraph."""
    lines = cell_lines(text, width, style.fontName, style.fontSize)
    if lines is not None:
        return lines
    from reportlab.platypus import Paragraph

    return Paragraph(markup(text), style)
