"""The whole operation as it is stored, table by table, in plain rows (column name -> value, coded values as
their enums), read in one session: what the JSON export writes out whole, and so what a merge compares."""

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import selectinload

from pim_desktop.services.action_plans import WHOLE_PLAN
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile

Row = dict[str, Any]


@dataclass(frozen=True)
class StoredOperation:
    operation: Row
    categories: list[Row]  # by position
    matrix_rows: list[Row]  # by position
    entries: list[Row]  # by category, row and position
    organisations: list[Row]  # by id, as every list below
    # each with its "secondary_categories" (their ids), "organisation_links" and "areas"
    systems: list[Row]
    # each with its "groups" in order, each with its "members" and its "items" by number, each with its
    # "action_points" and "focal_points"
    plans: list[Row]
    process_steps: list[Row]
    principles: list[Row]
    reviews: list[Row]  # each with its "ratings"


@cache
def _columns(model_class: type[models.Base]) -> tuple[str, ...]:
    return tuple(attribute.key for attribute in inspect(model_class).column_attrs)


def _row(record: models.Base, **children: Any) -> Row:
    """A record's columns by name, and the children given."""
    return {**{name: getattr(record, name) for name in _columns(type(record))}, **children}


def _system(record: models.InformationSystem) -> Row:
    return _row(
        record,
        secondary_categories=[link.category_id for link in record.secondary_categories],
        organisation_links=[_row(link) for link in sorted(record.organisation_links, key=lambda x: x.id)],
        areas=[_row(area) for area in record.areas],
    )


def _item(record: models.ActionItem) -> Row:
    return _row(
        record,
        action_points=[_row(point) for point in record.action_points],
        focal_points=[_row(person) for person in record.focal_points],
    )


def _plan(record: models.ActionPlan) -> Row:
    groups = [
        _row(group, members=[_row(m) for m in group.members], items=[_item(i) for i in group.items])
        for group in record.groups
    ]
    return _row(record, groups=groups)


def stored_operation(operation_file: OperationFile) -> StoredOperation:
    with operation_file.session() as session:
        systems = select(models.InformationSystem).options(
            selectinload(models.InformationSystem.secondary_categories),
            selectinload(models.InformationSystem.organisation_links),
            selectinload(models.InformationSystem.areas),
        )
        entries = select(models.MatrixEntry).order_by(
            models.MatrixEntry.category_id, models.MatrixEntry.row_id, models.MatrixEntry.position
        )
        reviews = select(models.DataReview).options(selectinload(models.DataReview.ratings))
        return StoredOperation(
            operation=_row(session.scalars(select(models.Operation)).one()),
            categories=[
                _row(c) for c in session.scalars(select(models.Category).order_by(models.Category.position))
            ],
            matrix_rows=[
                _row(r) for r in session.scalars(select(models.MatrixRow).order_by(models.MatrixRow.position))
            ],
            entries=[_row(e) for e in session.scalars(entries)],
            organisations=[
                _row(o) for o in session.scalars(select(models.Organisation).order_by(models.Organisation.id))
            ],
            systems=[_system(s) for s in session.scalars(systems.order_by(models.InformationSystem.id))],
            plans=[
                _plan(p)
                for p in session.scalars(
                    select(models.ActionPlan).options(*WHOLE_PLAN).order_by(models.ActionPlan.id)
                )
            ],
            process_steps=[
                _row(s) for s in session.scalars(select(models.ProcessStep).order_by(models.ProcessStep.id))
            ],
            principles=[_row(p) for p in session.scalars(select(models.Principle))],
            reviews=[
                _row(r, ratings=[_row(rating) for rating in r.ratings])
                for r in session.scalars(reviews.order_by(models.DataReview.id))
            ],
        )
