"""The named widgets and layouts of ui/shortcuts_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class ShortcutsDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    filterLayout: QtWidgets.QHBoxLayout
    filterLabel: QtWidgets.QLabel
    filterEdit: QtWidgets.QLineEdit
    shortcutsTree: QtWidgets.QTreeWidget
    nothingLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
