"""The named widgets and layouts of ui/group_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class GroupDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    formLayout: QtWidgets.QFormLayout
    themeEditLabel: QtWidgets.QLabel
    themeEdit: QtWidgets.QLineEdit
    leaderEditLabel: QtWidgets.QLabel
    leaderEdit: QtWidgets.QLineEdit
    membersEditLabel: QtWidgets.QLabel
    membersEdit: QtWidgets.QPlainTextEdit
    problemLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
