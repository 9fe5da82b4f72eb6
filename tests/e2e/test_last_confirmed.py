""" "Last confirmed", the field added through its declaration (domain/fields.py): the day a record was last
confirmed with its owner, on organisations and systems. It comes in from a spreadsheet, goes out in the
workbook and the JSON and back, is kept by an update that does not carry it, and filters the mapping."""

import csv
import json
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from pim_desktop.services.mapping import MappingService
from pim_desktop.services.mapping_views import MappingData, MappingFilter, months_before
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from tests.helpers import run_cli, sqlite_rows


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def test_last_confirmed_travels_through_import_export_and_json(tmp_path: Path):
    target = tmp_path / "op.pim"
    assert run_cli("new", target, "--name", "Confirmed").returncode == 0
    organisations = _csv(tmp_path / "orgs.csv", [
        ["Organisation", "Acronym", "Last confirmed"],
        ["Relief Association", "RA", "15/03/2026"],
        ["Helping Hands", "HH", ""],
    ])  # fmt: skip
    systems = _csv(tmp_path / "systems.csv", [
        ["System", "PIM category", "Run by", "Confirmed on"],
        ["Returns survey", "Population Data", "RA", "2026-01-31"],
        ["Hotline", "Communicating with(in) Communities", "HH", ""],
    ])  # fmt: skip
    for source in (organisations, systems):
        result = run_cli("import", target, source)
        assert result.returncode == 0, result.stdout + result.stderr
    assert sqlite_rows(target, "SELECT name, last_confirmed FROM organisation ORDER BY id") == [
        ("Relief Association", "2026-03-15"),
        ("Helping Hands", None),
    ]
    assert sqlite_rows(target, "SELECT name, last_confirmed FROM information_system ORDER BY id") == [
        ("Returns survey", "2026-01-31"),
        ("Hotline", None),
    ]
    # a sheet that does not say when leaves the day as it was
    again = run_cli(
        "import", target, _csv(tmp_path / "again.csv", [["Organisation", "Type"], ["RA", "NNGO"]])
    )
    assert again.returncode == 0 and "0 added, 1 updated" in again.stdout
    assert sqlite_rows(target, "SELECT last_confirmed FROM organisation WHERE acronym = 'RA'") == [
        ("2026-03-15",)
    ]

    workbook = tmp_path / "systems.xlsx"
    exported = run_cli("export", target, "--view", "systems", "--format", "xlsx", "-o", workbook, "--hxl")
    assert exported.returncode == 0, exported.stderr
    sheet = load_workbook(workbook)["Systems"]
    header = [c.value for c in sheet[1]]
    column = header.index("last_confirmed")
    assert sheet[2][column].value == "#date+confirmed"
    confirmed = {row[0]: row[column] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert confirmed["Returns survey"].date() == date(2026, 1, 31)  # a date, not text
    assert confirmed["Hotline"] is None

    exported = tmp_path / "operation.json"
    assert run_cli("export", target, "--view", "report", "--format", "json", "-o", exported).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [o["last_confirmed"] for o in document["organisations"]] == ["2026-03-15", None]
    copy = tmp_path / "copy.pim"
    assert run_cli("new", copy, "--name", "Copy").returncode == 0
    assert run_cli("import", copy, exported).returncode == 0
    assert sqlite_rows(copy, "SELECT name, last_confirmed FROM information_system ORDER BY name") == [
        ("Hotline", None),
        ("Returns survey", "2026-01-31"),
    ]


def test_a_json_file_of_the_first_schema_reads_as_never_confirmed(sample_file: Path, tmp_path: Path):
    exported = tmp_path / "operation.json"
    assert (
        run_cli("export", sample_file, "--view", "report", "--format", "json", "-o", exported).returncode == 0
    )
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["schema_version"] = 1
    for record in (*document["organisations"], *document["systems"]):
        del record["last_confirmed"]
    exported.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "op.pim"
    assert run_cli("new", target, "--name", "Older").returncode == 0
    result = run_cli("import", target, exported)
    assert result.returncode == 0, result.stderr
    assert sqlite_rows(target, "SELECT count(*) FROM organisation WHERE last_confirmed IS NULL") == [(24,)]


def test_the_mapping_shows_what_was_not_confirmed_for_months(sample_file: Path):
    run_cli("import", sample_file, _csv(sample_file.parent / "confirmed.csv", [
        ["Organisation", "Last confirmed"],
        ["UNHCR", date.today().isoformat()],
        ["UNICEF", months_before(date.today(), 8).isoformat()],
    ]))  # fmt: skip
    with open_operation(sample_file, read_only=True) as operation:
        data = MappingData(
            MatrixService(operation).matrix().categories,
            OrganisationService(operation).organisations(),
            MappingService(operation).system_summaries(),
        )
    six_months = MappingFilter(unconfirmed_since=months_before(date.today(), 6))
    stale = {o.details.acronym for o in data.filter_organisations(six_months)}
    assert "UNICEF" in stale and "UNHCR" not in stale and len(stale) == len(data.organisations) - 1
    assert len(data.filter_systems(six_months)) == len(data.systems)  # no system was ever confirmed


def test_months_before_keeps_the_day_or_the_months_last():
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert months_before(date(2026, 3, 10), 6) == date(2025, 9, 10)
