"""Reading the values of a partner's cells: dates however they were stored, coded values by their code, their
label or a common English, French, Spanish or Arabic word, lists one a line or separated by ; or ,, and the
placeholders ("NA", "-") that mean an empty cell."""

import re
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from typing import TypeVar

from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import every_label
from pim_desktop.domain.validation import fold_key
from pim_desktop.i18n import N_, _, language
from pim_desktop.imports.columns import heading_key
from pim_desktop.imports.reading import Cell
from pim_desktop.resources import load_json_resource

Code = TypeVar("Code", bound=StrEnum)
EXCEL_EPOCH = date(1899, 12, 30)
# A word no coded value answers to, a whole sentence for each kind of value (by the name of its class)
_UNKNOWN = {
    # TRANSLATORS: in English, the name of the kind of value as the program spells it: "organisation type"
    "OrganisationType": N_("'{value}' is not a known organisationtype"),
    # TRANSLATORS: in English, the name of the kind of value as the program spells it: "system role"
    "SystemRole": N_("'{value}' is not a known systemrole"),
    # TRANSLATORS: in English, the name of the kind of value as the program spells it: "system status"
    "SystemStatus": N_("'{value}' is not a known systemstatus"),
    "Sensitivity": N_("'{value}' is not a known sensitivity"),
    # TRANSLATORS: in English, the name of the kind of value as the program spells it: "action status"
    "ActionStatus": N_("'{value}' is not a known actionstatus"),
    "Priority": N_("'{value}' is not a known priority"),
}
_ANY_UNKNOWN = N_("'{value}' is not a known {kind}")
# What partners type for "nothing here" in a cell
PLACEHOLDERS = frozenset(
    {
        "na",
        "n/a",
        "n.a.",
        "n.a",
        "#n/a",
        "#na",
        "none",
        "nil",
        "null",
        "nd",
        "n/d",
        "s/o",
        "s.o.",
        "tbd",
        "tbc",
    }
    | {
        "unknown",
        "inconnu",
        "desconocido",
        "sin dato",
        "sin datos",
        "aucun",
        "ninguno",
        "غير متوفر",
        "لا يوجد",
    }
)


class UnknownValueError(ValidationError):
    """A word no coded value answers to; `kind` names the class of value, `text` the cell's words."""

    def __init__(self, message: str, kind: str, text: str) -> None:
        super().__init__(message)
        self.kind, self.text = kind, text


@lru_cache(maxsize=8192)  # a sheet repeats its few coded values on thousands of rows
def value_key(text: str) -> str:
    """A typed value as compared: case, accents, punctuation and spacing folded ("Mouv. CR" = "mouv cr")."""
    return heading_key(text)


@cache
def _words() -> dict[str, dict[str, str]]:
    """Words partners use for coded values besides their codes and labels (resources/import/columns.json)."""
    found = load_json_resource("import", "columns.json")["values"]
    return {kind: {value_key(word): code for word, code in words.items()} for kind, words in found.items()}


@cache
def category_aliases() -> dict[str, tuple[str, ...]]:
    """Other names of the standard PIM categories (code -> names): full and short English names, spacing
    variants, and the French and Arabic labels of the translated matrix."""
    found = {
        code: list(names)
        for code, names in load_json_resource("import", "columns.json")["categories"].items()
    }
    for translation in ("fr", "ar"):
        labels = load_json_resource("matrix", f"standard-matrix.{translation}.json")["categories"]
        for code, translated in labels.items():
            found.setdefault(code, []).append(translated)
    return {code: tuple(names) for code, names in found.items()}


_A_WORD = re.compile(r"[^\W_]")  # a letter or a digit, in any script
_LONGEST_PLACEHOLDER = max(len(word) for word in PLACEHOLDERS)


def is_placeholder(text: str) -> bool:
    """A cell that says there is nothing: "NA", "n/a", "-", "—", "?"."""
    if not text:
        return False
    if len(text) > _LONGEST_PLACEHOLDER + 2:  # the common case, a real value: no folding needed
        return _A_WORD.search(text) is None
    folded = fold_key(text)
    return folded in PLACEHOLDERS or (bool(folded) and _A_WORD.search(folded) is None)


