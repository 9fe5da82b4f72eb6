"""The named widgets and layouts of ui/merge_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class MergeDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    introLabel: QtWidgets.QLabel
    newListLabel: QtWidgets.QLabel
    newList: QtWidgets.QListWidget
    differencesLabel: QtWidgets.QLabel
    differencesList: QtWidgets.QTreeWidget
    choiceButtons: QtWidgets.QHBoxLayout
    allTheirsButton: QtWidgets.QPushButton
    allMineButton: QtWidgets.QPushButton
    buttonBox: QtWidgets.QDialogButtonBox
