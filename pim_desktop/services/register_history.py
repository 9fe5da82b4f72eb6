"""Snapshots of records, so that every edit of an organisation, a system or an action plan can be undone
exactly.

A snapshot holds the raw table rows of one record and everything hanging from it (a system's organisations,
areas, categories, picked matrix entries and responsible-data review; an organisation's links to systems).
Restoring deletes what is there now and puts the rows back with their ids, so nothing that pointed at the
record loses its link."""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select

from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile


def _table(model_class: type[models.Base]) -> Table:
    return model_class.__table__  # type: ignore[return-value]


@dataclass(frozen=True)
class RecordScope:
    """Which rows make up a record: (table, condition) pairs, parents first."""

    parts: tuple[tuple[Table, ColumnElement[bool]], ...]

    @staticmethod
    def system(system_id: int) -> "RecordScope":
        review = _table(models.DataReview)
        review_ids = select(review.c.id).where(review.c.system_id == system_id)
        parts = [(_table(models.InformationSystem), _table(models.InformationSystem).c.id == system_id)]
        for child in (
            models.SystemOrganisation,
            models.SystemArea,
            models.SystemSecondaryCategory,
            models.SystemMatrixEntry,
            models.DataReview,
        ):
            parts.append((_table(child), _table(child).c.system_id == system_id))
        ratings = _table(models.PrincipleRatingRecord)
        parts.append((ratings, ratings.c.review_id.in_(review_ids.scalar_subquery())))
        return RecordScope(tuple(parts))

    @staticmethod
    def plan(plan_id: int) -> "RecordScope":
        """A whole action plan: small enough to keep whole for every edit of it."""
        plan, groups, items = _table(models.ActionPlan), _table(models.ActionGroup), _table(models.ActionItem)
        group_ids = select(groups.c.id).where(groups.c.plan_id == plan_id).scalar_subquery()
        item_ids = select(items.c.id).where(items.c.group_id.in_(group_ids)).scalar_subquery()
        members, points = _table(models.ActionGroupMember), _table(models.ActionPoint)
        people = _table(models.ActionFocalPoint)
        return RecordScope(
            (
                (plan, plan.c.id == plan_id),
                (groups, groups.c.plan_id == plan_id),
                (members, members.c.group_id.in_(group_ids)),
                (items, items.c.group_id.in_(group_ids)),
                (points, points.c.item_id.in_(item_ids)),
                (people, people.c.item_id.in_(item_ids)),
            )
        )

    @staticmethod
    def organisation(organisation_id: int) -> "RecordScope":
        organisations, links = _table(models.Organisation), _table(models.SystemOrganisation)
        return RecordScope(
            (
                (organisations, organisations.c.id == organisation_id),
                (links, links.c.organisation_id == organisation_id),
            )
        )


@dataclass(frozen=True)
class RecordSnapshot:
    scope: RecordScope = field(compare=False)  # SQL conditions: two snapshots compare by their rows
    rows: tuple[tuple[dict[str, Any], ...], ...]  # per part of the scope


class RegisterHistory:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def snapshot(self, scope: RecordScope) -> RecordSnapshot:
        with self._file.session() as session:
            rows = tuple(  # in the order of their keys: two snapshots of the same rows are equal
                tuple(
                    dict(row._mapping)
                    for row in session.execute(
                        select(table).where(condition).order_by(*table.primary_key.columns)
                    )
                )
                for table, condition in scope.parts
            )
        return RecordSnapshot(scope, rows)

    @staticmethod
    def absent(scope: RecordScope) -> RecordSnapshot:
        """The state before a record was added: nothing."""
        return RecordSnapshot(scope, tuple(() for _ in scope.parts))

    def restore(self, snapshot: RecordSnapshot) -> None:
        with self._file.changing() as session:
            for table, condition in reversed(snapshot.scope.parts):
                session.execute(delete(table).where(condition))
            for (table, _), rows in zip(snapshot.scope.parts, snapshot.rows, strict=True):
                if rows:
                    session.execute(insert(table), list(rows))
