"""The named widgets and layouts of ui/passphrase_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class PassphraseDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    introLabel: QtWidgets.QLabel
    formLayout: QtWidgets.QFormLayout
    passphraseLabel: QtWidgets.QLabel
    passphraseEdit: QtWidgets.QLineEdit
    problemLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
