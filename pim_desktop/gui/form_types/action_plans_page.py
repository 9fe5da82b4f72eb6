"""The named widgets and layouts of ui/action_plans_page.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class ActionPlansPageForm:
    plansLayout: QtWidgets.QVBoxLayout
    planBar: QtWidgets.QHBoxLayout
    planComboLabel: QtWidgets.QLabel
    planCombo: QtWidgets.QComboBox
    newPlanButton: QtWidgets.QPushButton
    planDetailsButton: QtWidgets.QPushButton
    deletePlanButton: QtWidgets.QPushButton
    planSummary: QtWidgets.QLabel
    planTabs: QtWidgets.QTabWidget
    challengesTab: QtWidgets.QWidget
    challengesTabLayout: QtWidgets.QVBoxLayout
    planSplitter: QtWidgets.QSplitter
    groupsPane: QtWidgets.QWidget
    groupsPaneLayout: QtWidgets.QVBoxLayout
    groupListLabel: QtWidgets.QLabel
    groupList: QtWidgets.QListWidget
    groupButtons: QtWidgets.QHBoxLayout
    addGroupButton: QtWidgets.QPushButton
    editGroupButton: QtWidgets.QPushButton
    deleteGroupButton: QtWidgets.QPushButton
    groupSummary: QtWidgets.QLabel
    itemsPane: QtWidgets.QWidget
    itemsPaneLayout: QtWidgets.QVBoxLayout
    itemsView: QtWidgets.QTableView
    itemButtons: QtWidgets.QHBoxLayout
    addItemButton: QtWidgets.QPushButton
    deleteItemButton: QtWidgets.QPushButton
    moveItemUpButton: QtWidgets.QPushButton
    moveItemDownButton: QtWidgets.QPushButton
    itemsHint: QtWidgets.QLabel
    followUpTab: QtWidgets.QWidget
    followUpTabLayout: QtWidgets.QVBoxLayout
    followBar: QtWidgets.QHBoxLayout
    followStatusLabel: QtWidgets.QLabel
    followStatusCombo: QtWidgets.QComboBox
    followPersonLabel: QtWidgets.QLabel
    followPersonEdit: QtWidgets.QLineEdit
    followOrganisationLabel: QtWidgets.QLabel
    followOrganisationEdit: QtWidgets.QLineEdit
    overdueCheck: QtWidgets.QCheckBox
    changedSinceLabel: QtWidgets.QLabel
    changedSinceEdit: QtWidgets.QLineEdit
    followStatus: QtWidgets.QLabel
    followUpView: QtWidgets.QTableView
