"""Rules on values typed by users, shared by services, import and the GUI."""

import re
import unicodedata
from datetime import date
from functools import lru_cache

from pim_desktop.domain.errors import ValidationError
from pim_desktop.i18n import LANGUAGES, N_, _

MAX_NAME_LENGTH = 200
_SPACES = re.compile(r"\s+")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# What is said of a name or a day, a whole sentence for each one the program asks for, so that a translation
# can make its words agree with the noun (in French: "le nom ... vide", "la date ... écrivez-la"). A `what`
# not listed here gets the general sentence, with its words as given.
_EMPTY_NAME = {
    "operation name": N_("the operation name cannot be empty"),
    "organisation name": N_("the organisation name cannot be empty"),
    "system name": N_("the system name cannot be empty"),
    "row name": N_("the row name cannot be empty"),
    "plan title": N_("the plan title cannot be empty"),
    "group theme": N_("the group theme cannot be empty"),
}
_ANY_EMPTY_NAME = N_("the {what} cannot be empty")
_LONG_NAME = {
    "operation name": N_("the operation name is too long ({length} characters; at most {most})"),
    "organisation name": N_("the organisation name is too long ({length} characters; at most {most})"),
    "system name": N_("the system name is too long ({length} characters; at most {most})"),
    "row name": N_("the row name is too long ({length} characters; at most {most})"),
    "plan title": N_("the plan title is too long ({length} characters; at most {most})"),
    "group theme": N_("the group theme is too long ({length} characters; at most {most})"),
}
_ANY_LONG_NAME = N_("the {what} is too long ({length} characters; at most {most})")
_NOT_A_DAY = {
    "date": N_("the date '{text}' is not a date: write it as YYYY-MM-DD"),
    "start date": N_("the start date '{text}' is not a date: write it as YYYY-MM-DD"),
    "end date": N_("the end date '{text}' is not a date: write it as YYYY-MM-DD"),
    "first day": N_("the first day '{text}' is not a date: write it as YYYY-MM-DD"),
    "last day": N_("the last day '{text}' is not a date: write it as YYYY-MM-DD"),
    "due date": N_("the due date '{text}' is not a date: write it as YYYY-MM-DD"),
    "last confirmed": N_("the day of the last confirmation '{text}' is not a date: write it as YYYY-MM-DD"),
    "changed-since date": N_("the changed-since date '{text}' is not a date: write it as YYYY-MM-DD"),
}
_ANY_NOT_A_DAY = N_("the {what} '{text}' is not a date: write it as YYYY-MM-DD")


def fold_key(value: str) -> str:
    """A comparison key that ignores case, accents and spacing: "Médecins  Sans Frontières" and
    "medecins sans frontieres" share one key. Used for duplicate warnings and import matching."""
    if value.isascii():  # no accents to take off: the common case, and much faster
        return " ".join(value.lower().split())
    return " ".join(word.lower() if word.isascii() else _fold_word(word) for word in value.split())


def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


# Unicode's control characters (category Cc: C0, DEL and C1) but the line break and the tab
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """Text as stored: no control characters except line breaks and tabs (a carriage return goes too, so
    Windows line ends become plain ones), no spaces around."""
    return _CONTROL.sub("", value).strip()


def is_blank(text: str) -> bool:
    """Nothing a reader would see: no letter, digit, punctuation or symbol, only spaces, combining marks or
    invisible format characters (a zero-width space pasted from a web page)."""
    return not any(unicodedata.category(char)[0] in "LNPS" for char in text)


def required_name(value: str, what: str) -> str:
    name = _SPACES.sub(" ", clean_text(value))
    if is_blank(name):
        raise ValidationError(_(_EMPTY_NAME.get(what, _ANY_EMPTY_NAME)).format(what=what))
    if len(name) > MAX_NAME_LENGTH:
        too_long = _(_LONG_NAME.get(what, _ANY_LONG_NAME))
        raise ValidationError(too_long.format(what=what, length=len(name), most=MAX_NAME_LENGTH))
    return name


@lru_cache(maxsize=512)  # an import asks for the same few countries on every row
def country_code(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-3 country code, upper case, or None when left empty."""
    if value is None or not value.strip():
        return None
    import pycountry  # only when a country is given: its data takes a moment to load

    code = value.strip().upper()
    if pycountry.countries.get(alpha_3=code) is None:
        raise ValidationError(
            _("'{value}' is not an ISO 3166 three-letter country code (e.g. LBN, SYR)").format(
                value=value.strip()
            )
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
        raise _not_a_day(text, what)
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _not_a_day(text, what) from None


def _not_a_day(text: str, what: str) -> ValidationError:
    return ValidationError(_(_NOT_A_DAY.get(what, _ANY_NOT_A_DAY)).format(what=what, text=text.strip()))


def normalise_language(requested: str) -> str:
    """'fr', 'FR', 'fr_FR', 'fr-CA' all mean French; a language we do not ship is refused by name."""
    code = requested.strip().replace("-", "_").split("_", 1)[0].lower()
    if code not in LANGUAGES:
        choices = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        raise ValidationError(f"there is no '{requested}' translation; choose one of {choices}")
    return code
