"""Preferences: the language of the window and the exports, the theme, and the name the change log gives
the user's changes."""

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from pim_desktop import i18n
from pim_desktop.gui.form_types.preferences_dialog import PreferencesDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.presentation import use_theme
from pim_desktop.gui.settings import Settings
from pim_desktop.gui.theme import THEME_NAMES
from pim_desktop.services.changes import default_author, set_author
from pim_desktop.services.operations import OpenOperation


class PreferencesDialog(QDialog, PreferencesDialogForm):
    def __init__(self, parent: QWidget | None, language: str, theme: str, author: str = "") -> None:
        super().__init__(parent)
        load_form("preferences_dialog.ui", self)
        for code, name in i18n.LANGUAGES.items():
            self.languageCombo.addItem(
                name, code
            )  # each language named in itself, to be found by its readers
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(language)))
        for name, text in THEME_NAMES.items():
            self.themeCombo.addItem(translate("Theme", text), name)
        self.themeCombo.setCurrentIndex(max(0, self.themeCombo.findData(theme)))
        self.authorEdit.setText(author)
        self.authorEdit.setPlaceholderText(default_author())  # what the log says when left empty
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

    def chosen_language(self) -> str:
        return str(self.languageCombo.currentData())

    def chosen_author(self) -> str:
        return self.authorEdit.text().strip()

    def chosen_theme(self) -> str:
        return str(self.themeCombo.currentData())


def edit_preferences(window: QMainWindow, settings: Settings, operation_file: OpenOperation | None) -> None:
    """Ask for the preferences and use them: the theme and the name in the log at once, the language in the
    exports at once and in the window from the next start."""
    dialog = PreferencesDialog(window, settings.language(), settings.theme(), settings.author())
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return
    use_theme(settings, dialog.chosen_theme())
    settings.set_author(dialog.chosen_author())
    if operation_file is not None:
        set_author(operation_file, dialog.chosen_author())
    language = dialog.chosen_language()
    if language != settings.language():
        settings.set_language(language)
        i18n.set_program_language(language)  # the exports follow at once; the window at the next start
        message = translate("MainWindow", "The window speaks the new language from the next start.")
        window.statusBar().showMessage(message, 8000)
