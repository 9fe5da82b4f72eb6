"""Keeping the window within an office laptop's screen (1366x768): only what is shown asks for room."""

from PySide6.QtWidgets import QMainWindow, QSizePolicy, QStackedWidget

from pim_desktop.gui.settings import Settings

FIRST_SIZE = (1366, 768)  # the window's size at the very first start: the common office laptop's screen


def size_to_current_page(stack: QStackedWidget) -> None:
    """A stacked widget asks for the room of its widest page, shown or not: a wide page of the action plans,
    hidden behind the matrix, would keep the window too wide for a laptop. Only the current page counts."""
    current = stack.currentWidget()
    for index in range(stack.count()):
        page = stack.widget(index)
        if page is None:
            continue
        policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
        page.setSizePolicy(policy, policy)
    stack.updateGeometry()


def restore_geometry(window: QMainWindow, settings: Settings) -> None:
    """The size and place the window had when it was last closed (Qt keeps it on a screen that still
    exists), else the laptop's screen size, within the screen's available room."""
    geometry = settings.window_geometry()
    if geometry is not None and window.restoreGeometry(geometry):
        return
    screen = window.screen().availableGeometry()
    window.resize(min(FIRST_SIZE[0], screen.width()), min(FIRST_SIZE[1], screen.height()))
