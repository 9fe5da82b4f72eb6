"""Recognising a sheet's columns: its header row is found even below a title, over two rows, or above an HXL
tag row; columns are matched by name, by common synonyms in English and French, and by HXL tags."""

import re
from dataclasses import dataclass
from functools import cache

from pim_desktop.domain.validation import fold_key
from pim_desktop.imports.reading import Cell
from pim_desktop.resources import load_json_resource

SCAN_ROWS = 30  # the header is looked for in the first rows only

Columns = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # field -> (names, HXL tags)


@cache
def kinds() -> dict[str, Columns]:
    """What an import recognises for organisations and for systems (resources/import/columns.json); the
    export's stable column names are recognised too."""
    data = load_json_resource("import", "columns.json")
    return {
        kind: {field: (tuple(spec["names"]), tuple(spec["hxl"])) for field, spec in data[kind].items()}
        for kind in ("organisations", "systems", "action-items")
    }


KEY_FIELDS = {"organisations": "name", "systems": "name", "action-items": "challenge"}  # what a row needs


_PUNCTUATION = re.compile(r"[^\w#+' ]+")


def _key(cell: Cell) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold_key(str(cell))).split()) if cell is not None else ""


def _synonyms(columns: Columns) -> dict[str, str]:
    found: dict[str, str] = {}
    for field, (words, _tags) in columns.items():
        for word in (field.replace("_", " "), field, *words):
            found.setdefault(_key(word), field)
    return found


def is_hxl_row(row: list[Cell]) -> bool:
    filled = [str(c).strip() for c in row if c is not None and str(c).strip()]
    return bool(filled) and sum(1 for c in filled if c.startswith("#")) >= max(1, len(filled) // 2)


def _hxl_field(tag: Cell, columns: Columns) -> str | None:
    """The field an HXL tag names: the longest known tag that the cell's tag starts with (attributes in
    any order after the hashtag are compared as a set)."""
    if not isinstance(tag, str) or not tag.strip().startswith("#"):
        return None
    parts = tag.strip().lower().replace(" ", "").split("+")
    best, best_length = None, 0
    for field, (_words, tags) in columns.items():
        for known in tags:
            known_parts = known.split("+")
            if (
                parts[0] == known_parts[0]
                and set(known_parts[1:]) <= set(parts[1:])
                and len(known_parts) > best_length
            ):
                best, best_length = field, len(known_parts)
    return best


@dataclass(frozen=True)
class Layout:
    """Where the data of a sheet is and what each column holds."""

    kind: str
    header_rows: tuple[int, ...]  # rows read as the header (0-based); the HXL row among them if any
    first_data_row: int
    columns: dict[int, str]  # column index -> field
    headings: tuple[str, ...]  # the header as shown in the file, for the user to correct the mapping


def _match(headings: list[str], synonyms: dict[str, str]) -> dict[int, str]:
    matched: dict[int, str] = {}
    for index, heading in enumerate(headings):
        field = synonyms.get(_key(heading))
        if field and field not in matched.values():
            matched[index] = field
    return matched


def find_layout(rows: list[list[Cell]], kind: str | None = None) -> Layout | None:
    """The header row (or two), the HXL row under it, and the column of each field; None when nothing is
    recognisable. With kind None, the kind whose columns match best."""
    candidates = [kind] if kind else list(kinds())
    best: tuple[int, Layout] | None = None
    for candidate in candidates:
        columns = kinds()[candidate]
        synonyms = _synonyms(columns)
        for top in range(min(SCAN_ROWS, len(rows))):
            if is_hxl_row(rows[top]):
                continue
            options = [((top,), [str(c) if c is not None else "" for c in rows[top]])]
            if top + 1 < len(rows) and not is_hxl_row(rows[top + 1]):  # a header over two rows
                joined = [
                    " ".join(str(c) for c in pair if c not in (None, ""))
                    for pair in zip(rows[top], rows[top + 1], strict=False)
                ]
                options.append(((top, top + 1), joined))
            for header_rows, headings in options:
                matched = _match(headings, synonyms)
                after = header_rows[-1] + 1
                by_name = len(matched)
                # tags fill what names did not say; a row of data whose notes start with "#" names no field
                tags = after < len(rows) and is_hxl_row(rows[after])
                if tags and any(_hxl_field(tag, columns) for tag in rows[after]):
                    for index, tag in enumerate(rows[after]):
                        field = _hxl_field(tag, columns)
                        if field and index not in matched and field not in matched.values():
                            matched[index] = field
                    header_rows, after = (*header_rows, after), after + 1
                if KEY_FIELDS[candidate] not in matched.values():
                    continue
                # a column recognised by its name counts a little more than by its tag
                score = by_name * 10 + (len(matched) - by_name) * 9 - len(header_rows)
                if best is None or score > best[0]:
                    best = (score, Layout(candidate, header_rows, after, matched, tuple(headings)))
    return best[1] if best else None
