"""The register of information systems through its service, and exact undo of register edits."""

from datetime import date

import pytest

from pim_desktop.domain.enums import Sensitivity, SystemRole, SystemStatus
from pim_desktop.domain.errors import NotFoundError, ValidationError
from pim_desktop.domain.model import Area, OrganisationDetails, SystemDetails, SystemLink
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.register_history import RecordScope, RegisterHistory
from pim_desktop.services.systems import SystemService
from pim_desktop.storage.operation_file import OperationFile
from tests.helpers import stored_rows


@pytest.fixture
def operation(operation_source: Source):
    with open_operation(operation_source) as operation_file:
        yield operation_file


def _category_id(operation: OperationFile, code: str) -> int:
    return next(c.id for c in MatrixService(operation).matrix().categories if c.code == code)


def _organisation_id(operation: OperationFile, acronym: str) -> int:
    return next(o.id for o in OrganisationService(operation).organisations() if o.details.acronym == acronym)


def _details(operation: OperationFile, **changes: object) -> SystemDetails:
    values: dict[str, object] = {
        "name": "Border monitoring",
        "primary_category_id": _category_id(operation, "protection_monitoring"),
        "secondary_category_ids": (_category_id(operation, "security_situational_awareness"),),
        "links": (
            SystemLink(_organisation_id(operation, "DRC"), SystemRole.LEAD),
            SystemLink(_organisation_id(operation, "ECHO"), SystemRole.FUNDER),
        ),
        "methods": "Key informant interviews\nBorder crossing counts",
        "outputs": "Trends of returns at the crossings",
        "areas": (Area("LBN", "Bekaa", "LB4", "Zahle", "LB41"), Area("LBN", "Akkar")),
        "status": SystemStatus.ACTIVE,
        "start_date": date(2024, 3, 1),
        "end_date": date(2026, 12, 31),
        "sensitivity": Sensitivity.CONFIDENTIAL,
        "contact_email": "monitoring@example.org",
    }
    values.update(changes)
    return SystemDetails(**values)  # type: ignore[arg-type]


def test_a_system_is_stored_with_organisations_roles_areas_and_categories(operation, operation_source):
    service = SystemService(operation)
    new_id = service.add(_details(operation))
    stored = service.get(new_id).details
    assert stored == _details(operation)
    roles = stored_rows(
        operation_source,
        "SELECT o.acronym, l.role FROM system_organisation l JOIN organisation o ON o.id = l.organisation_id "
        f"WHERE l.system_id = {new_id} ORDER BY l.id",
    )
    assert roles == [("DRC", "lead"), ("ECHO", "funder")]
    areas = stored_rows(
        operation_source,
        f"SELECT admin1, admin2, admin2_pcode FROM system_area WHERE system_id={new_id} ORDER BY id",
    )
    assert areas == [("Bekaa", "Zahle", "LB41"), ("Akkar", "", "")]


def test_an_update_keeping_the_same_organisations_and_areas_is_stored(operation, operation_source):
    service = SystemService(operation)
    new_id = service.add(_details(operation))
    service.update(new_id, _details(operation, sensitivity=Sensitivity.PUBLIC))
    assert service.get(new_id).details == _details(operation, sensitivity=Sensitivity.PUBLIC)
    assert stored_rows(
        operation_source, f"SELECT count(*) FROM system_organisation WHERE system_id={new_id}"
    ) == [(2,)]


def test_lines_equal_to_matrix_entries_link_to_them(operation):
    matrix = MatrixService(operation).matrix()
    category = next(c for c in matrix.categories if c.code == "protection_monitoring")
    methods_row = next(r for r in matrix.rows if r.code == "methods")
    entry = matrix.cell(category.id, methods_row.id)[0]
    service = SystemService(operation)
    new_id = service.add(_details(operation, methods=f"{entry.text.upper()}\nSomething typed freely"))
    assert service.picked_entry_ids(new_id) == {entry.id}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  \t "}, "the system name cannot be empty"),
        ({"primary_category_id": None}, "choose the PIM category"),
        ({"primary_category_id": 9999}, "category of this system no longer exists"),
        ({"start_date": date(2025, 1, 1), "end_date": date(2024, 1, 1)}, "end date (01 Jan 2024) is before"),
        ({"contact_email": "not an address"}, "does not look like an e-mail address"),
        ({"links": (SystemLink(9999),)}, "organisation of this system no longer exists"),
        ({"areas": (Area("XXX", "Bekaa"),)}, "not an ISO 3166"),
        ({"areas": (Area("LBN", "", "", "Zahle"),)}, "'Zahle' needs its admin 1"),
    ],
)
def test_bad_details_are_refused_and_nothing_is_stored(operation, operation_source, changes, message):
    before = stored_rows(operation_source, "SELECT count(*) FROM information_system")
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        SystemService(operation).add(_details(operation, **changes))
    assert stored_rows(operation_source, "SELECT count(*) FROM information_system") == before