@cache
def _codes(kind: type[Code], _language: str) -> dict[str, Code]:
    """Every word a coded value answers to: its code, its label in every language (as exports write it),
    common words."""
    found = {value_key(word): kind(code) for word, code in _words().get(kind.__name__, {}).items()}
    for member in kind:
        for word in every_label(member):
            found[value_key(word)] = member
        found[value_key(member.value)] = member
    return found


def text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def coded(cell: Cell, kind: type[Code], mapped: dict[str, str] | None = None) -> Code | None:
    """A coded value from its code, its label, a common word, or what the user mapped the word to (`mapped`:
    folded word -> code); None when the cell is empty or a placeholder. An unknown word is an
    UnknownValueError naming it."""
    typed = text(cell)
    key = value_key(typed)
    if not key or is_placeholder(typed):
        return None
    if mapped and key in mapped:
        return coded(mapped[key], kind)  # a code, its label or a word it answers to
    found = _codes(kind, language()).get(key)
    if found is not None:
        return found
    unknown = _(_UNKNOWN.get(kind.__name__, _ANY_UNKNOWN))
    raise UnknownValueError(unknown.format(value=typed, kind=kind.__name__.lower()), kind.__name__, typed)


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "janvier", "janv", "enero", "ene"),
            ("february", "feb", "fevrier", "fevr", "fev", "febrero"),
            ("march", "mar", "mars", "marzo"),
            ("april", "apr", "avril", "avr", "abril", "abr"),
            ("may", "mai", "mayo"),
            ("june", "jun", "juin", "junio"),
            ("july", "jul", "juillet", "juil", "julio"),
            ("august", "aug", "aout", "agosto", "ago"),
            ("september", "sep", "sept", "septembre", "septiembre", "set"),
            ("october", "oct", "octobre", "octubre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "decembre", "diciembre", "dic"),
        ),
        start=1,
    )
    for name in names
}
_NUMBERS = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_WORDS = re.compile(r"[a-z]+|\d+")


def day(cell: Cell) -> date | None:
    """A day stored as a date, an Excel serial number, or typed the usual ways: 2024-03-15, 15/03/2024,
    15.03.24, 03/15/2024 (when the day cannot be the month), 15 March 2024, March 15, 2024, 15 mars 2024,
    15 de marzo de 2024, Mar-2024 (the first of the month). A placeholder is no date."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and 1 <= cell < 2_958_466:  # what Excel counts from 1899-12-30
        return EXCEL_EPOCH + timedelta(days=int(cell))
    typed = text(cell)
    if is_placeholder(typed):
        return None
    found = _typed_day(typed.split("T")[0].split(" 00:00")[0].strip())
    if found is None:
        raise ValidationError(_("'{text}' is not a date (write it as YYYY-MM-DD)").format(text=typed))
    return found


def _typed_day(typed: str) -> date | None:
    try:
        if match := _NUMBERS.match(typed):
            first, second, third = (int(part) for part in match.groups())
            if len(match.group(1)) == 4:  # 2024-03-15, 2024/03/15
                return date(first, second, third)
            year = third + 2000 if third < 100 else third
            if second > 12 >= first:  # 03/15/2024: only the month can come first
                return date(year, first, second)
            return date(year, second, first)
        words = _WORDS.findall(fold_key(typed))
        months = [_MONTHS[w] for w in words if w in _MONTHS]
        numbers = [int(w) for w in words if w.isdigit()]
        if len(months) == 1 and numbers:
            years = [n for n in numbers if n >= 1900]
            days = [n for n in numbers if 1 <= n <= 31]
            if len(years) == 1 and len(numbers) <= 2:
                return date(years[0], months[0], days[0] if len(numbers) == 2 and days else 1)
    except ValueError:
        return None
    return None


def items(cell: Cell) -> list[str]:
    """A list typed in one cell: one a line, or separated by semicolons (commas too when on one line)."""
    value = text(cell)
    if not value:
        return []
    separator = "\n" if "\n" in value else ";" if ";" in value else ","
    return [part.strip() for part in value.split(separator) if part.strip() and not is_placeholder(part)]
