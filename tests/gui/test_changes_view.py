"""View > Changes: a milestone, twenty edits, and the view lists exactly them, filtered by kind and by who;
milestones are marked from the window, and the log names the user as Preferences say (issue 24)."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from pim_desktop.domain.model import Area
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from pim_desktop.services.changes import ChangeLog, set_author
from pim_desktop.storage.operation_file import system_user
from tests.e2e.test_import import _messy_workbook
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.twenty_edits import MILESTONE, record_lines, twenty_edits, without_before_where_unknown


def _lines(window: MainWindow) -> list[tuple[str, ...]]:
    model = window.changes.page.model
    return [
        tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())


def test_view_changes_lists_exactly_the_edits_made_since_the_milestone(opened: MainWindow, sample_file: Path):
    opened.window_actions.show_changes.trigger()
    assert opened.pages.currentWidget() is opened.changes.page
    assert "No milestone is marked yet" in opened.changes.page.summaryLabel.text()
    expected, _levels = twenty_edits(sample_file)  # edits through the services, as another window would
    opened.window_actions.show_matrix.trigger()
    opened.window_actions.show_changes.trigger()
    page = opened.changes.page
    assert page.sinceCombo.currentText().startswith(MILESTONE) and page.untilCombo.currentText() == "Now"
    lines = _lines(opened)
    shown = record_lines(lines, blank_is_none=True)
    assert without_before_where_unknown(shown, expected) == expected
    assert {line[6] for line in lines} <= {"IM officer", ""}

    _choose(page.kindCombo, "Information system")
    assert {line[0] for line in _lines(opened)} == {"Information system"}
    assert len({line[2] for line in _lines(opened)}) == 7  # four changed, two ended, one removed
    _choose(page.kindCombo, "All kinds")
    _choose(page.whoCombo, "IM officer")
    assert all(line[6] == "IM officer" for line in _lines(opened))
    assert "records changed" in page.summaryLabel.text()


def test_a_milestone_marked_from_the_window_starts_a_new_comparison(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    opened.window_actions.show_changes.trigger()
    page = opened.changes.page
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("After the workshop", True))
    page.markButton.click()
    assert page.sinceCombo.currentText().startswith("After the workshop")
    assert _lines(opened) == []
    registers = opened.mapping.controller
    assert registers is not None
    organisation = registers.data.organisations[0]
    registers.update_organisation(organisation, replace(organisation.details, acronym="ZZ"))
    opened.window_actions.show_matrix.trigger()
    opened.window_actions.show_changes.trigger()
    assert [line[:6] for line in _lines(opened)] == [
        ("Organisation", "changed", organisation.details.name, "Acronym", organisation.details.acronym, "ZZ")
    ]
    opened.undo_action.trigger()  # the view follows an undo at once
    assert _lines(opened) == []


def test_the_log_names_the_user_as_preferences_say(opened: MainWindow, monkeypatch: pytest.MonkeyPatch):
    def choose(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.authorEdit.setText("Nour (Protection Cluster)")
        dialog.accept()

    when_dialog_opens(choose)
    opened.window_actions.preferences.trigger()
    assert Settings().author() == "Nour (Protection Cluster)"
    registers = opened.mapping.controller
    assert registers is not None
    organisation = registers.data.organisations[0]
    registers.update_organisation(organisation, replace(organisation.details, notes="Seen"))
    assert opened.operation_file is not None
    assert [c.who for c in ChangeLog(opened.operation_file).logged()] == ["Nour (Protection Cluster)"]


def history_shown(window: MainWindow, system_id: int, name: str) -> list[list[tuple[str, ...]]]:
    """What Mapping > History of Selected shows of a system (change, field, before, after, who), read as
    the dialog opens on it."""
    workspace = window.mapping
    window.window_actions.show_mapping.trigger()
    page = workspace.page
    page.mappingTabs.setCurrentWidget(page.systemsTab)
    workspace.select_record(page.systemsView, workspace.systems, system_id)
    seen: list[list[tuple[str, ...]]] = []

    def read(dialog) -> None:  # type: ignore[no-untyped-def]
        model = dialog.model
        seen.append(
            [tuple(model.data(model.index(r, c)) for c in (1, 3, 4, 5, 6)) for r in range(model.rowCount())]
        )
        assert name in dialog.titleLabel.text()
        dialog.reject()

    when_dialog_opens(read)
    window.window_actions.record_history.trigger()
    return seen


def test_the_history_of_a_system_says_who_changed_it_and_when(opened: MainWindow):
    registers = opened.mapping.controller
    assert registers is not None and opened.operation_file is not None
    system = registers.data.systems[0]
    record = registers.system_service.get(system.id)
    details = record.details
    registers.update_system(record, replace(details, frequency="Daily"))
    opened.operation_file.author = "Protection officer"
    registers.update_system(
        registers.system_service.get(system.id),  # as saved a moment ago
        replace(details, frequency="Daily", areas=(*details.areas, Area("LBN", "Akkar"))),
    )
    seen = history_shown(opened, system.id, system.name)
    assert seen == [
        [
            ("changed", "Frequency", details.frequency, "Daily", Settings().author() or system_user()),
            ("changed", "Areas", "", "Akkar", "Protection officer"),
        ]
    ]


def test_file_export_from_the_changes_view_exports_the_changes_since_its_milestone(opened: MainWindow):
    assert opened.operation_file is not None
    log = ChangeLog(opened.operation_file)
    log.mark_milestone("Before the March workshop")
    log.mark_milestone("After the workshop")
    opened.window_actions.show_changes.trigger()
    _choose(opened.changes.page.sinceCombo, opened.changes.page.sinceCombo.itemText(0))
    chosen: list[tuple[str, str | None]] = []

    def read(dialog) -> None:  # type: ignore[no-untyped-def]
        chosen.append((dialog.viewCombo.currentData(), dialog.options().since))
        dialog.reject()

    when_dialog_opens(read)
    opened.window_actions.export.trigger()
    assert chosen == [("changes", "Before the March workshop")]


def test_an_import_stored_by_a_worker_is_logged_under_the_windows_name(
    opened: MainWindow, tmp_path: Path, qtbot
):
    assert opened.operation_file is not None
    set_author(opened.operation_file, "Nour")  # as Preferences give it
    source = tmp_path / "partner.xlsx"
    _messy_workbook(source)

    def import_it(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(import_it)
    with qtbot.waitSignal(opened.exchange.importer.finished, timeout=30000) as finished:
        opened.window_actions.import_data.trigger()
    assert finished.args[0] is not None, finished.args[1]
    logged = ChangeLog(opened.operation_file).logged()
    assert sum(1 for c in logged if (c.table, c.operation) == ("information_system", "insert")) == 3
    assert {c.who for c in logged} == {"Nour"}
