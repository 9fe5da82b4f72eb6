"""The whole operation as JSON, in the versioned schema of docs/json-format.md, which `import` reads back.
Records point at each other by stable codes (categories, rows, process steps, principles) and by keys
given in the file ("org-12", "system-40"), never by database ids."""

import json
from datetime import date
from pathlib import Path
from typing import Any

from pim_desktop import APP_NAME, __version__
from pim_desktop.domain import fields
from pim_desktop.domain.enums import Sensitivity
from pim_desktop.exports.document import ExportOptions
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.snapshot import Row, StoredOperation, stored_operation

FORMAT_NAME = "pim-desktop-operation"
SCHEMA_VERSION = 2  # 2: organisations and systems have last_confirmed (docs/json-format.md)


def _allowed(level: Sensitivity, options: ExportOptions) -> bool:
    return options.max_sensitivity is None or level.rank <= options.max_sensitivity.rank


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _person(name: str, organisation: str, options: ExportOptions) -> dict[str, str] | None:
    if not name or not options.contacts:
        return None
    return {"name": name, "organisation": organisation}


def operation_json(operation_file: OpenOperation, options: ExportOptions, today: date) -> dict[str, Any]:
    stored = stored_operation(operation_file)
    operation = stored.operation
    categories = {c["id"]: c["code"] for c in stored.categories}
    steps = {s["id"]: s["code"] for s in stored.process_steps}
    principles = {p["id"]: p["code"] for p in stored.principles}
    systems = [s for s in stored.systems if _allowed(s["sensitivity"], options)]
    plans = [p for p in stored.plans if _allowed(p["sensitivity"], options)]
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "generator": f"{APP_NAME} {__version__}",
        "exported_on": today.isoformat(),
        "sharing": {
            "max_sensitivity": options.max_sensitivity.value if options.max_sensitivity else None,
            "contacts": options.contacts,
        },
        "operation": {
            "name": operation["name"],
            "country": operation["country_iso3"],
            "description": operation["description"],
            "default_sensitivity": operation["default_sensitivity"].value,
            "standard_matrix_version": operation["standard_matrix_version"],
        },
        "matrix": _matrix(stored, categories),
        "organisations": [
            {
                "key": f"org-{o['id']}",
                **_declared(fields.ORGANISATION_FIELDS, o, options),
                "type": o["org_type"].value,
            }
            for o in stored.organisations
        ],
        "systems": [_system(s, categories, options) for s in systems],
        "action_plans": [_plan(p, categories, steps, principles, options) for p in plans],
        "process": [
            {
                "code": s["code"],
                "status": s["status"].value,
                "owner": s["owner"] if options.contacts else "",
                **{"start_date": _day(s["start_date"]), "end_date": _day(s["end_date"])},
                **{"notes": s["notes"], "evidence": s["evidence"]},
            }
            for s in stored.process_steps
        ],
        "reviews": _reviews(stored.reviews, {s["id"] for s in systems}, principles),
    }


def _matrix(stored: StoredOperation, categories: dict[int, str]) -> dict[str, Any]:
    rows = {r["id"]: r["code"] for r in stored.matrix_rows}
    return {
        "categories": [
            {"code": c["code"], "label": c["label"], "group": c["group"].value, "position": c["position"]}
            for c in stored.categories
        ],
        "rows": [
            {
                "code": r["code"],
                "label": r["label"],
                "position": r["position"],
                "standard": r["is_standard"],
                "locked": r["is_locked"],
            }
            for r in stored.matrix_rows
        ],
        "entries": [
            {
                "category": categories[e["category_id"]],
                "row": rows[e["row_id"]],
                "position": e["position"],
                "text": e["text"],
                "state": e["state"].value,
                "standard_key": e["standard_key"],
                "standard_text": e["standard_text"],
            }
            for e in stored.entries
        ],
    }


