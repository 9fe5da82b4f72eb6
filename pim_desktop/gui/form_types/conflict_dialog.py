"""The named widgets and layouts of ui/conflict_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class ConflictDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    titleLabel: QtWidgets.QLabel
    fieldsTable: QtWidgets.QTableWidget
    choiceLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
