"""Exports in the language asked for: French headings, labels and standard wording; Arabic shaped and laid
out right to left. Read back from the files."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.i18n import _, speaking
from pim_desktop.resources import load_json_resource
from tests.helpers import has_arabic_words, run_cli


def _translated(language: str, english: str) -> str:
    with speaking(language):
        words = _(english)
    assert words != english, f"'{english}' has no {language} translation"
    return words


def _export(source: Path, target: Path, view: str, language: str) -> None:
    fmt = target.suffix[1:]
    result = run_cli("export", source, "--view", view, "--format", fmt, "--lang", language, "-o", target)
    assert result.returncode == 0, result.stderr


def _pdf_words(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_matrix_in_french(sample_file: Path, tmp_path: Path):
    target = tmp_path / "m.pdf"
    _export(sample_file, target, "matrix", "fr")
    text = _pdf_words(target)
    french = load_json_resource("matrix", "standard-matrix.fr.json")
    assert _translated("fr", "PIM Matrix of the operation") in text
    assert _translated("fr", "Core protection categories") in text
    assert french["categories"]["case_management"] in text
    assert french["rows"]["example_sources"] in text
    assert " ".join(french["cells"]["population_data"]["methods"][1].split()[:3]) in text
    assert (
        "Page 1 " + _translated("fr", "Page {page} of {pages}").split("{page}")[1].split("{")[0].strip()
        in text
    )
    assert "Case Management" not in text and "Core protection categories" not in text


def test_a_french_workbook_has_french_sheets_labels_and_headings(sample_file: Path, tmp_path: Path):
    target = tmp_path / "r.xlsx"
    _export(sample_file, target, "report", "fr")
    workbook = load_workbook(target)
    assert _translated("fr", "Matrix") in workbook.sheetnames
    systems = workbook[_translated("fr", "Systems")]
    header = [cell.value for cell in systems[1]]
    assert header[:2] == ["Nom", "Catégorie PIM"]  # as the French window says them
    statuses = {row[header.index("Statut")] for row in systems.iter_rows(min_row=2, values_only=True)}
    assert _translated("fr", "Active") in statuses and "Active" not in statuses
    matrix = workbook[_translated("fr", "Matrix")]
    texts = {str(cell.value) for row in matrix.iter_rows() for cell in row if cell.value}
    assert load_json_resource("matrix", "standard-matrix.fr.json")["categories"]["population_data"] in texts


def test_the_matrix_in_arabic_is_shaped_and_right_to_left(sample_file: Path, tmp_path: Path):
    target = tmp_path / "m.pdf"
    _export(sample_file, target, "matrix", "ar")
    arabic = load_json_resource("matrix", "standard-matrix.ar.json")
    page = PdfReader(target).pages[1]
    placed: list[tuple[float, float, str]] = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, *_rest: placed.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))
    )
    heading = _translated("ar", "PIM Matrix of the operation")
    assert has_arabic_words(heading, " ".join(t for _x, _y, t in placed))

    def heading_x(word: str) -> float:
        """Where the topmost line holding the word starts: the category's heading (a heading may wrap over
        several lines, its first word on the first), not a cell below it that uses the same word."""
        return max((y, x) for x, y, t in placed if t and has_arabic_words(word, t))[1]

    # the first word of the first and of the last category
    codes = ("population_data", "communicating_with_in_communities")
    first, last = (arabic["categories"][code].split()[0] for code in codes)
    assert heading_x(first) > heading_x(last)  # the first category stands on the right


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_sharing_notes_are_translated_too(sample_file: Path, tmp_path: Path, language: str):
    target = tmp_path / "s.pdf"
    result = run_cli(
        "export",
        sample_file,
        "--view",
        "systems",
        "--format",
        "pdf",
        "--lang",
        language,
        "--max-sensitivity",
        "public",
        "--no-contacts",
        "-o",
        target,
    )
    assert result.returncode == 0, result.stderr
    text = _pdf_words(target)
    left_out = _translated(language, "people's names, e-mails and phone numbers")
    assert has_arabic_words(left_out, text) if language == "ar" else left_out in text


def test_brackets_in_arabic_face_the_right_way():
    """In a right-to-left line "(PIM)" is still read "(PIM)": the brackets are mirrored with the run."""
    from pim_desktop.exports.pdf import shaped

    assert "(PIM)" in shaped("مصفوفة (PIM) للعملية")
    assert shaped("التعريف (مقفل)").startswith("(")  # visually, the bracketed word comes first from the left


def test_an_arabic_handout_keeps_english_values_in_their_order(sample_file: Path, tmp_path: Path):
    """A value typed in English stays one left-to-right run after its Arabic name: the number of
    participants before its words, the first day of the workshop first."""
    target = tmp_path / "plans.pdf"
    _export(sample_file, target, "action-plans", "ar")
    text = _pdf_words(target)
    assert "30 participants from 10 organisations" in text
    assert "2018-12-10 – 2018-12-13" in text