def test_a_duplicate_name_is_found_ignoring_case_and_accents(operation):
    service = SystemService(operation)
    assert service.likely_duplicates("refugee REGISTRATION  and verification") == [
        "Refugee registration and verification"
    ]
    assert service.likely_duplicates("Something new") == []


def test_secondary_repeating_primary_and_repeated_links_are_folded(operation):
    primary = _category_id(operation, "protection_monitoring")
    drc = SystemLink(_organisation_id(operation, "DRC"))
    service = SystemService(operation)
    new_id = service.add(_details(operation, secondary_category_ids=(primary,), links=(drc, drc)))
    stored = service.get(new_id).details
    assert stored.secondary_category_ids == ()
    assert stored.links == (drc,)


def test_undo_of_delete_gives_back_the_system_with_its_review_and_ids(operation, operation_source):
    reviewed_id = stored_rows(operation_source, "SELECT system_id FROM data_review LIMIT 1")[0][0]
    tables = ["information_system", "system_organisation", "system_area", "data_review", "principle_rating"]
    before_rows = {
        table: stored_rows(operation_source, f"SELECT * FROM {table} ORDER BY 1") for table in tables
    }
    history = RegisterHistory(operation)
    scope = RecordScope.system(reviewed_id)
    before = history.snapshot(scope)
    SystemService(operation).delete(reviewed_id)
    after = history.snapshot(scope)
    assert stored_rows(
        operation_source, f"SELECT count(*) FROM data_review WHERE system_id={reviewed_id}"
    ) == [(0,)]
    history.restore(before)
    assert {
        table: stored_rows(operation_source, f"SELECT * FROM {table} ORDER BY 1") for table in tables
    } == before_rows
    history.restore(after)
    assert stored_rows(
        operation_source, f"SELECT count(*) FROM information_system WHERE id={reviewed_id}"
    ) == [(0,)]


def test_undo_of_an_organisation_deleted_from_its_systems_puts_the_links_back(operation, operation_source):
    unhcr = _organisation_id(operation, "UNHCR")
    links_before = stored_rows(
        operation_source, f"SELECT * FROM system_organisation WHERE organisation_id={unhcr} ORDER BY id"
    )
    history = RegisterHistory(operation)
    before = history.snapshot(RecordScope.organisation(unhcr))
    OrganisationService(operation).delete(unhcr, detach_from_systems=True)
    assert stored_rows(operation_source, f"SELECT count(*) FROM organisation WHERE id={unhcr}") == [(0,)]
    history.restore(before)
    assert (
        stored_rows(
            operation_source, f"SELECT * FROM system_organisation WHERE organisation_id={unhcr} ORDER BY id"
        )
        == links_before
    )


def test_undo_of_an_added_organisation_removes_it(operation, operation_source):
    service = OrganisationService(operation)
    new_id = service.add(OrganisationDetails(name="Local committee"))
    history = RegisterHistory(operation)
    history.restore(history.absent(RecordScope.organisation(new_id)))
    assert stored_rows(operation_source, f"SELECT count(*) FROM organisation WHERE id={new_id}") == [(0,)]


def test_a_deleted_system_cannot_be_updated(operation):
    service = SystemService(operation)
    new_id = service.add(_details(operation))
    service.delete(new_id)
    with pytest.raises(NotFoundError):
        service.update(new_id, _details(operation))


def test_a_line_shared_by_several_categories_links_one_entry_of_the_primary_first(operation):
    matrix = MatrixService(operation).matrix()
    methods = next(r for r in matrix.rows if r.code == "methods")
    by_text: dict[str, list] = {}
    for category in matrix.categories:
        for entry in matrix.cell(category.id, methods.id):
            by_text.setdefault(entry.text.casefold(), []).append(entry)
    shared = next(entries for entries in by_text.values() if len(entries) > 1)
    primary, secondary = shared[1].category_id, shared[0].category_id
    service = SystemService(operation)
    new_id = service.add(
        _details(
            operation,
            primary_category_id=primary,
            secondary_category_ids=(secondary,),
            methods=shared[0].text,
        )
    )
    assert service.picked_entry_ids(new_id) == {shared[1].id}


def test_after_an_undo_puts_rows_back_with_their_ids_new_records_get_ids_of_their_own(operation):
    """An undo inserts the rows it puts back with their ids, which a server's sequences do not count: the
    next system, its links and areas must not be given one of them."""
    service = SystemService(operation)
    history = RegisterHistory(operation)
    newest = service.add(_details(operation))  # the highest ids of the system, its links and its areas
    before = history.snapshot(RecordScope.system(newest))
    service.delete(newest)
    history.restore(before)
    another = service.add(_details(operation, name="Border monitoring, north"))
    assert another > newest
    assert service.get(newest).details == _details(operation)
    assert service.get(another).details == _details(operation, name="Border monitoring, north")
