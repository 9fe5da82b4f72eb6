"""Recognising a sheet's columns: its header row is found even below a title, over two rows, or above an HXL
tag row; columns are matched by name (case, accents, underscores, punctuation and spacing folded), by the
synonyms of resources/import/columns.json in English, French, Spanish and Arabic, and by HXL tags read by
their attributes' meaning."""

import re
from dataclasses import dataclass, replace
from functools import cache

from pim_desktop.domain.validation import fold_key
from pim_desktop.i18n import _, in_every_language
from pim_desktop.imports.reading import Cell, UnreadableSourceError
from pim_desktop.resources import load_json_resource

SCAN_ROWS = 30  # the header is looked for in the first rows only
NOT_READ = "_not_read"  # a column recognised as not the record's own (a funder's name in a 3W)

Columns = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # field -> (names, HXL tags)


@cache
def _resource() -> dict:
    return load_json_resource("import", "columns.json")


@cache
def kinds() -> dict[str, Columns]:
    """What an import recognises for organisations, systems and action items; the export's stable column
    names (the field keys) are recognised too."""
    return {
        kind: {field: (tuple(spec["names"]), tuple(spec["hxl"])) for field, spec in _resource()[kind].items()}
        for kind in ("organisations", "systems", "action-items")
    }


def fields(kind: str) -> list[str]:
    """The fields a column of this kind can fill, in the order the user is offered them."""
    return [field for field in kinds()[kind] if field != NOT_READ]


KEY_FIELDS = {"organisations": "name", "systems": "name", "action-items": "challenge"}  # what a row needs
_ALSO_NAMING = {"organisations": {"acronym"}}  # a 4W may name its partners by their acronyms only


def names_records(kind: str, columns: dict[int, str]) -> bool:
    """Whether the columns say which record each row is: its name (an organisation's acronym will do)."""
    filled = set(columns.values())
    return KEY_FIELDS[kind] in filled or bool(_ALSO_NAMING.get(kind, set()) & filled)


_NOT_A_WORD = re.compile(r"[^\w#+]+")
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def heading_key(cell: Cell) -> str:
    """A heading as compared: "ORG_NAME", "Org. name", "OrgName" and "org  name" share one key."""
    if cell is None:
        return ""
    spaced = _CAMEL_CASE.sub(" ", str(cell)).replace("_", " ")
    return " ".join(_NOT_A_WORD.sub(" ", fold_key(spaced)).split())


@cache
def _synonyms(kind: str) -> dict[str, tuple[str, int]]:
    """Heading key -> (field, rank): a lower rank wins when two columns name one field ("Implementing
    partner" before "Lead organization")."""
    found: dict[str, tuple[str, int]] = {}
    for field, (words, _tags) in kinds()[kind].items():
        for rank, word in enumerate((field, *words)):
            found.setdefault(heading_key(word), (field, rank))
    # then the headings the exports write, in every language: a workbook exported in French reads back
    for field, heading in _export_headings(kind):
        if field in kinds()[kind]:
            for word in in_every_language(heading):
                found.setdefault(heading_key(word), (field, len(found)))
    return found


def _export_headings(kind: str) -> list[tuple[str, str]]:
    """(field, heading as marked for translation) of the columns an export of this kind writes."""
    from pim_desktop.exports.tables import ACTION_ITEM_FIELDS, ORGANISATION_FIELDS, SYSTEM_FIELDS

    declared = {
        "organisations": ORGANISATION_FIELDS,
        "systems": SYSTEM_FIELDS,
        "action-items": ACTION_ITEM_FIELDS,
    }
    return [(f.name, f.heading) for f in declared[kind]]


