"""The registers' logic: organisations and information systems are added, changed and deleted through their
services, each change one undo step; the mapping data the views show is read again after each."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack

from pim_desktop.domain import model
from pim_desktop.domain.errors import PimError, StaleRecordError
from pim_desktop.gui.controllers.base import UndoableController
from pim_desktop.imports.merge import MergePlan, apply_merge
from pim_desktop.imports.operation_json import OperationImportResult, import_operation
from pim_desktop.imports.plan import ImportPlan
from pim_desktop.services.change_sets import ChangeSet, ChangeSetHistory, captured_change, sides
from pim_desktop.services.file_history import FileHistory
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.mapping_views import MappingData
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.register_history import RecordScope, RegisterHistory
from pim_desktop.services.summary import operation_info
from pim_desktop.services.systems import SystemService


class RegisterController(UndoableController):
    def __init__(self, operation_file: OpenOperation, undo_stack: QUndoStack) -> None:
        super().__init__(operation_file, undo_stack)
        self.organisation_service = OrganisationService(operation_file)
        self.system_service = SystemService(operation_file)
        self._matrix = MatrixService(operation_file)
        self._mapping = MappingService(operation_file)
        self._history = RegisterHistory(operation_file)
        self.country = operation_info(operation_file).country or ""  # new areas start in it
        self._file_history: FileHistory | None = None
        self._data: MappingData | None = None

    @property
    def data(self) -> MappingData:
        """The registers, read when first asked for (the mapping shown, a system's page in the matrix's side
        panel): 20,000 systems take most of a second, which the matrix's first view need not wait for."""
        if self._data is None:
            self._data = MappingData([], [], [])
            try:
                self._data = MappingData(
                    self._matrix.matrix().categories,
                    self.organisation_service.organisations(),
                    self._mapping.system_summaries(),
                )
            except PimError as error:  # a damaged file, found only now: said, and the registers stay empty
                self.failed.emit(error.sentence)
        return self._data

    def reload(self) -> None:
        self._data = None
        super().reload()

    def matrix(self) -> model.Matrix:
        """The operation's matrix now, to pick a system's sub-categories, methods and outputs from."""
        return self._matrix.matrix()

    def _change(
        self, text: str, scope: RecordScope, change: Callable[[], object], *, over_what_was_read: bool = False
    ) -> bool:
        """One change of one record; `over_what_was_read`: a StaleRecordError (someone saved it since the
        user read it) is raised to the caller, who shows the conflict."""
        result = self.apply(
            text,
            lambda: change() or True,
            lambda: self._history.snapshot(scope),
            lambda _: self._history.snapshot(scope),
            self._history.restore,
            refused=StaleRecordError if over_what_was_read else None,
        )
        return result is not None

    def _add(self, text: str, add: Callable[[], int], scope_of: Callable[[int], RecordScope]) -> int | None:
        return self.apply(
            text,
            add,
            None,
            lambda new_id: self._history.snapshot(scope_of(new_id)),
            self._history.restore,
            before_added=lambda new_id: self._history.absent(scope_of(new_id)),
        )

    # --- imports -------------------------------------------------------------------------------------------

    def file_history(self) -> FileHistory:
        if self._file_history is None:
            self._file_history = FileHistory(self.operation_file)
        return self._file_history

    def close(self) -> None:
        """The file is closed: the copies kept for undoing imports and merges go."""
        if self._file_history is not None:
            self._file_history.close()
            self._file_history = None

    def state_before_import(self) -> Path | None:
        """What undo of an import puts back: a copy of the file; None on a server, where the import keeps
        the rows it changes instead (the worker's `captured_change`)."""
        return None if self.operation_file.on_server else self.file_history().snapshot()

    def imported(self, plan: ImportPlan, before: Path | None, change: ChangeSet | None) -> None:
        """An import a worker stored, from the state `before` (a file) or as `change` (a server), becomes
        one undo step."""
        text = self.tr("Import from {source}").format(source=plan.source)
        if change is not None:
            undone, done = sides(change)
            self.record_done(text, undone, lambda: done, ChangeSetHistory(self.operation_file).restore)
            return
        assert before is not None
        history = self.file_history()
        self.record_done(text, before, history.snapshot, history.restore)

    def _whole_file_change(
        self, text: str, change: Callable[[], OperationImportResult]
    ) -> OperationImportResult | None:
        """A change of many records at once, undone by putting the whole file back; on a server, by
        putting back each row it changed."""
        operation = self.operation_file
        if operation.on_server:
            made = self.apply(
                text,
                lambda: captured_change(operation, change),
                None,
                lambda done: sides(done[1])[1],
                ChangeSetHistory(operation).restore,
                before_added=lambda done: sides(done[1])[0],
                whole=True,
            )
            return None if made is None else made[0]
        history = self.file_history()
        return self.apply(
            text, change, history.snapshot, lambda _result: history.snapshot(), history.restore, whole=True
        )

    def import_operation(self, document: dict[str, Any], source: str) -> OperationImportResult | None:
        """Import a JSON operation; one undo step."""
        return self._whole_file_change(
            self.tr("Import {file}").format(file=source),
            lambda: import_operation(self.operation_file, document),
        )

    def merge(self, plan: MergePlan, take_theirs: dict[int, set[str]]) -> OperationImportResult | None:
        """Merge another operation file; the whole merge is one undo step."""
        return self._whole_file_change(
            self.tr("Merge {file}").format(file=plan.other_name),
            lambda: apply_merge(self.operation_file, plan, take_theirs),
        )

    # --- organisations -------------------------------------------------------------------------------------

    def add_organisation(self, details: model.OrganisationDetails) -> int | None:
        return self._add(
            self.tr("Add organisation {name}").format(name=details.name.strip()),
            lambda: self.organisation_service.add(details),
            RecordScope.organisation,
        )

    def update_organisation(
        self, organisation: model.Organisation, details: model.OrganisationDetails
    ) -> bool:
        """Save over the organisation as it was read (`organisation`): a StaleRecordError, with what changed,
        when someone saved it since (the views then show it as it is now)."""
        return self._saved_over(
            lambda: self._change(
                self.tr("Change organisation {name}").format(name=details.name.strip()),
                RecordScope.organisation(organisation.id),
                lambda: self.organisation_service.update(organisation.id, details, base=organisation),
                over_what_was_read=True,
            )
        )

    def _saved_over(self, save: Callable[[], bool]) -> bool:
        """A save refused (someone else saved the record since, on a shared operation) leaves the views
        showing the record as it is now."""
        try:
            done = save()
        except StaleRecordError:
            self.reload()
            raise
        if not done:
            self.reload()
        return done

    def delete_organisation(self, organisation: model.Organisation) -> bool:
        """Delete an organisation, taking it off the systems it runs (the caller has asked the user)."""
        return self._change(
            self.tr("Delete organisation {name}").format(name=organisation.details.name),
            RecordScope.organisation(organisation.id),
            lambda: self.organisation_service.delete(organisation.id, detach_from_systems=True),
        )

    # --- information systems -------------------------------------------------------------------------------

    def add_system(self, details: model.SystemDetails) -> int | None:
        return self._add(
            self.tr("Add system {name}").format(name=details.name.strip()),
            lambda: self.system_service.add(details),
            RecordScope.system,
        )

    def update_system(self, system: model.InformationSystem, details: model.SystemDetails) -> bool:
        """Save over the system as it was read (`system`), as update_organisation."""
        return self._saved_over(
            lambda: self._change(
                self.tr("Change system {name}").format(name=details.name.strip()),
                RecordScope.system(system.id),
                lambda: self.system_service.update(system.id, details, base=system),
                over_what_was_read=True,
            )
        )

    def delete_system(self, system: model.SystemSummary) -> bool:
        return self._change(
            self.tr("Delete system {name}").format(name=system.name),
            RecordScope.system(system.id),
            lambda: self.system_service.delete(system.id),
        )
