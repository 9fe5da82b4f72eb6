"""The registers and mapping views in the real window, driven as a user would, checked on stored data."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pim_desktop.domain.labels import label
from pim_desktop.domain.model import OrganisationDetails, SystemSummary
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.mapping_display import SYSTEM_ID_ROLE
from pim_desktop.gui.models.matrix_model import HTML_ROLE
from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService
from tests.helpers import sqlite_rows


@pytest.fixture
def mapping(opened: MainWindow) -> MainWindow:
    opened.window_actions.show_mapping.trigger()
    return opened


def when_dialog_opens(fill: Callable[[QDialog], None]) -> None:
    """Run `fill` on the modal dialog about to open (exec blocks the test otherwise)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        try:
            fill(dialog)  # type: ignore[arg-type]
        finally:  # a failing check must not leave a modal dialog waiting forever
            if dialog.isVisible():
                dialog.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, act)


def show_tab(window: MainWindow, tab_name: str) -> None:
    page = window.mappingPage
    page.mappingTabs.setCurrentWidget(getattr(page, tab_name))


def test_the_mapping_replaces_the_matrix_and_hides_its_panel(opened: MainWindow, qtbot):
    opened.resize(1600, 900)
    opened.fit_side_panel()
    assert opened.side_dock.isVisible()
    opened.window_actions.show_mapping.trigger()
    assert opened.pages.currentWidget() is opened.mappingPage
    assert not opened.side_dock.isVisible()
    assert not opened.window_actions.find.isEnabled() and opened.window_actions.filter_mapping.isEnabled()
    opened.window_actions.show_matrix.trigger()
    assert opened.pages.currentWidget() is opened.matrixPage and opened.side_dock.isVisible()


def test_typing_in_the_filter_narrows_the_systems(mapping: MainWindow, qtbot):
    show_tab(mapping, "systemsTab")
    page, systems = mapping.mappingPage, mapping.mapping.systems
    assert systems.rowCount() == 40
    assert page.filterStatus.text() == "40 of 40 shown"
    mapping.window_actions.filter_mapping.trigger()
    QTest.keyClicks(page.filterEdit, "gbv")
    qtbot.waitUntil(lambda: systems.rowCount() < 40)
    names = [systems.record_at(row).name for row in range(systems.rowCount())]
    assert "GBV case management (GBVIMS+)" in names
    assert page.filterStatus.text() == f"{len(names)} of 40 shown"
    mapping.window_actions.reset_filter.trigger()
    qtbot.waitUntil(lambda: systems.rowCount() == 40)


def test_place_status_and_type_filters_apply_to_every_view(mapping: MainWindow, qtbot):
    page = mapping.mappingPage
    show_tab(mapping, "systemsTab")
    page.placeCombo.setCurrentIndex(page.placeCombo.findText("Nabatieh"))
    systems = mapping.mapping.systems.records()
    assert systems and all(any(area.admin1 == "Nabatieh" for area in s.areas) for s in systems)
    page.statusCombo.setCurrentIndex(page.statusCombo.findText("Planned"))
    assert [s.name for s in mapping.mapping.systems.records()] == ["Information needs assessment"]
    show_tab(mapping, "organisationsTab")
    assert [o.details.acronym for o in mapping.mapping.organisations.records()] == ["REACH"]


