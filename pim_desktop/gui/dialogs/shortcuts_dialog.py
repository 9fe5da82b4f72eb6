"""Help > Keyboard Shortcuts: every key of the program, grouped by menu and then by view, with a box that
keeps the commands or keys matching what is typed. The menus' keys are read from their actions (set in
actions.py), the views' from gui/view_keys.py: nothing is listed twice by hand."""

from dataclasses import fields

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QTreeWidgetItem, QWidget

from pim_desktop.gui.actions import Actions
from pim_desktop.gui.form_types.shortcuts_dialog import ShortcutsDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.view_keys import CONTEXT, VIEW_KEYS, shown_keys

Group = tuple[str, list[tuple[str, str]]]  # a menu's or a view's name, and its (command, keys)
HEIGHT = 640  # pixels: under a 768-pixel laptop screen's title and task bars; the list scrolls within


def plain(text: str) -> str:
    """A menu text as a sentence: no access key marker, no ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").strip()


def keys_of(action: QAction) -> str:
    return shown_keys(action.shortcuts())


def _commands(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _commands(submenu)
        elif not action.isSeparator():
            found.append(action)
    return found


def shortcut_groups(menu_bar: QMenuBar, actions: Actions) -> list[Group]:
    """Each menu's commands that have keys, then the commands in no menu (Escape leaving presentation
    mode), then the keys of each view."""
    groups: list[Group] = []
    in_menus: list[QAction] = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        commands = _commands(menu)
        in_menus += commands
        rows = [(plain(action.text()), keys_of(action)) for action in commands if keys_of(action)]
        if rows:
            groups.append((plain(menu_action.text()), rows))
    elsewhere = [getattr(actions, field.name) for field in fields(actions)]
    rows = [(plain(a.text()), keys_of(a)) for a in elsewhere if a not in in_menus and keys_of(a)]
    if rows:
        groups.append((translate("ShortcutsDialog", "Other commands"), rows))
    places: dict[str, list[tuple[str, str]]] = {}
    for key in VIEW_KEYS:
        places.setdefault(translate(CONTEXT, key.place), []).append(
            (translate(CONTEXT, key.does), key.key_text())
        )
    return groups + list(places.items())


class ShortcutsDialog(QDialog, ShortcutsDialogForm):
    def __init__(self, parent: QWidget, menu_bar: QMenuBar, actions: Actions) -> None:
        super().__init__(parent)
        load_form("shortcuts_dialog.ui", self)
        tree = self.shortcutsTree
        tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for title, rows in shortcut_groups(menu_bar, actions):
            group = QTreeWidgetItem(tree, [title])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.groups.append((group, [QTreeWidgetItem(group, [command, keys]) for command, keys in rows]))
        tree.expandAll()
        for column in (0, 1):
            tree.resizeColumnToContents(column)
        self.nothingLabel.hide()
        self.filterEdit.textChanged.connect(self.show_matching)
        self.buttonBox.rejected.connect(self.reject)
        screen = self.screen().availableGeometry().size()
        self.resize(self.natural_size().boundedTo(screen))

    def natural_size(self) -> QSize:
        """Wide enough for both columns whole, in any language; the list scrolls down, never across."""
        tree = self.shortcutsTree
        margins = self.dialogLayout.contentsMargins()
        width = (
            tree.header().length()
            + tree.verticalScrollBar().sizeHint().width()
            + 2 * tree.frameWidth()
            + margins.left()
            + margins.right()
        )
        return QSize(max(width, self.minimumSizeHint().width()), HEIGHT)

    def show_matching(self, text: str) -> None:
        """Keep the commands whose name or keys hold the text, and all of a group whose name does."""
        wanted, shown = text.strip().casefold(), 0
        for group, items in self.groups:
            whole_group = wanted in group.text(0).casefold()
            visible = 0
            for item in items:
                match = whole_group or wanted in item.text(0).casefold() or wanted in item.text(1).casefold()
                item.setHidden(not match)
                visible += match
            group.setHidden(not visible)
            shown += visible
        self.nothingLabel.setVisible(not shown)
