"""The named widgets and layouts of ui/guide_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class GuideDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    guideView: QtWidgets.QTextBrowser
    buttonBox: QtWidgets.QDialogButtonBox
