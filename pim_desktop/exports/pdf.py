"""PDF documents (reportlab): a cover saying what is included and what was left out, a bookmark per section,
tables and grids in landscape whose header rows repeat on every page and whose text wraps inside its cell,
and the operation, sensitivity label and page X of Y on every page. The embedded DejaVu Sans covers Latin,
French accents and Arabic, which is shaped and put right to left before drawing."""

from pathlib import Path
from typing import Any

from pim_desktop import APP_NAME, __version__
from pim_desktop.domain.labels import label
from pim_desktop.exports.document import Document, Field, Grid, Table, none_recorded
from pim_desktop.exports.pdf_tables import long_table
from pim_desktop.exports.pdf_text import (
    BOLD,
    CELL_LEADING,
    CELL_PADDING,
    CELL_SIZE,
    FONT,
    HEAD_LEADING,
    HEAD_SIZE,
    labelled,
    markup,
    register_fonts,
    shaped,
    table_cell,
)
from pim_desktop.exports.views import HANDOUTS, PDF_COLUMNS
from pim_desktop.i18n import _, is_right_to_left

MARGIN = 36  # points: half an inch
MOST_REDUCED = 0.8  # the smallest share of their size table headings are set in, to keep words whole
READABLE_CHARACTERS, CHARACTER_WIDTH = 14, 4.0  # a column reads well with that many letters of 7-point text


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    align = TA_RIGHT if is_right_to_left() else TA_LEFT  # Arabic reads from the right
    return {
        "cell": ParagraphStyle(
            "cell", fontName=FONT, fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=align
        ),
        "head": ParagraphStyle(
            "head", fontName=BOLD, fontSize=HEAD_SIZE, leading=HEAD_LEADING, alignment=align
        ),
        "title": ParagraphStyle(
            "title", fontName=BOLD, fontSize=22, leading=28, spaceAfter=12, alignment=align
        ),
        "h1": ParagraphStyle("h1", fontName=BOLD, fontSize=14, leading=18, spaceAfter=6, alignment=align),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=4, alignment=align),
    }


