"""The operation as stored, in plain rows: what the JSON export writes out whole."""

from datetime import date
from typing import Any

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.snapshot import stored_operation
from pim_desktop.storage import models
from tests.helpers import stored_rows


def _values(row: Any) -> list[Any]:
    """Every value of a row and of the rows hanging from it."""
    if isinstance(row, dict):
        return [value for v in row.values() for value in _values(v)]
    if isinstance(row, list):
        return [value for v in row for value in _values(v)]
    return [row]


def test_every_table_comes_as_plain_rows_in_its_order(operation_source: Source):
    with open_operation(operation_source, read_only=True) as operation_file:
        stored = stored_operation(operation_file)
    everything = _values(stored.__dict__)
    assert not any(isinstance(value, models.Base) for value in everything)  # nothing tied to a session
    assert [c["position"] for c in stored.categories] == sorted(c["position"] for c in stored.categories)
    assert [s["id"] for s in stored.systems] == sorted(s["id"] for s in stored.systems)
    assert (
        len(stored.systems) == stored_rows(operation_source, "SELECT count(*) FROM information_system")[0][0]
    )
    assert stored.operation["default_sensitivity"] in Sensitivity  # coded values as their enums


def test_a_system_and_a_plan_carry_what_hangs_from_them(operation_source: Source):
    with open_operation(operation_source, read_only=True) as operation_file:
        stored = stored_operation(operation_file)
    links = stored_rows(
        operation_source, "SELECT system_id, organisation_id FROM system_organisation ORDER BY id"
    )
    read = [(s["id"], link["organisation_id"]) for s in stored.systems for link in s["organisation_links"]]
    assert read == sorted(links, key=lambda pair: pair[0])  # by system, each's in the order they were made
    (plan,) = stored.plans
    items = [item for group in plan["groups"] for item in group["items"]]
    assert len(items) == stored_rows(operation_source, "SELECT count(*) FROM action_item")[0][0]
    assert all(isinstance(point["text"], str) for item in items for point in item["action_points"])
    assert all(item["due_date"] is None or isinstance(item["due_date"], date) for item in items)
