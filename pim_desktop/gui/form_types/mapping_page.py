"""The named widgets and layouts of ui/mapping_page.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class MappingPageForm:
    mappingLayout: QtWidgets.QVBoxLayout
    filterBar: QtWidgets.QHBoxLayout
    filterEditLabel: QtWidgets.QLabel
    filterEdit: QtWidgets.QLineEdit
    placeComboLabel: QtWidgets.QLabel
    placeCombo: QtWidgets.QComboBox
    orgTypeComboLabel: QtWidgets.QLabel
    orgTypeCombo: QtWidgets.QComboBox
    statusComboLabel: QtWidgets.QLabel
    statusCombo: QtWidgets.QComboBox
    sensitivityComboLabel: QtWidgets.QLabel
    sensitivityCombo: QtWidgets.QComboBox
    confirmedCombo: QtWidgets.QComboBox
    filterStatus: QtWidgets.QLabel
    mappingTabs: QtWidgets.QTabWidget
    organisationsTab: QtWidgets.QWidget
    organisationsTabLayout: QtWidgets.QVBoxLayout
    organisationButtons: QtWidgets.QHBoxLayout
    addOrganisationButton: QtWidgets.QPushButton
    editOrganisationButton: QtWidgets.QPushButton
    deleteOrganisationButton: QtWidgets.QPushButton
    organisationsView: QtWidgets.QTableView
    systemsTab: QtWidgets.QWidget
    systemsTabLayout: QtWidgets.QVBoxLayout
    systemButtons: QtWidgets.QHBoxLayout
    addSystemButton: QtWidgets.QPushButton
    editSystemButton: QtWidgets.QPushButton
    deleteSystemButton: QtWidgets.QPushButton
    systemsView: QtWidgets.QTableView
    gridTab: QtWidgets.QWidget
    gridTabLayout: QtWidgets.QVBoxLayout
    gridHint: QtWidgets.QLabel
    gridSplitter: QtWidgets.QSplitter
    gridView: QtWidgets.QTableView
    gridCellList: QtWidgets.QListWidget
    categoryTab: QtWidgets.QWidget
    categoryTabLayout: QtWidgets.QVBoxLayout
    categoryBar: QtWidgets.QHBoxLayout
    categoryComboLabel: QtWidgets.QLabel
    categoryCombo: QtWidgets.QComboBox
    categoryCount: QtWidgets.QLabel
    categoryView: QtWidgets.QTableView
    coverageTab: QtWidgets.QWidget
    coverageTabLayout: QtWidgets.QVBoxLayout
    coverageBar: QtWidgets.QHBoxLayout
    levelComboLabel: QtWidgets.QLabel
    levelCombo: QtWidgets.QComboBox
    coverageLegend: QtWidgets.QLabel
    coverageSplitter: QtWidgets.QSplitter
    coverageView: QtWidgets.QTableView
    coverageSummary: QtWidgets.QTextBrowser
    sourcesTab: QtWidgets.QWidget
    sourcesTabLayout: QtWidgets.QVBoxLayout
    sourceBar: QtWidgets.QHBoxLayout
    sourceEditLabel: QtWidgets.QLabel
    sourceEdit: QtWidgets.QLineEdit
    sourceCategories: QtWidgets.QLabel
    sourcesView: QtWidgets.QTableView
