"""Rules on values typed by users, shared by services, import and the GUI."""

import re
import unicodedata
from datetime import date

from pim_desktop.domain.errors import ValidationError

MAX_NAME_LENGTH = 200
_SPACES = re.compile(r"\s+")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fold_key(value: str) -> str:
    """A comparison key that ignores case, accents and spacing: "Médecins  Sans Frontières" and
    "medecins sans frontieres" share one key. Used for duplicate warnings and import matching."""
    if value.isascii():  # no accents to take off: the common case, and much faster
        return " ".join(value.lower().split())
    return " ".join(word.lower() if word.isascii() else _fold_word(word) for word in value.split())


def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def clean_text(value: str) -> str:
    """Text as stored: no control characters except line breaks and tabs, no trailing spaces."""
    kept = (char for char in value if char in "\n\t" or unicodedata.category(char) != "Cc")
    return "".join(kept).replace("\r\n", "\n").strip()


def required_name(value: str, what: str) -> str:
    name = _SPACES.sub(" ", clean_text(value))
    if not name:
        raise ValidationError(f"the {what} cannot be empty")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"the {what} is too long ({len(name)} characters; at most {MAX_NAME_LENGTH})")
    return name


def country_code(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-3 country code, upper case, or None when left empty."""
    if value is None or not value.strip():
        return None
    import pycountry  # only when a country is given: its data takes a moment to load

    code = value.strip().upper()
    if pycountry.countries.get(alpha_3=code) is None:
        raise ValidationError(
            f"'{value.strip()}' is not an ISO 3166 three-letter country code (e.g. LBN, SYR)"
        )
    return code


def country_name(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return country.name if country else code


def day_text(day: date | None) -> str:
    """A day as a user types it (YYYY-MM-DD), empty for none: what parse_day reads back."""
    return day.isoformat() if day else ""


def parse_day(text: str, what: str = "date") -> date | None:
    """A day typed as YYYY-MM-DD; None when left empty."""
    if not text.strip():
        return None
    if not _DAY.match(text.strip()):  # fromisoformat also takes "2024-W10" or "20240305": not what we ask for
        raise ValidationError(f"the {what} '{text.strip()}' is not a date: write it as YYYY-MM-DD")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"the {what} '{text.strip()}' is not a date: write it as YYYY-MM-DD") from None
