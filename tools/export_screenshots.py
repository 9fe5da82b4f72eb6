"""Pictures of the exports as a manager sees them, to look at after a change to a PDF or a workbook: the
first page of each PDF view, and the first printed page of each sheet of the report workbook as
LibreOffice prints it (A4 landscape, with its page setup), in docs/screenshots/exports/.

Run with `make screenshots-exports` (needs pdftoppm, from poppler-utils, and LibreOffice).
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import export
from pim_desktop.exports.views import EXPORT_VIEWS, REPORT
from pim_desktop.services.demo import write_sample_operation
from pim_desktop.services.operations import open_operation

RESOLUTION = 60  # dots per inch: a page of A4 landscape is 700 pixels wide


def render_page(pdf: Path, page: int, stem: Path, resolution: int = RESOLUTION) -> Path:
    """One page of a PDF as `stem`.png."""
    pages = ["-f", str(page), "-l", str(page)]
    command = ["pdftoppm", "-png", "-r", str(resolution), *pages, "-singlefile", str(pdf), str(stem)]
    subprocess.run(command, check=True)
    print(f"{stem}.png")
    return stem.with_suffix(".png")


def _page_texts(pdf: Path) -> list[str]:
    """The text of each page (pdftotext puts a form feed between them)."""
    found = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return found.stdout.split("\f")


def _header_title(page: str) -> str:
    """What a printed sheet's page header says after the operation's name: the part's title."""
    first = next((line for line in page.splitlines() if line.strip()), "")
    return re.split(r"\s{2,}", first.strip().partition(": ")[2])[0]


def printed_by_libreoffice(workbook: Path, folder: Path) -> Path:
    """The workbook printed to PDF by LibreOffice, with a profile of its own (another may be running)."""
    profile = (folder / "lo-profile").as_uri()
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run([*command, "--outdir", str(folder), str(workbook)], check=True, capture_output=True)
    return folder / f"{workbook.stem}.pdf"


def main(target: Path) -> None:
    missing = [tool for tool in ("pdftoppm", "pdftotext", "soffice") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"missing: {', '.join(missing)}")
    target.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="pim-export-screenshots-"))
    sample = folder / "Lebanon (sample).pim"
    write_sample_operation(sample)
    with open_operation(sample, read_only=True) as operation:
        for view in (REPORT, *EXPORT_VIEWS):
            pdf = folder / f"{view.name}.pdf"
            export(operation, view.name, "pdf", pdf, ExportOptions())
            render_page(pdf, 1 if view is REPORT else 2, target / f"pdf-{view.name}")  # 1: the cover
        workbook = folder / "report.xlsx"
        document = export(operation, REPORT.name, "xlsx", workbook, ExportOptions())
    printed = printed_by_libreoffice(workbook, folder)
    pages = _page_texts(printed)
    # each sheet's first page: its page header names the part, as the sheet's print setup says
    titles = [("about", "About this export")] + [(part.key, part.title) for part in document.parts]
    for key, title in titles:
        page = next(number for number, text in enumerate(pages, start=1) if _header_title(text) == title)
        render_page(printed, page, target / f"xlsx-{key.lower().replace(' ', '-')}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots/exports"))
