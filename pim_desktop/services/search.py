"""Finding things in the matrix: plain text search, and the PIM guidance's "start from the Output row" way
in: describe the data you need and see which categories produce it and which mapped systems could be its
source."""

import re
from functools import cache

from pim_desktop.domain import model
from pim_desktop.domain.validation import fold_key
from pim_desktop.resources import resource_path


@cache
def stop_words() -> frozenset[str]:
    lines = resource_path("search", "stop-words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


OUTPUT_WEIGHT = 3
_WORD = re.compile(r"\w+")


def stem(word: str) -> str:
    """A rough stem so that 'returns', 'returning' and 'returned' meet 'return'."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> set[str]:
    return {
        stem(word) for word in _WORD.findall(fold_key(text)) if len(word) > 2 and word not in stop_words()
    }


def _related(wanted: str, found: str) -> bool:
    """Same stem, or one a prefix of the other when long enough ('displac' and 'displacement')."""
    if wanted == found:
        return True
    shorter = min(len(wanted), len(found))
    return shorter >= 5 and (found.startswith(wanted) or wanted.startswith(found))


def hits(wanted: set[str], text: str) -> int:
    """How many of the wanted terms the text speaks of."""
    found = terms(text)
    return sum(1 for term in wanted if any(_related(term, other) for other in found))


def find_sources(
    query: str, matrix: model.Matrix, systems: list[model.SystemSummary]
) -> model.SourceSearchResult:
    wanted = terms(query)
    if not wanted:
        return model.SourceSearchResult(query_terms=(), categories=(), systems=())
    output_row_ids = {row.id for row in matrix.rows if row.code == "output"}
    matches = []
    for category in matrix.categories:
        score, matched = 0, []
        for row in matrix.rows:
            for entry in matrix.cell(category.id, row.id):
                count = hits(wanted, entry.text)
                if count:
                    weight = OUTPUT_WEIGHT if row.id in output_row_ids else 1
                    score += count * weight
                    matched.append((weight, entry.text))
        if score:
            matched.sort(key=lambda item: -item[0])
            matches.append(model.CategoryMatch(category.id, score, tuple(text for _, text in matched)))
    matches.sort(key=lambda match: -match.score)
    scored = [(hits(wanted, f"{s.name} {s.outputs} {s.methods}"), s) for s in systems]
    rank = {match.category_id: position for position, match in enumerate(matches)}
    scored = [(count, s) for count, s in scored if count]
    scored.sort(key=lambda item: (-item[0], rank.get(item[1].primary_category_id, 99), item[1].name))
    found_systems = [system for _, system in scored]
    return model.SourceSearchResult(
        query_terms=tuple(sorted(wanted)), categories=tuple(matches), systems=tuple(found_systems)
    )


def text_matches(query: str, text: str) -> bool:
    """Plain search: every word of the query appears in the text, ignoring case and accents."""
    folded = fold_key(text)
    return all(word in folded for word in fold_key(query).split())
