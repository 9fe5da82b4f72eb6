"""Gaps and overlaps exported: the same places and categories the window shows red (none) and amber
(several), in every format, and in the report."""

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.services.mapping import MappingService
from pim_desktop.services.mapping_views import CoverageLevel, MappingData, MappingFilter
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from tests.helpers import run_cli


def _window_findings(sample_file: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """What the mapping's gaps and overlaps tab shows by province (admin 1)."""
    with open_operation(sample_file, read_only=True) as operation:
        data = MappingData(
            MatrixService(operation).matrix().categories,
            OrganisationService(operation).organisations(),
            MappingService(operation).system_summaries(),
        )
    coverage = data.coverage(MappingFilter(), CoverageLevel.ADMIN1)
    gaps = {(place.label, category.label) for place, category in coverage.gaps()}
    overlaps = {(place.label, category.label) for place, category, _found in coverage.overlaps()}
    return gaps, overlaps


def test_the_gaps_csv_says_what_the_window_shows(sample_file: Path, tmp_path: Path):
    target = tmp_path / "gaps.csv"
    result = run_cli("export", sample_file, "--view", "gaps", "--format", "csv", "-o", target)
    assert result.returncode == 0, result.stderr
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    gaps, overlaps = _window_findings(sample_file)
    assert {(r["Place"], r["PIM category"]) for r in rows if r["Finding"] == "Gap"} == gaps
    assert {(r["Place"], r["PIM category"]) for r in rows if r["Finding"] == "Overlap"} == overlaps
    assert ("Baalbek-Hermel", "Case Management") in gaps and ("Nabatieh", "Case Management") in gaps
    gap = next(r for r in rows if (r["Place"], r["PIM category"]) == ("Nabatieh", "Case Management"))
    assert (gap["Active systems"], gap["Systems (run by)"]) == ("0", "")


@pytest.mark.parametrize("view", ["gaps", "report"])
def test_the_gaps_sheet_and_pages_name_every_gap(sample_file: Path, tmp_path: Path, view: str):
    workbook, pdf = tmp_path / "gaps.xlsx", tmp_path / "gaps.pdf"
    for target in (workbook, pdf):
        result = run_cli("export", sample_file, "--view", view, "--format", target.suffix[1:], "-o", target)
        assert result.returncode == 0, result.stderr
    sheet = load_workbook(workbook)["Gaps"]
    header = [c.value for c in sheet[1]]
    assert header == ["Place", "PIM category", "Finding", "Active systems", "Systems (run by)"]
    found = {(row[0], row[1]) for row in sheet.iter_rows(min_row=2, values_only=True) if row[2] == "Gap"}
    gaps, _overlaps = _window_findings(sample_file)
    assert found == gaps
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Gaps and overlaps: active systems by place and PIM category" in text
    assert "Nabatieh Case Management Gap 0" in text


def test_a_crowded_cell_names_a_dozen_systems_for_people_and_all_for_machines(
    sample_file: Path, tmp_path: Path
):
    """A province of a large operation has hundreds of systems in a category: people read a dozen and how
    many more (the count is beside them); the layout for machines keeps every name."""
    from dataclasses import replace

    from pim_desktop.domain.model import Area
    from pim_desktop.services.systems import SystemService

    with open_operation(sample_file) as operation:
        systems = SystemService(operation)
        template = systems.get(MappingService(operation).system_summaries()[0].id).details
        for number in range(20):
            systems.add(replace(template, name=f"Crowded system {number:02}", areas=(Area("LBN", "Akkar"),)))
    people, machines = tmp_path / "people.csv", tmp_path / "machines.csv"
    for target, layout in ((people, ()), (machines, ("--hxl",))):
        result = run_cli("export", sample_file, "--view", "gaps", "--format", "csv", "-o", target, *layout)
        assert result.returncode == 0, result.stderr
    with people.open(encoding="utf-8-sig", newline="") as stream:
        crowded = [r for r in csv.DictReader(stream) if "Crowded system 00" in r["Systems (run by)"]]
    assert len(crowded) == 1
    named = crowded[0]["Systems (run by)"].splitlines()
    assert len(named) == 13 and named[-1] == f"… and {int(crowded[0]['Active systems']) - 12} more"
    text = machines.read_text(encoding="utf-8-sig")
    assert all(f"Crowded system {number:02}" in text for number in range(20))
