"""The named widgets and layouts of ui/changes_page.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class ChangesPageForm:
    pageLayout: QtWidgets.QVBoxLayout
    momentsLayout: QtWidgets.QHBoxLayout
    sinceComboLabel: QtWidgets.QLabel
    sinceCombo: QtWidgets.QComboBox
    untilComboLabel: QtWidgets.QLabel
    untilCombo: QtWidgets.QComboBox
    kindComboLabel: QtWidgets.QLabel
    kindCombo: QtWidgets.QComboBox
    whoComboLabel: QtWidgets.QLabel
    whoCombo: QtWidgets.QComboBox
    markButton: QtWidgets.QPushButton
    summaryLabel: QtWidgets.QLabel
    changesTable: QtWidgets.QTableView
