"""PDF tables read as a person reads them: no heading or short value broken inside a word, and a table too
wide for the page continued in a second table that repeats the record's name."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from pim_desktop.exports.tables import ORGANISATION_FIELDS, SYSTEM_FIELDS
from pim_desktop.exports.views import PDF_COLUMNS
from tests.helpers import run_cli

REVIEW_HEADINGS = (
    "System", "Sensitivity", "Personal data", "Risk assessment", "Informed consent", "Agreement",
    "Agreement review due", "Reviewed on", "People-centred and inclusive", "Do no harm", "Defined purpose",
    "Competency and capacity", "Impartiality", "Coordination and collaboration", "Notes",
)  # fmt: skip


def _words(path: Path) -> set[str]:
    return {word for page in PdfReader(path).pages for word in page.extract_text().split()}


@pytest.mark.parametrize(
    ("view", "headings"),
    [
        ("review", REVIEW_HEADINGS),
        ("systems", tuple(f.heading for f in SYSTEM_FIELDS if f.name in PDF_COLUMNS["Systems"])),
        (
            "organisations",
            tuple(f.heading for f in ORGANISATION_FIELDS if f.name in PDF_COLUMNS["Organisations"]),
        ),
    ],
)
def test_no_heading_is_broken_inside_a_word(
    sample_file: Path, tmp_path: Path, view: str, headings: tuple[str, ...]
):
    target = tmp_path / f"{view}.pdf"
    result = run_cli("export", sample_file, "--view", view, "--format", "pdf", "-o", target)
    assert result.returncode == 0, result.stderr
    words = _words(target)
    broken = [word for heading in headings for word in heading.split() if word not in words]
    assert broken == []


def test_a_table_wider_than_the_page_goes_on_below_with_the_names_again(sample_file: Path, tmp_path: Path):
    target = tmp_path / "review.pdf"
    assert run_cli("export", sample_file, "--view", "review", "--format", "pdf", "-o", target).returncode == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert text.count("GBV case management (GBVIMS+)") >= 2  # in each part of the table
    for rating in ("Unknown", "Partly", "Not applicable"):  # short values are never cut either
        assert rating in text
