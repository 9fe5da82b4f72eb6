"""Comparing two moments of an operation: gaps closed and opened, a span between two milestones, records
added and removed again, the sensitivity ceiling, and one record's history (issue 24)."""

from collections.abc import Iterator
from dataclasses import replace

import pytest

from pim_desktop.domain import model
from pim_desktop.domain.changes import ChangeKind, ChangeWhat
from pim_desktop.domain.enums import Sensitivity, SystemStatus
from pim_desktop.services.change_comparison import compare, record_history
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import OpenOperation, Source, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from tests.postgres import SUPERUSER


@pytest.fixture
def operation(operation_source: Source) -> Iterator[OpenOperation]:
    with open_operation(operation_source) as operation_file:
        operation_file.author = "IM officer"
        yield operation_file


def _a_gap(operation: OpenOperation) -> tuple[str, model.Category]:
    """A province and a category no active system covers in the sample."""
    systems = MappingService(operation).system_summaries()
    categories = MatrixService(operation).matrix().categories
    provinces = sorted({a.admin1 for s in systems for a in s.areas if a.admin1})
    for province in provinces:
        for category in categories:
            if not any(
                s.status is SystemStatus.ACTIVE
                and category.id in s.category_ids
                and any(a.admin1 in ("", province) for a in s.areas)
                for s in systems
            ):
                return province, category
    raise AssertionError("the sample has no gap")


def test_a_system_that_covers_a_gap_closes_it_and_ending_it_opens_it_again(operation: OpenOperation):
    province, category = _a_gap(operation)
    log = ChangeLog(operation)
    before = log.mark_milestone("Before")
    systems = SystemService(operation)
    details = model.SystemDetails(
        "Mobile protection teams",
        category.id,
        areas=(model.Area("LBN", province),),
        sensitivity=Sensitivity.PUBLIC,
    )
    new_id = systems.add(details)
    closed = compare(operation, before).only(ChangeKind.GAP)
    assert [(c.what, c.name, c.fields[0].after) for c in closed] == [
        (ChangeWhat.CLOSED, f"{province}: {category.label}", "Mobile protection teams")
    ]
    covered = log.mark_milestone("Covered")
    systems.update(new_id, replace(details, status=SystemStatus.ENDED))
    opened = compare(operation, covered).only(ChangeKind.GAP)
    assert [(c.what, c.name) for c in opened] == [(ChangeWhat.OPENED, f"{province}: {category.label}")]
    assert compare(operation, before).only(ChangeKind.GAP) == ()  # from the first milestone: as it was


def test_between_two_milestones_only_what_happened_between_them(operation: OpenOperation):
    log = ChangeLog(operation)
    organisations = OrganisationService(operation)
    first, second = organisations.organisations()[:2]
    march = log.mark_milestone("March")
    organisations.update(first.id, replace(first.details, acronym="MAR"))
    june = log.mark_milestone("June")
    organisations.update(second.id, replace(second.details, acronym="JUN"))
    between = compare(operation, march, june)
    assert [(c.name, c.fields[0].after) for c in between.changes] == [(first.details.name, "MAR")]
    assert compare(operation, june, march).changes == between.changes  # chosen the other way round
    since_june = compare(operation, june)
    assert [(c.name, c.fields[0].after) for c in since_june.changes] == [(second.details.name, "JUN")]


def test_a_record_added_and_removed_again_is_no_change(operation: OpenOperation):
    since = ChangeLog(operation).mark_milestone("Before")
    organisations = OrganisationService(operation)
    added = organisations.add(model.OrganisationDetails("Passing through"))
    organisations.delete(added)
    assert compare(operation, since).changes == ()


def test_changes_to_systems_above_the_ceiling_are_left_out_and_counted(operation: OpenOperation):
    since = ChangeLog(operation).mark_milestone("Before")
    systems = SystemService(operation)
    by_level = {s.sensitivity: s for s in MappingService(operation).system_summaries()}
    for summary in (by_level[Sensitivity.PUBLIC], by_level[Sensitivity.STRICTLY_CONFIDENTIAL]):
        systems.update(summary.id, replace(systems.get(summary.id).details, notes="Checked in June"))
    shared = compare(operation, since, ceiling=Sensitivity.CONFIDENTIAL)
    assert [c.name for c in shared.only(ChangeKind.SYSTEM)] == [by_level[Sensitivity.PUBLIC].name]
    assert shared.left_out == 1
    assert len(compare(operation, since).only(ChangeKind.SYSTEM)) == 2


def test_a_records_history_lists_each_change_with_who_made_it(operation: OpenOperation):
    organisations = OrganisationService(operation)
    added = organisations.add(model.OrganisationDetails("Sawa for Development"))
    operation.author = "Protection officer"
    organisations.update(added, model.OrganisationDetails("Sawa for Development", acronym="SAWA"))
    history = record_history(operation, "organisation", added)
    # on a server, the login made both (the superuser here), whatever the preferences say
    first, then = (SUPERUSER, SUPERUSER) if operation.on_server else ("IM officer", "Protection officer")
    assert [(c.what, c.who, [(f.field, f.after) for f in c.fields]) for c in history] == [
        (ChangeWhat.ADDED, (first,), []),
        (ChangeWhat.CHANGED, (then,), [("Acronym", "SAWA")]),
    ]
