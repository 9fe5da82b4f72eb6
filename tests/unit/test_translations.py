"""The translations keep what the program fills in (placeholders: each one, and none of their own), one
keyboard accelerator where the
English has one, and they are complete where the issue asks for it: French everywhere; Arabic at least the
menus, the matrix labels and the export headings. A count takes the form of its number in each language:
the English forms of the window's counts are in a catalogue of their own."""

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from pim_desktop.domain.errors import OrganisationInUseError
from pim_desktop.i18n import speaking
from pim_desktop.resources import resource_path
from tools.translations import qt_tool

FOLDER = resource_path("translations")
PLACEHOLDER = re.compile(r"\{\w*\}")
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")  # in the text as Qt sees it, after XML unescaping


def _ts_messages(language: str) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) for every message of a .ts file."""
    root = ElementTree.parse(FOLDER / f"pim_desktop_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            # a message with %n holds one text per plural form, each in a <numerusform>
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            finished = translation.get("type") != "unfinished" and all(form.strip() for form in forms)
            found += [(name, message.findtext("source") or "", form, finished) for form in forms]
    return found


def _numerus(language: str) -> set[tuple[str, str]]:
    """(context, source) of the messages with a count (Qt's "%n")."""
    root = ElementTree.parse(FOLDER / f"pim_desktop_{language}.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def _po_messages(language: str) -> list[tuple[str, str]]:
    """(source, translation) for every message of a .po file; a message with a count gives one pair a plural
    form, against the English plural."""
    with (FOLDER / f"pim_desktop_{language}.po").open("rb") as handle:
        found = []
        for message in read_po(handle):
            if not message.id:
                continue
            if message.pluralizable:
                found += [(message.id[1], form) for form in message.string]
            else:
                found.append((message.id, message.string))
        return found


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_translation_keeps_the_placeholders_and_accelerators(language: str):
    problems = []
    for context, source, translation, finished in _ts_messages(language):
        if not finished:
            continue
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation)):
            problems.append(f"{context}: {source!r} -> {translation!r}: placeholders differ")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translation)):
            problems.append(f"{context}: {source!r} -> {translation!r}: accelerators differ")
    for source, translation in _po_messages(language):
        # a form may say its number in words ("صف واحد", one row): {count} is then left out
        if translation and _placeholders(translation) not in (
            _placeholders(source),
            _placeholders(source) - {"{count}"},
        ):
            problems.append(f"{source!r} -> {translation!r}: placeholders differ")
    assert problems == []


def test_english_gives_the_forms_of_every_count_of_the_window():
    """ "%n row(s)" reads "1 row" and "2 rows": English's own catalogue holds each message with a count."""
    english = _ts_messages("en")
    assert {(context, source) for context, source, _t, _f in english} == _numerus("fr")
    assert [(context, source) for context, source, _t, finished in english if not finished] == []
    for _context, source, translation, _finished in english:
        assert _placeholders(translation) == _placeholders(source), translation
        assert not re.search(r"\((s|es|ies)\)", translation), translation  # "1 row", never "1 row(s)"


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "runs 1 system:", "runs 2 systems:"),
        ("fr", "gère encore 1 système\u00a0:", "gère encore 2 systèmes\u00a0:"),
        ("ar", "تدير نظامًا واحدًا:", "تدير نظامين:"),
    ],
)
def test_the_core_says_a_count_in_the_form_of_its_number(language: str, one: str, two: str):
    with speaking(language):
        assert one in OrganisationInUseError("UNHCR", ["ProGres"]).message
        assert two in OrganisationInUseError("UNHCR", ["ProGres", "RAIS"]).message


def test_french_is_complete():
    unfinished = [(c, s) for c, s, _t, finished in _ts_messages("fr") if not finished]
    assert unfinished == []
    assert [source for source, translation in _po_messages("fr") if not translation] == []


def test_arabic_has_the_menus_the_matrix_labels_and_the_export_headings():
    required = {"Actions", "MainWindow", "Theme", "Matrix", "Columns"}
    missing = [(c, s) for c, s, _t, finished in _ts_messages("ar") if c in required and not finished]
    assert missing == []
    assert [source for source, translation in _po_messages("ar") if not translation] == []


def test_the_sources_hold_every_word_of_the_window(tmp_path: Path):
    """lupdate run on the code now finds no word the .ts files do not have: nothing shown untranslatable."""
    lupdate = qt_tool("lupdate")
    root = FOLDER.parent.parent
    sources = [str(p) for p in (root / "pim_desktop" / "gui").rglob("*.py")]
    forms = [str(p) for p in (root / "ui").glob("*.ui")]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", *sources, *forms, "-ts", str(fresh)], check=True)
    fresh_sources = {(c, s) for c, s, _t, _f in _ts_messages_at(fresh)}
    known = {(c, s) for c, s, _t, _f in _ts_messages("fr")}
    assert fresh_sources - known == set(), "run: python tools/translations.py update"


def _ts_messages_at(path: Path) -> list[tuple[str, str, str, bool]]:
    root = ElementTree.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", "", False)
        for context in root.iter("context")
        for message in context.iter("message")
    ]
