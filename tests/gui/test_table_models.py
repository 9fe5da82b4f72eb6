"""Every table model of the window passes Qt's model tester on the sample operation, and sorting a table
keeps the selection on the record the user chose."""

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.models.record_table import RECORD_ROLE, Column, RecordTableModel


@pytest.mark.parametrize(
    "name",
    ["organisations", "systems", "category_systems", "sources", "grid", "coverage", "items", "follow_up"],
)
def test_every_table_model_passes_the_model_tester(opened: MainWindow, qtmodeltester, name: str):
    """Each model checked on its data; the tester then follows its signals while it is sorted and until
    the window has closed."""
    opened.window_actions.show_mapping.trigger()
    mapping = opened.mapping
    for page in (mapping.page.systemsTab, mapping.page.gridTab, mapping.page.coverageTab):
        mapping.page.mappingTabs.setCurrentWidget(page)  # each tab fills its model when shown
    opened.window_actions.show_plans.trigger()
    model = getattr(opened.plansPage if name in ("items", "follow_up") else mapping, name)
    if name in ("organisations", "systems", "grid", "coverage"):
        assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.sort(1, Qt.SortOrder.AscendingOrder)


def test_sorting_keeps_the_selected_record(opened: MainWindow):
    opened.window_actions.show_mapping.trigger()
    view = opened.mappingPage.organisationsView
    model = view.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    chosen = sorted(names)[len(names) // 2]  # a record in the middle: sorting moves it
    row = names.index(chosen)
    view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.Rows
    )
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        view.sortByColumn(0, order)
        selected = view.selectionModel().selectedRows()
        assert [index.data() for index in selected] == [chosen]
        assert view.currentIndex().data() == chosen


def test_sorting_moves_every_remembered_row_with_its_record():
    model: RecordTableModel[str] = RecordTableModel([Column("Name", lambda name: name)], id_of=hash)
    model.set_records(["charlie", "alpha", "bravo"])
    remembered = [model.index(row, 0) for row in range(3)]
    persistent = [QPersistentModelIndex(index) for index in remembered]
    model.sort(0)
    assert [index.data(RECORD_ROLE) for index in persistent] == ["charlie", "alpha", "bravo"]
    assert [index.row() for index in persistent] == [2, 0, 1]
