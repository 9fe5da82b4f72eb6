"""`pim-desktop export` to xlsx and csv, read back cell by cell with openpyxl and with LibreOffice."""

import csv
import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from tests.helpers import libreoffice_sheets, require_tool, run_cli, sqlite_rows


def export(sample_file: Path, target: Path, *options: str) -> None:
    result = run_cli("export", sample_file, *options, "-o", target)
    assert result.returncode == 0, result.stderr


def test_systems_workbook_is_a_machine_readable_table(sample_file: Path, tmp_path: Path):
    target = tmp_path / "systems.xlsx"
    export(sample_file, target, "--view", "systems", "--format", "xlsx", "--hxl")
    sheet = load_workbook(target)["Systems"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["name", "category", "secondary_categories", "organisations", "status"]
    assert [c.value for c in sheet[2]][:2] == ["#meta+system+name", "#sector+pim+main"]
    assert sheet.max_row == 2 + 40
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref == f"A1:Y{sheet.max_row}"  # 25 fields
    rows = {
        row[0]: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=3, values_only=True)
    }
    registration = rows["Refugee registration and verification"]
    assert registration["organisations"] == "UNHCR (lead)\nMoSA (data recipient)"
    assert registration["start_date"].date() == date(2012, 1, 1)  # a real date, not text
    assert registration["sensitivity"] == "Strictly confidential"
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$2"
    assert "Lebanon" in sheet.oddHeader.left.text and sheet.oddHeader.right.text == "STRICTLY CONFIDENTIAL"
    assert sheet.oddFooter.right.text == "Page &P of &N"


def test_organisations_read_back_by_libreoffice_match_the_register(sample_file: Path, tmp_path: Path):
    target = tmp_path / "organisations.xlsx"
    export(sample_file, target, "--view", "organisations", "--format", "xlsx", "--hxl")
    rows = libreoffice_sheets(target, tmp_path)["Organisations"]
    header = rows[0]
    shown = {row[header.index("acronym")]: row for row in rows[2:]}
    stored = sqlite_rows(sample_file, "SELECT acronym, name, focal_email FROM organisation")
    assert set(shown) == {acronym for acronym, _, _ in stored}
    for acronym, name, email in stored:
        assert shown[acronym][header.index("name")] == name
        assert shown[acronym][header.index("focal_email")] == email


def test_sharing_leaves_out_what_is_above_the_level_and_the_contacts(sample_file: Path, tmp_path: Path):
    target = tmp_path / "shared.xlsx"
    result = run_cli(
        "export", sample_file, "--view", "report", "--format", "xlsx", "-o", target,
        "--max-sensitivity", "restricted", "--no-contacts", "--hxl",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Left out: 19 information systems classified above Restricted" in result.stdout
    workbook = load_workbook(target)
    systems = workbook["Systems"]
    header = [c.value for c in systems[1]]
    levels = {row[header.index("sensitivity")] for row in systems.iter_rows(min_row=3, values_only=True)}
    assert levels <= {"Public", "Restricted"} and systems.max_row == 2 + 21
    assert "contact_email" not in header
    every_text = [str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row if c.value]
    assert not any("@example.org" in text for text in every_text)
    assert not any("Fanette" in text for text in every_text)  # a focal point of the action plan
    assert "Left out" in workbook.properties.description


def test_users_text_stays_text_in_xlsx_and_csv(sample_file: Path, tmp_path: Path):
    with open_operation(sample_file) as operation:
        service = OrganisationService(operation)
        service.add(OrganisationDetails(name='=HYPERLINK("http://example.org","click")', acronym="+SUM(1)"))
        service.add(OrganisationDetails(name="جمعية الإغاثة الإنسانية", acronym="Médecins\x07"))
    workbook_path, csv_path = tmp_path / "o.xlsx", tmp_path / "o.csv"
    export(sample_file, workbook_path, "--view", "organisations", "--format", "xlsx")
    export(sample_file, csv_path, "--view", "organisations", "--format", "csv")
    sheet = load_workbook(workbook_path)["Organisations"]
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    formula = cells['=HYPERLINK("http://example.org","click")']
    assert formula.data_type == "s"
    assert "جمعية الإغاثة الإنسانية" in cells
    shown = libreoffice_sheets(workbook_path, tmp_path)["Organisations"]
    assert any(row[0] == '=HYPERLINK("http://example.org","click")' for row in shown)  # not computed
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    names = [row[0] for row in rows[1:]]
    assert '\'=HYPERLINK("http://example.org","click")' in names
    assert "جمعية الإغاثة الإنسانية" in names


def test_the_matrix_is_a_grid_with_locked_rows_and_changes_marked(sample_file: Path, tmp_path: Path):
    target = tmp_path / "matrix.xlsx"
    export(sample_file, target, "--view", "matrix", "--format", "xlsx")
    sheet = load_workbook(target)["Matrix"]
    assert [c.value for c in sheet[2]][1:3] == ["Population Data", "Protection Needs Assessment"]
    assert sheet["B1"].value == "Core protection categories"
    row_headings = [sheet.cell(row=r, column=1).value for r in range(3, 3 + 8)]
    assert row_headings[0] == "Definition (locked)" and "Gaps in this operation" in row_headings
    every_text = "\n".join(str(c.value) for row in sheet.iter_rows(min_row=3) for c in row if c.value)
    assert "✎ " in every_text
    assert sheet.print_title_rows == "$1:$2" and sheet.page_setup.fitToWidth == 2  # 8 readable columns


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (("--view", "matrix", "--format", "csv"), 1, "not a single table"),
        (("--view", "report", "--format", "csv"), 1, "not a single table"),
        (("--view", "matrix", "--format", "pdf", "--lang", "de"), 1, "there is no 'de' translation"),
        (("--view", "nonsense", "--format", "xlsx"), 2, "invalid choice"),
    ],
)
def test_a_refused_export_leaves_the_target_as_it_was(sample_file, tmp_path, arguments, code, message):
    target = tmp_path / "out.file"
    target.write_bytes(b"what was there before")
    result = run_cli("export", sample_file, *arguments, "-o", target)
    assert result.returncode == code and message in result.stderr
    assert target.read_bytes() == b"what was there before"
    assert list(tmp_path.glob("*.partial")) == []


