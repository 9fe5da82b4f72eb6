"""The organisation register through its service, on the sample operation."""

import pytest

from pim_desktop.domain.enums import OrganisationType
from pim_desktop.domain.errors import OrganisationInUseError, ValidationError
from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.organisations import OrganisationService
from tests.helpers import stored_rows


@pytest.fixture
def service(operation_source: Source):
    with open_operation(operation_source) as operation_file:
        yield OrganisationService(operation_file)


def test_register_lists_organisations_with_their_system_counts(service: OrganisationService):
    organisations = {o.details.acronym: o for o in service.organisations()}
    assert len(organisations) == 24
    assert organisations["UNHCR"].system_count >= 10
    assert organisations["UNHCR"].details.org_type is OrganisationType.UN_AGENCY
    assert organisations["UNHCR"].details.focal_email == "protection.lebanon@example.org"


def test_add_cleans_and_stores(service: OrganisationService, operation_source: Source):
    new_id = service.add(
        OrganisationDetails(
            name="  Médecins   Sans Frontières\x00 ",
            acronym="MSF",
            org_type=OrganisationType.INTERNATIONAL_NGO,
            focal_email="medical@example.org",
        )
    )
    stored = stored_rows(
        operation_source, f"SELECT name, name_key, acronym, org_type FROM organisation WHERE id={new_id}"
    )
    assert stored == [("Médecins Sans Frontières", "medecins sans frontieres", "MSF", "international-ngo")]


@pytest.mark.parametrize(
    ("details", "message"),
    [
        (OrganisationDetails(name="   "), "cannot be empty"),
        (OrganisationDetails(name="\u200b\ufeff"), "cannot be empty"),  # invisible characters only
        (OrganisationDetails(name="X", focal_email="not an address"), "e-mail"),
        (OrganisationDetails(name="X", acronym="A" * 51), "acronym"),
    ],
)
def test_invalid_details_are_refused_and_nothing_is_written(
    service: OrganisationService, operation_source: Source, details: OrganisationDetails, message: str
):
    with pytest.raises(ValidationError, match=message):
        service.add(details)
    assert stored_rows(operation_source, "SELECT count(*) FROM organisation") == [(24,)]


def test_likely_duplicates_ignore_case_accents_and_spacing(service: OrganisationService):
    found = service.likely_duplicates(OrganisationDetails(name="danish  REFUGEE council"))
    assert [o.details.acronym for o in found] == ["DRC"]
    assert [
        o.details.acronym
        for o in service.likely_duplicates(OrganisationDetails(name="Other", acronym="unhcr"))
    ] == ["UNHCR"]
    assert [o.details.acronym for o in service.likely_duplicates(OrganisationDetails(name="iom"))] == ["IOM"]
    assert service.likely_duplicates(OrganisationDetails(name="Brand new actor")) == []
    drc = found[0]
    assert service.likely_duplicates(drc.details, except_id=drc.id) == []


def test_deleting_an_organisation_that_runs_systems_asks_first(
    service: OrganisationService, operation_source: Source
):
    nrc = next(o for o in service.organisations() if o.details.acronym == "NRC")
    with pytest.raises(OrganisationInUseError, match="Border and return monitoring") as refused:
        service.delete(nrc.id)
    assert len(refused.value.system_names) == nrc.system_count
    assert stored_rows(operation_source, f"SELECT count(*) FROM organisation WHERE id={nrc.id}") == [(1,)]
    systems_before = stored_rows(operation_source, "SELECT count(*) FROM information_system")
    service.delete(nrc.id, detach_from_systems=True)
    assert stored_rows(
        operation_source, f"SELECT count(*) FROM system_organisation WHERE organisation_id={nrc.id}"
    ) == [(0,)]
    assert stored_rows(operation_source, "SELECT count(*) FROM information_system") == systems_before


def test_update_keeps_the_comparison_keys_in_step(service: OrganisationService, operation_source: Source):
    abaad = next(o for o in service.organisations() if o.details.acronym == "ABAAD")
    service.update(abaad.id, OrganisationDetails(name="ABAAD – Resource Centre", acronym="Abaad"))
    assert stored_rows(
        operation_source, f"SELECT name_key, acronym_key FROM organisation WHERE id={abaad.id}"
    ) == [("abaad – resource centre", "abaad")]
    assert service.get(abaad.id).details.acronym == "Abaad"
