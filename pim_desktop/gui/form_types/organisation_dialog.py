"""The named widgets and layouts of ui/organisation_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class OrganisationDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    formLayout: QtWidgets.QFormLayout
    nameLabel: QtWidgets.QLabel
    nameEdit: QtWidgets.QLineEdit
    acronymLabel: QtWidgets.QLabel
    acronymEdit: QtWidgets.QLineEdit
    typeLabel: QtWidgets.QLabel
    typeCombo: QtWidgets.QComboBox
    identifierLabel: QtWidgets.QLabel
    identifierEdit: QtWidgets.QLineEdit
    focalNameLabel: QtWidgets.QLabel
    focalNameEdit: QtWidgets.QLineEdit
    focalRoleLabel: QtWidgets.QLabel
    focalRoleEdit: QtWidgets.QLineEdit
    focalEmailLabel: QtWidgets.QLabel
    focalEmailEdit: QtWidgets.QLineEdit
    focalPhoneLabel: QtWidgets.QLabel
    focalPhoneEdit: QtWidgets.QLineEdit
    lastConfirmedLabel: QtWidgets.QLabel
    lastConfirmedEdit: QtWidgets.QLineEdit
    notesLabel: QtWidgets.QLabel
    notesEdit: QtWidgets.QPlainTextEdit
    problemLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
