"""The Arabic window is mirrored everywhere: the band naming the core and related categories, the gaps
list, the legends and the reading pages run right to left, whatever language the names in them are in."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from pim_desktop.domain.enums import CategoryGroup
from pim_desktop.domain.labels import label
from pim_desktop.gui.main_window import MainWindow


def directions(document: QTextDocument) -> set[Qt.LayoutDirection]:
    found, block = set(), document.begin()
    while block.isValid():
        if block.text().strip():
            found.add(block.textDirection())
        block = block.next()
    return found


def gaps_shown(qtbot, window: MainWindow) -> QTextDocument:
    """The gaps and overlaps tab of the mapping, its list written."""
    window.window_actions.show_mapping.trigger()
    page = window.mappingPage
    page.mappingTabs.setCurrentWidget(page.coverageTab)
    qtbot.waitUntil(lambda: bool(page.coverageSummary.toPlainText()))
    return page.coverageSummary.document()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_band_names_the_core_and_related_categories(qtbot, speaking_window, language: str):
    window: MainWindow = speaking_window(language)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    header = window.matrixView.horizontalHeader()
    bands = header.group_bands()
    assert [group for _band, group in bands] == [CategoryGroup.CORE, CategoryGroup.RELATED]
    metrics = header.fontMetrics()
    for band, group in bands:  # each wide enough for its name, and in view
        assert band.width() >= metrics.horizontalAdvance(label(group))
        assert band.left() >= 0 and band.right() <= header.viewport().width() + 1
    core, related = (band for band, _group in bands)
    assert (core.left() > related.left()) == (language == "ar")  # the core five first: on the right in Arabic


def test_the_gaps_list_legend_and_reading_pages_run_right_to_left(qtbot, speaking_window):
    window: MainWindow = speaking_window("ar")
    # the sample's places are written in English: their lines run right to left all the same
    assert directions(gaps_shown(qtbot, window)) == {Qt.LayoutDirection.RightToLeft}
    legend = QTextDocument()
    legend.setHtml(window.mappingPage.coverageLegend.text())
    assert directions(legend) == {Qt.LayoutDirection.RightToLeft}
    window.window_actions.show_matrix.trigger()
    window.side_dock.show()
    window.side_panel.show_category(0)
    reading: QTextBrowser = window.side_panel.readingView
    assert directions(reading.document()) == {Qt.LayoutDirection.RightToLeft}


def test_the_english_window_keeps_left_to_right(qtbot, speaking_window):
    window: MainWindow = speaking_window("en")
    assert directions(gaps_shown(qtbot, window)) == {Qt.LayoutDirection.LeftToRight}


def test_a_phone_number_keeps_its_order_in_a_right_to_left_table(qtbot, speaking_window):
    window: MainWindow = speaking_window("ar")
    window.window_actions.show_mapping.trigger()
    table = window.mapping.organisations
    column = next(i for i, c in enumerate(table.columns) if c.title == "Phone")
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    phones = [table.index(r, column).data() for r in range(table.rowCount())]
    shown = [phone for phone in phones if phone]
    assert shown and all(p.startswith("\u2066") and p.endswith("\u2069") for p in shown)  # isolated LTR
