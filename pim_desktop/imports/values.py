"""Reading the values of a partner's cells: dates however they were stored, coded values by their code, their
label or a common English or French word, lists one a line or separated by ; or ,."""

import re
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import TypeVar

from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import fold_key
from pim_desktop.i18n import N_, _
from pim_desktop.imports.reading import Cell
from pim_desktop.resources import load_json_resource

Code = TypeVar("Code", bound=StrEnum)
EXCEL_EPOCH = date(1899, 12, 30)
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
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


@cache
def _words() -> dict[str, dict[str, str]]:
    """Words partners use for coded values besides their codes and labels (resources/import/columns.json)."""
    return load_json_resource("import", "columns.json")["values"]


def text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def coded(cell: Cell, kind: type[Code]) -> Code | None:
    """A coded value from its code, its label or a common word; None when the cell is empty. An unknown
    word is a ValidationError naming it."""
    key = fold_key(text(cell))
    if not key:
        return None
    for member in kind:
        if key in (member.value, fold_key(label(member)), fold_key(member.value.replace("-", " "))):
            return member
    words = _words().get(kind.__name__, {})
    if key in words:
        return kind(words[key])
    unknown = _(_UNKNOWN.get(kind.__name__, _ANY_UNKNOWN))
    raise ValidationError(unknown.format(value=text(cell), kind=kind.__name__.lower()))


def day(cell: Cell) -> date | None:
    """A day stored as a date, an Excel serial number, YYYY-MM-DD or DD/MM/YYYY (the way partners type)."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and 1 <= cell < 2_958_466:  # what Excel counts from 1899-12-30
        return EXCEL_EPOCH + timedelta(days=int(cell))
    typed = text(cell)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", typed):
            return date.fromisoformat(typed)
        if match := _DAY_FIRST.match(typed):
            day_number, month, year = (int(part) for part in match.groups())
            return date(year, month, day_number)
    except ValueError:
        pass
    raise ValidationError(_("'{text}' is not a date (write it as YYYY-MM-DD)").format(text=typed))


def items(cell: Cell) -> list[str]:
    """A list typed in one cell: one a line, or separated by semicolons (commas too when on one line)."""
    value = text(cell)
    if not value:
        return []
    separator = "\n" if "\n" in value else ";" if ";" in value else ","
    return [part.strip() for part in value.split(separator) if part.strip()]
