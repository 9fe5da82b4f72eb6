"""`pim-desktop import` on spreadsheets in the shapes partners publish: a 3W with one row per organisation,
place and sector under an HXL row; a French 5W with several sheets and formatting down to the last row; an
organisation list with aliases; a registry of systems without a category; a 4W whose "Partner" column holds
acronyms, imported over a full register. Nothing the register knows is lost."""

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from tests.helpers import run_cli, sqlite_rows

ORGANISATIONS = (
    "SELECT name, acronym, org_type, identifier, focal_name, focal_role, focal_email, focal_phone, notes "
    "FROM organisation ORDER BY id"
)
# A register as an information officer keeps it: full names, acronyms, IATI identifiers, focal points
REGISTER = [
    ("Office of the United Nations High Commissioner for Refugees", "UNHCR", "UN agency", "XM-DAC-41121",
     "Amal Haddad", "Protection officer", "haddad@unhcr.org", "+961 1 000 001", "Co-leads the cluster"),
    ("United Nations Children's Fund", "UNICEF", "UN agency", "XM-DAC-41122", "Rami Saleh", "CP officer",
     "rsaleh@unicef.org", "+961 1 000 002", ""),
    ("International Rescue Committee", "IRC", "INGO", "", "Nora Khalil", "", "nora@rescue.org", "", "GBV"),
    ("Norwegian Refugee Council", "NRC", "INGO", "NO-BRC-977538319", "Jon Berg", "", "", "", ""),
    ("Danish Refugee Council", "DRC", "INGO", "", "", "", "drc@drc.ngo", "", ""),
    ("Médecins Sans Frontières", "MSF", "INGO", "", "", "", "", "+961 3 000 006", ""),
    ("Lebanese Red Cross", "LRC", "Red Cross", "", "Maya Aoun", "", "", "", ""),
    ("Ministry of Social Affairs", "MoSA", "Government", "", "", "", "", "", "Hotline owner"),
    ("Amel Association International", "Amel", "NNGO", "", "", "", "", "", ""),
    ("KAFA (enough) Violence & Exploitation", "KAFA", "NNGO", "", "Lina Fares", "", "", "", ""),
    ("World Food Programme", "WFP", "UN agency", "XM-DAC-41140", "", "", "", "", ""),
    ("International Organization for Migration", "IOM", "UN agency", "", "", "", "iom@iom.int", "", ""),
    ("Save the Children International", "SCI", "INGO", "", "", "", "", "", "Education"),
]  # fmt: skip
REGISTER_HEADER = ["Organisation name", "Acronym", "Type", "Identifier", "Focal point", "Role", "E-mail",
                   "Phone", "Notes"]  # fmt: skip


def _csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


@pytest.fixture
def full_register(tmp_path: Path) -> Path:
    """An operation whose organisation register is full, typed through the import of a clean list."""
    target = tmp_path / "register.pim"
    assert run_cli("new", target, "--name", "Register", "--country", "LBN").returncode == 0
    source = _csv(tmp_path / "register.csv", [REGISTER_HEADER, *map(list, REGISTER)])
    result = run_cli("import", target, source)
    assert result.returncode == 0 and "13 added" in result.stdout, result.stdout + result.stderr
    return target


def test_a_two_column_sheet_never_blanks_what_the_register_knows(full_register: Path, tmp_path: Path):
    before = sqlite_rows(full_register, ORGANISATIONS)
    source = _csv(tmp_path / "two.csv", [["Organisation", "Type"], ["UNHCR", "UN agency"], ["irc", "NNGO"]])
    preview = run_cli("import", full_register, source, "--dry-run")
    assert preview.returncode == 0, preview.stderr
    # the one real change, field by field; the name matched by its acronym is kept
    assert "update row 3 irc: Type: 'International NGO' -> 'National NGO'" in preview.stdout
    assert "1 to update, 1 unchanged" in preview.stdout
    assert sqlite_rows(full_register, ORGANISATIONS) == before  # a dry run writes nothing
    report = tmp_path / "outcome.csv"
    result = run_cli("import", full_register, source, "--report", report)
    assert result.returncode == 0 and "0 added, 1 updated, 1 unchanged" in result.stdout, result.stdout
    after = sqlite_rows(full_register, ORGANISATIONS)
    assert after[0] == before[0]  # UNHCR whole: name, acronym, identifier, focal point, e-mail, phone, notes
    assert after[2] == (*before[2][:2], "national-ngo", *before[2][3:])  # only the type changed
    assert after[1:2] + after[3:] == before[1:2] + before[3:]
    with report.open(encoding="utf-8-sig") as stream:
        lines = list(csv.DictReader(stream))
    assert [(line["row"], line["outcome"]) for line in lines] == [("2", "unchanged"), ("3", "updated")]
    assert lines[1]["changes"] == "Type: 'International NGO' -> 'National NGO'"