def test_clicking_a_header_sorts_the_column(mapping: MainWindow):
    show_tab(mapping, "organisationsTab")
    view, organisations = mapping.mappingPage.organisationsView, mapping.mapping.organisations
    systems_column = next(i for i, c in enumerate(organisations.columns) if c.title == "Systems")
    view.horizontalHeader().setSortIndicator(systems_column, Qt.SortOrder.DescendingOrder)
    counts = [organisations.record_at(row).system_count for row in range(organisations.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]


def test_adding_a_likely_duplicate_warns_once_then_stores(mapping: MainWindow, sample_file: Path, qtbot):
    shown_warnings: list[str] = []

    def fill(dialog: QDialog) -> None:
        dialog.nameEdit.setText("Office of the UN High Commissioner for Refugees")
        dialog.acronymEdit.setText(" unhcr ")
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()
        shown_warnings.append(dialog.problemLabel.text())
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(fill)
    mapping.window_actions.add_organisation.trigger()
    assert "already in the register" in shown_warnings[0] and "(UNHCR)" in shown_warnings[0]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE acronym_key = 'unhcr'") == [(2,)]
    selected = mapping.mapping.organisations.record_at(
        mapping.mappingPage.organisationsView.currentIndex().row()
    )
    assert selected.details.name == "Office of the UN High Commissioner for Refugees"


def test_a_system_is_refused_until_it_is_right_then_stored_undone_and_redone(
    mapping: MainWindow, sample_file: Path, qtbot
):
    problems: list[str] = []

    def fill(dialog: QDialog) -> None:
        ok = dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok)
        ok.click()  # empty name
        problems.append(dialog.problemLabel.text())
        dialog.nameEdit.setText("Return intention survey")
        dialog.primaryCategoryCombo.setCurrentIndex(dialog.primaryCategoryCombo.findText("Population Data"))
        dialog.startDateEdit.setText("2026-05-01")
        dialog.endDateEdit.setText("2026-01-31")
        ok.click()  # dates in the wrong order
        problems.append(dialog.problemLabel.text())
        dialog.endDateEdit.setText("2026-12-31")
        dialog.organisationCombo.setEditText("Norwegian Refugee Council (NRC)")
        dialog.roleCombo.setCurrentIndex(dialog.roleCombo.findText("Lead"))
        dialog.addOrganisationButton.click()
        dialog.addAreaButton.click()
        dialog.areasTable.item(0, 1).setText("Akkar")
        dialog.outputsEdit.setPlainText("Intentions to return by governorate")
        ok.click()

    when_dialog_opens(fill)
    mapping.window_actions.add_system.trigger()
    assert problems[0] == "The system name cannot be empty"
    assert "end date (31 Jan 2026) is before the start date" in problems[1]
    query = (
        "SELECT s.name, s.start_date, s.end_date, o.acronym, l.role, a.country_iso3, a.admin1 "
        "FROM information_system s JOIN system_organisation l ON l.system_id = s.id "
        "JOIN organisation o ON o.id = l.organisation_id JOIN system_area a ON a.system_id = s.id "
        "WHERE s.name = 'Return intention survey'"
    )
    stored = [("Return intention survey", "2026-05-01", "2026-12-31", "NRC", "lead", "LBN", "Akkar")]
    assert sqlite_rows(sample_file, query) == stored
    assert mapping.mapping.systems.rowCount() == 41
    mapping.undo_action.trigger()
    assert sqlite_rows(sample_file, query) == []
    assert mapping.mapping.systems.rowCount() == 40
    mapping.redo_action.trigger()
    assert sqlite_rows(sample_file, query) == stored


def test_a_system_named_like_another_is_warned_about_once(mapping: MainWindow, sample_file: Path):
    problems: list[str] = []

    def fill(dialog: QDialog) -> None:
        dialog.nameEdit.setText("refugee registration and VERIFICATION")
        dialog.primaryCategoryCombo.setCurrentIndex(1)
        ok = dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok)
        ok.click()
        problems.append(dialog.problemLabel.text())
        ok.click()

    when_dialog_opens(fill)
    mapping.window_actions.add_system.trigger()
    assert "Another system of the register has this name" in problems[0]
    query = "SELECT count(*) FROM information_system WHERE name_key = 'refugee registration and verification'"
    assert sqlite_rows(sample_file, query) == [(2,)]


def test_a_new_system_shows_in_the_matrix_systems_row(mapping: MainWindow, qtbot):
    def fill(dialog: QDialog) -> None:
        dialog.nameEdit.setText("Rumour log of the South")
        dialog.primaryCategoryCombo.setCurrentIndex(1)  # the first category
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(fill)
    mapping.window_actions.add_system.trigger()
    matrix_model = mapping.workspace.model
    systems_row = matrix_model.rowCount() - 1
    assert "Rumour log of the South" in matrix_model.index(systems_row, 0).data(HTML_ROLE)


def test_deleting_an_organisation_that_runs_systems_asks_and_can_be_undone(
    mapping: MainWindow, sample_file: Path, monkeypatch: pytest.MonkeyPatch
):
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    show_tab(mapping, "organisationsTab")
    organisations = mapping.mapping.organisations
    row = next(
        r for r in range(organisations.rowCount()) if organisations.record_at(r).details.acronym == "NRC"
    )
    mapping.mappingPage.organisationsView.setCurrentIndex(organisations.index(row, 0))
    links = (
        "SELECT count(*) FROM system_organisation "
        "WHERE organisation_id = (SELECT id FROM organisation WHERE acronym = 'NRC')"
    )
    linked = sqlite_rows(sample_file, links)[0][0]
    systems_before = sqlite_rows(sample_file, "SELECT count(*) FROM information_system")
    mapping.window_actions.delete_record.trigger()
    assert f"runs {linked} information systems" in questions[0] and "the systems stay" in questions[0]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE acronym = 'NRC'") == [(0,)]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM information_system") == systems_before
    mapping.undo_action.trigger()
    assert sqlite_rows(sample_file, links) == [(linked,)]


