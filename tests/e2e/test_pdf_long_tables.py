"""Tables longer than a page in the PDF (400 systems): every row comes out once, and the header row is at
the top of every page and nowhere else, in English and mirrored in Arabic, also when a row is taller than a
page."""

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService
from tests.benchmarks.synthetic import TYPICAL, write_synthetic_operation
from tests.helpers import run_cli

SYSTEM_NAME = re.compile(r"System (\d+) ")


@pytest.fixture(scope="module")
def typical_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("typical") / "typical.pim"
    write_synthetic_operation(path, TYPICAL)
    return path


def _pages(source: Path, target: Path, language: str = "en") -> list[str]:
    options = ("--view", "systems", "--format", "pdf", "--lang", language)
    result = run_cli("export", source, *options, "-o", target)
    assert result.returncode == 0, result.stderr
    return [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]


def _check_rows_and_headers(pages: list[str], heading: str) -> None:
    table_pages = pages[1:]  # after the cover
    numbers = [int(n) for page in table_pages for n in SYSTEM_NAME.findall(page)]
    assert sorted(numbers) == list(range(1, TYPICAL.systems + 1))  # every system once, none lost at a cut
    assert len(table_pages) > 5
    for page in table_pages:
        assert page.count(heading) == 1, page[:300]  # the header on every page, never again mid-page


def test_a_long_table_keeps_every_row_and_its_header_on_every_page(typical_template: Path, tmp_path: Path):
    _check_rows_and_headers(_pages(typical_template, tmp_path / "systems.pdf"), "Run by (role)")


def test_a_long_table_in_arabic_is_mirrored_and_complete(typical_template: Path, tmp_path: Path):
    pages = _pages(typical_template, tmp_path / "systems-ar.pdf", "ar")
    assert all(SYSTEM_NAME.search(page) for page in pages[1:])
    numbers = sorted(int(n) for page in pages[1:] for n in SYSTEM_NAME.findall(page))
    assert numbers == list(range(1, TYPICAL.systems + 1))


def test_a_row_taller_than_a_page_continues_and_the_rows_after_it_follow(
    typical_template: Path, tmp_path: Path
):
    source = tmp_path / "typical.pim"
    source.write_bytes(typical_template.read_bytes())
    ending = "and this is where the very long output ends"
    with open_operation(source) as operation:
        systems = SystemService(operation)
        tall = systems.get(150)
        systems.update(150, replace(tall.details, outputs="Long output words " * 900 + ending))
    pages = _pages(source, tmp_path / "tall.pdf")
    assert ending in " ".join(pages)
    numbers = sorted(int(n) for page in pages[1:] for n in SYSTEM_NAME.findall(page))
    assert set(numbers) == set(range(1, TYPICAL.systems + 1))
