"""The Help menu: the guide in the window's language, and Keyboard Shortcuts, which lists every key of the
program (the menus' from their own actions, the views' from their table) and finds them as the user types;
both fit a 1366x768 laptop in every language."""

from dataclasses import fields

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog

from pim_desktop.gui import view_keys
from pim_desktop.gui.dialogs.guide_dialog import GuideDialog
from pim_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.main_window import MainWindow

LAPTOP = (1366, 768)


def _shortcuts(window: MainWindow) -> ShortcutsDialog:
    window.window_actions.shortcuts.trigger()
    dialog = window.help.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _rows(dialog: ShortcutsDialog) -> list[tuple[str, str]]:
    """(command, keys) of every row shown, as a reader sees them (without the marks that keep keys left to
    right)."""
    shown = [item for _group, items in dialog.groups for item in items if not item.isHidden()]
    return [(item.text(0), _unmarked(item.text(1))) for item in shown]


def _unmarked(keys: str) -> str:
    return keys.replace(view_keys.LEFT_TO_RIGHT, "").replace(view_keys.END_OF_DIRECTION, "")


def _keys(action: QAction) -> str:
    """The action's own keys, each once (Redo may hold Ctrl+Y twice: the system's and ours)."""
    texts = (key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
    return ", ".join(dict.fromkeys(texts))


def _words(text: str) -> str:
    return text.replace("&", "").removesuffix("…")


def test_the_shortcuts_list_every_command_with_a_key_and_every_view_key(opened: MainWindow):
    rows = _rows(_shortcuts(opened))
    commands = [getattr(opened.window_actions, field.name) for field in fields(opened.window_actions)]
    window_own = [opened.undo_action, opened.redo_action, opened.side_dock.toggleViewAction()]
    with_keys = [action for action in commands + window_own if not action.shortcut().isEmpty()]
    assert len(with_keys) > 30
    missing = [a.text() for a in with_keys if (_words(a.text()), _keys(a)) not in rows]
    assert missing == []
    for key in view_keys.VIEW_KEYS:
        assert (translate("ViewKeys", key.does), _unmarked(key.key_text())) in rows
    assert ("Edit Cell", "F2") in rows and ("Presentation Mode", "F5, F11") in rows
    assert ("Leave Presentation Mode", "Esc") in rows  # in no menu, and listed all the same


def test_the_shortcuts_are_grouped_by_menu_then_by_view(opened: MainWindow):
    dialog = _shortcuts(opened)
    titles = [group.text(0) for group, _items in dialog.groups]
    assert titles[:4] == ["File", "Edit", "View", "Mapping"]
    assert "PIM Matrix: a cell's entries in the side panel" in titles and "Action plans: challenges" in titles


def test_typing_keeps_the_commands_or_keys_that_match(qtbot, opened: MainWindow):
    dialog = _shortcuts(opened)
    qtbot.keyClicks(dialog.filterEdit, "f7")
    assert _rows(dialog) == [("Spotlight One Category", "F7")]
    dialog.filterEdit.setText("spotlight")  # a group's name keeps all of it
    assert ("The next row", "Down") in _rows(dialog)
    dialog.filterEdit.setText("nothing like this")
    assert _rows(dialog) == [] and dialog.nothingLabel.isVisibleTo(dialog)
    dialog.filterEdit.clear()
    assert not dialog.nothingLabel.isVisibleTo(dialog) and len(_rows(dialog)) > 50


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers)


def test_a_view_key_matches_its_keys_only():
    keypad = Qt.KeyboardModifier.KeypadModifier
    assert view_keys.EDIT_CELL.matches(_press(Qt.Key.Key_Enter, keypad))
    assert view_keys.ENTRY_UP.matches(_press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | keypad))
    assert not view_keys.ADD_ENTRY.matches(_press(Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier))
    assert not view_keys.TYPE_IN_CELL.matches(_press(Qt.Key.Key_A))  # typing is Qt's, said in words


def fits_a_laptop(dialog: QDialog) -> None:
    """The dialog's own size fits 1366x768, and at that size it shows everything but what scrolls down."""
    assert isinstance(dialog, ShortcutsDialog | GuideDialog)
    wanted = dialog.natural_size()
    assert wanted.width() <= LAPTOP[0] and wanted.height() <= LAPTOP[1] - 60, wanted  # title and task bars
    assert dialog.minimumSizeHint().width() <= LAPTOP[0] and dialog.minimumSizeHint().height() <= LAPTOP[1]
    dialog.resize(wanted)
    if isinstance(dialog, ShortcutsDialog):
        tree = dialog.shortcutsTree
        assert tree.header().length() <= tree.viewport().width()  # no column cut, nothing across


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_shortcuts_fit_a_laptop_screen_in_every_language(speaking_window, language: str):
    window = speaking_window(language)
    dialog = _shortcuts(window)
    fits_a_laptop(dialog)
    marked = f"{view_keys.LEFT_TO_RIGHT}F7{view_keys.END_OF_DIRECTION}"  # "Ctrl+," never read as ",+Ctrl"
    assert marked in [item.text(1) for _group, items in dialog.groups for item in items]
    if language != "en":  # the window's words, not English ones
        assert window.window_actions.find.text().replace("&", "") in [c for c, _k in _rows(dialog)]
        assert "Edit the cell in the side panel" not in [c for c, _k in _rows(dialog)]


GUIDE_TITLES = {"en": "PIM Desktop guide", "fr": "Guide de PIM Desktop", "ar": "دليل استخدام PIM Desktop"}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_guide_opens_in_the_windows_language(speaking_window, language: str):
    window = speaking_window(language)
    window.window_actions.guide.trigger()
    dialog = window.help.guide_dialog
    assert dialog is not None and dialog.isVisible()
    document = dialog.guideView.document()
    assert document.firstBlock().text() == GUIDE_TITLES[language]
    assert document.firstBlock().blockFormat().headingLevel() == 1  # rendered, not shown as markdown
    assert "**" not in document.toPlainText()
    fits_a_laptop(dialog)


def test_the_guide_key_is_the_systems_help_key(opened: MainWindow):
    assert opened.window_actions.guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert opened.window_actions.guide in opened.menuHelp.actions()
