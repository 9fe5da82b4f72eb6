"""The splitters of the window's pages and dialogs open where the user last left them."""

from PySide6.QtWidgets import QSplitter, QWidget

from pim_desktop.gui.settings import Settings


def remember_splitters(root: QWidget, settings: Settings) -> None:
    """Each splitter named in the forms under `root` takes the sizes kept under its name, and keeps them
    whenever the user moves it."""
    for splitter in root.findChildren(QSplitter):
        name = splitter.objectName()
        if not name or name.startswith("qt_"):  # Qt's own, inside its widgets
            continue
        state = settings.splitter_state(name)
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda _position, _index, moved=splitter: settings.set_splitter_state(
                moved.objectName(), moved.saveState()
            )
        )
