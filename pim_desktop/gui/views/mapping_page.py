"""The Mapping page: one filter bar over six tabs (the two registers, organisations x categories, per
category, gaps and overlaps, find a source). Views only: MappingWorkspace decides what they show."""

from datetime import date

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QSizePolicy, QTableView, QWidget

from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemStatus
from pim_desktop.domain.labels import label
from pim_desktop.gui.form_types.mapping_page import MappingPageForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, in_window_direction, translate
from pim_desktop.gui.models.record_table import RecordTableModel
from pim_desktop.gui.theme import colours
from pim_desktop.gui.views.table_fitting import keep_fitted
from pim_desktop.services.mapping_views import CoverageLevel, MappingFilter, Place, months_before

FILTER_DELAY_MS = 120  # typing pauses shorter than this do not filter yet
LEVEL_LABELS = {
    CoverageLevel.ADMIN1: QT_TRANSLATE_NOOP("Mapping", "Admin 1 (governorate, province …)"),
    CoverageLevel.ADMIN2: QT_TRANSLATE_NOOP("Mapping", "Admin 2 (district …)"),
    CoverageLevel.OPERATION: QT_TRANSLATE_NOOP("Mapping", "The operation as a whole"),
}


FILTER_CHOICE_CHARACTERS = 12  # the filter's boxes are this wide, whatever their longest choice
# The choices of the filter on when records were last confirmed with their owners, in months
CONFIRMATION_AGES = {
    3: QT_TRANSLATE_NOOP("MappingPage", "Not confirmed for over 3 months"),
    6: QT_TRANSLATE_NOOP("MappingPage", "Not confirmed for over 6 months"),
    12: QT_TRANSLATE_NOOP("MappingPage", "Not confirmed for over 12 months"),
}


class MappingPage(QWidget, MappingPageForm):
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("mapping_page.ui", self)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.filter_changed)
        self.filterEdit.textChanged.connect(self._filter_timer.start)
        for combo, values in (
            (self.orgTypeCombo, OrganisationType),
            (self.statusCombo, SystemStatus),
            (self.sensitivityCombo, Sensitivity),
        ):
            combo.addItem(self.tr("Any"), None)
            for value in values:
                combo.addItem(label(value), value)
        self.confirmedCombo.addItem(self.tr("Confirmed at any time"), 0)
        for months, text in CONFIRMATION_AGES.items():
            self.confirmedCombo.addItem(translate("MappingPage", text), months)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.filter_changed)
            # a long choice ("Not confirmed for over 12 months", a place's name) is cut in the closed box,
            # never widens the window; the open list shows it whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(FILTER_CHOICE_CHARACTERS)
            combo.setToolTip(combo.accessibleName())
            combo.currentTextChanged.connect(combo.setToolTip)
        for level, text in LEVEL_LABELS.items():
            self.levelCombo.addItem(translate("Mapping", text), level)
        self._show_legend()
        for view in (self.gridView, self.coverageView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            # category names are long: their headings wrap on up to three lines rather than being cut
            view.horizontalHeader().setMinimumHeight(view.fontMetrics().height() * 3 + 8)
            keep_fitted(view)
        for hint in (self.gridHint, self.coverageLegend):
            hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.gridSplitter.setSizes([700, 260])
        self.coverageSplitter.setSizes([400, 160])

    def _show_legend(self) -> None:
        theme = colours()
        self.coverageLegend.setText(
            in_window_direction(
                self.tr(
                    "Active systems: <span style='background:{gap}'>&nbsp;none (gap)&nbsp;</span> "
                    "<span style='background:{one}'>&nbsp;one&nbsp;</span> "
                    "<span style='background:{more}'>&nbsp;several (overlap)&nbsp;</span>"
                ).format(  # each swatch's own text colour rides in after its ground
                    gap=f"{theme.gap}; color:{theme.shade_text}",
                    one=f"{theme.covered}; color:{theme.shade_text}",
                    more=f"{theme.overlap}; color:{theme.shade_text}",
                )
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:  # a new theme: the legend's colours are written in it
            self._show_legend()
        super().changeEvent(event)

    def set_table_model(self, view: QTableView, table_model: RecordTableModel) -> None:
        view.setModel(table_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        keep_fitted(view)  # names never cut: columns as wide as their content, wrapped when the room lacks
        header = view.horizontalHeader()
        header.setSortIndicator(-1, header.sortIndicatorOrder())  # service order until clicked

    # --- the filter ----------------------------------------------------------------------------------------

    def current_filter(self) -> MappingFilter:
        # Qt hands enum values back as plain strings: make them enums again
        org_type, status, sensitivity = (
            combo.currentData() for combo in (self.orgTypeCombo, self.statusCombo, self.sensitivityCombo)
        )
        months = int(self.confirmedCombo.currentData() or 0)
        return MappingFilter(
            text=self.filterEdit.text(),
            place=self.placeCombo.currentData(),
            org_type=OrganisationType(org_type) if org_type else None,
            status=SystemStatus(status) if status else None,
            sensitivity=Sensitivity(sensitivity) if sensitivity else None,
            unconfirmed_since=months_before(date.today(), months) if months else None,
        )

    def set_places(self, places: list[Place]) -> None:
        """Offer the admin 1 and admin 2 places, keeping the current choice if it is still there."""
        chosen = self.placeCombo.currentData()
        self.placeCombo.blockSignals(True)
        self.placeCombo.clear()
        self.placeCombo.addItem(self.tr("Anywhere"), None)
        for place in places:
            indent = "    " if place.admin2 else ""
            self.placeCombo.addItem(indent + (place.admin2 or place.admin1), place)
        # the places are new objects after a reload: find the chosen one again by its key
        keys = [place.key() for place in places]
        chosen_key = chosen.key() if chosen else None
        self.placeCombo.setCurrentIndex(keys.index(chosen_key) + 1 if chosen_key in keys else 0)
        self.placeCombo.blockSignals(False)

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.placeCombo,
            self.orgTypeCombo,
            self.statusCombo,
            self.sensitivityCombo,
            self.confirmedCombo,
        )

    def reset_filter(self) -> None:
        self.filterEdit.clear()
        for combo in self._filter_combos():
            combo.setCurrentIndex(0)

    @staticmethod
    def choose(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))