def test_the_grid_lists_a_cells_systems_and_opens_one(mapping: MainWindow, qtbot):
    show_tab(mapping, "gridTab")
    page, grid = mapping.mappingPage, mapping.mapping.grid
    unhcr = next(
        row for row in range(grid.rowCount()) if grid.headerData(row, Qt.Orientation.Vertical) == "UNHCR"
    )
    page.gridView.setCurrentIndex(grid.index(unhcr, 0))
    listed = [page.gridCellList.item(i).text() for i in range(page.gridCellList.count())]
    assert any(text.startswith("Refugee registration and verification") for text in listed)
    opened_names: list[str] = []

    def look(dialog: QDialog) -> None:
        opened_names.append(dialog.nameEdit.text())
        dialog.reject()

    when_dialog_opens(look)
    page.gridCellList.setCurrentRow(0)
    mapping.mapping.edit_selected()
    assert opened_names == [listed[0].split(" — ")[0]]
    assert isinstance(page.gridCellList.item(0).data(SYSTEM_ID_ROLE), int)


def make_first_system_public(mapping: MainWindow, before_saving: Callable[[int], None]) -> SystemSummary:
    """Enter on the first system of the register opens its form; it is made public and saved, once
    `before_saving` has run with its id. Returns the system as listed before."""
    show_tab(mapping, "systemsTab")
    view, systems = mapping.mappingPage.systemsView, mapping.mapping.systems
    view.setFocus()
    view.setCurrentIndex(systems.index(0, 0))
    first = systems.record_at(0)

    def change(dialog: QDialog) -> None:
        before_saving(first.id)
        dialog.sensitivityCombo.setCurrentIndex(dialog.sensitivityCombo.findText("Public"))
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(change)
    QTest.keyClick(view, Qt.Key.Key_Return)
    return first


def test_enter_on_a_system_opens_it_and_a_change_is_stored(
    mapping: MainWindow, sample_file: Path, shown_messages
):
    first = make_first_system_public(mapping, lambda _id: None)
    assert shown_messages == []
    assert sqlite_rows(sample_file, f"SELECT sensitivity FROM information_system WHERE id = {first.id}") == [
        ("public",)
    ]


def test_gaps_and_overlaps_are_shown_and_said(mapping: MainWindow):
    show_tab(mapping, "coverageTab")
    page, coverage = mapping.mappingPage, mapping.mapping.coverage
    places = [coverage.headerData(r, Qt.Orientation.Vertical) for r in range(coverage.rowCount())]
    row, column = (
        places.index("Nabatieh"),
        [c.code for c in mapping.mapping.controller.data.categories].index("case_management"),
    )
    assert coverage.index(row, column).data() == "gap"
    summary = page.coverageSummary.toPlainText()
    assert "Baalbek-Hermel: Case Management" in summary and "Overlaps: several active systems" in summary
    page.levelCombo.setCurrentIndex(page.levelCombo.findData("operation"))
    assert (
        coverage.rowCount() == 1
        and coverage.headerData(0, Qt.Orientation.Vertical) == "The operation as a whole"
    )


def test_the_place_filter_and_the_sort_order_hold_after_an_edit(mapping: MainWindow):
    page, systems = mapping.mappingPage, mapping.mapping.systems
    show_tab(mapping, "systemsTab")
    page.placeCombo.setCurrentIndex(page.placeCombo.findText("Bekaa"))
    page.systemsView.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    first = systems.record_at(0)
    read = mapping.mapping.controller.system_service.get(first.id)
    mapping.mapping.controller.update_system(read, replace(read.details, name="Zz renamed last"))
    assert page.placeCombo.currentText() == "Bekaa"
    names = [systems.record_at(row).name for row in range(systems.rowCount())]
    assert names[-1] == "Zz renamed last" and names == sorted(names, key=str.casefold)


def test_the_chosen_one_of_two_organisations_of_one_name_is_linked(mapping: MainWindow, sample_file: Path):
    controller = mapping.mapping.controller
    first = controller.add_organisation(OrganisationDetails(name="Protection Cluster"))
    second = controller.add_organisation(OrganisationDetails(name="Protection Cluster", identifier="XM-2"))

    def pick_second(dialog: QDialog) -> None:
        dialog.nameEdit.setText("Cluster dashboard")
        dialog.primaryCategoryCombo.setCurrentIndex(1)
        combo = dialog.organisationCombo
        combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == second))
        dialog.addOrganisationButton.click()
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(pick_second)
    mapping.window_actions.add_system.trigger()
    linked = sqlite_rows(
        sample_file,
        "SELECT l.organisation_id FROM system_organisation l JOIN information_system s ON s.id = l.system_id "
        "WHERE s.name = 'Cluster dashboard'",
    )
    assert linked == [(second,)] and first != second