def test_an_export_into_a_missing_folder_is_refused_in_one_line(sample_file: Path, tmp_path: Path):
    result = run_cli(
        "export", sample_file, "--view", "systems", "--format", "xlsx", "-o", tmp_path / "no" / "x.xlsx"
    )
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def test_report_pdf_has_a_cover_bookmarks_and_labels_on_every_page(sample_file: Path, tmp_path: Path):
    from pypdf import PdfReader

    target = tmp_path / "report.pdf"
    export(sample_file, target, "--view", "report", "--format", "pdf", "--max-sensitivity", "confidential")
    pages = _pdf_pages(target)
    cover = pages[0]
    assert "Lebanon protection response (sample)" in cover and "Sensitivity: Confidential" in cover
    above = sqlite_rows(
        sample_file, "SELECT count(*) FROM information_system WHERE sensitivity = 'strictly-confidential'"
    )
    assert f"Left out for sharing: {above[0][0]} information systems classified above Confidential" in cover
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text and "CONFIDENTIAL" in text
    reader = PdfReader(target)
    outline = [entry.title for entry in reader.outline]
    starts = [reader.get_destination_page_number(entry) for entry in reader.outline[1:]]
    assert starts == sorted(starts) and starts[0] == 1  # each bookmark opens its section, after the cover
    for entry, start in zip(reader.outline[1:], starts, strict=True):
        assert entry.title in " ".join(pages[start].split()), entry.title
    assert outline[1:] == [
        "PIM Matrix of the operation",
        "Organisations and their information systems by PIM category",
        "Information systems",
        "Organisations",
        "Gaps and overlaps: active systems by place and PIM category",
        "Action plans",
        "PIM Process: where the operation stands",
        "Responsible-data review of the systems",
    ]
    everything = " ".join(" ".join(pages).split())  # text wrapped in cells joined again
    assert "Protection trends and incidents by governorate" in everything  # a confidential system's output
    assert "Registered refugee population" not in everything  # a strictly confidential one: left out
    assert "Informed consent about sharing" in everything


def test_pdf_fonts_are_embedded_and_arabic_is_shaped_and_markup_stays_text(sample_file: Path, tmp_path: Path):
    with open_operation(sample_file) as operation:
        service = OrganisationService(operation)
        service.add(OrganisationDetails(name="جمعية الإغاثة", acronym="JI"))
        service.add(OrganisationDetails(name="<b>Bold</b> & <i>co</i>", acronym="B&C"))
    target = tmp_path / "organisations.pdf"
    export(sample_file, target, "--view", "organisations", "--format", "pdf")
    pdffonts = subprocess.run([require_tool("pdffonts"), target], capture_output=True, text=True, check=True)
    used = [line for line in pdffonts.stdout.splitlines()[2:] if "DejaVu" in line]
    assert len(used) == 2 and all(" yes " in line for line in used)
    text = "\n".join(_pdf_pages(target))
    assert "<b>Bold</b> & <i>co</i>" in text
    shaped_forms = [char for char in text if 0xFE70 <= ord(char) <= 0xFEFF]
    assert shaped_forms  # the Arabic name is drawn in its joined forms, not as isolated letters


