"""The window in French and in Arabic: our words and Qt's own translated, Arabic laid out right to left;
the Preferences dialog chooses the language for the next start and the exports at once."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from pim_desktop import i18n
from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.gui.controllers.base import UndoableController
from pim_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from pim_desktop.resources import load_json_resource
from tests.data.corpus import OPERATION_FILES
from tests.gui.test_mapping_workspace import when_dialog_opens


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


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
    assert window.window_actions.new_operation.text() != "&New Operation…"
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
        opened.window_actions.preferences.trigger()
        assert Settings().language() == "fr" and Settings().theme() == "dark"
        assert i18n.language() == "fr"  # the exports speak it at once
    finally:
        i18n.set_program_language("en")
        from pim_desktop.gui.theme import apply_theme

        apply_theme(QApplication.instance(), "light")


def test_a_bad_file_is_said_in_the_windows_language(
    speaking_window: Callable[..., MainWindow],
    shown_messages: list[tuple[str, str]],
    sample_file: Path,
    tmp_path: Path,
):
    """What the window says of a bad file comes from the storage layer (gettext), not from Qt: it follows
    the window's language. The command line, which never chooses one, stays English (test_bad_input.py)."""
    truncated = next(entry for entry in OPERATION_FILES if entry.name == "truncated copy")
    window = speaking_window("fr", truncated.make(tmp_path, sample_file))
    assert window.operation_file is None
    ((title, text),) = shown_messages
    assert title == "Impossible d'ouvrir l'opération"  # the window's own title, by Qt
    assert text.startswith("truncated.pim est endommagé\u00a0: il est tronqué (") and "octets sur" in text
    assert "restaurez une sauvegarde" in text and "damaged" not in text

    newer = next(entry for entry in OPERATION_FILES if entry.name == "newer schema")
    speaking_window("ar", newer.make(tmp_path, sample_file))
    text = shown_messages[-1][1]
    assert "بإصدار أحدث من PIM Desktop" in text and "from-the-future.pim" in text
    assert "{" not in text and "newer" not in text  # every placeholder filled, no English left


def test_a_refusal_and_the_import_preview_are_said_in_the_windows_language(
    speaking_window: Callable[..., MainWindow], shown_messages: list[tuple[str, str]], tmp_path: Path
):
    """The rules of the services and of an import speak gettext too: what the French window refuses, and
    what its import preview says of a row, is French."""
    window = speaking_window("fr")
    refused = window.mapping.controller.add_organisation(
        OrganisationDetails(name="ONG test", focal_email="not an address")
    )
    assert refused is None
    ((_title, text),) = shown_messages
    assert text == "«\u00a0not an address\u00a0» ne ressemble pas à une adresse e-mail"

    source = tmp_path / "partenaires.csv"
    source.write_text("organisation,sigle,type,courriel\nONG test,OT,zz,not an address\nAutre ONG,AO,zz,\n")
    problems: list[str] = []

    def preview(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        problems.extend(
            dialog.previewTable.item(row, 3).text() for row in range(dialog.previewTable.rowCount())
        )

    when_dialog_opens(preview)
    window.window_actions.import_data.trigger()
    unknown_type = (
        "«\u00a0zz\u00a0» n'est pas un type d'organisation connu\u00a0; "
        "le type «\u00a0Autre\u00a0» est retenu"
    )
    bad_address = (
        "«\u00a0not an address\u00a0» ne ressemble pas à une adresse e-mail\u00a0; le champ est laissé vide"
    )
    assert problems == [f"{unknown_type}; {bad_address}", unknown_type]  # an optional field: said, left empty


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 row of the operation's own", "2 rows of the operation's own"),
        ("fr", "1 ligne propre à l'opération", "2 lignes propres à l'opération"),
        ("ar", "صف واحد خاص بالعملية", "صفان خاصان بالعملية"),
    ],
)
def test_a_count_in_the_window_takes_the_form_of_its_number(
    speaking_window, language: str, one: str, two: str
):
    window = speaking_window(language)
    assert one in window.changesSummary.text()  # the sample operation has one row of its own
    assert window.workspace.controller.add_custom_row("Funding") is not None
    assert two in window.changesSummary.text()


def test_the_words_every_controller_shares_are_translated(
    speaking_window, monkeypatch: pytest.MonkeyPatch, shown_messages: list[tuple[str, str]]
):
    """UndoableController's words reach the user through each controller: looked up under the controller's
    own class only, they stayed English."""
    window = speaking_window("fr")
    monkeypatch.setattr(UndoableController, "read_only", property(lambda _controller: True))
    window.workspace.controller.add_custom_row("Financement")
    window.mapping.controller.add_organisation(OrganisationDetails(name="ONG test"))
    said = [text for _title, text in shown_messages]
    assert said == ["Ce fichier est en lecture seule\u00a0: aucune modification n'est possible."] * 2
