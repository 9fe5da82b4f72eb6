"""Exchanging data with the world from the window: File > Import, Merge and Export, each previewed in a
dialog, stored as one undo step (import, merge) or written off the window's thread (export)."""

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from pim_desktop.domain.errors import PimError, as_sentence
from pim_desktop.gui.actions import Actions
from pim_desktop.gui.background import BackgroundTask, Cancelled, Progress, Work, on_its_own_connection
from pim_desktop.gui.changes_workspace import SINCE_NAME_ROLE
from pim_desktop.gui.dialogs.export_dialog import ExportDialog, ExportRequest
from pim_desktop.gui.dialogs.import_dialog import ImportDialog
from pim_desktop.gui.dialogs.merge_dialog import MergeDialog
from pim_desktop.gui.file_protection import unlock_to_open
from pim_desktop.gui.form_types.action_plans_page import ActionPlansPageForm
from pim_desktop.gui.form_types.changes_page import ChangesPageForm
from pim_desktop.gui.form_types.mapping_page import MappingPageForm
from pim_desktop.gui.form_types.process_page import ProcessPageForm
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from pim_desktop.gui.mapping_workspace import MappingWorkspace
from pim_desktop.gui.settings import Settings
from pim_desktop.gui.splitters import remember_splitters
from pim_desktop.imports.apply import ImportResult
from pim_desktop.imports.merge import MergePlan, plan_merge
from pim_desktop.imports.plan import ImportPlan
from pim_desktop.services.change_sets import ChangeSet, captured_change
from pim_desktop.services.changes import set_author
from pim_desktop.services.operations import OpenOperation, Source, source_of

FILE_FILTER = QT_TRANSLATE_NOOP("Files", "PIM operation files (*.pim);;All files (*)")


class DataExchange(QObject):
    """Import, merge and export for the main window, on the operation open in its mapping workspace (the
    workspace holds a controller exactly while a file is open)."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        mapping: MappingWorkspace,
        actions: Actions,
        pages: QStackedWidget,
    ) -> None:
        super().__init__(window)
        self._window, self._settings, self._mapping, self._actions = window, settings, mapping, actions
        self._pages = pages  # the window's pages: Export starts on the view shown
        self.runner = BackgroundTask(window, self.tr("Exporting…"), "exporting")
        self.runner.finished.connect(self._export_finished)
        self.importer = BackgroundTask(window, self.tr("Importing…"), "importing")
        self.importer.finished.connect(self._import_finished)
        self.planner = BackgroundTask(window, self.tr("Comparing the two files…"), "comparing the two files")

    def export(self) -> None:
        """File > Export: choose in a dialog with a preview, then write off the window's thread."""
        controller = self._mapping.controller
        if controller is None:
            return
        operation = controller.operation_file
        page = self._pages.currentWidget()
        since = page.sinceCombo.currentData(SINCE_NAME_ROLE) if isinstance(page, ChangesPageForm) else None
        view = export_view_of(page)
        source = source_of(operation)  # a file's path, or a server's address
        settings = self._settings
        dialog = ExportDialog(
            self._window, source, settings.last_folder(), view, since, hxl=settings.export_hxl()
        )
        if dialog.exec() == ExportDialog.DialogCode.Accepted and dialog.request is not None:
            settings.remember_folder(dialog.request.target)
            settings.set_export_hxl(dialog.hxlCheck.isChecked())
            self.runner.start(_exporting(source, dialog.request))

    def import_data(self) -> None:
        """File > Import: preview a partner's spreadsheet, then store it off the window's thread, behind a
        progress bar, as one undo step."""
        controller = self._mapping.controller
        if controller is None:
            return
        operation = controller.operation_file
        dialog = ImportDialog(self._window, operation, self._settings.last_folder())
        remember_splitters(dialog, self._settings)
        if dialog.exec() != ImportDialog.DialogCode.Accepted:
            return
        self._settings.remember_folder(Path(dialog.fileEdit.text().strip()))
        if dialog.operation_document is not None:
            source = Path(dialog.fileEdit.text()).name
            if controller.import_operation(dialog.operation_document, source) is not None:
                self._actions.show_mapping.trigger()
                self._window.statusBar().showMessage(
                    self.tr("Imported the operation in {file}.").format(file=source), 10000
                )
            return
        if dialog.plan is None:
            return
        plan = dialog.plan
        try:  # the state to go back to on undo: without it (a full disk), no import
            before = controller.state_before_import()
        except PimError as error:
            self._show_error(self.tr("Not imported"), error.message)
            return
        self._importing = (controller, plan, before)
        self.importer.start(
            _importing(source_of(operation), plan, dialog.choices(), operation.who(), operation.on_server)
        )

    def _import_finished(self, done: tuple[ImportResult, ChangeSet | None] | None, message: str) -> None:
        controller, plan, before = self._importing
        if done is None:
            self._show_error(self.tr("Not imported"), message)
            return
        result, change = done
        controller.imported(plan, before, change)
        self._actions.show_mapping.trigger()
        self._window.statusBar().showMessage(
            self.tr("Imported: {added} added, {updated} updated, {left} left out.").format(
                added=result.added, updated=result.updated, left=result.left_out
            ),
            10000,
        )

    def merge(self) -> None:
        """File > Merge: choose a colleague's file, see what it adds and what differs, choose, merge."""
        if self._mapping.controller is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Merge an operation file"),
            str(self._settings.last_folder()),
            translate("Files", FILE_FILTER),
        )
        if chosen:
            self._settings.remember_folder(Path(chosen))
            self.merge_file(Path(chosen))

    def merge_file(self, other: Path) -> bool:
        controller = self._mapping.controller
        if controller is None:
            return False
        operation = controller.operation_file
        if not operation.on_server and other.resolve() == operation.path.resolve():
            self._show_error(self.tr("Cannot merge"), self.tr("choose another file than the open one"))
            return False
        if not unlock_to_open(self._window, other):  # an encrypted colleague's file: its passphrase first
            return False
        plan, problem = self.planner.run(_planning_merge(source_of(operation), other))
        if plan is None:  # refused, or cancelled (no sentence then)
            if problem:
                self._show_error(self.tr("Cannot merge"), problem)
            return False
        dialog = MergeDialog(self._window, plan)
        if dialog.exec() != MergeDialog.DialogCode.Accepted:
            return False
        plan.bring_back = dialog.bring_back()  # of an offline copy: what the server lost since, added again
        if controller.merge(plan, dialog.take_theirs()) is None:
            return False
        self._window.statusBar().showMessage(self.tr("Merged {file}.").format(file=other.name), 10000)
        return True

    def _export_finished(self, written: tuple[Path, tuple[str, ...]] | None, message: str) -> None:
        if written is None:
            self._show_error(self.tr("Not exported"), message)
            return
        target, left_out = written
        said = translate("Exports", "Exported to {target}.").format(target=target)
        if left_out:
            parts = "; ".join(left_out)
            said = f"{said} {translate('Exports', 'Left out: {parts}.').format(parts=parts)}"
        self._window.statusBar().showMessage(said, 10000)

    def _show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self._window, title, as_sentence(message))


