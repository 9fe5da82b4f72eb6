"""The standard content in the language words are given in.

An operation file keeps the standard matrix, process and principles as they were written into it. What the
operation has not changed is standard wording, and is shown in the reader's language: a French team opening
a file started in English reads the standard categories, rows and entries in French, while every entry the
operation wrote or changed stays as written. Translations ship beside the English files
(resources/matrix/standard-matrix.fr.json, resources/process/pim-process.fr.json); what a translation
leaves out stays in English.
"""

from dataclasses import dataclass, field
from functools import cache

from pim_desktop import i18n
from pim_desktop.domain.enums import EntryState
from pim_desktop.resources import load_json_resource, resource_path


@dataclass(frozen=True)
class Wording:
    """One language's standard words, by stable code; empty for English (the stored words are English)."""

    categories: dict[str, str] = field(default_factory=dict)
    rows: dict[str, str] = field(default_factory=dict)
    entries: dict[str, str] = field(default_factory=dict)  # by standard key: category/row/number
    steps: dict[str, str] = field(default_factory=dict)
    principles: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)  # of the steps and principles, by code

    def category(self, code: str, stored: str, is_standard: bool = True) -> str:
        return self.categories.get(code, stored) if is_standard else stored

    def row(self, code: str, stored: str, is_standard: bool) -> str:
        return self.rows.get(code, stored) if is_standard else stored

    def entry(self, standard_key: str | None, stored: str, state: EntryState) -> str:
        """An entry the operation has not changed reads in the reader's language; its own stay as written."""
        if state is not EntryState.STANDARD or standard_key is None:
            return stored
        return self.entries.get(standard_key, stored)

    def standard_entry(self, standard_key: str | None, stored: str | None) -> str | None:
        return self.entries.get(standard_key, stored) if standard_key else stored

    def step(self, code: str, stored: str) -> str:
        return self.steps.get(code, stored)

    def principle(self, code: str, stored: str) -> str:
        return self.principles.get(code, stored)

    def description(self, code: str, stored: str) -> str:
        return self.descriptions.get(code, stored)


def _translation(folder: str, stem: str, language: str) -> dict:
    """resources/FOLDER/STEM.LANGUAGE.json, or nothing when that language has no such file."""
    name = f"{stem}.{language}.json"
    return load_json_resource(folder, name) if resource_path(folder, name).exists() else {}


@cache
def wording_in(language: str) -> Wording:
    if language == i18n.ENGLISH:
        return Wording()
    matrix = _translation("matrix", "standard-matrix", language)
    process = _translation("process", "pim-process", language)
    entries = {
        f"{category}/{row}/{number}": text
        for category, cells in matrix.get("cells", {}).items()
        for row, texts in cells.items()
        for number, text in enumerate(texts, start=1)
    }
    steps, descriptions = {}, {}
    for step in process.get("steps", []):
        for item in [step, *step.get("sub_steps", [])]:
            steps[item["code"]] = item["label"]
            descriptions[item["code"]] = item["description"]
    principles = process.get("principles", [])
    descriptions |= {p["code"]: p["description"] for p in principles}
    return Wording(
        categories=dict(matrix.get("categories", {})),
        rows=dict(matrix.get("rows", {})),
        entries=entries,
        steps=steps,
        principles={p["code"]: p["label"] for p in principles},
        descriptions=descriptions,
    )


def wording() -> Wording:
    """The standard words in the current language (an export's own, else the program's)."""
    return wording_in(i18n.language())
