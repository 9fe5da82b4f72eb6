"""Reading an operation written by `export --format json` (docs/json-format.md) into an operation file: the
matrix customisations, organisations, systems, action plans, process and reviews, in one transaction.
Everything goes through the rules the window applies (the sections beyond the register: json_sections)."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pim_desktop.domain import fields, model
from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemRole, SystemStatus
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import fold_key
from pim_desktop.exports.json_export import FORMAT_NAME, SCHEMA_VERSION
from pim_desktop.i18n import _
from pim_desktop.imports import json_sections as sections
from pim_desktop.imports.reading import UnreadableSourceError
from pim_desktop.services import organisations as organisation_rules, systems as system_rules
from pim_desktop.services.exchange import Linked, codes_and_labels, storing
from pim_desktop.services.matrix_import import import_matrix
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.plan_imports import PlansFromFile


@dataclass(frozen=True)
class OperationImportResult:
    organisations: int
    systems: int
    action_plans: int
    matrix_cells: int


def read_operation_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise UnreadableSourceError(_("there is no file at {path}").format(path=path))
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableSourceError(
            _("{name} is not a JSON operation file ({error})").format(name=path.name, error=error)
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise UnreadableSourceError(
            _("{name} is JSON but not an operation exported by PIM Desktop").format(name=path.name)
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise UnreadableSourceError(
            _(
                "{name} was written by a newer version of PIM Desktop (format version {version}); update the "
                "program to import it"
            ).format(name=path.name, version=version)
        )
    operation = document.get("operation")
    if not isinstance(operation, dict) or not isinstance(operation.get("name"), str):
        raise UnreadableSourceError(
            _("{name} is incomplete or damaged: it holds no operation").format(name=path.name)
        )
    return document


def import_operation(
    operation_file: OpenOperation,
    document: dict[str, Any],
    *,
    reason: str = "before-import",
    also: Callable[[Session], None] | None = None,
) -> OperationImportResult:
    """Store the document in one transaction (with `also`, run in the same transaction: a merge's record).
    Systems may name organisations the document does not carry, by a key of `document["known_organisations"]`
    (key -> name): they are found in the register by name."""
    try:
        with storing(operation_file, reason) as session:
            result = _apply(session, document)
            if also is not None:
                also(session)
            return result
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValidationError(
            _("the JSON file is incomplete or damaged ({kind}: {error}); nothing was imported").format(
                kind=type(error).__name__, error=error
            )
        ) from error


def _ids(session: Session, kind: Linked) -> dict[str, int]:
    return {code: record_id for record_id, code, _label in codes_and_labels(session, kind)}


def _apply(session: Session, document: dict[str, Any]) -> OperationImportResult:
    categories = _ids(session, "category")
    cells = import_matrix(session, document["matrix"], categories)
    # a merge of an offline copy says which record each is stored into (None: a new one), and which of the
    # register's organisations a key means; anything else is matched by name
    into = document.get("stored_into", {})
    organisation_ids = _organisations(session, document["organisations"], into.get("organisations", {}))
    linkable = dict(organisation_ids)  # and organisations already in the register, named by the document
    for key, organisation_id in document.get("organisation_ids", {}).items():
        linkable.setdefault(key, organisation_id)
    by_name = organisation_rules.ids_by_name(session)
    for key, name in document.get("known_organisations", {}).items():
        if key not in linkable and fold_key(name) in by_name:
            linkable[key] = by_name[fold_key(name)]
    system_ids = _systems(session, document["systems"], categories, linkable, into.get("systems", {}))
    steps, principles = _ids(session, "step"), _ids(session, "principle")
    plans = PlansFromFile(session)
    for plan in document["action_plans"]:
        plans.store(*sections.plan_of(plan, categories, steps, principles))
    for step in document["process"]:
        sections.import_step(session, steps, step)
    for review in document["reviews"]:
        sections.import_review(session, review, system_ids, principles)
    return OperationImportResult(len(organisation_ids), len(system_ids), len(document["action_plans"]), cells)


def _organisations(
    session: Session, organisations: list[dict[str, Any]], into: dict[str, int | None]
) -> dict[str, int]:
    store, keys = organisation_rules.OrganisationsByName(session), []
    for item in organisations:
        details = organisation_rules.validated(
            model.OrganisationDetails(
                **declared_values(fields.ORGANISATION_FIELDS, item), org_type=OrganisationType(item["type"])
            )
        )
        store.store(details, into.get(item["key"], organisation_rules.BY_NAME))
        keys.append(item["key"])
    return dict(zip(keys, store.ids(), strict=True))


def declared_values(declared: tuple[fields.RecordField, ...], item: dict[str, Any]) -> dict[str, Any]:
    """A record's typed texts and dates read from their places in the schema (domain/fields.py): a group
    left null (contacts left out) or a field a file of an earlier version does not have reads as empty."""
    found: dict[str, Any] = {}
    for field in declared:
        if not (field.typed or field.kind == fields.DATE):
            continue
        *group, key = field.json_path
        holder = (item.get(group[0]) or {}) if group else item
        value = holder.get(key)
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{field.key} is {value!r}, not a text")
        found[field.details_attribute] = sections.day(value) if field.kind == fields.DATE else value or ""
    return found


def _systems(
    session: Session,
    systems: list[dict[str, Any]],
    categories: dict[str, int],
    organisations: dict[str, int],
    into: dict[str, int | None],
) -> dict[str, int]:
    store, keys = system_rules.SystemsByName(session), []
    for item in systems:
        details = model.SystemDetails(
            **declared_values(fields.SYSTEM_FIELDS, item),
            primary_category_id=categories[item["primary_category"]],
            secondary_category_ids=tuple(categories[c] for c in item["secondary_categories"]),
            links=tuple(
                model.SystemLink(organisations[link["organisation"]], SystemRole(link["role"]))
                for link in item["organisations"]
            ),
            areas=tuple(
                model.Area(a["country"], a["admin1"], a["admin1_pcode"], a["admin2"], a["admin2_pcode"])
                for a in item["areas"]
            ),
            status=SystemStatus(item["status"]),
            sensitivity=Sensitivity(item["sensitivity"]),
        )
        store.store(details, into.get(item["key"], organisation_rules.BY_NAME))
        keys.append(item["key"])
    return dict(zip(keys, store.ids(), strict=True))
