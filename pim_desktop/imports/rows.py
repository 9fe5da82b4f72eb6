"""One spreadsheet row read as the values of an organisation or a system, and the rows of one record joined:
a 3W lists an organisation once per place and sector, a register of systems a system once per area. What
cannot be read in an optional field ("NA", a date that is not one, two e-mails in one cell) is said and left
empty; what a record cannot be stored without is an error."""

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pim_desktop.domain import fields, model
from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemRole, SystemStatus
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import country_code, fold_key
from pim_desktop.i18n import N_, _
from pim_desktop.imports import values
from pim_desktop.imports.reading import Cell
from pim_desktop.services.organisations import check_email


def _read_as(
    declared: tuple[fields.RecordField, ...], kind: str, but: tuple[str, ...] = ()
) -> tuple[str, ...]:
    return tuple(f.key for f in declared if f.kind == kind and f.details_attribute and f.key not in but)


# The fields read alike, by kind, from their declarations (the name, the acronym, the coded values and the
# lists are read one by one below)
_AS_TYPED = (fields.TEXT, fields.LINES, fields.PHONE)
ORGANISATION_TEXT = tuple(
    key for kind in _AS_TYPED for key in _read_as(fields.ORGANISATION_FIELDS, kind, ("name", "acronym"))
)
SYSTEM_TEXT = tuple(key for kind in _AS_TYPED for key in _read_as(fields.SYSTEM_FIELDS, kind, ("name",)))
# Column fields whose values a row gives to the record's details under another name
DETAILS_NAME = {
    f.key: f.details_attribute
    for f in (*fields.ORGANISATION_FIELDS, *fields.SYSTEM_FIELDS)
    if f.details_attribute and f.details_attribute != f.key
}
_ACRONYM_IN_BRACKETS = re.compile(r"^(?P<name>.{3,}?)\s*\((?P<acronym>[\w&./\- ]{2,15})\)$")


@dataclass
class Unknown:
    """A value no code answers to, said once with the rows that carry it; the user may map it."""

    field: str
    text: str
    stored_as: str  # what the rows get meanwhile ("" when they are refused)
    rows: list[int] = dataclasses.field(default_factory=list)  # `field` is the attribute above, to mypy


@dataclass
class RowValues:
    """What one row (or the rows of one record, joined) gives each field: only fields with a value."""

    rows: list[int]
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new_organisations: list[str] = field(default_factory=list)

    def put(self, name: str, value: Any) -> None:
        if value not in (None, "", (), []):
            self.values[name] = value


