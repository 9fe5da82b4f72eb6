"""The guide Help > Guide shows is found where the program looks for it, in each of its languages, and each
translation says what the English says: the same sections, the same points and the same keys."""

import re

import pytest

from pim_desktop.resources import guide_path

KEYS = re.compile(r"Ctrl\+(?:(?:Shift|Maj|Alt)\+)?[A-Z0-9,]|(?<![A-Za-z0-9])F\d+(?!\d)")


def _outline(language: str) -> tuple[int, int, set[str]]:
    """Its sections, its points and the keys it names (French names Shift "Maj")."""
    text = guide_path(language).read_text(encoding="utf-8")
    sections = len(re.findall(r"^## ", text, re.MULTILINE))
    points = len(re.findall(r"^- ", text, re.MULTILINE))
    return sections, points, {key.replace("Maj", "Shift") for key in KEYS.findall(text)}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_each_translated_guide_says_what_the_english_one_says(language: str):
    assert guide_path(language).name == f"guide.{language}.md"
    assert _outline(language) == _outline("en")


def test_a_language_without_a_guide_of_its_own_reads_the_english_one():
    assert guide_path("en").name == guide_path("es").name == "guide.md"
