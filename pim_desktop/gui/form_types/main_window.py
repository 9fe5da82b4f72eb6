"""The named widgets and layouts of ui/main_window.ui, as load_form sets them.

Written by tools/form_types.py from the form: do not edit."""

from PySide6 import QtWidgets


class MainWindowForm:
    centralwidget: QtWidgets.QWidget
    centralLayout: QtWidgets.QVBoxLayout
    noticeBanner: QtWidgets.QLabel
    pages: QtWidgets.QStackedWidget
    welcomePage: QtWidgets.QWidget
    welcomeLayout: QtWidgets.QVBoxLayout
    welcomeLabel: QtWidgets.QLabel
    matrixPage: QtWidgets.QWidget
    matrixLayout: QtWidgets.QVBoxLayout
    searchBar: QtWidgets.QHBoxLayout
    searchLabel: QtWidgets.QLabel
    searchEdit: QtWidgets.QLineEdit
    searchStatus: QtWidgets.QLabel
    changesSummary: QtWidgets.QLabel
    menubar: QtWidgets.QMenuBar
    menuFile: QtWidgets.QMenu
    menuEdit: QtWidgets.QMenu
    menuView: QtWidgets.QMenu
    menuHelp: QtWidgets.QMenu
    statusbar: QtWidgets.QStatusBar
