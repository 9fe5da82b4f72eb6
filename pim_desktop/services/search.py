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


class SourceIndex:
    """The search terms of each system's name, outputs and methods, worked out once, so that finding a source
    among 20,000 systems is a set lookup a system rather than a text analysis."""

    def __init__(self, systems: list[model.SystemSummary]) -> None:
        self.systems = systems
        stems: dict[str, str | None] = {}

        def term(word: str) -> str | None:
            if word not in stems:
                stems[word] = stem(word) if len(word) > 2 and word not in stop_words() else None
            return stems[word]

        self._terms = [
            frozenset(
                t
                for word in _WORD.findall(fold_key(f"{s.name} {s.outputs} {s.methods}"))
                if (t := term(word))
            )
            for s in systems
        ]
        self._vocabulary = frozenset(t for t in stems.values() if t)

    def ranked(
        self, wanted: set[str], allowed: set[int] | None = None
    ) -> list[tuple[int, model.SystemSummary]]:
        """(wanted terms spoken of, system) for each system speaking of one, among the `allowed` ids."""
        related = [frozenset(v for v in self._vocabulary if _related(term, v)) for term in wanted]
        found = []
        for system, system_terms in zip(self.systems, self._terms, strict=True):
            if allowed is not None and system.id not in allowed:
                continue
            count = sum(1 for terms_of_wanted in related if not terms_of_wanted.isdisjoint(system_terms))
            if count:
                found.append((count, system))
        return found


def find_sources(
    query: str,
    matrix: model.Matrix,
    systems: list[model.SystemSummary],
    index: SourceIndex | None = None,
) -> model.SourceSearchResult:
    """Categories whose matrix speaks of the data wanted (Output row first), and the systems that could give
    it. With an index of all systems, `systems` are those the user's filter keeps."""
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
    if index is None:
        scored = SourceIndex(systems).ranked(wanted)
    else:
        scored = index.ranked(wanted, {s.id for s in systems} if len(systems) < len(index.systems) else None)
    rank = {match.category_id: position for position, match in enumerate(matches)}
    scored.sort(key=lambda item: (-item[0], rank.get(item[1].primary_category_id, 99), item[1].name))
    return model.SourceSearchResult(
        query_terms=tuple(sorted(wanted)), categories=tuple(matches), systems=tuple(s for _, s in scored)
    )


def text_matches(query: str, text: str) -> bool:
    """Plain search: every word of the query appears in the text, ignoring case and accents."""
    folded = fold_key(text)
    return all(word in folded for word in fold_key(query).split())
