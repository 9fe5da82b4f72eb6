"""The named widgets and layouts of ui/export_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class ExportDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    formLayout: QtWidgets.QFormLayout
    viewComboLabel: QtWidgets.QLabel
    viewCombo: QtWidgets.QComboBox
    formatComboLabel: QtWidgets.QLabel
    formatCombo: QtWidgets.QComboBox
    shareComboLabel: QtWidgets.QLabel
    shareCombo: QtWidgets.QComboBox
    contactsCheckLabel: QtWidgets.QLabel
    contactsCheck: QtWidgets.QCheckBox
    hxlCheckLabel: QtWidgets.QLabel
    hxlCheck: QtWidgets.QCheckBox
    fileEditLabel: QtWidgets.QLabel
    fileEditLayout: QtWidgets.QHBoxLayout
    fileEdit: QtWidgets.QLineEdit
    browseButton: QtWidgets.QPushButton
    previewTextLabel: QtWidgets.QLabel
    previewText: QtWidgets.QTextBrowser
    problemLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
