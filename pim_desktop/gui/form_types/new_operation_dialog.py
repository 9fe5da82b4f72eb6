"""The named widgets and layouts of ui/new_operation_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class NewOperationDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    introLabel: QtWidgets.QLabel
    formLayout: QtWidgets.QFormLayout
    nameLabel: QtWidgets.QLabel
    nameEdit: QtWidgets.QLineEdit
    countryLabel: QtWidgets.QLabel
    countryCombo: QtWidgets.QComboBox
    fileLabel: QtWidgets.QLabel
    fileLayout: QtWidgets.QHBoxLayout
    fileEdit: QtWidgets.QLineEdit
    browseButton: QtWidgets.QPushButton
    problemLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
