"""`pim-desktop import` on real files the tests write, messy ones included (the broken ones are the corpus of
tests/data, tried in tests/e2e/test_bad_input.py)."""

import hashlib
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from pim_desktop.services.mapping import MappingService
from pim_desktop.services.operations import open_operation
from tests.helpers import run_cli, sqlite_rows


def _new_operation(tmp_path: Path) -> Path:
    path = tmp_path / "new.pim"
    assert run_cli("new", path, "--name", "Import test", "--country", "LBN").returncode == 0
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_exported_registers_import_into_an_empty_operation_unchanged(sample_file: Path, tmp_path: Path):
    target = _new_operation(tmp_path)
    for view in ("organisations", "systems"):
        exported = tmp_path / f"{view}.xlsx"
        assert (
            run_cli("export", sample_file, "--view", view, "--format", "xlsx", "-o", exported).returncode == 0
        )
        result = run_cli("import", target, exported)
        assert result.returncode == 0, result.stderr

    def summaries(path: Path) -> dict[str, tuple]:
        with open_operation(path, read_only=True) as operation:
            return {
                s.name: (s.organisations, s.outputs, s.methods, s.status, s.sensitivity, s.areas, s.contact)
                for s in MappingService(operation).system_summaries()
            }

    assert summaries(target) == summaries(sample_file)
    again = run_cli("import", target, tmp_path / "systems.xlsx")
    assert "0 added, 0 updated, 40 unchanged" in again.stdout  # matched by name, not duplicated


def _messy_workbook(path: Path) -> None:
    """A partner's sheet: a title, a header over two rows in French, an HXL row, merged cells, dates as
    Excel numbers and as text, and organisations typed differently from the register."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Cartographie"
    sheet.append(["Cartographie des systèmes d'information, Liban 2026"])
    sheet.merge_cells("A1:F1")
    sheet.append([None, None, "Catégorie", None, "Date de", "Gouvernorat"])
    sheet.append(["Nom du système", "Géré par", "PIM", "Statut", "début", None])
    sheet.append(["#meta+system+name", "#org+name", "#sector+pim", "#status", "#date+start", "#adm1+name"])
    sheet.append(["Suivi des retours", "unhcr", "protection monitoring", "Actif", 45292, "Akkar; Bekaa"])
    sheet.append(
        [
            "Registre des plaintes",
            "Nouvelle ONG locale",
            "Communicating with(in) Communities",
            "planifié",
            "15/03/2026",
            "Nord",
        ]
    )
    sheet.append(["Tableau de bord", "UNHCR (lead)", "Population Data", "active", None, None])
    workbook.save(path)


def test_a_messy_partner_workbook_is_understood(sample_file: Path, tmp_path: Path):
    source = tmp_path / "partner.xlsx"
    _messy_workbook(source)
    before = _digest(sample_file)
    preview = run_cli("import", sample_file, source, "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "header on row(s) 2, 3, 4" in preview.stdout
    assert "'Nouvelle ONG locale' is not in the organisation register: it will be added" in preview.stdout
    assert "3 to add" in preview.stdout and "Nothing was written" in preview.stdout
    assert _digest(sample_file) == before
    result = run_cli("import", sample_file, source)
    assert result.returncode == 0, result.stderr
    rows = sqlite_rows(
        sample_file,
        "SELECT s.name, s.status, s.start_date, c.code FROM information_system s JOIN category c "
        "ON c.id = s.primary_category_id "
        "WHERE s.name IN ('Suivi des retours', 'Registre des plaintes') ORDER BY 1",
    )
    assert rows == [
        ("Registre des plaintes", "planned", "2026-03-15", "communicating_with_in_communities"),
        (
            "Suivi des retours",
            "active",
            date(2023, 12, 31 + 1 - 1).replace(day=1, month=1, year=2024).isoformat(),
            "protection_monitoring",
        ),
    ]
    areas = sqlite_rows(
        sample_file,
        "SELECT a.admin1 FROM system_area a JOIN information_system s ON s.id = a.system_id "
        "WHERE s.name = 'Suivi des retours' ORDER BY a.id",
    )
    assert areas == [("Akkar",), ("Bekaa",)]
    assert sqlite_rows(
        sample_file, "SELECT count(*) FROM organisation WHERE name = 'Nouvelle ONG locale'"
    ) == [(1,)]


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-8-sig", "Médecins du Monde"),
        ("utf-16", "Médecins du Monde"),
        ("cp1252", "Médecins du Monde"),
        ("cp1256", "جمعية الإغاثة"),
    ],
)
def test_csv_in_the_encodings_partners_use(sample_file: Path, tmp_path: Path, encoding: str, name: str):
    source = tmp_path / "organisations.csv"
    source.write_bytes(f"Nom;Acronyme;Type\n{name};MDM;ONG internationale\n".encode(encoding))
    result = run_cli("import", sample_file, source)
    assert result.returncode == 0, result.stderr
    assert sqlite_rows(sample_file, "SELECT name, org_type FROM organisation WHERE acronym = 'MDM'") == [
        (name, "international-ngo")
    ]


def test_rows_with_errors_refuse_the_whole_import(sample_file: Path, tmp_path: Path):
    source = tmp_path / "systems.csv"
    source.write_text(
        "System,PIM category,Start date,End date\n"
        "A,Nonsense category,,\n"
        "B,Case Management,2026-05-01,2026-01-01\n"
        "C,Case Management,,\n",
        encoding="utf-8",
    )
    before = _digest(sample_file)
    result = run_cli("import", sample_file, source)
    assert result.returncode == 1
    assert "row 2: error: 'Nonsense category' is not a PIM category" in result.stdout
    assert "row 3: error: the end date is before the start date" in result.stdout
    assert "nothing was imported" in result.stderr
    assert _digest(sample_file) == before
