"""Every export view in every format and language, read back as a person reads it: the titles and headings
in the export's language, the standard words translated, and values a reader knows (a system, an
organisation, a place), from the workbook's cells, the csv's rows, the PDF's words and the JSON."""

import csv
import json
import shutil
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.exports.views import EXPORT_VIEWS, REPORT, VIEWS
from pim_desktop.i18n import _, speaking
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.wording import wording_in
from tests.helpers import has_arabic_words

LANGUAGES = ("en", "fr", "ar")
SAMPLE = "Lebanon protection response (sample)"
MILESTONE = "Before the follow-up"
NOTES = "Met at the follow-up workshop"


@dataclass(frozen=True)
class Expected:
    """What a reader finds in a view; the words in English, translated for the export's language."""

    title: str  # heads its pages, and its line on the About sheet
    sheet: str  # its sheet's name
    headings: tuple[str, ...]  # of its table's columns; for a grid, among its cells
    values: tuple[str, ...] = ()  # what the operation typed: the same in every language
    grid: bool = False
    title_values: tuple[tuple[str, str], ...] = ()  # the title's {placeholders}, filled once translated

    def title_in(self, language: str) -> str:
        return _translated((self.title,), language)[0].format(**dict(self.title_values))


EXPECTED = {
    "matrix": Expected("PIM Matrix of the operation", "Matrix", ("Core protection categories",), grid=True),
    "mapping": Expected(
        "Organisations and their information systems by PIM category",
        "Mapping",
        ("Core protection categories",),
        ("ABAAD", "GBV safety audits"),
        grid=True,
    ),
    "systems": Expected(
        "Information systems", "Systems", ("Name", "Status"), ("GBV case management (GBVIMS+)",)
    ),
    "organisations": Expected(
        "Organisations", "Organisations", ("Name", "Acronym"), ("ABAAD Resource Center for Gender Equality",)
    ),
    "gaps": Expected(
        "Gaps and overlaps: active systems by place and PIM category",
        "Gaps",
        ("Place", "Finding"),
        ("Nabatieh",),
    ),
    "action-plans": Expected(
        "Action plans",
        "Action plans",
        ("Action points", "Status"),
        ("PIM Lebanon Action Plan", "Lack of common, user-friendly and secure data-sharing tools"),
    ),
    "process": Expected(
        "PIM Process: where the operation stands", "PIM Process", ("Step", "Status"), ("IMWG",)
    ),
    "review": Expected(
        "Responsible-data review of the systems",
        "Review",
        ("Informed consent", "Personal data"),
        ("Inter-agency protection monitoring",),
    ),
    "changes": Expected(
        "What changed since the milestone '{name}' ({day})",
        "Changes",
        ("Record", "Before", "After"),
        ("ABAAD Resource Center for Gender Equality", NOTES),
        title_values=(("name", MILESTONE), ("day", date.today().isoformat())),
    ),
}
TABLES = {view.name for view in EXPORT_VIEWS if view.table}
CASES = [
    pytest.param(view, fmt, language, id=f"{view}-{fmt}-{language}")
    for language in LANGUAGES
    for view in VIEWS
    for fmt in (
        "xlsx",
        "pdf",
        *(("csv",) if view in TABLES else ()),
        *(("json",) if view == REPORT.name else ()),
    )
]


def _parts(view: str) -> list[Expected]:
    return list(EXPECTED.values()) if view == REPORT.name else [EXPECTED[view]]


def _standard_words(view: str, language: str) -> list[str]:
    """The PIM's own words, which the export gives in its language: a category, a step, a rating."""
    wording, names = wording_in(language), set(EXPECTED) if view == REPORT.name else {view}
    words = []
    if names & {"matrix", "mapping", "gaps", "systems"}:
        words.append(wording.category("population_data", "Population Data"))
    if "process" in names:
        words.append(wording.step("assess.define_purpose", "Define purpose and information needs"))
    if "review" in names:  # a rating of a PIM Principle
        words += _translated(("Not met",), language)
    return words


def _translated(words: tuple[str, ...], language: str) -> list[str]:
    with speaking(language):
        return [_(word) for word in words]


def _pdf_reads(text: str, words: str, language: str) -> bool:
    if language == "ar" and any("\u0600" <= c <= "\u06ff" for c in words):
        return has_arabic_words(words, text)  # shaped, and in either order
    return " ".join(words.split()) in text


@pytest.fixture(scope="module")
def followed_up(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample operation with a milestone and one change after it, so that the changes view has a line."""
    path = tmp_path_factory.mktemp("followed-up") / "sample.pim"
    shutil.copyfile(sample_template, path)
    with open_operation(path) as operation:
        ChangeLog(operation).mark_milestone(MILESTONE)
        organisations = OrganisationService(operation)
        abaad = next(o for o in organisations.organisations() if o.details.acronym == "ABAAD")
        organisations.update(abaad.id, replace(abaad.details, notes=NOTES))
    return path


@pytest.mark.parametrize(("view", "fmt", "language"), CASES)
def test_a_person_reads_every_export(followed_up: Path, tmp_path: Path, view: str, fmt: str, language: str):
    target = tmp_path / f"{view}.{fmt}"
    with open_operation(followed_up, read_only=True) as operation:
        export(operation, view, fmt, target, ExportOptions(language=language))
    parts, standard = _parts(view), _standard_words(view, language)
    values = [value for part in parts for value in part.values]
    if language != "en":  # the catalogue was used: a title or heading of each part reads differently
        for part in parts:
            assert _translated((part.title, *part.headings), language) != [part.title, *part.headings]
    if fmt == "json":
        text = target.read_text(encoding="utf-8")
        assert json.loads(text)["operation"]["name"] == SAMPLE
        assert all(json.dumps(value)[1:-1] in text for value in values)
    elif fmt == "pdf":
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
        titles = [part.title_in(language) for part in parts]
        headings = _translated(tuple(h for part in parts for h in part.headings), language)
        missing = [w for w in (*titles, *headings, *standard, *values) if not _pdf_reads(text, w, language)]
        assert missing == []
    elif fmt == "csv":
        with target.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))
        assert set(_translated(parts[0].headings, language)) <= set(rows[0])
        cells = {cell for row in rows[1:] for cell in row}
        assert set(values) <= cells and all(any(word in cell for cell in cells) for word in standard)
    else:
        workbook = load_workbook(target, read_only=True)
        cells = {
            name: [str(v) for row in workbook[name].iter_rows(values_only=True) for v in row if v is not None]
            for name in workbook.sheetnames
        }
        about = cells[workbook.sheetnames[0]]
        assert workbook.sheetnames[0] == _translated(("About",), language)[0]
        for part in parts:
            title, sheet = part.title_in(language), _translated((part.sheet,), language)[0]
            assert title in about and sheet in workbook.sheetnames
            headings = _translated(part.headings, language)
            shown = (
                cells[sheet] if part.grid else [c.value for c in next(workbook[sheet].iter_rows(max_row=1))]
            )
            assert set(headings) <= set(shown)
            assert set(part.values) <= set(cells[sheet])
        every = " ".join(text for sheet_cells in cells.values() for text in sheet_cells)
        assert all(word in every for word in standard)
