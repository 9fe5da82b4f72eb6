"""The named widgets and layouts of ui/matrix_side_panel.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class MatrixSidePanelForm:
    panelLayout: QtWidgets.QVBoxLayout
    tabs: QtWidgets.QTabWidget
    cellTab: QtWidgets.QWidget
    cellLayout: QtWidgets.QVBoxLayout
    cellTitle: QtWidgets.QLabel
    lockNotice: QtWidgets.QLabel
    entryList: QtWidgets.QListWidget
    entryButtons: QtWidgets.QGridLayout
    addButton: QtWidgets.QPushButton
    editButton: QtWidgets.QPushButton
    removeButton: QtWidgets.QPushButton
    upButton: QtWidgets.QPushButton
    downButton: QtWidgets.QPushButton
    resetEntryButton: QtWidgets.QPushButton
    removedTitle: QtWidgets.QLabel
    removedList: QtWidgets.QListWidget
    cellButtons: QtWidgets.QHBoxLayout
    restoreButton: QtWidgets.QPushButton
    resetCellButton: QtWidgets.QPushButton
    readTab: QtWidgets.QWidget
    readLayout: QtWidgets.QVBoxLayout
    readingView: QtWidgets.QTextBrowser
    sourceTab: QtWidgets.QWidget
    sourceLayout: QtWidgets.QVBoxLayout
    sourceIntro: QtWidgets.QLabel
    sourceQuery: QtWidgets.QLineEdit
    sourceResults: QtWidgets.QTextBrowser