class Reader:
    """Reads rows of one kind against the operation's categories and organisations, noting the values it
    does not know (`unknown`) and using those the user mapped (`mapped`: field -> folded word -> code)."""

    def __init__(
        self,
        categories: dict[str, int],
        organisations: dict[str, set[int]],
        mapped: dict[str, dict[str, str]],
        unknown: dict[tuple[str, str], Unknown],
    ) -> None:
        self.categories, self.organisations = categories, organisations
        self.mapped, self.unknown = mapped, unknown

    def _not_known(self, row: RowValues, name: str, typed: str, stored_as: str) -> None:
        key = (name, values.value_key(typed))
        entry = self.unknown.setdefault(key, Unknown(name, typed, stored_as))
        entry.rows.append(row.rows[0])

    def coded(self, row: RowValues, name: str, cell: Cell, kind: type, fallback: Any = None) -> Any:
        """A coded value, or None; an unknown word is noted, and is a warning where the record has a
        fallback (stored as it when new, nothing changed when matched), an error where it has none."""
        try:
            return values.coded(cell, kind, self.mapped.get(name))
        except values.UnknownValueError as error:
            self._not_known(row, name, error.text, fallback.value if fallback is not None else "")
            if fallback is None:
                row.errors.append(error.sentence)
            else:
                row.warnings.append(_("{problem}; stored as Other").format(problem=error.sentence))
            return None

    def category(self, row: RowValues, name: str, typed: str) -> int | None:
        key = values.value_key(typed)
        mapped = self.mapped.get(name, {}).get(key)
        found = self.categories.get(values.value_key(mapped) if mapped else key)
        if found is None:
            self._not_known(row, name, typed, "")
            row.errors.append(_("'{value}' is not a PIM category of this operation").format(value=typed))
        return found

    def day(self, row: RowValues, name: str, cell: Cell) -> None:
        try:
            row.put(name, values.day(cell))
        except ValidationError as error:
            row.warnings.append(_("{problem}; left empty").format(problem=error.sentence))

    def optional(self, row: RowValues, name: str, cell: Cell) -> str:
        """An optional field's text; a placeholder ("NA", "-") is said and left empty."""
        typed = values.text(cell)
        if values.is_placeholder(typed):
            row.warnings.append(_("'{value}' in {field} is no value: left empty").format(
                value=typed, field=field_label(name)))  # fmt: skip
            return ""
        return typed

    def email(self, row: RowValues, name: str, cell: Cell) -> None:
        typed = self.optional(row, name, cell)
        try:
            check_email(typed)
        except ValidationError as error:
            row.warnings.append(_("{problem}; left empty").format(problem=error.sentence))
            return
        row.put(name, typed)

    # --- organisations -------------------------------------------------------------------------------------

    def organisation(self, number: int, cells: dict[str, Cell]) -> RowValues:
        row = RowValues([number])
        name, acronym = values.text(cells.get("name")), self.optional(row, "acronym", cells.get("acronym"))
        if not acronym and (match := _ACRONYM_IN_BRACKETS.match(name)):
            name, acronym = match["name"].strip(), match["acronym"].strip()  # "Agency for ... (AMARD)"
        row.put("name", name or acronym)  # a 3W row that gives only the acronym names its organisation by it
        row.put("acronym", acronym)
        row.put(
            "org_type", self.coded(row, "type", cells.get("type"), OrganisationType, OrganisationType.OTHER)
        )
        for name in ORGANISATION_TEXT:
            row.put(name, self.optional(row, name, cells.get(name)))
        for name in _read_as(fields.ORGANISATION_FIELDS, fields.EMAIL):
            self.email(row, name, cells.get(name))
        for name in _read_as(fields.ORGANISATION_FIELDS, fields.DATE):
            self.day(row, name, cells.get(name))
        return row

    # --- systems -------------------------------------------------------------------------------------------

    def system(self, number: int, cells: dict[str, Cell], default_category: int | None) -> RowValues:
        row = RowValues([number])
        row.put("name", values.text(cells.get("name")))
        typed = values.text(cells.get("category"))
        category = self.category(row, "category", typed) if typed else default_category
        row.put("primary_category_id", category)
        secondary = [
            self.category(row, "category", v) for v in values.items(cells.get("secondary_categories"))
        ]
        row.put("secondary_category_ids", tuple(c for c in secondary if c))
        row.put("links", self._links(row, cells.get("organisations")))
        row.put("status", self.coded(row, "status", cells.get("status"), SystemStatus))
        row.put("sensitivity", self.coded(row, "sensitivity", cells.get("sensitivity"), Sensitivity))
        for name in _read_as(fields.SYSTEM_FIELDS, fields.DATE):
            self.day(row, name, cells.get(name))
        row.put("areas", _areas(cells))
        for name in SYSTEM_TEXT:
            row.put(name, self.optional(row, name, cells.get(name)))
        for name in _read_as(fields.SYSTEM_FIELDS, fields.EMAIL):
            self.email(row, name, cells.get(name))
        return row

    def _links(self, row: RowValues, cell: Cell) -> tuple[model.SystemLink, ...]:
        links: list[model.SystemLink] = []
        for entry in values.items(cell):
            org_name, role = entry, SystemRole.LEAD if not links and not row.new_organisations else None
            if entry.endswith(")") and "(" in entry:
                org_name, _bracket, role_text = entry[:-1].rpartition("(")
                try:
                    role = values.coded(role_text, SystemRole) or role
                except ValidationError:
                    org_name = entry  # brackets that are part of the name
            org_name = org_name.strip()
            matches = self.organisations.get(fold_key(org_name), set())
            if len(matches) == 1:
                links.append(model.SystemLink(next(iter(matches)), role or SystemRole.PARTNER))
            elif org_name not in row.new_organisations:
                row.new_organisations.append(org_name)
                row.warnings.append(
                    _("'{name}' is not in the organisation register: it will be added").format(name=org_name)
                )
        return tuple(links)


