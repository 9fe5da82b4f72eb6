"""The named widgets and layouts of ui/encryption_fields.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class EncryptionFieldsForm:
    fieldsLayout: QtWidgets.QVBoxLayout
    encryptBox: QtWidgets.QCheckBox
    formLayout: QtWidgets.QFormLayout
    passphraseLabel: QtWidgets.QLabel
    passphraseEdit: QtWidgets.QLineEdit
    repeatLabel: QtWidgets.QLabel
    repeatEdit: QtWidgets.QLineEdit
    warningLabel: QtWidgets.QLabel
