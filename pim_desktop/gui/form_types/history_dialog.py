"""The named widgets and layouts of ui/history_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class HistoryDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    titleLabel: QtWidgets.QLabel
    historyTable: QtWidgets.QTableView
    buttonBox: QtWidgets.QDialogButtonBox
