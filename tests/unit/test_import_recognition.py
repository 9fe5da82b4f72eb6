"""What an import recognises in the sheets partners really publish (3W/4W/5W, organisation lists, registries):
headings in English, French, Spanish and Arabic however they are spelled, HXL tags by their attributes'
meaning, organisation types, statuses, sensitivities and dates in their usual forms, and placeholders."""

from datetime import date

import pytest

from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemStatus
from pim_desktop.domain.errors import ValidationError
from pim_desktop.imports import values
from pim_desktop.imports.columns import Layout, corrected, find_layout, heading_key
from pim_desktop.imports.reading import UnreadableSourceError


def _field(heading: str, kind: str = "organisations") -> str | None:
    """The field a heading fills in a sheet of that heading and a name column."""
    name = "Organisation" if kind == "organisations" else "System name"
    layout = find_layout([[name, heading], ["x", "y"]], kind)
    assert layout is not None
    return layout.columns.get(1)


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Org. Acronym", "acronym"),
        ("ORG_ACRONYM", "acronym"),
        ("Acronyme", "acronym"),
        ("Type of Organization", "type"),
        ("TypeOrganisation", "type"),
        ("Type Organisation", "type"),
        ("ORG_TYPE", "type"),
        ("Tipo de organización", "type"),
        ("نوع المنظمة", "type"),
        ("Email address", "focal_email"),
        ("Correo electrónico", "focal_email"),
        ("IATI identifier", "identifier"),
        ("Donor Name", None),
        ("Bailleur de fond", None),
        ("Title", None),  # a 3W's "Title" holds a place code, not a focal point's title
    ],
)
def test_organisation_headings_of_real_sheets(heading: str, field: str | None):
    assert _field(heading) == field


@pytest.mark.parametrize(
    "heading",
    [
        "ORG_NAME",
        "NAME_EN",
        "latin_name",
        "Implementing partner",
        "Lead organization",
        "Nom organisation",
        "Organización",
        "ORGANIZACIÓN IMPLEMENTADORA",
        "Organization_Name",
        "اسم المنظمة",
    ],
)
def test_the_organisation_name_under_its_many_headings(heading: str):
    layout = find_layout([[heading, "Type"], ["Relief", "INGO"]], "organisations")
    assert layout is not None and layout.columns == {0: "name", 1: "type"}


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("ADM1_EN", "admin1"),
        ("Admin 1 Name", "admin1"),
        ("ADM2_EN", "admin2"),
        ("Sector/Cluster", "category"),
        ("Lead organization", "organisations"),
        ("Fecha de inicio", "start_date"),
        ("Estado", "status"),
    ],
)
def test_system_headings_of_real_sheets(heading: str, field: str):
    assert _field(heading, "systems") == field


def test_headings_fold_case_accents_underscores_punctuation_and_camel_case():
    assert heading_key("ORG_NAME") == heading_key("Org. name") == heading_key("OrgName") == "org name"
    assert heading_key("  Catégorie   PIM ") == "categorie pim"


def test_the_implementing_partner_wins_over_the_lead_and_the_donor_is_never_the_organisation():
    rows = [["Donor Name", "Lead organization", "Implementing partner"], ["ECHO", "UNHCR", "Relief"]]
    assert find_layout(rows, "organisations").columns == {2: "name"}


@pytest.mark.parametrize(
    ("tags", "columns"),
    [
        (["#org+type+name", "#org+name"], {0: "type", 1: "name"}),
        (["#org +type +name", "#org +name"], {0: "type", 1: "name"}),  # spaces as in a real 3W
        (["#org+funder+name", "#org+impl+name"], {1: "name"}),
        (["#org+prog+name", "#org+name"], {1: "name"}),
        (["#org+impl+name", "#org+lead+name"], {0: "name"}),
        (["#org+id+reporting", "#org+name+reporting"], {0: "identifier", 1: "name"}),
        (["#org+acronym", "#org+code"], {0: "acronym", 1: "identifier"}),  # a 4W of acronyms
    ],
)
def test_hxl_tags_are_read_by_the_meaning_of_their_attributes(tags: list[str], columns: dict[int, str]):
    layout = find_layout([["Who", "Whom"], tags, ["a", "b"]], "organisations")
    assert layout is not None and layout.columns == columns and layout.first_data_row == 2


def test_a_sheet_that_names_no_organisation_is_not_taken_for_one():
    assert (
        find_layout([["Who", "Whom"], ["#org+funder+name", "#sector"], ["a", "b"]], "organisations") is None
    )


