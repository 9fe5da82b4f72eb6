"""The named widgets and layouts of ui/plan_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class PlanDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    formLayout: QtWidgets.QFormLayout
    titleEditLabel: QtWidgets.QLabel
    titleEdit: QtWidgets.QLineEdit
    workshopEditLabel: QtWidgets.QLabel
    workshopEdit: QtWidgets.QLineEdit
    placeEditLabel: QtWidgets.QLabel
    placeEdit: QtWidgets.QLineEdit
    startDateEditLabel: QtWidgets.QLabel
    startDateEdit: QtWidgets.QLineEdit
    endDateEditLabel: QtWidgets.QLabel
    endDateEdit: QtWidgets.QLineEdit
    facilitatorsEditLabel: QtWidgets.QLabel
    facilitatorsEdit: QtWidgets.QLineEdit
    participantsEditLabel: QtWidgets.QLabel
    participantsEdit: QtWidgets.QPlainTextEdit
    sensitivityComboLabel: QtWidgets.QLabel
    sensitivityCombo: QtWidgets.QComboBox
    notesEditLabel: QtWidgets.QLabel
    notesEdit: QtWidgets.QPlainTextEdit
    problemLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