def _system(s: Row, categories: dict[int, str], options: ExportOptions) -> dict[str, Any]:
    return {
        "key": f"system-{s['id']}",
        "name": s["name"],
        "primary_category": categories[s["primary_category_id"]],
        "secondary_categories": sorted(categories[c] for c in s["secondary_categories"]),
        "organisations": [
            {"organisation": f"org-{link['organisation_id']}", "role": link["role"].value}
            for link in s["organisation_links"]
        ],
        "areas": [
            {
                "country": a["country_iso3"],
                "admin1": a["admin1"],
                "admin1_pcode": a["admin1_pcode"],
                "admin2": a["admin2"],
                "admin2_pcode": a["admin2_pcode"],
            }
            for a in s["areas"]
        ],
        **_declared(fields.SYSTEM_FIELDS, s, options),
        "status": s["status"].value,
        "sensitivity": s["sensitivity"].value,
    }


def _declared(
    declared: tuple[fields.RecordField, ...], record: Row, options: ExportOptions
) -> dict[str, Any]:
    """A record's typed texts and dates, each at its place in the schema (domain/fields.py); the group of a
    person's data is null when contacts are left out."""
    found: dict[str, Any] = {}
    for field in declared:
        if not (field.typed or field.kind == fields.DATE):
            continue
        value = record[field.details_attribute]
        *group, key = field.json_path
        if group and field.contact and not options.contacts:
            found[group[0]] = None
        elif group:
            found.setdefault(group[0], {})[key] = value
        else:
            found[key] = _day(value) if field.kind == fields.DATE else value
    return found


def _plan(
    plan: Row,
    categories: dict[int, str],
    steps: dict[int, str],
    principles: dict[int, str],
    options: ExportOptions,
) -> dict[str, Any]:
    def people(item: Row, kind: str) -> list[dict[str, str]]:
        found = [
            _person(p["name"], p["organisation"], options)
            for p in item["focal_points"]
            if p["kind"].value == kind
        ]
        return [p for p in found if p]

    return {
        **{name: plan[name] for name in ("title", "workshop", "place", "facilitators", "notes")},
        "participating_organisations": plan["participating_organisations"],
        "start_date": _day(plan["start_date"]),
        "end_date": _day(plan["end_date"]),
        "sensitivity": plan["sensitivity"].value,
        "groups": [
            {
                "theme": g["theme"],
                "team_leader": _person(g["team_leader"], g["team_leader_organisation"], options),
                "members": [
                    p for p in (_person(m["name"], m["organisation"], options) for m in g["members"]) if p
                ],
                "items": [
                    {
                        "number": i["number"],
                        "challenge": i["challenge"],
                        "action_points": [p["text"] for p in i["action_points"]],
                        "timeline": i["timeline"],
                        "due_date": _day(i["due_date"]),
                        "focal_points": people(i, "focal-point"),
                        "advisers": people(i, "adviser"),
                        "status": i["status"].value,
                        "status_changed_on": _day(i["status_changed_on"]),
                        "priority": i["priority"].value if i["priority"] else None,
                        "category": categories.get(i["category_id"]),
                        "process_step": steps.get(i["process_step_id"]),
                        "principle": principles.get(i["principle_id"]),
                        "notes": i["notes"],
                    }
                    for i in g["items"]
                ],
            }
            for g in plan["groups"]
        ],
    }


def _reviews(reviews: list[Row], system_ids: set[int], principles: dict[int, str]) -> list[dict[str, Any]]:
    return [
        {
            "system": f"system-{r['system_id']}",
            "holds_personal_data": r["holds_personal_data"],
            "risk_assessment_date": _day(r["risk_assessment_date"]),
            "consent_process": r["consent_process"],
            "agreement_reference": r["agreement_reference"],
            "agreement_date": _day(r["agreement_date"]),
            "agreement_review_date": _day(r["agreement_review_date"]),
            "reviewed_on": _day(r["reviewed_on"]),
            "notes": r["notes"],
            "ratings": {
                principles[x["principle_id"]]: {"rating": x["rating"].value, "note": x["note"]}
                for x in r["ratings"]
            },
        }
        for r in reviews
        if r["system_id"] in system_ids
    ]


def write_json(operation_file: OpenOperation, options: ExportOptions, today: date, path: Path) -> None:
    document = operation_json(operation_file, options, today)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