def _four_w(path: Path) -> Path:
    """A 4W: one row per activity, the implementing partner by its acronym, donors and places beside it."""
    rows: list[list[object]] = [
        ["Partner", "Donor", "Sector", "Activity", "Governorate", "District", "Partner type"],
        ["#org+impl+acronym", "#org+funder", "#sector", "#activity", "#adm1+name", "#adm2+name", "#org+type"],
    ]
    places = [("Akkar", "Halba"), ("Bekaa", "Zahle"), ("North", "Tripoli")]
    for index, (_name, acronym, *_rest) in enumerate(REGISTER):
        for place in places[: 1 + index % 3]:
            rows.append([acronym, "ECHO", "Protection", "Case management", *place, ""])
    rows.append(["Relief Lebanon", "BPRM", "Protection", "PSS", "Akkar", "Halba", "NNGO"])
    return _csv(path, rows)


def test_a_4w_of_acronyms_over_a_full_register_changes_nothing_it_does_not_carry(
    full_register: Path, tmp_path: Path
):
    before = sqlite_rows(full_register, ORGANISATIONS)
    source = _four_w(tmp_path / "4w.csv")
    result = run_cli("import", full_register, source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 added, 0 updated, 13 unchanged" in result.stdout
    assert "(14 records from 26 rows: 12 rows repeat a record)" in result.stdout
    after = sqlite_rows(full_register, ORGANISATIONS)
    assert after[:13] == before  # every name, identifier, focal point and note as it was
    assert after[13][:3] == ("Relief Lebanon", "Relief Lebanon", "national-ngo")  # named as the 4W names it
    assert "ECHO" not in {row[0] for row in after}  # the donor column is no organisation of the 4W


def _three_w(path: Path, organisations: int = 300, nameless: tuple[int, ...] = ()) -> Path:
    """A 3W in the shape OCHA offices publish: a title, a header, an HXL row, one row per organisation x place
    x sector; a sheet formatted down to its last row beside it; a row number in an "ID" column."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "3W"
    sheet.append(["Who does what where, Q3"])
    sheet.append(["ID", "ORG_NAME", "ORG_ACRONYM", "ORG_TYPE", "ADM1_EN", "CLUSTER", "Email address"])
    sheet.append(
        ["", "#org+name", "#org+acronym", "#org+type+name", "#adm1+name", "#sector", "#contact+email"]
    )
    number = 0
    for org in range(organisations):
        for place in ("Akkar", "Bekaa", "Beirut"):
            for sector in ("Protection", "GBV", "Child Protection", "Shelter"):
                number += 1
                name, acronym = ("", "") if number in nameless else (f"Partner {org} Association", f"P{org}")
                email = "NA" if org % 7 == 0 else f"focal{org}@partner.org"
                sheet.append([number, name, acronym, "ONG Nat" if org % 2 else "INGO", place, sector, email])
    formatted = workbook.create_sheet("Lists")
    formatted.append(["Sector"])
    for row in range(2, 1_048_577, 1_048_574):  # a style down to the sheet's last row, as templates do
        formatted.cell(row=row, column=1).font = Font(bold=True)
    workbook.save(path)
    return path


def test_a_3w_comes_in_as_one_organisation_per_partner(tmp_path: Path):
    target = tmp_path / "op.pim"
    assert run_cli("new", target, "--name", "3W").returncode == 0
    source = _three_w(tmp_path / "3w.xlsx")
    result = run_cli("import", target, source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "300 added" in result.stdout
    assert "(300 records from 3600 rows: 3300 rows repeat a record)" in result.stdout
    assert "the column 'ID' gives one organisation several values" in result.stdout
    assert len(result.stdout.splitlines()) < 25  # one line per kind of message, not one per row
    stored = sqlite_rows(target, "SELECT name, acronym, org_type, identifier, focal_email FROM organisation")
    assert stored[:3] == [
        ("Partner 0 Association", "P0", "international-ngo", "", ""),  # "NA" is no e-mail: left empty
        ("Partner 1 Association", "P1", "national-ngo", "", "focal1@partner.org"),
        ("Partner 2 Association", "P2", "international-ngo", "", "focal2@partner.org"),
    ]


def test_bad_rows_refuse_in_a_few_lines_unless_left_out(tmp_path: Path):
    target = tmp_path / "op.pim"
    assert run_cli("new", target, "--name", "3W").returncode == 0
    source = _three_w(tmp_path / "3w.xlsx", organisations=900, nameless=(9873, 9890))
    refused = run_cli("import", target, source)
    assert refused.returncode == 1
    assert "rows 9876, 9893: error: The organisation name cannot be empty" in refused.stdout
    assert "--skip-invalid imports the others" in refused.stderr
    assert len(refused.stdout.splitlines()) < 25
    assert sqlite_rows(target, "SELECT count(*) FROM organisation") == [(0,)]
    report = tmp_path / "rows.csv"
    taken = run_cli("import", target, source, "--skip-invalid", "--report", report)
    assert taken.returncode == 0, taken.stderr
    assert "900 added" in taken.stdout and "2 left out" in taken.stdout
    assert sqlite_rows(target, "SELECT count(*) FROM organisation") == [(900,)]
    with report.open(encoding="utf-8-sig") as stream:
        outcomes = {line["row"]: line for line in csv.DictReader(stream)}
    assert len(outcomes) == 10_800  # every row of the sheet
    assert outcomes["9876"]["outcome"] == "refused"
    assert outcomes["9876"]["errors"] == "The organisation name cannot be empty"
    assert outcomes["4"]["outcome"] == "added" and outcomes["5"]["joined with row"] == "4"


def _french_5w(path: Path) -> Path:
    """A French 5W: a summary sheet first, the 5W with a two-row header, and an organisation list."""
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Synthèse"
    summary.append(["Total", 42])
    five_w = workbook.create_sheet("5W")
    five_w.append(["Organisation", None, "Type Organisation", "Bailleur de fond", "Région", "Cluster"])
    five_w.append(["Acronyme", "Nom organisation", None, None, None, None])
    five_w.merge_cells("A1:B1")
    five_w.append(["SIF", "Secours Islamique France", "ONG Int", "ECHO", "Mopti", "Protection"])
    five_w.append(["SIF", "Secours islamique  France", "ONG Int", "ECHO", "Gao", "Santé"])
    five_w.append(["AMSS", "Association Malienne pour la Survie au Sahel", "ONG Nat", "UNICEF", "Gao", "EHA"])
    five_w.append(
        ["UNHCR", "Haut Commissariat des Nations Unies pour les Réfugiés", "Agence UN", "", "Gao", ""]
    )
    for row in range(7, 1_048_577, 200_000):
        five_w.cell(row=row, column=1).font = Font(italic=True)  # formatting that runs to the last row
    listing = workbook.create_sheet("ListOrganisation")
    listing.append(["Acronyme", "Nom organisation"])
    for number in range(477):
        listing.append([f"ORG{number}", f"Organisation numéro {number}"])
    listing.cell(row=1_048_576, column=3).font = Font(bold=True)
    workbook.save(path)
    return path


def test_a_french_5w_with_several_sheets(full_register: Path, tmp_path: Path):
    source = _french_5w(tmp_path / "5w.xlsx")
    proposed = run_cli("import", full_register, source, "--dry-run")
    assert proposed.returncode == 0, proposed.stderr
    assert "sheet '5W': organisations; header on row(s) 1, 2" in proposed.stdout
    assert "sheets: Synthèse, 5W, ListOrganisation" in proposed.stdout
    assert "column 1 'Organisation Acronyme' -> acronym" in proposed.stdout  # a merged heading over two
    assert "column 2 'Organisation Nom organisation' -> name" in proposed.stdout
    assert "2 to add, 0 to update, 1 unchanged" in proposed.stdout  # SIF twice is one; UNHCR known
    listing = run_cli("import", full_register, source, "--sheet", "ListOrganisation")
    assert listing.returncode == 0, listing.stderr
    assert "477 added" in listing.stdout


def test_an_organisation_list_with_aliases_gives_one_organisation_each(tmp_path: Path):
    target = tmp_path / "op.pim"
    assert run_cli("new", target, "--name", "Aliases").returncode == 0
    source = _csv(tmp_path / "orgs.csv", [
        ["Organization", "Acronym", "Type of Organization"],
        ["MSF", "MSF", "INGO"],  # the acronym given as the name first
        ["Médecins Sans Frontières", "MSF", "INGO"],
        ["Medecins sans Frontieres", "", ""],
        ["Doctors Without Borders", "msf", "International NGO"],
        ["Agency For Minority Rights And Development (AMARD)", "", "NNGO"],
        ["AMARD", "", ""],
    ])  # fmt: skip
    result = run_cli("import", target, source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 added" in result.stdout
    assert sqlite_rows(target, "SELECT name, acronym, org_type FROM organisation ORDER BY id") == [
        ("Médecins Sans Frontières", "MSF", "international-ngo"),
        ("Agency For Minority Rights And Development", "AMARD", "national-ngo"),
    ]


def test_unrecognised_values_are_said_once_and_mapped(tmp_path: Path):
    target = tmp_path / "op.pim"
    assert run_cli("new", target, "--name", "Values").returncode == 0
    rows = [["Organisation", "Type"]] + [[f"Consortium {n}", "Consortium"] for n in range(40)]
    source = _csv(tmp_path / "orgs.csv", rows)
    said = run_cli("import", target, source, "--dry-run")
    assert said.stdout.count("not recognised: type 'Consortium' in 40 row(s)") == 1
    assert "stored as other" in said.stdout
    mapped = run_cli("import", target, source, "--value", "type:consortium=international-ngo")
    assert mapped.returncode == 0, mapped.stderr
    assert "not recognised" not in mapped.stdout
    assert sqlite_rows(target, "SELECT DISTINCT org_type FROM organisation") == [("international-ngo",)]


def test_a_registry_of_systems_without_a_category(sample_file: Path, tmp_path: Path):
    source = _csv(tmp_path / "registry.csv", [
        ["System name", "Lead agency", "Status", "Sensitivity", "Start date"],
        ["Returns intention survey", "UNHCR", "En curso", "Sensible", "15 March 2024"],
        ["Hotline 1234", "Ministry of Social Affairs", "ongoing", "restreint", "2024/03/15"],
    ])  # fmt: skip
    refused = run_cli("import", sample_file, source, "--kind", "systems")
    assert refused.returncode == 1 and "the PIM category is missing" in refused.stdout
    result = run_cli("import", sample_file, source, "--category", "Communicating with(in) Communities")
    assert result.returncode == 0, result.stdout + result.stderr
    stored = sqlite_rows(
        sample_file,
        "SELECT s.name, c.code, s.status, s.sensitivity, s.start_date FROM information_system s "
        "JOIN category c ON c.id = s.primary_category_id WHERE s.name IN ('Returns intention survey', "
        "'Hotline 1234') ORDER BY s.name",
    )
    assert stored == [
        ("Hotline 1234", "communicating_with_in_communities", "active", "restricted", "2024-03-15"),
        (
            "Returns intention survey",
            "communicating_with_in_communities",
            "active",
            "confidential",
            "2024-03-15",
        ),
    ]
    wrong = run_cli("import", sample_file, source, "--category", "Shelter")
    assert wrong.returncode == 2 and "'Shelter' is not a PIM category of this operation" in wrong.stderr


@pytest.mark.parametrize(
    "written",
    [
        "Protection Response Monitoring and Evaluation",
        "Sectoral Systems / Other",
        "Communicating with(in) Affected Communities",
        "Suivi et évaluation de la réponse de protection",
        "الأنظمة القطاعية/أخرى",
        "protection_monitoring",
    ],
)
def test_the_categories_of_the_pim_matrix_under_their_names(sample_file: Path, tmp_path: Path, written: str):
    source = _csv(tmp_path / "systems.csv", [["System", "PIM category"], ["A system", written]])
    result = run_cli("import", sample_file, source, "--dry-run")
    assert result.returncode == 0 and "1 to add" in result.stdout, result.stdout


def test_the_mapping_corrected_from_the_command_line(tmp_path: Path):
    target = tmp_path / "op.pim"
    assert run_cli("new", target, "--name", "Columns").returncode == 0
    source = _csv(tmp_path / "odd.csv", [["Who", "Kind", "Comment"], ["Relief", "INGO", "call first"]])
    assert run_cli("import", target, source).returncode == 2
    result = run_cli("import", target, source, "--column", "Who=name", "--column", "B=type", "--column", "3=")
    assert result.returncode == 0, result.stdout + result.stderr
    assert sqlite_rows(target, "SELECT name, org_type, notes FROM organisation") == [
        ("Relief", "international-ngo", "")
    ]


def test_every_kind_works_or_says_why_in_one_line(sample_file: Path, tmp_path: Path):
    plans = tmp_path / "plans.xlsx"
    assert (
        run_cli("export", sample_file, "--view", "action-plans", "--format", "xlsx", "-o", plans).returncode
        == 0
    )
    target = tmp_path / "op.pim"
    assert run_cli("new", target, "--name", "Kinds").returncode == 0
    items = run_cli("import", target, plans, "--kind", "action-items")
    assert items.returncode == 0 and "4 added" in items.stdout, items.stdout + items.stderr
    wrong = run_cli("import", target, plans, "--kind", "orgs")
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
    assert "invalid choice: 'orgs'" in wrong.stderr
    whole = run_cli("import", target, plans, "--kind", "operation")
    assert whole.returncode == 2 and whole.stderr.count("\n") == 1
    assert "plans.xlsx is a workbook: a whole operation is imported from the program's JSON" in whole.stderr
    assert "Traceback" not in whole.stderr + wrong.stderr
