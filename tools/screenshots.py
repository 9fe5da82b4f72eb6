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
    changes_view(sample, target)
    shared_dialogs(sample, target)
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


def follow_up(path: Path) -> None:
    """Three months after the workshop: a milestone before it, then what two people changed since."""
    from dataclasses import replace
    from datetime import date, datetime

    from pim_desktop.domain.enums import ActionStatus, SystemStatus
    from pim_desktop.domain.model import OrganisationDetails
    from pim_desktop.services.action_plans import ActionPlanService
    from pim_desktop.services.changes import ChangeLog
    from pim_desktop.services.operations import open_operation
    from pim_desktop.services.organisations import OrganisationService
    from pim_desktop.services.systems import SystemService

    with open_operation(path) as operation:
        ChangeLog(operation).mark_milestone("Before the March workshop", at=datetime(2026, 3, 2, 9))
        operation.author = "IM officer"
        organisations = OrganisationService(operation)
        organisations.add(OrganisationDetails(name="Sawa for Development", acronym="SAWA"))
        first = organisations.organisations()[0]
        organisations.update(first.id, replace(first.details, notes="Joined the protection working group"))
        systems = SystemService(operation)
        for system_id, change in ((2, {"status": SystemStatus.ENDED}), (5, {"frequency": "Weekly"})):
            systems.update(system_id, replace(systems.get(system_id).details, **change))  # type: ignore[arg-type]
        operation.author = "Protection officer"
        plans = ActionPlanService(operation)
        items = [item for group in plans.every_plan()[0].groups for item in group.items]
        for item, status in zip(items, (ActionStatus.DONE, ActionStatus.IN_PROGRESS), strict=False):
            plans.update_item(item.id, replace(item.details, status=status), date(2026, 6, 1))


def changes_view(sample: Path, target: Path) -> None:
    """View > Changes on a laptop's screen (1366x768), in English, French and Arabic."""
    import shutil

    from PySide6.QtWidgets import QApplication

    from pim_desktop.gui.i18n import install_language

    copy = Path(tempfile.mkdtemp(prefix="pim-follow-up-")) / "Lebanon (follow-up).pim"
    shutil.copyfile(sample, copy)
    follow_up(copy)
    for language in ("en", "fr", "ar"):
        window = build_main_window(copy, language)
        window.window_actions.show_changes.trigger()
        save(window, target, f"changes-{language}", 1366, 768)
        window.close()
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]


def shared_dialogs(sample: Path, target: Path) -> None:
    """The dialogs of a shared operation, in English, French and Arabic: File > Open Shared Operation filled
    in, and a save refused because a colleague saved the record meanwhile (both sides' changes)."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from pim_desktop.gui.dialogs.conflict_dialog import ConflictDialog
    from pim_desktop.gui.dialogs.shared_operation import SharedOperationDialog
    from pim_desktop.gui.i18n import install_language
    from pim_desktop.gui.save_conflicts import RegisterValues
    from pim_desktop.services.concurrency import changed_fields
    from pim_desktop.services.systems import SystemService

    address = "postgresql://officer1@db.example.org:5432/lebanon?sslmode=verify-full&sslrootcert=ca.crt"
    for language in ("en", "fr", "ar"):
        window = build_main_window(sample, language)
        opening = SharedOperationDialog(window, [address], [])
        opening.addressCombo.setEditText(address)
        opening.show()
        opening.resize(opening.sizeHint())  # the offscreen screen is 800 px wide; a laptop's has room
        QTest.qWait(200)
        opening.grab().save(str(target / f"open-shared-{language}.png"))
        opening.close()
        controller = window.mapping.controller
        assert controller is not None
        service = SystemService(controller.operation_file)
        system = service.get(controller.data.systems[0].id)
        theirs = replace(system.details, frequency="Every fortnight, after the coordination meeting")
        mine = replace(system.details, notes="Checked with the owner: data shared as aggregates only.")
        conflict = ConflictDialog(
            window,
            system.details.name,
            changed_fields(system.details, theirs, service.field_labels),
            changed_fields(system.details, mine, service.field_labels),
            RegisterValues(controller.data.categories, controller.data.organisations).shown,
            "officer2",
        )
        conflict.show()
        QTest.qWait(200)
        conflict.grab().save(str(target / f"conflict-{language}.png"))
        print(target / f"conflict-{language}.png")
        conflict.close()
        window.close()
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]


def render_exports(sample: Path, target: Path) -> None:
    """Pages of the exported PDF report as a manager sees them (needs pdftoppm, from poppler-utils); every
    view and sheet is in docs/screenshots/exports (tools/export_screenshots.py)."""
    import shutil

    from export_screenshots import render_page

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
            render_page(pdf, page, target / name, resolution=80)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
