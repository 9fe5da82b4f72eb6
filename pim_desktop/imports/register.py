"""The organisations and systems an import matches rows against, read once, and how their values are shown
to the user in the preview."""

from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from pim_desktop.domain.action_plans import Person
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import fold_key
from pim_desktop.imports.action_items import by_code_or_label
from pim_desktop.services import organisations as organisation_rules, systems as system_rules
from pim_desktop.services.exchange import codes_and_labels


class Register:
    """The organisations and systems already stored, by their matching keys, and how to show their values."""

    def __init__(self, session: Session) -> None:
        self.organisations: dict[str, set[int]] = {}
        self.organisation_names: dict[int, str] = {}
        for org_id, name, acronym, identifier in organisation_rules.names(session):
            self.organisation_names[org_id] = acronym or name
            for key in (fold_key(name), fold_key(acronym), identifier_key(identifier)):
                if key:
                    self.organisations.setdefault(key, set()).add(org_id)
        self.systems: dict[str, set[int]] = {}
        for system_id, name_key in system_rules.name_keys(session):
            self.systems.setdefault(name_key, set()).add(system_id)
        self.categories = by_code_or_label(session, "category")
        self.category_labels = {i: label for i, _code, label in codes_and_labels(session, "category")}
        self.category_ids, self.organisation_ids = set(self.category_labels), set(self.organisation_names)

    def organisation_matches(self, name: str, acronym: str, identifier: str) -> set[int]:
        found: set[int] = set()
        for key in (fold_key(name), fold_key(acronym), identifier_key(identifier)):
            found |= self.organisations.get(key, set()) if key else set()
        return found

    def shown(self, name: str, value: Any) -> str:
        """A field's value as the user reads it in the preview."""
        if value is None:
            return ""
        if name == "primary_category_id":
            return self.category_labels.get(value, str(value))
        if name == "secondary_category_ids":
            return ", ".join(self.category_labels.get(c, str(c)) for c in value)
        if name == "links":
            names = self.organisation_names
            return ", ".join(f"{names.get(link.organisation_id, '?')} ({label(link.role)})" for link in value)
        if name == "areas":
            return ", ".join(area.label for area in value)
        return plainly(value)


def plainly(value: Any) -> str:
    """A value that needs no lookup, as the user reads it: a coded value by its label, a day as
    YYYY-MM-DD, a list of people or words one after the other."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "; ".join(p.name if isinstance(p, Person) else str(p) for p in value)
    return str(value)


def identifier_key(identifier: str) -> str:
    return f"id:{fold_key(identifier)}" if identifier.strip() else ""
