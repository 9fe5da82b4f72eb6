"""The splitters of the pages and of the import dialog open where the user left them, also after a restart."""

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QSplitter

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from tests.gui.test_mapping_workspace import when_dialog_opens


def _drag(splitter: QSplitter, pixels: int) -> list[int]:
    """Drag the splitter's first handle across as a user does; the sizes it then has. (The events are sent
    by hand: QTest's mouse move carries no pressed button, and a handle moves only with one.)"""
    handle = splitter.handle(1)
    start = QPointF(handle.rect().center())
    end = start + QPointF(pixels, 0)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, button, held in (
        (QEvent.Type.MouseButtonPress, start, left, left),
        (QEvent.Type.MouseMove, end, none, left),
        (QEvent.Type.MouseButtonRelease, end, left, none),
    ):
        global_at = QPointF(handle.mapToGlobal(at.toPoint()))
        QApplication.sendEvent(
            handle, QMouseEvent(kind, at, global_at, button, held, Qt.KeyboardModifier.NoModifier)
        )
    return splitter.sizes()


def test_a_moved_splitter_of_a_page_opens_where_it_was_left(qtbot, opened: MainWindow, sample_file: Path):
    opened.resize(1920, 1080)  # room for the challenges to give up
    opened.viewTabs.setCurrentIndex(2)  # the action plans: their groups beside their challenges
    splitter = opened.plansPage.planSplitter
    before = splitter.sizes()
    moved = _drag(splitter, 150)
    assert moved[0] > before[0] + 100
    opened.close_operation()

    again = MainWindow(Settings())  # the next start
    qtbot.addWidget(again)
    again.resize(opened.size())
    again.show()
    assert again.open_file(sample_file)
    again.viewTabs.setCurrentIndex(2)
    assert again.plansPage.planSplitter.sizes() == moved
    again.close_operation()


def test_the_import_dialogs_splitter_is_remembered(opened: MainWindow):
    sizes: list[list[int]] = []

    def drag(dialog: QDialog) -> None:
        sizes.append(dialog.importSplitter.sizes())  # type: ignore[attr-defined]
        sizes.append(_drag(dialog.importSplitter, -120))  # type: ignore[attr-defined]

    when_dialog_opens(drag)
    opened.window_actions.import_data.trigger()
    when_dialog_opens(lambda dialog: sizes.append(dialog.importSplitter.sizes()))  # type: ignore[attr-defined]
    opened.window_actions.import_data.trigger()
    before, moved, reopened = sizes
    assert moved[0] < before[0] - 80 and reopened == moved