def test_find_a_source_names_systems_and_whom_to_ask(mapping: MainWindow, qtbot):
    show_tab(mapping, "sourcesTab")
    mapping.mappingPage.sourceEdit.setText("gender-based violence incidents")
    sources = mapping.mapping.sources
    qtbot.waitUntil(lambda: sources.rowCount() > 0)
    gbv = next(
        r for r in range(sources.rowCount()) if sources.record_at(r).name.startswith("GBV case management")
    )
    contact_column = next(i for i, c in enumerate(sources.columns) if c.title == "Whom to ask")
    assert "@" in sources.index(gbv, contact_column).data()


def test_a_read_only_file_offers_no_register_edits(window: MainWindow, sample_file: Path, make_read_only):
    assert window.open_file(make_read_only(sample_file))
    window.window_actions.show_mapping.trigger()
    assert not window.window_actions.add_system.isEnabled()
    assert not window.window_actions.add_organisation.isEnabled()
    assert not window.mappingPage.deleteSystemButton.isEnabled()


def test_enter_in_the_organisation_field_adds_it_and_keeps_the_dialog_open(mapping: MainWindow):
    seen: list[tuple[bool, int]] = []

    def type_organisation(dialog: QDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.organisationsTab)
        dialog.organisationCombo.setEditText("Danish Refugee Council (DRC)")
        QTest.keyClick(dialog.organisationCombo.lineEdit(), Qt.Key.Key_Return)
        seen.append((dialog.isVisible(), dialog.organisationsTable.rowCount()))
        dialog.reject()

    when_dialog_opens(type_organisation)
    mapping.window_actions.add_system.trigger()
    assert seen == [(True, 1)]


def test_last_confirmed_is_typed_in_the_form_and_filters_the_registers(
    mapping: MainWindow, sample_file: Path
):
    """The field added through its declaration: a box in the organisation form, and the mapping's filter of
    records not confirmed for months."""
    said: list[str] = []

    def fill(dialog: QDialog) -> None:
        dialog.nameEdit.setText("Confirmed Relief")
        dialog.lastConfirmedEdit.setText("someday")
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()  # refused: not a day
        said.append(dialog.problemLabel.text())
        dialog.lastConfirmedEdit.setText(date.today().isoformat())
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(fill)
    mapping.window_actions.add_organisation.trigger()
    assert "'someday' is not a date" in said[0]
    assert sqlite_rows(
        sample_file, "SELECT last_confirmed FROM organisation WHERE name = 'Confirmed Relief'"
    ) == [(date.today().isoformat(),)]
    show_tab(mapping, "organisationsTab")
    combo = mapping.mappingPage.confirmedCombo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "Not confirmed for over 3 months",
        "Not confirmed for over 6 months",
        "Not confirmed for over 12 months",
    ]
    everyone = mapping.mapping.organisations.rowCount()
    combo.setCurrentIndex(combo.findData(6))
    QTest.qWait(50)
    names = {
        mapping.mapping.organisations.record_at(r).details.name
        for r in range(mapping.mapping.organisations.rowCount())
    }
    assert "Confirmed Relief" not in names and len(names) == everyone - 1


def test_a_save_over_a_system_someone_saved_since_shows_both_changes_and_keeps_theirs_on_request(
    mapping: MainWindow, sample_file: Path, shown_messages
):
    """Another program (on a shared server: another user) saves the system while its form is open: the
    window's save is refused and both changes are shown, field by field; kept, theirs stays and the views
    show it."""
    shown: list[list[str]] = []

    def keep_theirs(dialog: QDialog) -> None:
        table = dialog.fieldsTable  # type: ignore[attr-defined]
        shown.extend(
            [table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())
        )
        next(b for b in dialog.buttonBox.buttons() if b.text() == "&Keep Theirs").click()  # type: ignore[attr-defined]

    def save_elsewhere(system_id: int) -> None:
        with open_operation(sample_file) as elsewhere:
            other = SystemService(elsewhere)
            read = other.get(system_id)
            other.update(system_id, replace(read.details, frequency="Every fortnight"), base=read)
        when_dialog_opens(keep_theirs)

    first = make_first_system_public(mapping, save_elsewhere)
    assert shown[0][:2] == ["Frequency", "Every fortnight"]
    assert shown[1] == ["Sensitivity", label(first.sensitivity), "Public"]
    assert shown_messages == []
    assert sqlite_rows(
        sample_file, f"SELECT frequency, sensitivity FROM information_system WHERE id = {first.id}"
    ) == [("Every fortnight", first.sensitivity.value)]
    assert not mapping.undo_action.isEnabled()  # nothing was done, so nothing to undo
