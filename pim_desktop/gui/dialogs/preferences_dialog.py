"""Preferences: the language of the window and the exports, and the theme."""

from PySide6.QtWidgets import QDialog, QWidget

from pim_desktop import i18n
from pim_desktop.gui.form_types.preferences_dialog import PreferencesDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.theme import THEME_NAMES


class PreferencesDialog(QDialog, PreferencesDialogForm):
    def __init__(self, parent: QWidget | None, language: str, theme: str) -> None:
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
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

    def chosen_language(self) -> str:
        return str(self.languageCombo.currentData())

    def chosen_theme(self) -> str:
        return str(self.themeCombo.currentData())
