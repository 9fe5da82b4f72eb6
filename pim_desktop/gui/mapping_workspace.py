"""The mapping workspace: the organisation and system registers and the views that answer a coordination
meeting's questions, all under one filter, wired to one RegisterController per open operation. What the views
show is MappingDisplay's; here are the binding, the commands and the dialogs."""

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from pim_desktop.domain import model
from pim_desktop.gui.actions import Actions
from pim_desktop.gui.controllers.register_controller import RegisterController
from pim_desktop.gui.dialogs.history_dialog import HistoryDialog
from pim_desktop.gui.dialogs.organisation_dialog import ask_organisation
from pim_desktop.gui.dialogs.system_dialog import SystemDialog
from pim_desktop.gui.mapping_display import SYSTEM_ID_ROLE, MappingDisplay
from pim_desktop.gui.models.record_table import RecordTableModel
from pim_desktop.gui.models.system_grid_model import SystemGridModel
from pim_desktop.gui.save_conflicts import RegisterValues, SaveOutcome, last_saved_by, save_over
from pim_desktop.gui.views.mapping_page import MappingPage
from pim_desktop.services.change_comparison import record_history
from pim_desktop.services.mapping_views import CoverageLevel


class MappingWorkspace(MappingDisplay):
    def __init__(self, window: QWidget, page: MappingPage, actions: Actions) -> None:
        super().__init__(window, page)
        self._window, self._actions = window, actions
        self._behind = False  # the registers changed while the page was out of view
        self._connect()
        self.set_active(False)

    def _connect(self) -> None:
        page, a = self.page, self._actions
        page.filter_changed.connect(self.refresh)
        page.mappingTabs.currentChanged.connect(self.refresh)
        page.categoryCombo.currentIndexChanged.connect(self.refresh)
        page.levelCombo.currentIndexChanged.connect(self.refresh)
        page.sourceEdit.textChanged.connect(self._source_timer.start)
        page.addOrganisationButton.clicked.connect(self.add_organisation)
        page.editOrganisationButton.clicked.connect(self.edit_selected)
        page.deleteOrganisationButton.clicked.connect(self.delete_selected)
        page.addSystemButton.clicked.connect(self.add_system)
        page.editSystemButton.clicked.connect(self.edit_selected)
        page.deleteSystemButton.clicked.connect(self.delete_selected)
        for view in (page.organisationsView, page.systemsView, page.categoryView, page.sourcesView):
            view.activated.connect(self.edit_selected)
        page.gridView.selectionModel().currentChanged.connect(self._grid_cell_changed)
        page.gridView.activated.connect(self._open_first_of_cell)
        page.coverageView.activated.connect(self._open_first_of_cell)
        page.gridCellList.itemActivated.connect(lambda item: self.edit_system(item.data(SYSTEM_ID_ROLE)))
        a.add_organisation.triggered.connect(self.add_organisation)
        a.add_system.triggered.connect(self.add_system)
        a.edit_record.triggered.connect(self.edit_selected)
        a.delete_record.triggered.connect(self.delete_selected)
        a.record_history.triggered.connect(self.history_of_selected)
        a.filter_mapping.triggered.connect(self.focus_filter)
        a.reset_filter.triggered.connect(page.reset_filter)

    # --- binding -------------------------------------------------------------------------------------------

    def bind(self, controller: RegisterController | None) -> None:
        if self.controller is not None:
            self.controller.changed.disconnect(self._data_changed)
            self.controller.failed.disconnect(self._refused)
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self._data_changed)
            controller.failed.connect(self._refused)
        self.page.reset_filter()
        self._data_changed()

    def set_active(self, active: bool) -> None:
        """The page is in view: its commands are on (they share keys with the matrix's)."""
        self._active = active
        self._update_actions()
        if active and self._behind:
            self._catch_up()
        elif active:
            self.refresh()

    def _data_changed(self) -> None:
        """The registers were read again; out of view, the page catches up when next shown (reading 20,000
        systems is for the mapping, not for the matrix's first view)."""
        self._behind = self.controller is not None
        if self._active or self.controller is None:
            self._catch_up()
        self._update_actions()

    def _catch_up(self) -> None:
        data = self.controller.data if self.controller else None
        self._behind = False
        page = self.page
        page.categoryCombo.blockSignals(True)
        chosen = page.categoryCombo.currentData()
        page.categoryCombo.clear()
        for category in data.categories if data else []:
            page.categoryCombo.addItem(category.label, category.id)
        if (index := page.categoryCombo.findData(chosen)) >= 0:
            page.categoryCombo.setCurrentIndex(index)
        page.categoryCombo.blockSignals(False)
        places = data.places(CoverageLevel.ADMIN1) + data.places(CoverageLevel.ADMIN2) if data else []
        page.set_places(sorted(places, key=lambda place: place.key()))  # each admin 1, then its admin 2
        for table_model in (self.organisations, self.systems, self.category_systems, self.sources):
            table_model.forget_sort_keys()  # the records were read again
        self.refresh()

    def _update_actions(self) -> None:
        controller = self.controller if self._active else None
        on = controller is not None
        writable = controller is not None and not controller.read_only
        for action in (self._actions.add_organisation, self._actions.add_system, self._actions.delete_record):
            action.setEnabled(writable)
        for action in (
            self._actions.edit_record,
            self._actions.record_history,
            self._actions.filter_mapping,
            self._actions.reset_filter,
        ):
            action.setEnabled(on)
        for button in (
            self.page.addOrganisationButton,
            self.page.deleteOrganisationButton,
            self.page.addSystemButton,
            self.page.deleteSystemButton,
        ):
            button.setEnabled(writable)

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Not changed"), message)

    # --- selection and commands ----------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.page.filterEdit.setFocus()
        self.page.filterEdit.selectAll()

    def _selected(self, view: QTableView) -> object | None:
        index = view.currentIndex()
        table_model = view.model()
        if not index.isValid() or not isinstance(table_model, RecordTableModel):
            return None
        return table_model.record_at(index.row())

    def edit_selected(self) -> None:
        record = self._chosen_record()
        if isinstance(record, model.Organisation):
            self.edit_organisation(record)
        elif isinstance(record, model.SystemSummary):
            self.edit_system(record.id)

    def history_of_selected(self) -> None:
        """Who changed the chosen organisation or system, and when."""
        record, controller = self._chosen_record(), self.controller
        if controller is None or not isinstance(record, model.Organisation | model.SystemSummary):
            return
        is_organisation = isinstance(record, model.Organisation)
        table = "organisation" if is_organisation else "information_system"
        name = record.details.name if isinstance(record, model.Organisation) else record.name
        history = record_history(controller.operation_file, table, record.id)
        HistoryDialog(self._window, name, history).exec()

    def _chosen_record(self) -> object | None:
        """The organisation or system chosen in the tab shown (a system of the grid's cell list too)."""
        page = self.page
        tab = page.mappingTabs.currentWidget()
        view = {page.organisationsTab: page.organisationsView, page.systemsTab: page.systemsView,
                page.categoryTab: page.categoryView, page.sourcesTab: page.sourcesView}.get(tab)  # fmt: skip
        if view is None:
            item = page.gridCellList.currentItem()
            if tab is page.gridTab and item is not None and self.controller is not None:
                wanted = item.data(SYSTEM_ID_ROLE)
                return next((s for s in self.controller.data.systems if s.id == wanted), None)
            return None
        return self._selected(view)

    def delete_selected(self) -> None:
        tab = self.page.mappingTabs.currentWidget()
        if tab is self.page.organisationsTab:
            record = self._selected(self.page.organisationsView)
            if isinstance(record, model.Organisation):
                self.delete_organisation(record)
        elif tab is self.page.systemsTab:
            record = self._selected(self.page.systemsView)
            if isinstance(record, model.SystemSummary):
                self.delete_system(record)

    def select_record(self, view: QTableView, table_model: RecordTableModel, record_id: int | None) -> None:
        row = table_model.row_of(record_id) if record_id is not None else None
        if row is None:
            return
        view.setCurrentIndex(table_model.index(row, 0))
        view.scrollTo(table_model.index(row, 0))

    # --- organisations -------------------------------------------------------------------------------------

    def add_organisation(self) -> None:
        if self.controller is None:
            return
        typed: model.OrganisationDetails | None = None
        while details := ask_organisation(self._window, self.controller.organisation_service, None, typed):
            new_id = self.controller.add_organisation(details)
            if new_id is not None:
                self._show_tab_and_select(self.page.organisationsTab, new_id)
                return
            typed = details  # not stored (said why): back in the form, nothing typed lost

    def edit_organisation(
        self, organisation: model.Organisation, typed: model.OrganisationDetails | None = None
    ) -> None:
        if self.controller is None:
            return
        controller = self.controller
        details = ask_organisation(self._window, controller.organisation_service, organisation, typed)
        if details is not None and details != organisation.details:
            service = controller.organisation_service
            outcome = save_over(
                self._window,
                organisation.details.name,
                organisation,
                details,
                controller.update_organisation,
                lambda: service.get(organisation.id),
                service.field_labels,
                self._values().shown,
                self._refused,
                lambda: last_saved_by(controller.operation_file, "organisation", organisation.id),
            )
            if outcome is SaveOutcome.FAILED:  # said why; back in the form, nothing typed lost
                self.edit_organisation(organisation, details)
                return
            self._show_tab_and_select(self.page.organisationsTab, organisation.id)

    def delete_organisation(self, organisation: model.Organisation) -> None:
        if self.controller is None:
            return
        if organisation.system_count:
            question = self.tr(
                "{name} runs %n information system(s). Deleting it takes it off those systems; the "
                "systems stay, and systems it was the only organisation of are left without one.\n\n"
                "Delete {name}? (Edit > Undo brings it back.)",
                "",
                organisation.system_count,
            ).format(name=organisation.details.name)
        else:
            question = self.tr("Delete {name}? (Edit > Undo brings it back.)").format(
                name=organisation.details.name
            )
        if self._confirm(self.tr("Delete organisation"), question):
            self.controller.delete_organisation(organisation)

    # --- systems -------------------------------------------------------------------------------------------

    def add_system(self) -> None:
        self._system_dialog(None)

    def _open_first_of_cell(self, index: QModelIndex) -> None:
        model_of_view = index.model()
        systems = model_of_view.systems_at(index) if isinstance(model_of_view, SystemGridModel) else []
        if len(systems) == 1:
            self.edit_system(systems[0].id)
        elif systems:
            self.page.gridCellList.setFocus()

    def edit_system(self, system_id: int) -> None:
        if self.controller is None:
            return
        self._system_dialog(self.controller.system_service.get(system_id))

    def _system_dialog(
        self, existing: model.InformationSystem | None, typed: model.SystemDetails | None = None
    ) -> None:
        """The system's form; `typed`: what the user typed before, when it could not be stored (the server
        out of reach, a refusal), shown again so that nothing typed is lost."""
        controller = self.controller
        if controller is None:
            return
        dialog = SystemDialog(
            self._window,
            controller.matrix(),
            controller.data.organisations,
            existing,
            controller.system_service.check,
            lambda name: controller.system_service.likely_duplicates(name, existing.id if existing else None),
            controller.country,
        )
        if typed is not None:
            dialog.show_details(typed)
        if dialog.exec() != SystemDialog.DialogCode.Accepted or dialog.result_details is None:
            return
        details = dialog.result_details
        if existing is None:
            new_id = controller.add_system(details)
            if new_id is None:
                self._system_dialog(None, details)
                return
            self._show_tab_and_select(self.page.systemsTab, new_id)
        elif details != existing.details:
            service = controller.system_service
            outcome = save_over(
                self._window,
                existing.details.name,
                existing,
                details,
                controller.update_system,
                lambda: service.get(existing.id),
                service.field_labels,
                self._values().shown,
                self._refused,
                lambda: last_saved_by(controller.operation_file, "information_system", existing.id),
            )
            if outcome is SaveOutcome.FAILED:
                self._system_dialog(existing, details)
                return
            self._show_tab_and_select(self.page.systemsTab, existing.id)

    def delete_system(self, system: model.SystemSummary) -> None:
        question = self.tr(
            "Delete the system {name}, with its responsible-data review? (Edit > Undo brings it back.)"
        )
        if self.controller is not None and self._confirm(
            self.tr("Delete system"), question.format(name=system.name)
        ):
            self.controller.delete_system(system)

    # --- helpers -------------------------------------------------------------------------------------------

    def _values(self) -> RegisterValues:
        assert self.controller is not None
        data = self.controller.data
        return RegisterValues(data.categories, data.organisations)

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self._window, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _show_tab_and_select(self, tab: QWidget, record_id: int | None) -> None:
        page = self.page
        page.mappingTabs.setCurrentWidget(tab)
        self.refresh()
        view, table_model = (
            (page.organisationsView, self.organisations)
            if tab is page.organisationsTab
            else (page.systemsView, self.systems)
        )
        if record_id is not None and table_model.row_of(record_id) is None:
            page.reset_filter()  # the record is hidden by the filter: show it rather than lose it
            self.refresh()
        self.select_record(view, table_model, record_id)
