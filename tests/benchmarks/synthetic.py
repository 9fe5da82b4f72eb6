"""Synthetic operations for the benchmarks: realistic shapes (several organisations a system, areas at two
admin levels, secondary categories, a customised matrix) at any size, written in bulk and reproducibly."""

import random
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pim_desktop.domain.enums import (
    ActionStatus,
    EntryState,
    FocalPointKind,
    OrganisationType,
    Priority,
    Sensitivity,
    SystemRole,
    SystemStatus,
)
from pim_desktop.domain.validation import fold_key
from pim_desktop.services.operations import create_operation
from pim_desktop.storage import models


@dataclass(frozen=True)
class Size:
    organisations: int
    systems: int
    action_items: int


TYPICAL = Size(organisations=100, systems=400, action_items=200)
STRESS = Size(organisations=2_000, systems=20_000, action_items=2_000)

WORDS = [
    *["protection", "monitoring", "returns", "displacement", "incidents", "children", "women", "legal"],
    *["documentation", "shelter", "cash", "health", "education", "border", "access", "consent", "referrals"],
    *["caseload", "survey", "assessment", "tracking", "feedback", "rumours"],
]
ADMIN1 = [f"Province {n:02d}" for n in range(1, 21)]
STATUS_WEIGHTS = {
    SystemStatus.ACTIVE: 70,
    SystemStatus.PLANNED: 10,
    SystemStatus.PAUSED: 10,
    SystemStatus.ENDED: 10,
}


def _phrase(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def write_synthetic_operation(path: Path, size: Size, seed: int = 7) -> None:
    rng = random.Random(seed)
    create_operation(
        path, name=f"Synthetic ({size.systems} systems)", country="LBN", then=lambda s: _fill(s, size, rng)
    )


def _fill(session: Session, size: Size, rng: random.Random) -> None:
    categories = list(session.scalars(select(models.Category.id)))
    _customise_matrix(session, rng)
    org_types = list(OrganisationType)
    session.execute(
        insert(models.Organisation),
        [
            {
                "id": n,
                "name": f"Organisation {n} {_phrase(rng, 2)}",
                "name_key": fold_key(f"Organisation {n}"),
                "acronym": f"ORG{n}",
                "acronym_key": f"org{n}",
                "org_type": rng.choice(org_types),
                "focal_name": f"Focal point {n}",
                "focal_email": f"focal{n}@example.org",
            }
            for n in range(1, size.organisations + 1)
        ],
    )
    statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    systems, links, areas, secondary = [], [], [], []
    for n in range(1, size.systems + 1):
        name = f"System {n} {_phrase(rng, 3)}"
        primary = rng.choice(categories)
        systems.append(
            {
                "id": n,
                "name": name,
                "name_key": fold_key(name),
                "primary_category_id": primary,
                "methods": _phrase(rng, 6),
                "outputs": _phrase(rng, 8),
                "status": rng.choices(statuses, weights)[0],
                "sensitivity": rng.choice(list(Sensitivity)),
            }
        )
        for organisation, role in zip(
            rng.sample(range(1, size.organisations + 1), rng.randint(1, 3)), SystemRole, strict=False
        ):
            links.append({"system_id": n, "organisation_id": organisation, "role": role})
        for admin1 in rng.sample(ADMIN1, rng.randint(1, 4)):
            admin2 = f"District {rng.randint(1, 8)}" if rng.random() < 0.5 else ""
            areas.append({"system_id": n, "country_iso3": "LBN", "admin1": admin1, "admin2": admin2})
        if rng.random() < 0.3:
            other = rng.choice(categories)
            if other != primary:
                secondary.append({"system_id": n, "category_id": other})
    for model_class, rows in (
        (models.InformationSystem, systems),
        (models.SystemOrganisation, links),
        (models.SystemArea, areas),
        (models.SystemSecondaryCategory, secondary),
    ):
        session.execute(insert(model_class), rows)
    _action_plans(session, size, rng, categories)


def _action_plans(session: Session, size: Size, rng: random.Random, categories: list[int]) -> None:
    """Workshop plans of four working groups, 25 challenges a group, each with action points and focal
    points, as many challenges in all as the size asks for."""
    groups_needed = max(1, size.action_items // 25)
    plans = [
        {"id": n, "title": f"Workshop {n}: {_phrase(rng, 2)}", "workshop": f"PIM workshop {n}"}
        for n in range(1, (groups_needed + 3) // 4 + 1)
    ]
    groups = [
        {"id": n, "plan_id": (n - 1) // 4 + 1, "position": (n - 1) % 4 + 1, "theme": _phrase(rng, 2),
         "team_leader": f"Leader {n}", "team_leader_organisation": f"ORG{rng.randint(1, size.organisations)}"}
        for n in range(1, groups_needed + 1)
    ]  # fmt: skip
    items, points, focal_points = [], [], []
    for n in range(1, size.action_items + 1):
        items.append(
            {
                "id": n, "group_id": (n - 1) // 25 % groups_needed + 1, "number": (n - 1) % 25 + 1,
                "challenge": _phrase(rng, 10), "timeline": f"Q{rng.randint(1, 4)} of 2027",
                "status": rng.choice(list(ActionStatus)), "priority": rng.choice(list(Priority)),
                "category_id": rng.choice(categories),
            }
        )  # fmt: skip
        how_many = rng.randint(1, 3)
        points += [{"item_id": n, "position": k, "text": _phrase(rng, 8)} for k in range(1, how_many + 1)]
        focal_points += [
            {"item_id": n, "position": k, "name": f"Person {rng.randint(1, 500)}",
             "organisation": f"ORG{rng.randint(1, size.organisations)}", "kind": kind}
            for k, kind in enumerate(list(FocalPointKind)[: rng.randint(1, 2)], start=1)
        ]  # fmt: skip
    for model_class, rows in (
        (models.ActionPlan, plans),
        (models.ActionGroup, groups),
        (models.ActionItem, items),
        (models.ActionPoint, points),
        (models.ActionFocalPoint, focal_points),
    ):
        session.execute(insert(model_class), rows)


def _customise_matrix(session: Session, rng: random.Random) -> None:
    """Edit a tenth of the standard entries (not in the fixed rows) and add a row of the operation's own."""
    entries = list(
        session.scalars(
            select(models.MatrixEntry)
            .join(models.MatrixRow)
            .where(models.MatrixEntry.state == EntryState.STANDARD, models.MatrixRow.is_locked.is_(False))
        )
    )
    for entry in rng.sample(entries, len(entries) // 10):
        entry.text, entry.state = f"{entry.text} ({_phrase(rng, 2).lower()})", EntryState.EDITED
    own_row = models.MatrixRow(code="own-1", position=99, label="Partners in the area")
    session.add(own_row)
    session.flush()
    for category in session.scalars(select(models.Category.id)):
        for position in range(1, 4):
            session.add(
                models.MatrixEntry(category_id=category, row_id=own_row.id, position=position,
                                   text=_phrase(rng, 4), state=EntryState.ADDED)
            )  # fmt: skip