def test_json_holds_the_whole_operation_by_codes_and_keys(sample_file: Path, tmp_path: Path):
    import json

    target = tmp_path / "operation.json"
    export(
        sample_file,
        target,
        "--view",
        "matrix",
        "--format",
        "json",
        "--max-sensitivity",
        "confidential",
        "--no-contacts",
    )
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "pim-desktop-operation" and document["schema_version"] == 2
    kept = sqlite_rows(
        sample_file, "SELECT count(*) FROM information_system WHERE sensitivity != 'strictly-confidential'"
    )
    assert len(document["systems"]) == kept[0][0] and len(document["organisations"]) == 24
    organisation_keys = {o["key"] for o in document["organisations"]}
    for system in document["systems"]:
        assert system["contact"] is None and system["sensitivity"] != "strictly-confidential"
        assert {link["organisation"] for link in system["organisations"]} <= organisation_keys
    assert {entry["category"] for entry in document["matrix"]["entries"]} == {
        c["code"] for c in document["matrix"]["categories"]
    }
    item = document["action_plans"][0]["groups"][0]["items"][1]
    assert (
        item["timeline"] == "2019" and item["focal_points"] == [] and item["principle"] == "informed_consent"
    )
    assert "@example.org" not in target.read_text(encoding="utf-8")


def test_action_plans_pdf_follows_the_workshop_layout(sample_file: Path, tmp_path: Path):
    target, shared = tmp_path / "plans.pdf", tmp_path / "plans-shared.pdf"
    export(sample_file, target, "--view", "action-plans", "--format", "pdf")
    text = " ".join(" ".join(_pdf_pages(target)).split())
    assert "Group 1: Data Sharing" in text and "Team leader: Jad" in text
    assert "Team members: Rana, Omar, Maria, Fred, Jad" in text
    assert "Workshop: PIM training in Lebanon" in text and "Dates: 2018-12-10 – 2018-12-13" in text
    assert "Facilitators: PIM trainers" in text and "Participating organisations: 30 participants" in text
    assert "Priority" in text  # the handout's last column
    assert "1. Lack of common, user-friendly and secure data-sharing tools" in text
    assert "Fanette (Fred can advise)" in text and "- Disseminate" in text
    export(sample_file, shared, "--view", "action-plans", "--format", "pdf", "--no-contacts")
    shared_text = " ".join(" ".join(_pdf_pages(shared)).split())
    assert (
        "Group 1: Data Sharing" in shared_text and "Fanette" not in shared_text and "Jad" not in shared_text
    )
    assert "Workshop: PIM training in Lebanon" in shared_text and "Facilitators" not in shared_text


def test_process_and_review_exports_read_back(sample_file: Path, tmp_path: Path):
    process, review = tmp_path / "process.csv", tmp_path / "review.xlsx"
    export(sample_file, process, "--view", "process", "--format", "csv", "--no-contacts", "--hxl")
    with process.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert "owner" not in rows[0] and len(rows) == 2 + 16
    steps = {row[0]: row for row in rows[2:]}
    stored = sqlite_rows(sample_file, "SELECT code, status FROM process_step")
    assert {code: steps[code][rows[0].index("status")] for code, _ in stored} == {
        code: status.replace("-", " ").capitalize() for code, status in stored
    }
    export(
        sample_file,
        review,
        "--view",
        "review",
        "--format",
        "xlsx",
        "--max-sensitivity",
        "confidential",
        "--hxl",
    )
    sheet = load_workbook(review)["Review"]
    header = [c.value for c in sheet[1]]
    systems = [row[0] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert "GBV case management (GBVIMS+)" not in systems  # strictly confidential: left out with its review
    assert "Inter-agency protection monitoring" in systems
    row = next(
        r
        for r in sheet.iter_rows(min_row=3, values_only=True)
        if r[0] == "Inter-agency protection monitoring"
    )
    assert row[header.index("principle_informed_consent")] == "Met"
    assert row[header.index("holds_personal_data")] == "yes"


def test_an_export_is_an_ordinary_file_others_may_read(sample_file: Path, tmp_path: Path):
    target = tmp_path / "organisations.csv"
    export(sample_file, target, "--view", "organisations", "--format", "csv")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # as any file the user saves, not private
