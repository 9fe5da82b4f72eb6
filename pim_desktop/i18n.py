"""The language of the program's own words outside the window: exports, coded-value labels, the standard
matrix wording and the messages of the services.

The window translates its widgets with Qt (`tr`, .ts sources, .qm built by the set-up); everything below the
Qt layer uses gettext (.po sources in resources/translations, .mo built by the set-up), because Qt must not
be needed to export a workbook. Both follow one choice of language: the window sets the program's language
at start, and an export speaks the language it is asked for, in a scope that ends with it.
"""

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from pim_desktop.resources import resource_path

ENGLISH = "en"
# The languages a user can choose, each named in itself.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})
CATALOGUE_DOMAIN = "pim_desktop"

_program_language = ENGLISH
_scoped_language: ContextVar[str | None] = ContextVar("pim_language", default=None)


def catalogue_path(language: str, suffix: str) -> str:
    """Where the built catalogue of a language lives: .mo for gettext, .qm for Qt."""
    return str(resource_path("translations", f"{CATALOGUE_DOMAIN}_{language}{suffix}"))


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    if language == ENGLISH:
        return gettext.NullTranslations()
    try:
        with open(catalogue_path(language, ".mo"), "rb") as handle:  # noqa: PTH123 - gettext wants a file
            return gettext.GNUTranslations(handle)
    except OSError:
        # a checkout whose set-up has not built the catalogues yet: English rather than nothing
        return gettext.NullTranslations()


def in_every_language(message: str) -> set[str]:
    """`message` as each language the program ships says it (a heading an export wrote, read back)."""
    return {_catalogue(code).gettext(message) for code in LANGUAGES}


def language() -> str:
    """The language words are given in right now: an export's own, else the program's."""
    return _scoped_language.get() or _program_language


def _known(code: str) -> str:
    """A language the program ships (domain.validation.normalise_language reads what a user typed)."""
    if code not in LANGUAGES:
        raise ValueError(f"PIM Desktop has no '{code}' translation")
    return code


def set_program_language(code: str) -> str:
    global _program_language
    _program_language = _known(code)
    return _program_language


@contextmanager
def speaking(requested: str | None) -> Iterator[str]:
    """Give words in another language for the length of a block (one export), on this thread only."""
    code = _known(requested) if requested else language()
    token = _scoped_language.set(code)
    try:
        yield code
    finally:
        _scoped_language.reset(token)


def is_right_to_left(code: str | None = None) -> bool:
    return (code or language()) in RIGHT_TO_LEFT


def _(message: str) -> str:
    """The message in the current language (the English itself when no translation exists)."""
    return _catalogue(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for `count` things in the current language (French says "1 ligne", "0 ligne",
    Arabic has six forms); the English singular is for 1 only."""
    return _catalogue(language()).ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - gettext's name, which the extractor looks for
    """Marks a message for translation where it is defined; `_` translates it where it is shown."""
    return message