def write_pdf(document: Document, path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    register_fonts()
    styles = _styles()
    page_width, page_height = landscape(A4)
    frame = Frame(MARGIN, MARGIN, page_width - 2 * MARGIN, page_height - 2 * MARGIN - 12, id="body")

    class Sections(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
            bookmark = getattr(flowable, "bookmark", None)
            if bookmark:
                self.canv.bookmarkPage(bookmark)
                self.canv.addOutlineEntry(flowable.getPlainText(), bookmark, level=0)

    pdf = Sections(
        str(path),
        pagesize=landscape(A4),
        title=document.heading,
        author=f"{APP_NAME} {__version__}",
        subject=f"PIM, {label(document.sensitivity)}",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        initialFontName=FONT,  # no unembedded Helvetica anywhere
    )
    pdf.addPageTemplates([PageTemplate("page", [frame], onPage=lambda canvas, _doc: None)])
    width = page_width - 2 * MARGIN
    # Rows stay whole on a page (a matrix row read across, a system on one page); only when a row cannot fit
    # on any page (a 10,000-character note) is the document laid out again with rows split across pages.
    # Splitting inside rows always copies the rest of a table at every page: minutes for 20,000 rows.
    try:
        pdf.build(_story(document, styles, width, split_rows=False), canvasmaker=_numbered_canvas(document))
    except LayoutError:
        pdf.build(_story(document, styles, width, split_rows=True), canvasmaker=_numbered_canvas(document))


def _story(document: Document, styles: dict[str, Any], width: float, *, split_rows: bool) -> list[Any]:
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    story: list[Any] = _cover(document, styles)
    for number, part in enumerate(document.parts, start=1):
        if not part.rows:  # a heading and one line, where the part before ends, rather than a page
            heading = _heading(part.title, f"part{number}", styles)
            story += [Spacer(1, 18), KeepTogether([heading, _paragraph(none_recorded(), styles["body"])])]
            continue
        story.append(PageBreak())
        story.append(_heading(part.title, f"part{number}", styles))
        if isinstance(part, Table) and part.key in HANDOUTS:
            story += _action_plans(part, width, styles, split_rows)
        elif isinstance(part, Table):
            story += _table(part, width, styles, split_rows)
        else:
            story.append(_grid(part, width, styles, split_rows))
            if part.note:
                story.append(_paragraph(part.note, styles["body"]))
    return story


def _paragraph(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup(text), style)


def _heading(text: str, bookmark: str, styles: dict[str, Any]) -> Any:
    heading = _paragraph(text, styles["h1"])
    heading.bookmark = bookmark
    return heading


def _cover(document: Document, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Spacer

    title = _heading(document.operation, "cover", styles)
    title.style = styles["title"]
    included = "; ".join(part.title for part in document.parts) or _("nothing")
    lines = [
        _("Exported on {day} with {program}").format(
            day=document.exported_on.isoformat(), program=f"{APP_NAME} {__version__}"
        ),
        _("Sensitivity: {level}").format(level=label(document.sensitivity)),
        _("Included: {parts}").format(parts=included),
    ]
    if document.left_out:
        lines.append(_("Left out for sharing: {what}").format(what="; ".join(document.left_out)))
    return [Spacer(1, 60), title] + [_paragraph(line, styles["body"]) for line in lines]


def _table(table: Table, width: float, styles: dict[str, Any], split_rows: bool) -> list[Any]:
    """A table; one wider than the page (the review's principles) as several, one after the other, each
    repeating the first column, rather than in columns too narrow to read."""
    from reportlab.platypus import Spacer

    wanted = PDF_COLUMNS.get(table.key)
    positions = [i for i, f in enumerate(table.fields) if wanted is None or f.name in wanted]
    story: list[Any] = []
    words = [_longest_word(table.rows, i, styles["cell"]) for i in positions]
    names = [f.name for f in table.fields]
    areas = (names.index("admin1"), names.index("country")) if {"admin1", "country"} <= set(names) else None
    for chunk in _columns_that_fit([table.fields[i] for i in positions], words, width, styles["head"]):
        fields = [table.fields[positions[i]] for i in chunk]
        widths, head = _column_widths(fields, [words[i] for i in chunk], width, styles["head"])
        header = [table_cell(f.heading, w, head) for f, w in zip(fields, widths, strict=True)]
        columns = list(zip((positions[i] for i in chunk), widths, strict=True))
        rows = [
            [table_cell(_shown(row, i, areas), room, styles["cell"]) for i, room in columns]
            for row in table.rows
        ]
        story += [long_table([header, *rows], widths, 1, split_rows=split_rows), Spacer(1, 12)]
    return story[:-1]


def _shown(row: tuple[object, ...], column: int, areas: tuple[int, int] | None) -> str:
    """A cell as a reader needs it: a system with a country and no province covers the whole country.
    `areas` are the positions of the admin 1 and country columns, when the table has them."""
    value = row[column]
    if not value and areas is not None and column == areas[0] and row[areas[1]]:
        return _("Whole country")
    return "" if value is None else str(value)


def _word_room(words: list[str], font: str, size: float) -> float:
    """The room the widest of `words` takes in a cell, padding included: narrower, it is cut in two."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return max((stringWidth(shaped(word), font, size) for word in words), default=0) + 2 * CELL_PADDING + 1


def _longest_word(rows: tuple[tuple[object, ...], ...], column: int, style: Any) -> float:
    """The room of the longest word of a column's values (words up to a length: a long web address may
    still break), so that a rating or a date is never cut in two. Measured once, on the longest."""
    words = {w for row in rows if row[column] is not None for w in str(row[column]).split() if len(w) <= 16}
    return _word_room([max(words, key=len, default="")], style.fontName, style.fontSize)


def _columns_that_fit(fields: list[Field], words: list[float], width: float, head: Any) -> list[list[int]]:
    """The columns in groups that each fit the page's width readably, the first column in every group."""

    def needs(index: int) -> float:
        field = fields[index]
        heading = _word_room(field.heading.split(), head.fontName, head.fontSize)
        readable = min(field.characters, READABLE_CHARACTERS) * CHARACTER_WIDTH
        return max(heading, readable, words[index])

    groups: list[list[int]] = [[0]]
    used = needs(0) if fields else 0
    for index in range(1, len(fields)):
        if used + needs(index) > width and len(groups[-1]) > 1:
            groups.append([0])
            used = needs(0)
        groups[-1].append(index)
        used += needs(index)
    return groups


def _column_widths(
    fields: list[Field], value_words: list[float], width: float, head: Any
) -> tuple[list[float], Any]:
    """Each column's share of the width by the characters its field reads well in, but never narrower than
    the longest word of its heading: a heading wraps between words, never inside one ("Sensitiv ity").
    A table with more long headings than the page holds gets its headings in smaller type (never below
    MOST_REDUCED of the normal size), and the style they are then set in."""
    from reportlab.lib.styles import ParagraphStyle

    def longest_word(field: Field, size: float) -> float:
        return _word_room(field.heading.split(), head.fontName, size)

    first_column = width * 0.12  # the record's name keeps room of its own
    needed = sum(longest_word(f, head.fontSize) for f in fields[1:])
    scale = max(MOST_REDUCED, min(1.0, (width - first_column) / needed)) if needed else 1.0
    if scale < 1:
        head = ParagraphStyle(
            f"{head.name}-reduced", parent=head, fontSize=head.fontSize * scale, leading=head.leading * scale
        )
    least = [max(longest_word(f, head.fontSize), word) for f, word in zip(fields, value_words, strict=True)]
    fixed: dict[int, float] = {}
    while True:  # give the narrow ones their least, and share what is left among the others
        free = [i for i in range(len(fields)) if i not in fixed]
        room = width - sum(fixed.values())
        total = sum(fields[i].characters for i in free) or 1
        share = {i: room * fields[i].characters / total for i in free}
        short = {i: least[i] for i in free if share[i] < least[i]}
        if not short or len(short) == len(free):
            return [fixed.get(i, share.get(i, least[i])) for i in range(len(fields))], head
        fixed |= short


def _action_plans(table: Table, width: float, styles: dict[str, Any], split_rows: bool) -> list[Any]:
    """Each plan group by group, the way a workshop writes it: leader and members above a table of numbered
    challenges, their action points, timeline and focal point ("Fanette (Fred can advise)")."""
    from reportlab.platypus import Spacer

    names = [f.name for f in table.fields]
    records = [dict(zip(names, row, strict=True)) for row in table.rows]
    story: list[Any] = []
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault((str(record["plan"]), str(record["group"])), []).append(record)
    plan_shown, number = "", 0
    for (plan, group), items in groups.items():
        if plan != plan_shown:
            story.append(_paragraph(plan, styles["h1"]))
            for name, value in table.headers.get(plan, ()):
                story.append(_paragraph(labelled(name, value), styles["body"]))
            plan_shown, number = plan, 0
        number += 1
        story.append(
            _paragraph(_("Group {number}: {theme}").format(number=number, theme=group), styles["body"])
        )
        first = items[0]
        for key, heading in (("team_leader", _("Team leader")), ("members", _("Team members"))):
            if first.get(key):
                story.append(
                    _paragraph(labelled(heading, ", ".join(str(first[key]).splitlines())), styles["body"])
                )
        widths = [width * share for share in (0.27, 0.33, 0.12, 0.14, 0.08, 0.06)]
        headings = (
            *(_("Challenges"), _("Action points"), _("Timeline / Deadline")),
            *(_("Focal point"), _("Status"), _("Priority")),
        )
        rows = [[table_cell(h, w, styles["head"]) for h, w in zip(headings, widths, strict=True)]]
        for item in items:
            points = [p for p in str(item["action_points"] or "").splitlines() if p]
            due = " " + _("(due {day})").format(day=item["due_date"]) if item.get("due_date") else ""
            focal = str(item.get("focal_points") or "")
            if item.get("advisers"):
                focal += " " + _("({advisers} can advise)").format(advisers=item["advisers"])
            texts = (
                f"{item['number']}. {item['challenge']}",
                "\n".join(f"- {p}" for p in points) if len(points) > 1 else "".join(points),
                f"{item['timeline']}{due}",
                focal.strip(),
                str(item["status"]),
                str(item.get("priority") or ""),
            )
            rows.append([table_cell(text, w, styles["cell"]) for text, w in zip(texts, widths, strict=True)])
        story += [
            long_table(rows, widths, 1, split_rows=split_rows),
            Spacer(1, 12),
        ]
    return story


def _grid(grid: Grid, width: float, styles: dict[str, Any], split_rows: bool) -> Any:
    heading_width = 80
    column_width = (width - heading_width) / max(1, len(grid.columns))
    # a band heading spans its columns, so it is a Paragraph, which wraps to the width of the span
    bands = ["", *(_paragraph(c.band, styles["head"]) for c in grid.columns)]
    headings = ["", *(table_cell(c.heading, column_width, styles["head"]) for c in grid.columns)]
    body = []
    for row, cells in zip(grid.rows, grid.cells, strict=True):
        heading = _("{row} (locked)").format(row=row.heading) if row.locked else row.heading
        line = [table_cell(heading, heading_width, styles["head"])]
        for cell in cells:
            marks = cell.marked or (False,) * len(cell.lines)
            texts = [f"✎ {text}" if mark else text for text, mark in zip(cell.lines, marks, strict=True)]
            text = "\n".join(f"• {t}" for t in texts) if len(texts) > 1 else "".join(texts)
            line.append(table_cell(text, column_width, styles["cell"]))
        body.append(line)
    locked = [index + 2 for index, row in enumerate(grid.rows) if row.locked]
    spans, start = [], 1  # one band heading over its run of columns
    for index in range(1, len(grid.columns) + 1):
        if index == len(grid.columns) or grid.columns[index].band != grid.columns[index - 1].band:
            spans.append(("SPAN", (start, 0), (index, 0)))
            start = index + 1
    widths = [heading_width] + [column_width] * len(grid.columns)
    return long_table(
        [bands, headings, *body], widths, 2, locked, spans, bold_first_column=True, split_rows=split_rows
    )


def _numbered_canvas(document: Document) -> type:
    """A canvas that knows the page count at the end, for "page X of Y", and labels every page."""
    from reportlab.pdfgen.canvas import Canvas

    top_line = shaped(document.heading)
    sensitivity = label(document.sensitivity).upper()
    exported = _("Exported {day}").format(day=document.exported_on.isoformat())

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._bookmarks: list[tuple[str, dict[str, Any]]] = []  # of the page being drawn

        def bookmarkPage(self, key: str, **place: Any) -> None:  # noqa: N802 - reportlab's name
            # kept with its page: pages are written at the end, and a bookmark points at the page written
            self._bookmarks.append((key, place))

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._bookmarks = []
            self._startPage()

        def save(self) -> None:
            for page in self._pages:
                self.__dict__.update(page)
                for key, place in self._bookmarks:
                    super().bookmarkPage(key, **place)
                self._decorate(len(self._pages))
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.setFont(FONT, 8)
            self.drawString(MARGIN, height - MARGIN + 10, top_line)
            self.setFont(BOLD, 8)
            self.drawRightString(width - MARGIN, height - MARGIN + 10, shaped(sensitivity))
            self.setFont(FONT, 8)
            self.drawString(MARGIN, MARGIN - 18, shaped(f"{exported} · {sensitivity}"))
            page = _("Page {page} of {pages}").format(page=self._pageNumber, pages=total)
            self.drawRightString(width - MARGIN, MARGIN - 18, shaped(page))

    return NumberedCanvas
