"""What the generated-text tests share: the text hypothesis generates (control characters, bidirectional
marks, Arabic, Cyrillic, CJK, emoji, combining accents, non-characters, text that looks like a formula, an
error value, an HXL tag or markup), the rules a stored text follows, and the checks on every export."""

import csv
import json
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, event, settings, strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from pim_desktop.domain.action_plans import Person
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import clean_text
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.exports.safe_text import csv_text, workbook_text
from pim_desktop.imports.operation_json import import_operation
from pim_desktop.services.operations import open_operation
from pim_desktop.storage.operation_file import OperationFile

TRICKY = (
    "=+-@#<>&\"';,|\t\r\n\x00\x07\x0b\x1b\x7f\x85\u2028\u200f\u202e\ufeff\ufffe\uffffمرحباёж中文😀e\u0301"
)
ANY_TEXT = st.text(
    # lone surrogates cannot be stored as UTF-8 by anything: a text box cannot hold them either
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",), include_characters=TRICKY),
    max_size=60,
)
KEPT = st.characters(codec="utf-8", categories=("L", "N", "P", "S"))  # something cleaning leaves
NAME = st.builds("{}{}{}".format, ANY_TEXT, KEPT, ANY_TEXT)  # blank names are refused: examples say so
_ADDRESS_PART = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Z"), exclude_characters="@"),
    min_size=1,
    max_size=12,
)
ADDRESS = st.one_of(st.just(""), st.builds("{}@{}.org".format, _ADDRESS_PART, _ADDRESS_PART))
EMAIL = st.one_of(ADDRESS, ADDRESS, ANY_TEXT)  # mostly an address: most examples go through every export
COUNTRY = st.one_of(st.sampled_from(["", "LBN", " syr "]), st.sampled_from(["JOR", "irq", "ukr"]), ANY_TEXT)
PERSON = st.builds(Person, ANY_TEXT, ANY_TEXT)
GENERATED = settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def named(text: str) -> str:
    """A name as stored: cleaned, and its runs of spaces folded into one."""
    return " ".join(clean_text(text).split())


def blank(text: str) -> bool:
    """Refused as empty: nothing a reader would see, once cleaned (spaces, marks, zero-width characters)."""
    return not any(unicodedata.category(char)[0] in "LNPS" for char in named(text))


def fresh(empty_operation: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A folder of its own for one example, and a copy of the empty operation in it."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    return folder, Path(shutil.copyfile(empty_operation, folder / "operation.pim"))


def refused_in_words(refused: ValidationError, *rules_the_input_may_break: str) -> None:
    """A refusal says what is wrong in a sentence, and is one of the rules the generated input may break
    (words of its message): good text refused would fail here. Counted by its words, the text taken out."""
    assert refused.message.strip() and not refused.message.startswith(("Traceback", "<"))
    assert any(rule in refused.message for rule in rules_the_input_may_break), refused.message
    words = re.sub(r"'.*'|\(.*\)", "…", refused.message, flags=re.DOTALL)
    event(f"refused: {words[:60]}")


def export_everything(operation: OperationFile, folder: Path, table_views: tuple[str, ...]) -> None:
    """The whole report as a workbook, a PDF and JSON, and each table view as csv (the matrix is a grid:
    no csv); the PDF must be a whole document, every page's text readable."""
    for view, kind in (("report", "xlsx"), ("report", "pdf"), ("report", "json")):
        export(operation, view, kind, folder / f"report.{kind}", ExportOptions(hxl=True))
    for view in table_views:
        export(operation, view, "csv", folder / f"{view}.csv", ExportOptions(hxl=True))
    reader = PdfReader(folder / "report.pdf")
    assert len(reader.pages) >= 2 and all(isinstance(page.extract_text(), str) for page in reader.pages)


def check_table(folder: Path, sheet: str, view: str, texts: dict[str, str], code: str = "") -> None:
    """The record's row (the one whose code is `code`, else the only one) holds each stored text: in the
    workbook a string cell (never a formula or an error value) of the text; in the csv the text, behind a
    quote when it starts like a formula; and no text broke a csv row."""
    workbook = load_workbook(folder / "report.xlsx")[sheet]
    header = [cell.value for cell in workbook[1]]
    rows = [r for r in workbook.iter_rows(min_row=3) if not code or r[header.index("code")].value == code]
    assert len(rows) == 1
    for field, text in texts.items():
        cell = rows[0][header.index(field)]
        assert cell.data_type == "s" or cell.value is None, (field, cell.value, cell.data_type)
        assert (cell.value or "") == workbook_text(text), field
    with (folder / f"{view}.csv").open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert len(lines) == workbook.max_row  # header, HXL tags, the records
    (line,) = [r for r in lines[2:] if not code or r[lines[0].index("code")] == code]
    assert {f: line[lines[0].index(f)] for f in texts} == {f: csv_text(t) for f, t in texts.items()}


def reimported(empty_operation: Path, folder: Path) -> OperationFile:
    """A copy of the empty operation holding the JSON export, open."""
    target = Path(shutil.copyfile(empty_operation, folder / "again.pim"))
    with open_operation(target) as operation:
        import_operation(operation, json.loads((folder / "report.json").read_text(encoding="utf-8")))
    return open_operation(target)