def _areas(cells: dict[str, Cell]) -> tuple[model.Area, ...]:
    country = country_code(values.text(cells.get("country")).split("\n")[0]) or ""
    admin1 = values.items(cells.get("admin1"))
    admin2 = values.items(cells.get("admin2"))
    if admin2 and len(admin1) == 1:
        return tuple(model.Area(country, admin1[0], admin2=a2) for a2 in admin2)
    return tuple(model.Area(country, a1) for a1 in admin1) or ((model.Area(country),) if country else ())


def _differs(kept: Any, other: Any) -> bool:
    """Two values of one field that say different things: texts are compared as folded."""
    if isinstance(kept, str) and isinstance(other, str):
        return fold_key(kept) != fold_key(other)
    return kept != other


_FIELD_LABELS = {  # the fields of action items; those of organisations and systems are declared
    **{"plan": N_("action plan"), "group": N_("group"), "team_leader": N_("team leader")},
    **{"members": N_("members"), "number": N_("number"), "challenge": N_("challenge")},
    **{"action_points": N_("action points"), "timeline": N_("timeline"), "due_date": N_("due date")},
    **{"focal_points": N_("focal points"), "advisers": N_("advisers"), "priority": N_("priority")},
    **{
        "category": N_("PIM category"),
        "process_step": N_("PIM Process step"),
        "principle": N_("PIM Principle"),
    },
    **{"areas": N_("areas"), "status": N_("status")},
    **{f.key: f.label for f in (*fields.SYSTEM_FIELDS, *fields.ORGANISATION_FIELDS)},
}


def field_label(name: str) -> str:
    """A field (of a column, or of the record's details) as the user knows it, in the program's language:
    "org_type" and "type" are the type."""
    column = {details: column for column, details in DETAILS_NAME.items() if details != "areas"}
    column |= {"category_id": "category", "process_step_id": "process_step", "principle_id": "principle"}
    name = column.get(name, name)
    return _(_FIELD_LABELS[name]) if name in _FIELD_LABELS else name.replace("_", " ")


def join(rows: list[RowValues], shown: Callable[[str, Any], str]) -> RowValues:
    """The rows of one record as one: lists joined, each other field from the first row that gives it; a
    later row that gives another value is said. A name that is only the acronym gives way to a full one."""
    first = rows[0]
    if len(rows) == 1:
        return first
    joined = RowValues([n for row in rows for n in row.rows])
    for row in rows:
        joined.errors += row.errors
        joined.warnings += row.warnings
        joined.new_organisations += [n for n in row.new_organisations if n not in joined.new_organisations]
        for name, value in row.values.items():
            if isinstance(value, tuple):
                joined.values[name] = tuple(dict.fromkeys((*joined.values.get(name, ()), *value)))
            elif name not in joined.values:
                joined.values[name] = value
            elif name != "name" and _differs(joined.values[name], value):
                joined.warnings.append(
                    _("row {row} gives another {field} ('{value}'); the first is kept ('{kept}')").format(
                        row=row.rows[0],
                        field=field_label(name),
                        value=shown(name, value),
                        kept=shown(name, joined.values[name]),
                    )
                )
    names = [row.values["name"] for row in rows if row.values.get("name")]
    acronym = fold_key(str(joined.values.get("acronym", "")))
    full = [name for name in names if fold_key(name) != acronym]
    if full or names:
        joined.values["name"] = (full or names)[0]
    return joined
