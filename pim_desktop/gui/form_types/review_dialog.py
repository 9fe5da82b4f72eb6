"""The named widgets and layouts of ui/review_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class ReviewDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    systemTitle: QtWidgets.QLabel
    formLayout: QtWidgets.QFormLayout
    personalComboLabel: QtWidgets.QLabel
    personalCombo: QtWidgets.QComboBox
    riskDateEditLabel: QtWidgets.QLabel
    riskDateEdit: QtWidgets.QLineEdit
    consentEditLabel: QtWidgets.QLabel
    consentEdit: QtWidgets.QLineEdit
    agreementEditLabel: QtWidgets.QLabel
    agreementEdit: QtWidgets.QLineEdit
    agreementDateEditLabel: QtWidgets.QLabel
    agreementDateEdit: QtWidgets.QLineEdit
    agreementReviewEditLabel: QtWidgets.QLabel
    agreementReviewEdit: QtWidgets.QLineEdit
    reviewedOnEditLabel: QtWidgets.QLabel
    reviewedOnEdit: QtWidgets.QLineEdit
    ratingsTable: QtWidgets.QTableWidget
    notesLayout: QtWidgets.QFormLayout
    notesEditLabel: QtWidgets.QLabel
    notesEdit: QtWidgets.QPlainTextEdit
    problemLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
