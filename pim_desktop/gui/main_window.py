"""The main window: a thin composition root that wires services, controllers and views."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMenu, QMessageBox, QTabBar, QWidget

from pim_desktop import APP_NAME
from pim_desktop.domain.errors import PimError, ReadOnlyFileError, as_sentence
from pim_desktop.gui.actions import create_actions
from pim_desktop.gui.changes_workspace import ChangesWorkspace
from pim_desktop.gui.controllers.matrix_controller import MatrixController
from pim_desktop.gui.controllers.plan_controller import PlanController
from pim_desktop.gui.controllers.process_controller import ProcessController
from pim_desktop.gui.controllers.register_controller import RegisterController
from pim_desktop.gui.copies import OperationCopies
from pim_desktop.gui.dialogs.new_operation import ask_new_operation
from pim_desktop.gui.dialogs.preferences_dialog import edit_preferences
from pim_desktop.gui.dialogs.shared_operation import ask_and_open_shared
from pim_desktop.gui.exchange import FILE_FILTER, DataExchange
from pim_desktop.gui.file_backups import restore_from_backup
from pim_desktop.gui.file_locks import READ_ONLY, choose_access
from pim_desktop.gui.file_protection import close_and_forget, unlock_to_open
from pim_desktop.gui.fitting import size_to_current_page
from pim_desktop.gui.form_types.main_window import MainWindowForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.help import HelpMenu
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.live_refresh import LiveRefresh
from pim_desktop.gui.mapping_workspace import MappingWorkspace
from pim_desktop.gui.matrix_workspace import MatrixWorkspace
from pim_desktop.gui.plans_workspace import PlansWorkspace
from pim_desktop.gui.presentation import PresentationMode, Zoom, theme_menu
from pim_desktop.gui.process_workspace import ProcessPage, ProcessWorkspace
from pim_desktop.gui.settings import Settings
from pim_desktop.gui.splitters import remember_splitters
from pim_desktop.gui.views.action_plans_page import ActionPlansPage
from pim_desktop.gui.views.mapping_page import MappingPage
from pim_desktop.gui.views.matrix_grid import MatrixGrid
from pim_desktop.gui.views.matrix_side_panel import MatrixSidePanel
from pim_desktop.gui.window_commands import open_shared
from pim_desktop.services import file_access
from pim_desktop.services.changes import set_author
from pim_desktop.services.operations import OpenOperation, create_operation, open_operation

SIDE_PANEL_CHARACTERS = 40
WIDE_WINDOW = 1500  # pixels; narrower windows start with the side panel closed


class MainWindow(QMainWindow, MainWindowForm):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("main_window.ui", self)
        # a code-built view (not a promoted widget: see forms.py)
        self.matrixView = MatrixGrid(self.matrixPage)
        self.matrixView.setObjectName("matrixView")
        self.matrixView.setAccessibleName(self.tr("PIM Matrix"))
        self.matrixLayout.addWidget(self.matrixView)
        self.settings = settings
        self.operation_file: OpenOperation | None = None
        self.live: LiveRefresh | None = None  # on a shared operation: others' changes shown as they come
        self.undo_group = QUndoGroup(self)
        self.window_actions = create_actions(self)  # not `actions`: that would hide QWidget.actions()
        self.side_panel = MatrixSidePanel(self)
        self.side_dock = QDockWidget(self.tr("Cell, reading and sources"), self)
        self.side_dock.setObjectName("sideDock")
        self.side_dock.setWidget(self.side_panel)
        self.side_dock.setMinimumWidth(self.fontMetrics().averageCharWidth() * SIDE_PANEL_CHARACTERS)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_dock)
        self.workspace = MatrixWorkspace(
            self,
            self.matrixView,
            self.side_panel,
            self.searchEdit,
            self.searchStatus,
            self.changesSummary,
            self.window_actions,
        )
        self.mappingPage = MappingPage(self.pages)
        self.mappingPage.setObjectName("mappingPage")
        self.pages.addWidget(self.mappingPage)
        self.mapping = MappingWorkspace(self, self.mappingPage, self.window_actions)
        self.plansPage = ActionPlansPage(self.pages)
        self.plansPage.setObjectName("plansPage")
        self.pages.addWidget(self.plansPage)
        self.plans = PlansWorkspace(self, self.plansPage, self.window_actions)
        self.processPage = ProcessPage(self.pages)
        self.processPage.setObjectName("processPage")
        self.pages.addWidget(self.processPage)
        self.process = ProcessWorkspace(self, self.processPage)
        self.changes = ChangesWorkspace(self, self.pages)
        remember_splitters(self, settings)
        self.viewTabs = QTabBar(self)  # the two halves of the work, for the mouse; Ctrl+1 and Ctrl+2 for keys
        self.viewTabs.setObjectName("viewTabs")
        self.viewTabs.setAccessibleName(self.tr("Views"))
        self.viewTabs.addTab(self.tr("PIM Matrix"))
        self.viewTabs.addTab(self.tr("Mapping: organisations and systems"))
        self.viewTabs.addTab(self.tr("Action plans"))
        self.viewTabs.addTab(self.tr("PIM Process and review"))
        self.viewTabs.addTab(self.tr("Changes"))
        self.viewTabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.centralLayout.insertWidget(1, self.viewTabs)  # under the notice banner
        self.viewTabs.currentChanged.connect(self._show_view)
        self.pages.currentChanged.connect(lambda _index: size_to_current_page(self.pages))
        size_to_current_page(self.pages)
        self._side_dock_wanted = True
        self.exchange = DataExchange(self, settings, self.mapping, self.window_actions, self.pages)
        self.export_runner, self.merge_file = self.exchange.runner, self.exchange.merge_file
        self.copies = OperationCopies(self, settings, lambda: self.operation_file)
        self.zoom = Zoom(self, settings)
        around: list[QWidget] = [self.viewTabs, self.noticeBanner]  # hidden with the page's own controls
        grid, actions = self.matrixView, self.window_actions
        self.presentation = PresentationMode(self, grid, actions, self.zoom, self.pages, around)
        self._build_menus()
        self._show_operation_title()

    def _build_menus(self) -> None:
        a = self.window_actions
        self.menuFile.addActions([a.new_operation, a.open_operation, a.open_shared])
        self.recent_menu = self.menuFile.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        copies = [a.save_copy, a.take_offline]  # the menu shows the one that fits the operation open
        self.menuFile.addActions(
            [*copies, a.restore_backup, a.import_data, a.merge, a.export, a.close_operation]
        )
        self.menuFile.addSeparator()
        self.menuFile.addAction(a.quit)

        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        self.menuEdit.addActions([undo, redo])
        self.menuEdit.addSeparator()
        self.menuEdit.addActions([a.find, a.find_next])
        self.menuEdit.addSeparator()
        self.menuEdit.addActions(
            [a.edit_cell, a.add_entry, a.remove_entry, a.move_entry_up, a.move_entry_down]
        )
        self.menuEdit.addSeparator()
        self.menuEdit.addActions([a.add_row, a.rename_row, a.move_row_up, a.move_row_down, a.remove_row])
        self.menuEdit.addSeparator()
        self.menuEdit.addActions([a.reset_entry, a.reset_cell, a.reset_row, a.reset_matrix])

        self.menuView.addActions(
            [a.show_matrix, a.show_mapping, a.show_plans, a.show_process, a.show_changes]
        )
        self.menuView.addSeparator()
        self.menuView.addAction(a.mark_changes)
        side_panel = self.side_dock.toggleViewAction()
        side_panel.setShortcut(QKeySequence("F9"))
        self.menuView.addAction(side_panel)
        self.menuView.addSeparator()
        self.menuView.addActions([a.presentation, a.spotlight_category, a.spotlight_row])
        self.menuView.addSeparator()
        self.menuView.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
        self.menuView.addMenu(theme_menu(self, self.settings))
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(a.preferences)
        self.help = HelpMenu(self, self.menuHelp, a)
        self.menuMapping = self._mapping_menu()
        self.menuBar().insertMenu(self.menuHelp.menuAction(), self.menuMapping)

        a.show_matrix.triggered.connect(lambda: self.viewTabs.setCurrentIndex(0))
        a.show_mapping.triggered.connect(lambda: self.viewTabs.setCurrentIndex(1))
        a.show_plans.triggered.connect(lambda: self.viewTabs.setCurrentIndex(2))
        a.show_process.triggered.connect(lambda: self.viewTabs.setCurrentIndex(3))
        a.show_changes.triggered.connect(lambda: self.viewTabs.setCurrentIndex(4))
        self.menuPlans = QMenu(self.tr("Action &Plans"), self)
        self.menuPlans.addAction(a.new_plan)
        self.menuBar().insertMenu(self.menuHelp.menuAction(), self.menuPlans)

        a.new_operation.triggered.connect(self.new_operation)
        a.open_operation.triggered.connect(self.choose_and_open)
        a.open_shared.triggered.connect(lambda: ask_and_open_shared(self, self.settings, self.open_shared))
        a.save_copy.triggered.connect(self.copies.save_copy)
        a.take_offline.triggered.connect(self.copies.take_offline)
        a.restore_backup.triggered.connect(self._restore_from_backup)
        a.export.triggered.connect(self.exchange.export)
        a.import_data.triggered.connect(self.exchange.import_data)
        a.merge.triggered.connect(self.exchange.merge)
        a.close_operation.triggered.connect(lambda: close_and_forget(self.close_operation))
        a.quit.triggered.connect(self.close)
        a.preferences.triggered.connect(self._preferences)
        self._update_file_actions()

    def _mapping_menu(self) -> QMenu:
        a = self.window_actions
        menu = QMenu(self.tr("&Mapping"), self)
        menu.addActions([a.add_organisation, a.add_system])
        menu.addSeparator()
        menu.addActions([a.edit_record, a.delete_record, a.record_history])
        menu.addSeparator()
        menu.addActions([a.filter_mapping, a.reset_filter])
        return menu

    # --- opening and closing -----------------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Open an operation file; a file we cannot write, or one someone else is editing (if the user
        chooses so), is opened read-only with a notice."""
        access = choose_access(self, path) if unlock_to_open(self, path) else None
        if access is None:
            return False
        mode, holder = access
        try:
            try:
                operation_file = open_operation(path, read_only=mode == READ_ONLY)
            except ReadOnlyFileError:
                operation_file = open_operation(path, read_only=True)
        except PimError as error:
            self.show_error(self.tr("Cannot open the operation"), error.message)
            return False
        if not self.show_operation(operation_file):
            return False
        self.settings.remember_file(path)
        if not operation_file.read_only:
            no_backup = file_access.start_editing(path)
            if no_backup:  # a full disk: said, and the work goes on
                message = translate("Backups", "No backup could be made of this file: {reason}")
                self.statusBar().showMessage(message.format(reason=no_backup), 15000)
        read_only_notice = self.tr("This file is read-only: you can read and export it, but not change it.")
        if holder is not None:
            read_only_notice = self.tr(
                "{user} on {machine} is editing this file: you can read and export it, but not change it."
            ).format(user=holder.user, machine=holder.machine)
        self.show_notice(read_only_notice if operation_file.read_only else "")
        return True

    def open_shared(self, address: str, password: str) -> bool:
        return open_shared(self, address, password)

    def show_operation(self, operation_file: OpenOperation) -> bool:
        """The pages bound to an opened operation, in place of the one open before."""
        try:
            set_author(operation_file, self.settings.author())
            stack = QUndoStack(self.undo_group)
            registers = RegisterController(operation_file, stack)
            controller = MatrixController(operation_file, stack, lambda: registers.data.systems)
            plans = PlanController(operation_file, stack)
            process = ProcessController(operation_file, stack)
            registers.changed.connect(process.reload)  # the review lists the systems
            registers.changed.connect(plans.reload)  # an import or merge may bring plans too
            registers.changed.connect(controller.reload)  # the matrix shows the systems
            for each in (registers, controller, plans, process):
                each.saved_without_undo.connect(self._saved_without_undo)
        except PimError as error:
            operation_file.close()
            self.show_error(self.tr("Cannot open the operation"), error.message)
            return False
        self.close_operation()
        self.operation_file = operation_file
        self.undo_group.setActiveStack(stack)
        self.workspace.bind(controller)
        self.mapping.bind(registers)
        self.plans.bind(plans)
        self.process.bind(process)
        self.changes.bind(operation_file, stack)
        self.viewTabs.setCurrentIndex(0)
        self._show_view(0)
        self._show_operation_title()
        self._update_file_actions()
        return True

    def _saved_without_undo(self, message: str) -> None:
        self.show_error(self.tr("Saved, but cannot be undone"), message)

    def close_operation(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None
            self.statusBar().clearMessage()  # a lost connection said is no longer this window's
        stack = self.undo_group.activeStack()
        if self.mapping.controller is not None:
            self.mapping.controller.close()
        self.workspace.bind(None)
        self.mapping.bind(None)
        self.plans.bind(None)
        self.process.bind(None)
        self.changes.bind(None)
        if stack is not None:
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        if self.operation_file is not None:
            self.operation_file.close()
            if not self.operation_file.read_only and not self.operation_file.on_server:
                file_access.stop_editing(self.operation_file.path)
            self.operation_file = None
        self.pages.setCurrentWidget(self.welcomePage)
        self.show_notice("")
        self._show_operation_title()
        self._update_file_actions()

    def choose_and_open(self) -> None:
        start = str(self.settings.last_folder())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an operation"), start, translate("Files", FILE_FILTER)
        )
        if chosen:
            self.open_file(Path(chosen))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.settings.recent_files(), start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}  —  {path.parent}")
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(no recent files)")).setEnabled(False)

    def new_operation(self) -> None:
        request = ask_new_operation(self, self.settings.last_folder())
        if request is None:
            return
        try:
            create_operation(request.path, request.name, request.country, passphrase=request.passphrase)
        except PimError as error:
            self.show_error(self.tr("Cannot create the operation"), error.message)
            return
        self.open_file(request.path)

    def save_copy_to(self, target: Path, encryption: file_access.CopyEncryption | None = None) -> bool:
        return self.copies.save_copy_to(target, encryption)

    # --- showing -----------------------------------------------------------------------------------------

    def fit_side_panel(self) -> None:
        """On a small laptop screen the matrix gets the whole width; the panel opens when it is needed."""
        if self.presentation.active:
            return  # the room sees the view alone
        self._side_dock_wanted = self.width() >= WIDE_WINDOW
        self.side_dock.setVisible(self._side_dock_wanted and self.pages.currentWidget() is self.matrixPage)

    def _show_view(self, index: int) -> None:
        """Show the matrix (0), the mapping (1), the action plans (2), the process and review (3) or the
        changes (4); the matrix's side panel goes with the matrix."""
        if self.operation_file is None:
            return
        on_matrix = index == 0
        if not on_matrix and self.pages.currentWidget() is self.matrixPage:
            self._side_dock_wanted = self.side_dock.isVisible()
        self.pages.setCurrentWidget(
            [self.matrixPage, self.mappingPage, self.plansPage, self.processPage, self.changes.page][index]
        )
        self.side_dock.setVisible(on_matrix and self._side_dock_wanted)
        self.side_dock.toggleViewAction().setEnabled(on_matrix)
        self.workspace.set_active(on_matrix)
        self.mapping.set_active(index == 1)
        self.changes.set_active(index == 4)

    def _update_file_actions(self) -> None:
        operation = self.operation_file
        is_open = operation is not None
        self.viewTabs.setVisible(is_open)
        a = self.window_actions
        views = (a.show_matrix, a.show_mapping, a.show_plans, a.show_process, a.show_changes)
        for action in (*views, a.close_operation, a.export):
            action.setEnabled(is_open)
        self.copies.update_actions(a)  # Save a Copy As for a file, Take a Copy Offline for a server
        writable = operation is not None and not operation.read_only
        for action in (a.import_data, a.merge):
            action.setEnabled(writable)
        # a server's backups are its administrator's: the window restores a file's only
        a.restore_backup.setEnabled(writable and operation is not None and not operation.on_server)
        self.side_dock.setEnabled(is_open)

    def _show_operation_title(self) -> None:
        if self.operation_file is None:
            self.setWindowTitle(APP_NAME)
            return
        suffix = self.tr(" (read-only)") if self.operation_file.read_only else ""
        self.setWindowTitle(f"{self.operation_file.where}{suffix} — {APP_NAME}")

    def show_notice(self, text: str) -> None:
        self.noticeBanner.setText(text)
        self.noticeBanner.setVisible(bool(text))

    def _restore_from_backup(self) -> None:
        operation = self.operation_file
        if operation is not None and not operation.read_only:
            restore_from_backup(self, operation.path, self.close_operation, self.open_file, self.statusBar())

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, as_sentence(message))

    def _preferences(self) -> None:
        edit_preferences(self, self.settings, self.operation_file)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.close_operation()  # every edit is already stored; this only lets go of the file
        self.settings.set_window_geometry(self.saveGeometry())
        super().closeEvent(event)
