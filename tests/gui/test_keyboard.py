"""Every command from the keyboard: each menu and menu command has an accelerator or a shortcut, no two
commands share a key, buttons without words have a name for screen readers, and dialogs tab through
their fields in reading order."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QMenu, QWidget

from pim_desktop.gui.dialogs.export_dialog import ExportDialog
from pim_desktop.gui.dialogs.new_operation import NewOperationDialog
from pim_desktop.gui.dialogs.organisation_dialog import OrganisationDialog
from pim_desktop.gui.dialogs.plan_dialogs import GroupDialog, PlanDialog
from pim_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.organisations import OrganisationService


def _commands(menu: QMenu) -> list:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu():
            found += _commands(action.menu())
    return found


def test_every_menu_and_command_is_reachable_from_the_keyboard(opened: MainWindow):
    for menu_action in opened.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        menu = menu_action.menu()
        opened_recent = [a for a in menu.actions() if a.menu() is opened.recent_menu]
        for action in _commands(menu):
            if action in opened_recent or action.parent() is opened.recent_menu:
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_no_two_commands_share_a_key(opened: MainWindow):
    owners: dict[str, str] = {}
    shared = []
    # Find in the matrix and Filter in the mapping share Ctrl+F on purpose: only one is on at a time
    allowed = {frozenset({"find", "filter_mapping"})}
    for name in opened.window_actions.__dataclass_fields__:
        for key in getattr(opened.window_actions, name).shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            if not text:  # a standard key this platform has no binding for
                continue
            if text in owners and frozenset({owners[text], name}) not in allowed:
                shared.append((text, owners[text], name))
            owners[text] = name
    assert shared == []


def _buttons_without_words(widget: QWidget) -> list[str]:
    return [
        button.objectName()
        for button in widget.findChildren(QAbstractButton)
        if not button.text().replace("&", "").strip()
        and not button.accessibleName()
        and button.isVisibleTo(widget)
    ]


def test_buttons_without_words_have_names(opened: MainWindow):
    for index in range(3):
        opened.viewTabs.setCurrentIndex(index)
        assert [name for name in _buttons_without_words(opened) if not name.startswith("qt_")] == []


def _tab_chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, from the first one, once round."""
    dialog.show()
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    chain, widget = [], first
    for _ in range(200):
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            if widget in chain:
                break
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize(
    "make",
    [
        lambda window, file: PreferencesDialog(window, "en", "light"),
        lambda window, file: PlanDialog(window, None),
        lambda window, file: GroupDialog(window, None),
        lambda window, file: NewOperationDialog(window, Path.home()),
        lambda window, file: OrganisationDialog(window, OrganisationService(window.operation_file), None),
        lambda window, file: ExportDialog(window, window.operation_file.path, Path.home()),
    ],
    ids=["preferences", "plan", "group", "new-operation", "organisation", "export"],
)
def test_dialogs_tab_through_their_fields_top_to_bottom(qtbot, opened: MainWindow, sample_file: Path, make):
    dialog = make(opened, sample_file)
    qtbot.addWidget(dialog)
    chain = [w for w in _tab_chain(dialog) if not isinstance(w, QAbstractButton) or w.text()]
    fields = [w for w in chain if not isinstance(w, QAbstractButton)]
    assert len(fields) >= 2, "Tab reaches the fields"
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in fields]
    assert tops == sorted(tops), [w.objectName() for w in fields]  # never jumps back up the form
    dialog.reject()
