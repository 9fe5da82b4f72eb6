"""What the mapping page shows: its models, and the computation of the tab in view under the filter.

Only the tab in view is computed, so a keystroke in the filter costs one view, never six."""

from html import escape

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QWidget

from pim_desktop.domain import model
from pim_desktop.gui.controllers.register_controller import RegisterController
from pim_desktop.gui.i18n import in_window_direction, left_to_right, translate_along_classes
from pim_desktop.gui.models import register_columns as columns
from pim_desktop.gui.models.record_table import RecordTableModel
from pim_desktop.gui.models.system_grid_model import SystemGridModel, count_shade, coverage_shade
from pim_desktop.gui.views.mapping_page import MappingPage
from pim_desktop.services.mapping_views import CoverageLevel, MappingData
from pim_desktop.services.search import find_sources

SOURCE_DELAY_MS = 200
SYSTEM_ID_ROLE = Qt.ItemDataRole.UserRole + 30


class MappingDisplay(QObject):
    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """MappingWorkspace inherits these words: found under this class too."""
        return translate_along_classes(self, text, disambiguation, n)

    def __init__(self, window: QWidget, page: MappingPage) -> None:
        super().__init__(window)
        self.page = page
        self.controller: RegisterController | None = None
        self._active = False
        self.organisations = RecordTableModel(columns.organisation_columns(), lambda o: o.id)
        self.systems = RecordTableModel(columns.system_columns(self.category_label), lambda s: s.id)
        self.category_systems = RecordTableModel(
            columns.category_system_columns(lambda: page.categoryCombo.currentData()), lambda s: s.id
        )
        self.sources = RecordTableModel(
            columns.source_columns(self.category_label, self.contact_of), lambda s: s.id
        )
        self.grid = SystemGridModel(count_shade)
        self.coverage = SystemGridModel(coverage_shade, describe_empty=self.tr("gap"))
        for view, table_model in (
            (page.organisationsView, self.organisations),
            (page.systemsView, self.systems),
            (page.categoryView, self.category_systems),
            (page.sourcesView, self.sources),
        ):
            page.set_table_model(view, table_model)
        page.gridView.setModel(self.grid)
        page.coverageView.setModel(self.coverage)
        self._source_timer = QTimer(self, singleShot=True, interval=SOURCE_DELAY_MS)
        self._source_timer.timeout.connect(self._show_sources)

    # --- what the views show -------------------------------------------------------------------------------

    def category_label(self, category_id: int) -> str:
        if self.controller is None:
            return ""
        return next((c.label for c in self.controller.data.categories if c.id == category_id), "")

    def contact_of(self, system: model.SystemSummary) -> str:
        """Whom to ask about a system: its own contact, or else its lead organisation's focal point."""
        if system.contact or self.controller is None or not system.links:
            return system.contact
        lead = self.controller.data.organisation_by_id.get(system.links[0].organisation_id)
        if lead is None:
            return ""
        details = lead.details
        phone = left_to_right(details.focal_phone)
        return " · ".join(p for p in (details.focal_name, details.focal_email, phone) if p)

    def refresh(self) -> None:
        """Show the tab in view, filtered."""
        if not self._active and self.controller is not None:
            return
        data, page = (self.controller.data if self.controller else None), self.page
        wanted = page.current_filter()
        tab = page.mappingTabs.currentWidget()
        shown = 0
        if data is None:
            for table_model in (self.organisations, self.systems, self.category_systems, self.sources):
                table_model.set_records([], new_data=True)
            self.grid.set_grid([], [], {})
            self.coverage.set_grid([], [], {})
            page.filterStatus.clear()
            return
        if tab is page.organisationsTab:
            self.organisations.set_records(data.filter_organisations(wanted))
            shown, total = self.organisations.rowCount(), len(data.organisations)
        elif tab is page.systemsTab:
            self.systems.set_records(data.filter_systems(wanted))
            shown, total = self.systems.rowCount(), len(data.systems)
        elif tab is page.gridTab:
            grid = data.organisation_grid(wanted)
            rows = [(o.id, o.details.acronym or o.details.name) for o in grid.organisations]
            self.grid.set_grid(rows, grid.categories, grid.cells)
            shown, total = len(grid.organisations), len(data.organisations)
            self._grid_cell_changed(page.gridView.currentIndex(), QModelIndex())
        elif tab is page.categoryTab:
            category_id = page.categoryCombo.currentData()
            in_category = [s for s in data.filter_systems(wanted) if category_id in s.category_ids]
            self.category_systems.set_records(in_category)
            shown, total = len(in_category), sum(1 for s in data.systems if category_id in s.category_ids)
            page.categoryCount.setText(self.tr("%n system(s)", "", shown))
        elif tab is page.coverageTab:
            self._show_coverage(data)
            shown = total = -1
        else:
            self._show_sources()
            shown = total = -1
        page.filterStatus.setText(
            self.tr("{shown} of {total} shown").format(shown=shown, total=total) if total >= 0 else ""
        )

    def _show_coverage(self, data: MappingData) -> None:
        level = CoverageLevel(self.page.levelCombo.currentData())  # Qt gives the value back as a str
        coverage = data.coverage(self.page.current_filter(), level)
        whole = self.tr("The operation as a whole")
        rows = [(index, place.label or whole) for index, place in enumerate(coverage.places)]
        self.coverage.set_grid(rows, coverage.categories, coverage.cells)
        gaps, overlaps = coverage.gaps(), coverage.overlaps()
        everywhere = self.tr("Everywhere")
        gaps_title = self.tr("Gaps: no active system")
        overlaps_title = self.tr("Overlaps: several active systems")
        parts = [f"<h3>{escape(gaps_title)} ({len(gaps)})</h3><ul>"]
        parts += [f"<li>{escape(place.label or everywhere)}: {escape(c.label)}</li>" for place, c in gaps]
        parts.append(f"</ul><h3>{escape(overlaps_title)} ({len(overlaps)})</h3><ul>")
        for place, category, found in overlaps:
            names = ", ".join(f"{s.name} ({', '.join(s.organisations)})" for s in found)
            where = place.label or everywhere
            parts.append(f"<li><b>{escape(where)}, {escape(category.label)}</b>: {escape(names)}</li>")
        self.page.coverageSummary.setHtml(in_window_direction("".join(parts) + "</ul>"))

    def _show_sources(self) -> None:
        if self.controller is None or self.page.mappingTabs.currentWidget() is not self.page.sourcesTab:
            return
        systems = self.controller.data.filter_systems(self.page.current_filter())
        data = self.controller.data
        result = find_sources(
            self.page.sourceEdit.text(), self.controller.matrix(), systems, data.source_index
        )
        self.sources.set_records(list(result.systems), new_data=True)
        categories = {c.id: c.label for c in self.controller.data.categories}
        if not result.query_terms:
            text = self.tr(
                "Describe the data you need: the systems whose outputs or methods speak of it appear."
            )
        else:
            produced_by = ", ".join(escape(categories.get(m.category_id, "")) for m in result.categories[:3])
            text = self.tr(
                "%n system(s) could be a source. In the PIM Matrix, such data comes from: {categories}.",
                "",
                len(result.systems),
            ).format(categories=produced_by or "—")
        self.page.sourceCategories.setText(text)

    def _grid_cell_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.page.gridCellList.clear()
        for system in self.grid.systems_at(current):
            item = QListWidgetItem(
                f"{system.name} — {', '.join(system.organisations)}", self.page.gridCellList
            )
            item.setData(SYSTEM_ID_ROLE, system.id)