def is_hxl_row(row: list[Cell]) -> bool:
    """Mostly hashtags, and at least two of them (unless the sheet has one column): a data row whose only
    text is a note such as "#CONTACT" is data, not tags."""
    filled = [str(c).strip() for c in row if c is not None and str(c).strip()]
    tags = sum(1 for c in filled if c.startswith("#"))
    return bool(filled) and tags >= max(1, len(filled) // 2) and tags >= min(2, len(row))


_PLAIN_ATTRIBUTES = {"name", "list"}  # what a tag says of every column of its hashtag: no weight


def hxl_field(tag: Cell, kind: str) -> tuple[str, int] | None:
    """The field an HXL tag names, with its weight: the known tag whose attributes the cell's tag holds and
    that says the most beyond a plain name ("#org+type+name" is a type, "#org+funder" not read); of two
    that say as much, the one listed first ("#org+impl" before "#org+lead")."""
    if not isinstance(tag, str) or not tag.strip().startswith("#"):
        return None
    hashtag, *attributes = tag.strip().lower().replace(" ", "").split("+")
    best: tuple[str, int] | None = None
    for field, (_words, tags) in kinds()[kind].items():
        for rank, known in enumerate(tags):
            known_hashtag, *known_attributes = known.split("+")
            if known_hashtag != hashtag or not set(known_attributes) <= set(attributes):
                continue
            weight = len(set(known_attributes) - _PLAIN_ATTRIBUTES) * 100 - rank
            if best is None or weight > best[1]:
                best = (field, weight)
    return best


@dataclass(frozen=True)
class Layout:
    """Where the data of a sheet is and what each column holds."""

    kind: str
    header_rows: tuple[int, ...]  # rows read as the header (0-based); the HXL row among them if any
    first_data_row: int
    columns: dict[int, str]  # column index -> field
    headings: tuple[str, ...]  # the header as shown in the file, for the user to correct the mapping


def _match(headings: list[list[str]], kind: str) -> dict[int, str]:
    """Each column's field by its heading; of two columns that name one field, the better synonym wins.
    `headings` holds for each column the texts to try, best first (a two-row header joined, then each row)."""
    synonyms = _synonyms(kind)
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
    for index, texts in enumerate(headings):
        for text in texts:
            found = synonyms.get(heading_key(text))
            if found:
                field, rank = found
                if field not in best or rank < best[field][0]:
                    best[field] = (rank, index)
                break
    return {index: field for field, (_rank, index) in best.items() if field != NOT_READ}


def _tagged(tags: list[Cell], kind: str) -> dict[int, str]:
    """Each column's field by its HXL tag; of two columns that name one field, the weightier tag wins."""
    best: dict[str, tuple[int, int]] = {}  # field -> (weight, column)
    taken: set[int] = set()
    for index, tag in enumerate(tags):
        found = hxl_field(tag, kind)
        if found:
            taken.add(index)
            field, weight = found
            if field not in best or weight > best[field][0]:
                best[field] = (weight, index)
    chosen = {index: field for field, (_weight, index) in best.items()}
    return {index: chosen.get(index, NOT_READ) for index in taken}


def _text(cell: Cell) -> str:
    return str(cell).strip() if cell is not None else ""


def _header_options(rows: list[list[Cell]], top: int) -> list[tuple[tuple[int, ...], list[list[str]]]]:
    """The header on one row, or over two (a merged heading above the columns' own words)."""
    one = [[_text(c)] for c in rows[top]]
    options: list[tuple[tuple[int, ...], list[list[str]]]] = [((top,), one)]
    if top + 1 < len(rows) and not is_hxl_row(rows[top + 1]):
        two = [
            [" ".join(t for t in (_text(upper), _text(lower)) if t), _text(lower), _text(upper)]
            for upper, lower in zip(rows[top], rows[top + 1], strict=False)
        ]
        options.append(((top, top + 1), two))
    return options


def find_layout(rows: list[list[Cell]], kind: str | None = None) -> Layout | None:
    """The header row (or two), the HXL row under it, and the column of each field; None when nothing is
    recognisable. With kind None, the kind whose columns match best."""
    candidates = [kind] if kind else list(kinds())
    best: tuple[int, Layout] | None = None
    for candidate in candidates:
        for top in range(min(SCAN_ROWS, len(rows))):
            if is_hxl_row(rows[top]):
                continue
            for header_rows, headings in _header_options(rows, top):
                matched = _match(headings, candidate)
                after = header_rows[-1] + 1
                by_name = len(matched)
                # a tag says what a column holds better than its heading; a row of data whose notes start
                # with "#" names no field
                if after < len(rows) and is_hxl_row(rows[after]):
                    tagged = _tagged(rows[after], candidate)
                    if tagged:
                        for index, field in tagged.items():
                            matched = {i: f for i, f in matched.items() if f != field or i == index}
                            matched[index] = field
                        matched = {i: f for i, f in matched.items() if f != NOT_READ}
                        header_rows, after = (*header_rows, after), after + 1
                if not names_records(candidate, matched):
                    continue
                # a column recognised by its name counts a little more than by its tag
                score = by_name * 10 + (len(matched) - by_name) * 9 - len(header_rows)
                if best is None or score > best[0]:
                    shown = tuple(texts[0] for texts in headings)
                    best = (score, Layout(candidate, header_rows, after, matched, shown))
    return best[1] if best else None


def corrected(layout: Layout, corrections: dict[str, str | None]) -> Layout:
    """The layout with columns the user named set to a field, or to none (None): a column is named by its
    heading (folded as headings are), its letter (C) or its number (3)."""
    columns = dict(layout.columns)
    known = set(fields(layout.kind))
    for named, field in corrections.items():
        index = _column_index(layout, named)
        if field is not None and field not in known:
            raise UnreadableSourceError(
                _("'{field}' is not a field of {kind}; the fields are: {fields}").format(
                    field=field, kind=layout.kind, fields=", ".join(sorted(known))
                )
            )
        columns = {i: f for i, f in columns.items() if i != index and f != field}
        if field is not None:
            columns[index] = field
    return replace(layout, columns=columns)


def _column_index(layout: Layout, named: str) -> int:
    wanted = heading_key(named)
    for index, heading in enumerate(layout.headings):
        if heading_key(heading) == wanted:
            return index
    if named.isdigit() and 1 <= int(named) <= len(layout.headings):
        return int(named) - 1
    if named.isalpha() and len(named) <= 2:
        index = 0
        for letter in named.upper():
            index = index * 26 + ord(letter) - ord("A") + 1
        if index <= len(layout.headings):
            return index - 1
    raise UnreadableSourceError(
        _("there is no column '{column}'; the columns are: {columns}").format(
            column=named, columns=", ".join(h for h in layout.headings if h)
        )
    )
