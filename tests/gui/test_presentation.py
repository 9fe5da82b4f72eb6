"""In the room: presentation mode, the spotlight, zoom and the themes, driven through the window's own
actions and keys."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.presentation import NORMAL_STEP, ROOM_TEXT_PIXELS
from pim_desktop.gui.settings import Settings
from pim_desktop.gui.theme import apply_theme


def _visible_columns(window: MainWindow) -> list[int]:
    grid = window.matrixView
    return [c for c in range(grid.model().columnCount()) if not grid.isColumnHidden(c)]


def _visible_rows(window: MainWindow) -> list[int]:
    grid = window.matrixView
    return [r for r in range(grid.model().rowCount()) if not grid.isRowHidden(r)]


def test_presentation_mode_hides_everything_but_the_view_and_gives_it_back(qtbot, opened: MainWindow):
    menus, status, dock = (opened.menuBar(), opened.statusBar(), opened.side_dock)
    dock.show()
    qtbot.keyClick(opened, Qt.Key.Key_F5)
    assert opened.presentation.active and opened.isFullScreen()
    assert not menus.isVisible() and not status.isVisible() and not dock.isVisible()
    text_pixels = QFontInfo(opened.matrixView.font()).pixelSize()
    assert text_pixels >= ROOM_TEXT_PIXELS  # readable from the back of the room
    qtbot.keyClick(opened, Qt.Key.Key_Escape)
    assert not opened.presentation.active and not opened.isFullScreen()
    assert menus.isVisible() and status.isVisible() and dock.isVisible()
    assert QFontInfo(opened.matrixView.font()).pixelSize() < ROOM_TEXT_PIXELS
    assert Settings().zoom() == 0  # the room's zoom is not the everyday zoom
    qtbot.keyClick(opened, Qt.Key.Key_F11)  # the other key for it
    assert opened.presentation.active
    opened.window_actions.presentation.trigger()
    assert not opened.presentation.active


def test_the_spotlight_steps_through_categories_and_rows_with_the_keys(qtbot, opened: MainWindow):
    grid = opened.matrixView
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 2))
    qtbot.keyClick(opened, Qt.Key.Key_F7)
    assert _visible_columns(opened) == [2]
    qtbot.waitUntil(lambda: grid.columnWidth(2) >= grid.viewport().width() - 2)  # the whole width is its
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert _visible_columns(opened) == [3]
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)  # a presenter's remote
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert _visible_columns(opened) == [1]
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # round from the first to the last
    assert _visible_columns(opened) == [grid.model().columnCount() - 1]
    qtbot.keyClick(opened, Qt.Key.Key_F8)  # one row at a time instead
    assert len(_visible_columns(opened)) == grid.model().columnCount() and len(_visible_rows(opened)) == 1
    first = _visible_rows(opened)[0]
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert _visible_rows(opened) == [first + 1]
    qtbot.keyClick(opened, Qt.Key.Key_Escape)
    assert len(_visible_rows(opened)) == grid.model().rowCount()
    assert not opened.window_actions.spotlight_row.isChecked()


def test_the_spotlight_survives_an_edit(qtbot, opened: MainWindow):
    grid = opened.matrixView
    grid.setCurrentIndex(grid.model().index(1, 4))
    opened.window_actions.spotlight_category.trigger()
    opened.workspace.controller.reload()  # what an edit or an undo does
    assert _visible_columns(opened) == [4]


def test_arrows_step_the_other_way_right_to_left(qtbot, opened: MainWindow):
    grid = opened.matrixView
    grid.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    grid.setCurrentIndex(grid.model().index(0, 2))
    opened.window_actions.spotlight_category.trigger()
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # in Arabic the next category is to the left
    assert _visible_columns(opened) == [3]


def test_zoom_steps_are_remembered_between_sessions(qtbot, opened: MainWindow):
    normal = QFontInfo(opened.matrixView.font()).pixelSize()
    qtbot.keyClick(opened, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(opened, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QFontInfo(opened.matrixView.font()).pixelSize() > normal
    assert Settings().zoom() == 2
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(5, 5),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(opened.matrixView.viewport(), wheel)
    assert Settings().zoom() == 1
    again = MainWindow(Settings())  # the next session
    qtbot.addWidget(again)
    assert again.zoom.step == NORMAL_STEP + 1
    qtbot.keyClick(opened, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QFontInfo(opened.matrixView.font()).pixelSize() == normal and Settings().zoom() == 0


def test_high_contrast_is_white_on_black_and_remembered(qtbot, opened: MainWindow):
    theme_menu = next(a.menu() for a in opened.menuView.actions() if a.menu())
    high_contrast = next(a for a in theme_menu.actions() if a.data() == "high-contrast")
    try:
        high_contrast.trigger()
        palette = QApplication.palette()
        assert palette.color(QPalette.ColorRole.Base).name() == "#000000"
        assert palette.color(QPalette.ColorRole.Text).name() == "#ffffff"
        assert Settings().theme() == "high-contrast"
        html = opened.workspace.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
        assert html is not None and html.color().name() == "#000000"  # locked cells follow the theme
    finally:
        apply_theme(QApplication.instance(), "light")


def test_the_action_plans_alone_on_a_projector_with_every_column_readable(qtbot, opened: MainWindow):
    page = opened.plans.page
    opened.viewTabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.itemsView.isVisible())
    view, header = page.itemsView, page.itemsView.horizontalHeader()
    everyday = [view.columnWidth(c) for c in range(header.count())]
    qtbot.keyClick(opened, Qt.Key.Key_F5)
    opened.showNormal()  # a virtual screen is smaller than a projector: lay it out at 1920x1080
    opened.resize(1920, 1080)
    opened.presentation._refit()
    assert not opened.viewTabs.isVisible() and not page.addItemButton.isVisible()  # the view alone
    assert not page.planCombo.isVisible() and not page.itemsHint.isVisible()
    assert opened.minimumSizeHint().width() <= 1920
    metrics = view.fontMetrics()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert len(shown) >= header.count() - 2  # only columns with nothing in them make room
    assert header.sectionViewportPosition(shown[-1]) + view.columnWidth(shown[-1]) <= view.viewport().width()
    for column in shown:
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        longest_word = max((metrics.horizontalAdvance(word) for word in title.split()), default=0)
        assert view.columnWidth(column) >= longest_word, title  # never "tion points (one a li"
    due = next(
        c
        for c in range(header.count())
        if "Due" in str(view.model().headerData(c, Qt.Orientation.Horizontal))
    )
    assert view.columnWidth(due) >= metrics.horizontalAdvance("2026-12-31")  # not "202…"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # from the table, which takes Escape for its editor
    assert not opened.presentation.active
    assert opened.viewTabs.isVisible() and page.addItemButton.isVisible() and page.planCombo.isVisible()
    assert [view.columnWidth(c) for c in range(header.count())] == everyday
