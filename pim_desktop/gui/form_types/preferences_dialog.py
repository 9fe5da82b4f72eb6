"""The named widgets and layouts of ui/preferences_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class PreferencesDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    formLayout: QtWidgets.QFormLayout
    languageComboLabel: QtWidgets.QLabel
    languageCombo: QtWidgets.QComboBox
    themeComboLabel: QtWidgets.QLabel
    themeCombo: QtWidgets.QComboBox
    authorEditLabel: QtWidgets.QLabel
    authorEdit: QtWidgets.QLineEdit
    languageNote: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
