"""Saves screenshots of the main views on the sample operation, for the README and for a look by eye.

Run with `make screenshots` (offscreen, no display needed).
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PIM_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="pim-screenshots-"))

from PySide6.QtTest import QTest

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.gui.app import build_main_window, create_application
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.paths import data_dir
from pim_desktop.services.demo import write_sample_operation


def save(window: MainWindow, target: Path, name: str, width: int, height: int) -> None:
    window.resize(width, height)
    window.fit_side_panel()
    QTest.qWait(400)  # let the debounced searches run and the grid refit its columns and rows
    window.grab().save(str(target / f"{name}.png"))
    print(target / f"{name}.png")


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    create_application()
    sample = data_dir() / "Lebanon (sample).pim"
    if not sample.exists():
        write_sample_operation(sample)
    window = build_main_window(sample)
    save(window, target, "matrix-1366x768", 1366, 768)
    save(window, target, "matrix", 1680, 1000)
    workspace = window.workspace
    # a customised cell selected, the search on, and "find a source" answered
    grid, model = workspace.grid, workspace.model
    grid.setCurrentIndex(model.index(3, 0))
    window.searchEdit.setText("monitoring")
    window.side_panel.sourceQuery.setText("figures on returns")
    window.side_panel.tabs.setCurrentWidget(window.side_panel.cellTab)
    save(window, target, "matrix-editing", 1680, 1000)
    window.side_panel.tabs.setCurrentWidget(window.side_panel.sourceTab)
    window.searchEdit.clear()
    save(window, target, "find-a-source", 1680, 1000)
    window.window_actions.show_mapping.trigger()
    page = window.mappingPage
    for tab, name in (
        (page.systemsTab, "mapping-systems"),
        (page.gridTab, "mapping-organisations-by-category"),
        (page.coverageTab, "mapping-gaps-and-overlaps"),
    ):
        page.mappingTabs.setCurrentWidget(tab)
        save(window, target, name, 1680, 1000)
    page.mappingTabs.setCurrentWidget(page.sourcesTab)
    page.sourceEdit.setText("incidents of gender-based violence")
    save(window, target, "mapping-find-a-source", 1680, 1000)
    window.window_actions.show_plans.trigger()
    save(window, target, "action-plan", 1680, 1000)
    window.plansPage.planTabs.setCurrentWidget(window.plansPage.followUpTab)
    window.plansPage.overdueCheck.setChecked(True)
    save(window, target, "action-plan-follow-up", 1680, 1000)
    window.window_actions.show_process.trigger()
    save(window, target, "pim-process", 1680, 1000)
    window.processPage.processTabs.setCurrentWidget(window.processPage.reviewTab)
    save(window, target, "responsible-data-review", 1680, 1000)
    window.close()
    in_the_room(sample, target)
    in_other_languages(sample, target)
    render_exports(sample, target)


VIEWS = ("matrix", "mapping", "plans", "process")


def in_the_room(sample: Path, target: Path) -> None:
    """Presentation mode as a projector shows it (1920x1080): the spotlight on one category, then each view
    alone."""
    window = build_main_window(sample)
    window.window_actions.presentation.trigger()
    window.matrixView.setCurrentIndex(window.workspace.model.index(0, 2))
    window.window_actions.spotlight_category.trigger()
    window.showNormal()  # a virtual screen is smaller than a projector: lay it out at 1920x1080
    save(window, target, "presentation-spotlight", 1920, 1080)
    window.window_actions.spotlight_category.trigger()
    save(window, target, "presentation", 1920, 1080)
    window.window_actions.leave_presentation.trigger()
    for index, view in enumerate(VIEWS[1:], start=1):
        window.viewTabs.setCurrentIndex(index)
        window.window_actions.presentation.trigger()
        window.showNormal()
        window.resize(1920, 1080)
        window.presentation._refit()
        save(window, target, f"presentation-{view}", 1920, 1080)
        window.window_actions.leave_presentation.trigger()
    window.close()


def in_other_languages(sample: Path, target: Path) -> None:
    """Every view on an office laptop's screen (1366x768), in English, French and Arabic."""
    from PySide6.QtWidgets import QApplication

    from pim_desktop.gui.i18n import install_language

    for language in ("en", "fr", "ar"):
        window = build_main_window(sample, language)
        if language != "en":
            save(window, target, f"matrix-{language}", 1680, 1000)
        for index, view in enumerate(VIEWS):
            window.viewTabs.setCurrentIndex(index)
            save(window, target, f"laptop-{language}-{view}", 1366, 768)
        # the gaps and overlaps: a grid, its legend and its list, mirrored in Arabic
        window.viewTabs.setCurrentIndex(VIEWS.index("mapping"))
        window.mappingPage.mappingTabs.setCurrentWidget(window.mappingPage.coverageTab)
        save(window, target, f"laptop-{language}-gaps", 1366, 768)
        window.close()
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]


def render_exports(sample: Path, target: Path) -> None:
    """Pages of the exported PDF report as a manager sees them (needs pdftoppm, from poppler-utils)."""
    import shutil
    import subprocess

    from pim_desktop.exports.document import ExportOptions
    from pim_desktop.exports.run import export
    from pim_desktop.services.operations import open_operation

    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: the PDF pages are not rendered")
        return
    folder = Path(tempfile.mkdtemp())
    shared = ExportOptions(max_sensitivity=Sensitivity.CONFIDENTIAL)
    pages = (
        ("report", 1, "export-pdf-cover"),
        ("matrix", 2, "export-pdf-matrix"),
        ("action-plans", 2, "export-pdf-action-plan"),
    )
    with open_operation(sample, read_only=True) as operation_file:
        for view, page, name in pages:
            pdf = folder / f"{view}.pdf"
            export(operation_file, view, "pdf", pdf, shared)
            stem = target / name
            command = [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(stem),
            ]
            subprocess.run(command, check=True)
            print(f"{stem}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
