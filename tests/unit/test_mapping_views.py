"""The mapping answers on the sample operation: filters, the organisations x categories grid, gaps and
overlaps."""

import pytest

from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemStatus
from pim_desktop.domain.model import Area
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.mapping_views import CoverageLevel, MappingData, MappingFilter, Place, covers
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.organisations import OrganisationService
from tests.shared_server import ENGINES, server_copy


@pytest.fixture(scope="module", params=ENGINES)
def sample(request: pytest.FixtureRequest) -> Source:
    """The sample, read only: the template file itself, or one copy on the server for the module."""
    return (
        request.getfixturevalue("sample_template")
        if request.param == "file"
        else server_copy(request, "sample_on_server")
    )


@pytest.fixture(scope="module")
def data(sample: Source) -> MappingData:
    with open_operation(sample, read_only=True) as operation:
        return MappingData(
            MatrixService(operation).matrix().categories,
            OrganisationService(operation).organisations(),
            MappingService(operation).system_summaries(),
        )


def _category(data: MappingData, code: str) -> int:
    return next(c.id for c in data.categories if c.code == code)


def test_summaries_carry_organisations_lead_first_and_areas(data: MappingData):
    registration = next(s for s in data.systems if s.name == "Refugee registration and verification")
    assert registration.organisations == ("UNHCR", "MoSA")
    assert registration.status is SystemStatus.ACTIVE
    assert registration.sensitivity is Sensitivity.STRICTLY_CONFIDENTIAL
    assert [a.admin1 for a in registration.areas][:2] == ["Akkar", "North"]


def test_a_place_is_covered_by_the_whole_country_its_admin1_or_itself():
    assert covers((Area("LBN"),), Place("Akkar", "Halba"))
    assert covers((Area("LBN", "Akkar"),), Place("Akkar", "Halba"))
    assert covers((Area("LBN", "akkar", admin2="HALBA"),), Place("Akkar", "Halba"))
    assert not covers((Area("LBN", "Akkar", admin2="Qobayat"),), Place("Akkar", "Halba"))
    assert not covers((Area("LBN", "Bekaa"),), Place("Akkar"))
    assert not covers((), Place("Akkar"))


def test_filters_by_text_place_type_status_and_sensitivity(data: MappingData):
    assert len(data.filter_systems(MappingFilter())) == 40
    by_text = data.filter_systems(MappingFilter(text="gbv"))
    assert by_text and all(
        "gbv" in (s.name + s.methods + s.outputs + " ".join(s.organisations)).lower() for s in by_text
    )
    in_nabatieh = data.filter_systems(MappingFilter(place=Place("Nabatieh")))
    assert in_nabatieh and all(any(a.admin1 == "Nabatieh" for a in s.areas) for s in in_nabatieh)
    national = data.filter_systems(MappingFilter(org_type=OrganisationType.NATIONAL_NGO))
    assert {"ABAAD"} <= {org for s in national for org in s.organisations}
    assert len(data.filter_systems(MappingFilter(status=SystemStatus.PLANNED))) == 3
    public = data.filter_systems(MappingFilter(sensitivity=Sensitivity.PUBLIC))
    assert all(s.sensitivity is Sensitivity.PUBLIC for s in public)


def test_organisations_filtered_by_a_place_are_those_running_a_system_there(data: MappingData):
    names = {o.details.acronym for o in data.filter_organisations(MappingFilter(place=Place("Nabatieh")))}
    assert "UNDSS" in names and "UNRWA" not in names
    ngos = data.filter_organisations(MappingFilter(org_type=OrganisationType.NATIONAL_NGO))
    assert ngos and all(o.details.org_type is OrganisationType.NATIONAL_NGO for o in ngos)


def test_the_grid_lists_each_organisations_systems_per_category(data: MappingData):
    grid = data.organisation_grid(MappingFilter())
    unhcr = next(o for o in grid.organisations if o.details.acronym == "UNHCR")
    registration = grid.cells[(unhcr.id, _category(data, "population_data"))]
    assert "Refugee registration and verification" in [s.name for s in registration]
    assert len(grid.organisations) == 24


def test_the_sample_operation_has_gaps_and_overlaps_by_governorate(data: MappingData):
    coverage = data.coverage(MappingFilter(), CoverageLevel.ADMIN1)
    assert len(coverage.places) == 8
    gaps = {(place.admin1, category.code) for place, category in coverage.gaps()}
    # no active case management system reaches Baalbek-Hermel or Nabatieh in the sample operation
    assert ("Baalbek-Hermel", "case_management") in gaps
    assert ("Nabatieh", "case_management") in gaps
    assert ("Akkar", "population_data") not in gaps
    overlaps = {(place.admin1, category.code): found for place, category, found in coverage.overlaps()}
    assert len(overlaps[("Bekaa", "protection_monitoring")]) >= 3
    assert all(s.status is SystemStatus.ACTIVE for found in overlaps.values() for s in found)


def test_coverage_of_the_whole_operation_has_one_row_and_no_gap(data: MappingData):
    coverage = data.coverage(MappingFilter(), CoverageLevel.OPERATION)
    assert coverage.places == [Place()]
    assert coverage.gaps() == []
    narrowed = data.coverage(MappingFilter(place=Place("Nabatieh")), CoverageLevel.ADMIN1)
    assert [p.admin1 for p in narrowed.places] == ["Nabatieh"]


def test_the_matrix_names_each_categorys_systems_as_the_register_groups_them(sample: Source):
    """The matrix's row of systems is read by a query of its own (names and who runs them); it must say
    what the register's summaries say, secondary categories and organisations lead first included."""
    with open_operation(sample, read_only=True) as operation:
        mapping = MappingService(operation)
        names, full = mapping.system_names(), mapping.systems_by_category()
    assert names.keys() == full.keys()
    for category_id, systems in full.items():
        expected = [(s.id, s.name, s.organisations) for s in systems]
        assert [(s.id, s.name, s.organisations) for s in names[category_id]] == expected
    assert any(len(s.organisations) > 1 for group in names.values() for s in group)
