"""The window in French and in Arabic: our words and Qt's own translated, Arabic laid out right to left;
the Preferences dialog chooses the language for the next start and the exports at once."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pim_desktop import i18n
from pim_desktop.gui.app import build_main_window
from pim_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from pim_desktop.gui.i18n import install_language
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from pim_desktop.resources import load_json_resource
from tests.gui.test_mapping_workspace import when_dialog_opens


@pytest.fixture
def speaking_window(qtbot, sample_file: Path) -> Iterator:
    windows: list[MainWindow] = []

    def open_in(language: str) -> MainWindow:
        window = build_main_window(sample_file, language)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield open_in
    for window in windows:
        window.close_operation()
    install_language(QApplication.instance(), "en")


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar.actions()]


def test_the_arabic_window_is_mirrored_and_speaks_arabic(speaking_window):
    window = speaking_window("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.matrixView.isRightToLeft()
    titles = _menu_titles(window)
    assert all(any("\u0600" <= c <= "\u06ff" for c in title) for title in titles), titles
    arabic = load_json_resource("matrix", "standard-matrix.ar.json")
    model = window.workspace.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == arabic["categories"]["population_data"]
    assert model.headerData(0, Qt.Orientation.Vertical) == arabic["rows"]["definition"]
    # the left edge of the grid is its end: the first category is drawn at the right
    grid = window.matrixView
    assert grid.columnViewportPosition(0) > grid.columnViewportPosition(grid.model().columnCount() - 1)


def test_the_french_window_and_qts_own_buttons_speak_french(speaking_window):
    window = speaking_window("fr")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "&Fichier" in _menu_titles(window)
    assert window.actions.new_operation.text() != "&New Operation…"
    french = load_json_resource("matrix", "standard-matrix.fr.json")
    assert (
        window.workspace.model.headerData(3, Qt.Orientation.Horizontal)
        == french["categories"]["case_management"]
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_preferences_choose_the_language_and_the_theme(qtbot, opened: MainWindow):
    def choose(dialog: PreferencesDialog) -> None:
        dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("fr"))
        dialog.themeCombo.setCurrentIndex(dialog.themeCombo.findData("dark"))
        dialog.accept()

    try:
        when_dialog_opens(choose)
        opened.actions.preferences.trigger()
        assert Settings().language() == "fr" and Settings().theme() == "dark"
        assert i18n.language() == "fr"  # the exports speak it at once
    finally:
        i18n.set_program_language("en")
        from pim_desktop.gui.theme import apply_theme

        apply_theme(QApplication.instance(), "light")