def test_a_heading_merged_over_two_columns_above_their_own_words():
    rows = [["Organisation", "Organisation", "Type"], ["Name", "Acronym", None], ["Relief", "RI", "INGO"]]
    layout = find_layout(rows, "organisations")
    assert layout.header_rows == (0, 1) and layout.columns == {0: "name", 1: "acronym", 2: "type"}


def test_the_user_corrects_the_mapping_by_heading_letter_or_number():
    layout = Layout("organisations", (0,), 1, {0: "name"}, ("Who", "Kind", "Notes"))
    assert corrected(layout, {"kind": "type", "C": "notes"}).columns == {0: "name", 1: "type", 2: "notes"}
    assert corrected(layout, {"1": None, "2": "name"}).columns == {1: "name"}
    with pytest.raises(UnreadableSourceError, match="no column 'Where'"):
        corrected(layout, {"Where": "notes"})
    with pytest.raises(UnreadableSourceError, match="'colour' is not a field"):
        corrected(layout, {"Notes": "colour"})


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("INGO", OrganisationType.INTERNATIONAL_NGO),
        ("NNGO", OrganisationType.NATIONAL_NGO),
        ("UN", OrganisationType.UN_AGENCY),
        ("Govt", OrganisationType.GOVERNMENT),
        ("United Nations", OrganisationType.UN_AGENCY),
        ("International Organization", OrganisationType.UN_AGENCY),
        ("ONG Int", OrganisationType.INTERNATIONAL_NGO),
        ("ONG Nat", OrganisationType.NATIONAL_NGO),
        ("Agence UN", OrganisationType.UN_AGENCY),
        ("Mouv. CR", OrganisationType.RED_CROSS_RED_CRESCENT),
        ("Mouvement de la Croix Rouge", OrganisationType.RED_CROSS_RED_CRESCENT),
        ("Entité Gouvernementale", OrganisationType.GOVERNMENT),
        ("Agence du Système des Nations Unies", OrganisationType.UN_AGENCY),
        ("ONG Internacional", OrganisationType.INTERNATIONAL_NGO),
        ("Naciones Unidas", OrganisationType.UN_AGENCY),
        ("Red Cross / Red Crescent", OrganisationType.RED_CROSS_RED_CRESCENT),
        ("Academic / Research", OrganisationType.ACADEMIC),
        ("منظمة غير حكومية دولية", OrganisationType.INTERNATIONAL_NGO),
        ("Others", OrganisationType.OTHER),
    ],
)
def test_organisation_types_in_the_words_of_hdx_ocha_and_partners(typed: str, code: OrganisationType):
    assert values.coded(typed, OrganisationType) is code


def test_statuses_and_sensitivities_in_several_languages():
    assert values.coded("En curso", SystemStatus) is SystemStatus.ACTIVE
    assert values.coded("Completed", SystemStatus) is SystemStatus.ENDED
    assert values.coded("Strictly confidential", Sensitivity) is Sensitivity.STRICTLY_CONFIDENTIAL
    assert values.coded("Confidencial", Sensitivity) is Sensitivity.CONFIDENTIAL


def test_a_word_no_code_answers_to_names_itself_and_can_be_mapped():
    with pytest.raises(values.UnknownValueError) as refused:
        values.coded("Consortium", OrganisationType)
    assert (refused.value.kind, refused.value.text) == ("OrganisationType", "Consortium")
    mapped = {values.value_key("Consortium"): "international-ngo"}
    assert values.coded("consortium", OrganisationType, mapped) is OrganisationType.INTERNATIONAL_NGO


@pytest.mark.parametrize(
    "typed",
    ["2024-03-15", "15/03/2024", "15.03.24", "03/15/2024", "15 March 2024", "March 15, 2024", "15 mars 2024",
     "15 de marzo de 2024", "2024/03/15", "2024-03-15T00:00:00", 45366, date(2024, 3, 15)],
)  # fmt: skip
def test_dates_in_the_usual_forms(typed: object):
    assert values.day(typed) == date(2024, 3, 15)


def test_a_month_alone_is_its_first_day_and_junk_is_said():
    assert values.day("Mar-2024") == values.day("mars 2024") == date(2024, 3, 1)
    assert values.day("NA") is None and values.day("-") is None
    with pytest.raises(ValidationError, match="'soon' is not a date"):
        values.day("soon")


@pytest.mark.parametrize(
    "typed", ["NA", "n/a", "N/A", "#N/A", "-", "—", "--", "?", "none", "s/o", "غير متوفر"]
)
def test_placeholders_mean_an_empty_cell(typed: str):
    assert values.is_placeholder(typed)


@pytest.mark.parametrize("typed", ["NAF", "UN", "x", "Relief International", "محلي", "-2"])
def test_real_values_are_no_placeholders(typed: str):
    assert not values.is_placeholder(typed)
