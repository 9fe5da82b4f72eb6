"""Tables in the PDF: grids and long tables whose header rows repeat on every page, mirrored for Arabic.

reportlab splits a table at a page end by copying every row it has left, so a table of 20,000 rows took
minutes. A long table is therefore given to reportlab a page's worth of rows at a time (RowsInPages)."""

from collections.abc import Callable
from functools import cache
from typing import Any

from reportlab.platypus.flowables import Flowable

from pim_desktop.exports.pdf_text import (
    BOLD,
    CELL_LEADING,
    CELL_PADDING,
    CELL_SIZE,
    FONT,
    HEAD_LEADING,
    HEAD_SIZE,
)
from pim_desktop.i18n import is_right_to_left

WINDOW = 64  # rows handed to reportlab at a time: more than a page holds, mostly
VERTICAL_PADDING = 3  # points above and below a cell's text


def long_table(
    data: list[list[Any]],
    widths: list[float],
    header_rows: int,
    shaded: list[int] | None = None,
    spans: list[tuple[Any, ...]] | None = None,
    *,
    bold_first_column: bool = False,
    split_rows: bool,
) -> Any:
    """A table whose first header_rows repeat on every page; shaded rows have a grey background; spans are
    SPAN commands of the header rows; a bold first column holds the headings of rows. split_rows lets a row
    taller than a page continue on the next one."""

    def table(rows: list[list[Any]], shaded_rows: list[int]) -> Any:
        return _table(rows, widths, header_rows, shaded_rows, spans or [], bold_first_column, split_rows)

    leadings = [CELL_LEADING] * len(widths)
    if bold_first_column:
        leadings[0] = HEAD_LEADING

    def plain_height(row: list[Any]) -> float | None:
        """The height reportlab gives a row of plain lines (none for a row with a Paragraph)."""
        if not all(isinstance(value, str) for value in row):
            return None
        tallest = max(leading * (value.count("\n") + 1) for leading, value in zip(leadings, row, strict=True))
        return tallest + 2 * VERTICAL_PADDING

    header, body = data[:header_rows], data[header_rows:]
    if len(body) <= WINDOW:
        return table(data, shaded or [])
    shaded_body = {row - header_rows for row in shaded or []}
    return RowsInPages(header, body, table, shaded_body, Measures(plain_height))


class Measures:
    """What the pages of one long table share: how to measure a row of plain lines, and the height of the
    header rows once measured."""

    def __init__(self, plain_height: Callable[[list[Any]], float | None]) -> None:
        self.plain_height = plain_height
        self.header_height: float | None = None


class RowsInPages(Flowable):
    """The rows of a long table from `start` on, laid out a page at a time: each page gets a table of the
    header and the rows that fit it, measured on a window of rows a little larger than the last page held;
    the rest waits for the next page. (Flowable's camelCase method names are reportlab's.)"""

    def __init__(
        self,
        header: list[list[Any]],
        body: list[list[Any]],
        table: Callable[[list[list[Any]], list[int]], Any],
        shaded: set[int],
        measures: Measures,
        start: int = 0,
        guess: int = WINDOW,
    ) -> None:
        super().__init__()
        self.header, self.body, self.table, self.shaded = header, body, table, shaded
        self.measures, self.start, self.guess = measures, start, guess
        self._last: Any = None  # the table of the remaining rows, when they all fit a window

    def _window(self, count: int) -> Any:
        rows = self.body[self.start : self.start + count]
        shaded = [len(self.header) + row - self.start for row in self.shaded if 0 <= row - self.start < count]
        return self.table(self.header + rows, shaded)

    def _following(self, start: int, guess: int) -> "RowsInPages":
        return RowsInPages(self.header, self.body, self.table, self.shaded, self.measures, start, guess)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if len(self.body) - self.start <= self.guess:
            self._last = self._window(self.guess)
            return self._last.wrap(available_width, available_height)
        return available_width, available_height + 1  # more than the page: the frame asks for a split

    def _rows_that_fit(self, window: Any, available_width: float, available_height: float) -> int:
        window.wrap(available_width, available_height)  # measures rows until the page is full
        used, fitted = 0.0, -len(self.header)
        for height in window._rowHeights:
            if height is None or used + height > available_height:
                break
            used, fitted = used + height, fitted + 1
        return max(fitted, 0)

    def _plain_rows_that_fit(self, available_width: float, available_height: float) -> int | None:
        """Rows that fit, counted without laying out a table while they hold plain lines only (most rows):
        None when a row with a Paragraph comes first, which reportlab must measure."""
        measures = self.measures
        if measures.header_height is None:
            header = self.table(self.header, [])
            header.wrap(available_width, available_height)
            measures.header_height = sum(header._rowHeights)
        room, fitted = available_height - measures.header_height, 0
        for index in range(self.start, len(self.body)):
            height = measures.plain_height(self.body[index])
            if height is None:
                return None
            if height > room:
                break
            room, fitted = room - height, fitted + 1
        return fitted

    def split(self, available_width: float, available_height: float) -> list[Any]:
        fitted = self._plain_rows_that_fit(available_width, available_height)
        if fitted:
            if self.start + fitted >= len(self.body):
                return [self._window(fitted)]
            return [self._window(fitted), self._following(self.start + fitted, fitted)]
        count = self.guess
        while True:
            window = self._window(count)
            fitted = self._rows_that_fit(window, available_width, available_height)
            if fitted < count or self.start + count >= len(self.body):
                break
            count *= 2  # a page of short rows: measure more
        remaining = len(self.body) - self.start
        if fitted >= remaining:
            return [window]
        if fitted == 0:  # the next row is taller than the room left: reportlab splits inside it, if allowed
            parts = window.split(available_width, available_height)
            if len(parts) != 2:
                return parts  # nothing fits here ([]): the frame tries a fresh page
            after = self.start + min(count, remaining)  # reportlab carries on with the window's rows
            return [*parts, *([self._following(after, self.guess)] if after < len(self.body) else [])]
        guess = fitted + fitted // 2 + 2  # pages of a table hold about as many rows as the last one
        return [self._window(fitted), self._following(self.start + fitted, guess)]

    def draw(self) -> None:
        self._last.drawOn(self.canv, 0, 0)


