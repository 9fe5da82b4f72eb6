"""What an import does to a record it matched: it changes only the fields the source carries with a value,
joins lists (organisations, places, other categories) instead of replacing them, and says each change as
old -> new so that the user can refuse any of them. Nothing the register knows is blanked."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from pim_desktop.domain.validation import fold_key

Details = TypeVar("Details")
JOINED = frozenset({"links", "areas", "secondary_category_ids"})  # lists an import adds to, never replaces


@dataclass
class FieldChange:
    """One field of a matched record that the import would change; the user may refuse it."""

    field: str  # the attribute of the record's details
    old: str  # both as the user reads them
    new: str
    accepted: bool = True


def merged(stored: Details, source: Details, carried: Iterable[str]) -> Details:
    """The stored details with each carried field taken from the source; joined lists keep what is stored
    and add what is new (an organisation already linked keeps its role)."""
    values: dict[str, Any] = {}
    for name in carried:
        new = getattr(source, name)
        if isinstance(new, str) and fold_key(new) == fold_key(getattr(stored, name)):
            continue  # the same words in other case or accents: the register's spelling stays
        if name in JOINED:
            old = getattr(stored, name)
            if name == "links":
                linked = {link.organisation_id for link in old}
                new = (*old, *(link for link in new if link.organisation_id not in linked))
            else:
                new = tuple(dict.fromkeys((*old, *new)))
        values[name] = new
    return replace(stored, **values)  # type: ignore[type-var]


def changes(stored: Details, result: Details, shown: Callable[[str, Any], str]) -> list[FieldChange]:
    """Each field where the result differs from what is stored, as the user reads both."""
    found = []
    for field in fields(stored):  # type: ignore[arg-type]
        old, new = getattr(stored, field.name), getattr(result, field.name)
        if old != new:
            found.append(FieldChange(field.name, shown(field.name, old), shown(field.name, new)))
    return found


def accepted_fields(carried: Iterable[str], refused: Iterable[FieldChange]) -> set[str]:
    """The carried fields less those whose change the user refused."""
    return set(carried) - {change.field for change in refused if not change.accepted}
