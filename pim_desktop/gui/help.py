"""The Help menu: the guide, the list of keyboard shortcuts and About."""

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from pim_desktop import __version__, i18n
from pim_desktop.gui.actions import Actions
from pim_desktop.gui.dialogs.guide_dialog import GuideDialog
from pim_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog


def window_language() -> str:
    """The language the window speaks: the one set at start (Preferences change it from the next start)."""
    code = QLocale().name().split("_")[0]
    return code if code in i18n.LANGUAGES else i18n.ENGLISH


class HelpMenu(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu, actions: Actions) -> None:
        super().__init__(window)
        self._window, self._actions = window, actions
        self.guide_dialog: GuideDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        menu.addActions([actions.guide, actions.shortcuts])
        menu.addSeparator()
        menu.addAction(actions.about)
        actions.guide.triggered.connect(self.show_guide)
        actions.shortcuts.triggered.connect(self.show_shortcuts)
        actions.about.triggered.connect(self._about)

    # Both stay beside the window, not over it: the user follows the guide or tries the keys with it open.

    def show_guide(self) -> None:
        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self._window, window_language())
        _bring_up(self.guide_dialog)

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self._window, self._window.menuBar(), self._actions)
        _bring_up(self.shortcuts_dialog)

    def _about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About PIM Desktop"),
            self.tr(
                "<h3>PIM Desktop {version}</h3><p>Build and customise the PIM Matrix for your operation, "
                "and map who runs which information system.</p>"
            ).format(version=__version__),
        )


def _bring_up(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
