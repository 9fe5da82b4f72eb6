"""The named widgets and layouts of ui/restore_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class RestoreDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    introLabel: QtWidgets.QLabel
    backupsLabel: QtWidgets.QLabel
    backupsTable: QtWidgets.QTableWidget
    buttonBox: QtWidgets.QDialogButtonBox
