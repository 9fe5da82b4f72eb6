"""Names are never cut: in the registers, organisations x categories and the matrix, a name, a type, a
phone or a coverage shows whole or wraps onto more lines, and its tooltip carries it all."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.gui.main_window import MainWindow

LONG_NAME = "Norwegian Refugee Council Information, Counselling and Legal Assistance programme"
OWN_ROW = "Data protection arrangements"
WRAPPING = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def cut_cells(view: QTableView, rows: range | None = None) -> list[str]:
    """The cells whose text is cut: a word wider than its column, or a row lower than its wrapped text."""
    model, metrics = view.model(), view.fontMetrics()
    cut = []
    for row in rows or range(min(model.rowCount(), 60)):
        if view.rowHeight(row) < view.sizeHintForRow(row):
            cut.append(f"row {row}: {view.rowHeight(row)} px for {view.sizeHintForRow(row)}")
        for column in range(model.columnCount()):
            text = str(model.index(row, column).data() or "")
            longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
            if not view.isColumnHidden(column) and longest > view.columnWidth(column) - 8:
                cut.append(f"{row},{column}: {text!r}")
    return cut


@pytest.fixture
def mapping(opened: MainWindow) -> MainWindow:
    controller = opened.mapping.controller
    controller.add_organisation(
        OrganisationDetails(name=LONG_NAME, acronym="NRC-ICLA", focal_phone="+961 1 234 567 ext. 8910")
    )
    opened.window_actions.show_mapping.trigger()
    return opened


@pytest.mark.parametrize("tab", ["organisationsTab", "systemsTab", "gridTab", "categoryTab", "coverageTab"])
def test_no_name_of_the_mapping_is_cut(qtbot, mapping: MainWindow, tab: str):
    page = mapping.mappingPage
    page.mappingTabs.setCurrentWidget(getattr(page, tab))
    view = next(v for v in getattr(page, tab).findChildren(QTableView) if v.isVisible())
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(50)  # the fitting follows the rows
    assert view.textElideMode() == Qt.TextElideMode.ElideNone
    assert cut_cells(view) == []
    # and all of it within the view's width, once a scroll bar that came with taller rows is made room for
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0, timeout=2000)


def test_a_long_name_carries_its_tooltip(qtbot, mapping: MainWindow):
    page, table = mapping.mappingPage, mapping.mapping.organisations
    page.mappingTabs.setCurrentWidget(page.organisationsTab)
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    row = next(r for r in range(table.rowCount()) if table.record_at(r).details.name == LONG_NAME)
    assert table.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME


def _row_fits(window: MainWindow, row: int) -> bool:
    grid = window.matrixView
    header = grid.verticalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    label = str(grid.model().headerData(row, Qt.Orientation.Vertical))
    room = QRect(0, 0, header.width() - 10 - header.fontMetrics().height() - 4, 100_000)
    return QFontMetrics(bold).boundingRect(room, WRAPPING, label).height() <= grid.rowHeight(row)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_row_of_the_operation_is_never_cut_to_its_first_word(qtbot, speaking_window, language: str):
    window: MainWindow = speaking_window(language)
    window.resize(1366, 768)
    window.show()
    row = window.workspace.controller.add_custom_row(OWN_ROW)
    assert row is not None
    model = window.workspace.model
    index = next(i for i, r in enumerate(model.matrix.rows) if r.label == OWN_ROW)
    qtbot.waitUntil(lambda: _row_fits(window, index))  # its cells are empty: the name alone sets its height
    window.searchEdit.setText("protection")  # the search marks cells; the row keeps its height
    qtbot.wait(300)
    assert _row_fits(window, index)
    window.matrixView.setCurrentIndex(model.index(index, 0))
    window.window_actions.spotlight_row.trigger()  # the row alone
    qtbot.wait(50)
    assert not window.matrixView.isRowHidden(index) and _row_fits(window, index)


def test_a_renamed_long_organisation_stays_whole_in_organisations_by_category(qtbot, mapping: MainWindow):
    controller, page = mapping.mapping.controller, mapping.mappingPage
    first = next(o for o in controller.data.organisations if o.system_count)
    controller.update_organisation(first, replace(first.details, acronym="", name=LONG_NAME + " II"))
    page.mappingTabs.setCurrentWidget(page.gridTab)
    qtbot.waitUntil(lambda: page.gridView.model().rowCount() > 0)
    qtbot.wait(50)
    header = page.gridView.verticalHeader()
    row = next(
        r
        for r in range(header.count())
        if "II" in str(page.gridView.model().headerData(r, Qt.Orientation.Vertical))
    )
    needed = header.fontMetrics().horizontalAdvance(LONG_NAME + " II")
    assert header.width() >= needed or page.gridView.rowHeight(row) > header.fontMetrics().height() * 2


def test_rows_scrolled_into_view_are_fitted_too(qtbot, mapping: MainWindow):
    """Only the rows in view are measured, whatever the length of the register: scrolling measures more."""
    controller, page = mapping.mapping.controller, mapping.mappingPage
    for number in range(80):
        controller.add_organisation(OrganisationDetails(name=f"Zz {number:02} {LONG_NAME}"))
    page.mappingTabs.setCurrentWidget(page.organisationsTab)
    view = page.organisationsView
    qtbot.waitUntil(lambda: view.model().rowCount() > 100)
    view.setFixedWidth(700)  # the long names wrap
    qtbot.wait(50)
    view.scrollToBottom()
    qtbot.wait(50)
    in_view = range(max(view.rowAt(0), 0), view.model().rowCount())
    assert cut_cells(view, in_view) == []
