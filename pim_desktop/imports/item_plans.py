"""The plan of an action-items sheet: one record a challenge of a plan and group; a repeated row counts
with the first; a challenge already in its plan and group gets what the row gives, field by field."""

from dataclasses import fields as fields_of
from typing import Any

from sqlalchemy.orm import Session

from pim_desktop.imports import values
from pim_desktop.imports.action_items import ItemRow, Links, item_row
from pim_desktop.imports.reading import Cell
from pim_desktop.imports.records import ADD, SKIP, UNCHANGED, UPDATE, RowPlan, found, matched
from pim_desktop.imports.register import plainly
from pim_desktop.imports.updates import changes, merged
from pim_desktop.services.exchange import Linked, codes_and_labels
from pim_desktop.services.plan_imports import find_item_details

# The action item's details each column fills, where the names differ
_ITEM_DETAILS = {"category": "category_id", "process_step": "process_step_id", "principle": "principle_id"}
# What each link of the details names
_LINKS: dict[str, Linked] = {
    "category_id": "category",
    "process_step_id": "step",
    "principle_id": "principle",
}


def item_plans(session: Session, data: list[tuple[int, dict[str, Cell]]]) -> list[RowPlan]:
    links = Links(session)
    labels = {
        name: {record_id: label for record_id, _code, label in codes_and_labels(session, kind)}
        for name, kind in _LINKS.items()
    }

    def shown(name: str, value: Any) -> str:
        if name in labels and value is not None:
            return labels[name].get(value, str(value))
        return plainly(value)

    def stored_of(item_id: int) -> Any:
        return found(find_item_details(session, item_id))

    plans: list[RowPlan] = []
    seen: dict[tuple[str, str, str], RowPlan] = {}
    for number, cells in data:
        plan = RowPlan(number, ADD, None, rows=(number,))
        record = item_row(cells, links, plan.errors, plan.warnings)
        if record is None:
            plan.action = SKIP
            plans.append(plan)
            continue
        if record.key() in seen:  # a repeated row is counted with the first, not stored twice
            first = seen[record.key()]
            first.rows = (*first.rows, number)
            continue
        plan.record, seen[record.key()] = record, plan
        given = {_ITEM_DETAILS.get(f, f) for f, cell in cells.items() if values.text(cell)}
        plan.carried = frozenset(given & {f.name for f in fields_of(record.details)})

        def update(plan: RowPlan, stored: Any, record: ItemRow = record) -> None:
            carried = set(plan.carried) - {"challenge"}
            result = merged(stored, record.details, carried)
            plan.carried = frozenset(carried)
            plan.changes = changes(stored, result, shown)
            plan.action = UPDATE if plan.changes else UNCHANGED

        matched(plan, links.items.get(record.key(), set()), stored_of, update)
        plans.append(plan)
    return plans