def _table(
    data: list[list[Any]],
    widths: list[float],
    header_rows: int,
    shaded: list[int],
    spans: list[tuple[Any, ...]],
    bold_first_column: bool,
    split_rows: bool,
) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BFBFBF")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#D6E6F2")),
        *(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#EEF0F2")) for row in shaded),
        *spans,
    ]
    right_to_left = is_right_to_left()
    if right_to_left:  # the first column on the right, as an Arabic reader expects
        data, widths, style = _mirrored(data, widths, style)
    head, body = _cell_styles(right_to_left)
    row = [body] * len(widths)
    if bold_first_column:
        row[-1 if right_to_left else 0] = head
    cell_styles = [[head] * len(widths)] * header_rows + [row] * (len(data) - header_rows)
    return _fast_table_class()(
        data,
        colWidths=widths,
        repeatRows=header_rows,
        style=TableStyle(style),
        splitInRow=int(split_rows),
        normalizedData=1,  # rows of plain lines and paragraphs already
        cellStyles=cell_styles,
    )


@cache
def _fast_table_class() -> type:
    """reportlab's LongTable, drawing a cell of plain left-aligned lines as one text object: its own way
    makes a text object, and measures the text, for every line, which was half the time of a long PDF."""
    from reportlab.platypus import LongTable

    class FastTable(LongTable):
        _curcellstyle: Any  # the cell style drawn last, which LongTable keeps (reportlab has no type hints)

        def _drawCell(self, value: Any, style: Any, position: Any, size: Any) -> None:  # noqa: N802
            if not isinstance(value, str) or not value or style.alignment != "LEFT" or style.valign != "TOP":
                super()._drawCell(value, style, position, size)
                return
            canvas = self.canv
            if self._curcellstyle is not style:  # the font and colour, set as LongTable sets them
                canvas.setFillColor(style.color)
                canvas.setFont(style.fontname, style.fontsize, style.leading)
                self._curcellstyle = style
            (left, bottom), (_, height) = position, size
            top_line = bottom + height - style.topPadding - style.fontsize
            text = canvas.beginText(left + style.leftPadding, top_line)
            for line in value.split("\n"):
                text.textLine(line)
            canvas.drawText(text)

    return FastTable


@cache
def _cell_styles(right_to_left: bool) -> tuple[Any, Any]:
    """The look of header cells and body cells, shared by every cell: set once here rather than cell by cell
    through style commands, which cost seconds for a few thousand pages."""
    from reportlab.platypus.tables import CellStyle

    def cell_style(name: str, font: str, size: float, leading: float) -> Any:
        style = CellStyle(name)
        style.fontname, style.fontsize, style.leading = font, size, leading  # for the cells of plain lines
        style.leftPadding = style.rightPadding = CELL_PADDING
        style.topPadding = style.bottomPadding = VERTICAL_PADDING
        style.valign = "TOP"  # also keeps reportlab from changing a shared style when it splits a row
        style.alignment = "RIGHT" if right_to_left else "LEFT"
        return style

    head = cell_style("head", BOLD, HEAD_SIZE, HEAD_LEADING)
    return head, cell_style("body", FONT, CELL_SIZE, CELL_LEADING)


def _mirrored(
    data: list[list[Any]], widths: list[float], style: list[tuple[Any, ...]]
) -> tuple[list[list[Any]], list[float], list[tuple[Any, ...]]]:
    last = len(widths) - 1

    def flipped(command: tuple[Any, ...]) -> tuple[Any, ...]:
        name, (first_column, first_row), (final_column, final_row), *rest = command
        first, final = (c if c >= 0 else last + 1 + c for c in (first_column, final_column))
        return (name, (last - final, first_row), (last - first, final_row), *rest)

    return [row[::-1] for row in data], widths[::-1], [flipped(command) for command in style]
