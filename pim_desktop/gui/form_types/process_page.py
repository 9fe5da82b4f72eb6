"""The named widgets and layouts of ui/process_page.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class ProcessPageForm:
    pageLayout: QtWidgets.QVBoxLayout
    processTabs: QtWidgets.QTabWidget
    processTab: QtWidgets.QWidget
    processLayout: QtWidgets.QVBoxLayout
    standsLabel: QtWidgets.QLabel
    warningsLabel: QtWidgets.QLabel
    stepsLayout: QtWidgets.QHBoxLayout
    stepsTree: QtWidgets.QTreeWidget
    stepForm: QtWidgets.QFormLayout
    stepTitle: QtWidgets.QLabel
    statusComboLabel: QtWidgets.QLabel
    statusCombo: QtWidgets.QComboBox
    ownerEditLabel: QtWidgets.QLabel
    ownerEdit: QtWidgets.QLineEdit
    startDateEditLabel: QtWidgets.QLabel
    startDateEdit: QtWidgets.QLineEdit
    endDateEditLabel: QtWidgets.QLabel
    endDateEdit: QtWidgets.QLineEdit
    notesEditLabel: QtWidgets.QLabel
    notesEdit: QtWidgets.QPlainTextEdit
    evidenceEditLabel: QtWidgets.QLabel
    evidenceEdit: QtWidgets.QPlainTextEdit
    stepProblem: QtWidgets.QLabel
    reviewTab: QtWidgets.QWidget
    reviewLayout: QtWidgets.QHBoxLayout
    dashboardView: QtWidgets.QTextBrowser
    reviewsLayout: QtWidgets.QVBoxLayout
    reviewsTable: QtWidgets.QTableWidget
    reviewButton: QtWidgets.QPushButton
