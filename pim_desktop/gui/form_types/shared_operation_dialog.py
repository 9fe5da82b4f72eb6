"""The named widgets and layouts of ui/shared_operation_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class SharedOperationDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    introLabel: QtWidgets.QLabel
    formLayout: QtWidgets.QFormLayout
    addressLabel: QtWidgets.QLabel
    addressCombo: QtWidgets.QComboBox
    hostLabel: QtWidgets.QLabel
    hostEdit: QtWidgets.QLineEdit
    portLabel: QtWidgets.QLabel
    portSpin: QtWidgets.QSpinBox
    databaseLabel: QtWidgets.QLabel
    databaseEdit: QtWidgets.QLineEdit
    userLabel: QtWidgets.QLabel
    userEdit: QtWidgets.QLineEdit
    encryptionLabel: QtWidgets.QLabel
    encryptionCombo: QtWidgets.QComboBox
    certificateLabel: QtWidgets.QLabel
    certificateLayout: QtWidgets.QHBoxLayout
    certificateEdit: QtWidgets.QLineEdit
    browseButton: QtWidgets.QPushButton
    passwordLabel: QtWidgets.QLabel
    passwordEdit: QtWidgets.QLineEdit
    rememberCheck: QtWidgets.QCheckBox
    keyringLabel: QtWidgets.QLabel
    problemLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
