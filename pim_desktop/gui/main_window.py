"""The main window: a thin composition root that wires services to views."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMainWindow, QMessageBox, QWidget

from pim_desktop import APP_NAME, __version__
from pim_desktop.domain import model
from pim_desktop.domain.errors import PimError, ReadOnlyFileError
from pim_desktop.gui.actions import create_actions
from pim_desktop.gui.dialogs.new_operation import ask_new_operation
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.models.matrix_model import MatrixTableModel
from pim_desktop.gui.settings import Settings
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import create_operation, open_operation
from pim_desktop.storage.operation_file import OperationFile

FILE_FILTER = "PIM operation files (*.pim);;All files (*)"
MATRIX_COLUMN_CHARACTERS = 26  # a category column fits this many average characters before wrapping


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("main_window.ui", self)
        self.settings = settings
        self.operation_file: OperationFile | None = None
        self.matrix_model = MatrixTableModel()
        self.matrixView.setModel(self.matrix_model)
        self.matrixView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrixView.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.actions = create_actions(self)
        self._build_menus()
        self._show_operation_title()

    def _build_menus(self) -> None:
        actions = self.actions
        self.menuFile.addActions([actions.new_operation, actions.open_operation, actions.close_operation])
        self.menuFile.addSeparator()
        self.menuFile.addAction(actions.quit)
        self.menuHelp.addAction(actions.about)
        actions.new_operation.triggered.connect(self.new_operation)
        actions.open_operation.triggered.connect(self.choose_and_open)
        actions.close_operation.triggered.connect(self.close_operation)
        actions.quit.triggered.connect(self.close)
        actions.about.triggered.connect(self._about)
        actions.close_operation.setEnabled(False)

    # --- opening and closing -----------------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Open an operation file; a file we cannot write is opened read-only with a notice."""
        read_only = False
        try:
            try:
                operation_file = open_operation(path)
            except ReadOnlyFileError:
                operation_file = open_operation(path, read_only=True)
                read_only = True
            matrix = MatrixService(operation_file).matrix()
        except PimError as error:
            self.show_error(self.tr("Cannot open the operation"), error.message)
            return False
        self.close_operation()
        self.operation_file = operation_file
        self.matrix_model.set_matrix(matrix)
        self._fit_matrix()
        self.pages.setCurrentWidget(self.matrixPage)
        self.actions.close_operation.setEnabled(True)
        self.settings.remember_file(path)
        self._show_notice(
            self.tr("This file is read-only: you can read and export it, but not change it.")
            if read_only
            else ""
        )
        self._show_operation_title()
        return True

    def close_operation(self) -> None:
        if self.operation_file is not None:
            self.operation_file.close()
            self.operation_file = None
        self.matrix_model.set_matrix(model.Matrix(categories=[], rows=[]))
        self.pages.setCurrentWidget(self.welcomePage)
        self.actions.close_operation.setEnabled(False)
        self._show_notice("")
        self._show_operation_title()

    def choose_and_open(self) -> None:
        start = str(self.settings.last_folder())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an operation"), start, self.tr(FILE_FILTER)
        )
        if chosen:
            self.open_file(Path(chosen))

    def new_operation(self) -> None:
        request = ask_new_operation(self, self.settings.last_folder())
        if request is None:
            return
        try:
            create_operation(request.path, name=request.name, country=request.country)
        except PimError as error:
            self.show_error(self.tr("Cannot create the operation"), error.message)
            return
        self.open_file(request.path)

    # --- showing -----------------------------------------------------------------------------------------

    def _fit_matrix(self) -> None:
        width = self.matrixView.fontMetrics().averageCharWidth() * MATRIX_COLUMN_CHARACTERS
        header = self.matrixView.horizontalHeader()
        for column in range(self.matrix_model.columnCount()):
            header.resizeSection(column, width)
        self.matrixView.resizeRowsToContents()

    def _show_operation_title(self) -> None:
        if self.operation_file is None:
            self.setWindowTitle(APP_NAME)
            return
        suffix = self.tr(" (read-only)") if self.operation_file.read_only else ""
        self.setWindowTitle(f"{self.operation_file.path}{suffix} — {APP_NAME}")

    def _show_notice(self, text: str) -> None:
        self.noticeBanner.setText(text)
        self.noticeBanner.setVisible(bool(text))
        self.noticeBanner.setStyleSheet("background: #fff4ce; color: #3b2f00;")

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message[:1].upper() + message[1:])

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About PIM Desktop"),
            self.tr(
                "<h3>PIM Desktop {version}</h3><p>Build and customise the PIM Matrix for your operation, "
                "and map who runs which information system.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.close_operation()
        super().closeEvent(event)  # type: ignore[arg-type]
