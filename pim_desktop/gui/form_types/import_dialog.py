"""The named widgets and layouts of ui/import_dialog.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class ImportDialogForm:
    dialogLayout: QtWidgets.QVBoxLayout
    sourceBar: QtWidgets.QHBoxLayout
    fileEditLabel: QtWidgets.QLabel
    fileEdit: QtWidgets.QLineEdit
    browseButton: QtWidgets.QPushButton
    choiceBar: QtWidgets.QHBoxLayout
    sheetComboLabel: QtWidgets.QLabel
    sheetCombo: QtWidgets.QComboBox
    kindComboLabel: QtWidgets.QLabel
    kindCombo: QtWidgets.QComboBox
    headerLabel: QtWidgets.QLabel
    importSplitter: QtWidgets.QSplitter
    mappingPane: QtWidgets.QWidget
    mappingPaneLayout: QtWidgets.QVBoxLayout
    mappingLabel: QtWidgets.QLabel
    mappingTable: QtWidgets.QTableWidget
    previewTabs: QtWidgets.QTabWidget
    recordsTab: QtWidgets.QWidget
    recordsTabLayout: QtWidgets.QVBoxLayout
    previewLabel: QtWidgets.QLabel
    previewTable: QtWidgets.QTableWidget
    changesTab: QtWidgets.QWidget
    changesTabLayout: QtWidgets.QVBoxLayout
    changesLabel: QtWidgets.QLabel
    changesTable: QtWidgets.QTableWidget
    valuesTab: QtWidgets.QWidget
    valuesTabLayout: QtWidgets.QVBoxLayout
    valuesLabel: QtWidgets.QLabel
    valuesTable: QtWidgets.QTableWidget
    optionsBar: QtWidgets.QHBoxLayout
    categoryComboLabel: QtWidgets.QLabel
    categoryCombo: QtWidgets.QComboBox
    skipInvalidCheck: QtWidgets.QCheckBox
    ambiguousCheck: QtWidgets.QCheckBox
    summaryLabel: QtWidgets.QLabel
    buttonBox: QtWidgets.QDialogButtonBox
