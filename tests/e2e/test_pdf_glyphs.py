"""Every character a PDF draws has a glyph in the embedded font: a character without one is drawn as an
empty box ("Locked rows (□)"), which a reader cannot tell from a mark that means something.

Every string the PDF writer hands to reportlab is caught on its way to the font (reportlab splits each one
into the font's subsets there), for the whole report of the sample operation in each language."""

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, set[str]]]:
    """The characters drawn in each embedded font, by the font's name."""
    found: dict[str, set[str]] = {}
    split = TTFont.splitString

    def catching(font: TTFont, text: str, doc: object, encoding: str = "utf-8") -> object:
        found.setdefault(font.fontName, set()).update(text)
        return split(font, text, doc, encoding)

    monkeypatch.setattr(TTFont, "splitString", catching)
    yield found


def _missing(font_name: str, characters: set[str]) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import getFont

    glyphs = getFont(font_name).face.charToGlyph
    return sorted(f"U+{ord(c):04X} {c!r}" for c in characters if ord(c) not in glyphs and c != "\xa0")


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_character_of_the_report_is_in_the_embedded_font(
    sample_file: Path, tmp_path: Path, drawn: dict[str, set[str]], language: str
):
    with open_operation(sample_file, read_only=True) as operation:
        for view in ("report", "action-plans"):  # the handout is laid out on its own
            export(operation, view, "pdf", tmp_path / f"{view}.pdf", ExportOptions(language=language))
    assert set(drawn) == {"PimSans", "PimSans-Bold"}
    assert sum(map(len, drawn.values())) > 80  # the catch works: letters, digits, marks
    if language == "ar":
        assert any("\ufe70" <= c <= "\ufeff" for c in drawn["PimSans"])  # Arabic in its joined forms
    missing = {name: _missing(name, characters) for name, characters in drawn.items()}
    assert missing == {"PimSans": [], "PimSans-Bold": []}


def test_a_character_the_font_lacks_is_found(sample_file: Path, tmp_path: Path, drawn: dict[str, set[str]]):
    """The check sees user text too: a system named with an emoji DejaVu Sans does not have."""
    with open_operation(sample_file) as operation:
        systems = SystemService(operation)
        first = systems.get(1)
        systems.update(1, replace(first.details, name=f"{first.details.name} \U0001f512"))
        export(operation, "systems", "pdf", tmp_path / "systems.pdf", ExportOptions())
    assert _missing("PimSans", drawn["PimSans"]) == ["U+1F512 '\U0001f512'"]