def export_view_of(page: QWidget | None) -> str:
    """The export view of what the window shows, which File > Export starts on: the page, and on the mapping
    and the process pages the tab."""
    if isinstance(page, MappingPageForm):
        tab = page.mappingTabs.currentWidget()
        if tab is page.organisationsTab:
            return "organisations"
        if tab is page.coverageTab:
            return "gaps"
        return "mapping" if tab is page.gridTab else "systems"  # the other tabs show systems
    if isinstance(page, ActionPlansPageForm):
        return "action-plans"
    if isinstance(page, ProcessPageForm):
        return "review" if page.processTabs.currentWidget() is page.reviewTab else "process"
    if isinstance(page, ChangesPageForm):
        return "changes"  # since the milestone the view compares from
    return "matrix"


def _planning_merge(source: Source, other: Path) -> Work:
    """Comparing the open operation (a file, or on a server) with a colleague's file or an offline copy: a
    large operation takes seconds. Cancel gives no plan."""

    def plan(operation: OpenOperation, _progress: Progress, cancelled: Cancelled) -> MergePlan | None:
        made = plan_merge(operation, other)
        return None if cancelled() else made

    return on_its_own_connection(source, plan)


def _exporting(path: Source, request: ExportRequest) -> Work:
    """The export; Cancel leaves the target as it was."""

    def write(operation: OpenOperation, _progress: Progress, cancelled: Cancelled) -> object:
        from pim_desktop.exports.run import export

        document = export(
            operation, request.view, request.format_name, request.target, request.options, cancelled=cancelled
        )
        return request.target, document.left_out

    return on_its_own_connection(path, write)


def _importing(
    source: Source, plan: ImportPlan, choices: dict[int, int | None], who: str, keep_rows: bool
) -> Work:
    """The import, writing, logged as made by `who` (the window's user); Cancel rolls the whole import
    back. Gives the result, and every row it changed when `keep_rows` (a server's undo puts them back)."""

    def store(operation: OpenOperation, progress: Progress, cancelled: Cancelled) -> object:
        from pim_desktop.imports.apply import apply_plan

        set_author(operation, who)
        if keep_rows:
            return captured_change(
                operation, lambda: apply_plan(operation, plan, choices, progress, cancelled)
            )
        return apply_plan(operation, plan, choices, progress, cancelled), None

    return on_its_own_connection(source, store, read_only=False)
