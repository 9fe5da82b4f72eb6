"""The Help menu: the list of keyboard shortcuts and About."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from pim_desktop import __version__
from pim_desktop.gui.actions import Actions
from pim_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog


class HelpMenu(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu, actions: Actions) -> None:
        super().__init__(window)
        self._window, self._actions = window, actions
        self.shortcuts_dialog: ShortcutsDialog | None = None
        menu.addAction(actions.shortcuts)
        menu.addSeparator()
        menu.addAction(actions.about)
        actions.shortcuts.triggered.connect(self.show_shortcuts)
        actions.about.triggered.connect(self._about)

    def show_shortcuts(self) -> None:
        """Beside the window, not over it: the user tries the keys with the list open."""
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self._window, self._window.menuBar(), self._actions)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()

    def _about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About PIM Desktop"),
            self.tr(
                "<h3>PIM Desktop {version}</h3><p>Build and customise the PIM Matrix for your operation, "
                "and map who runs which information system.</p>"
            ).format(version=__version__),
        )
