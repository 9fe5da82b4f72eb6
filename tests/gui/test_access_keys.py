"""Access keys (Alt and the underlined letter) are unique among what is in view together: the menu bar's
titles with the tabs, buttons and labelled fields of each view and each tab of the window, and each tab of
every dialog; in English, French and Arabic. Two of a kind make Alt+letter open the first one (the "Find a
source" tab rather than the File menu) or cycle between them."""

import gc
import re
import shutil
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from pim_desktop.gui.app import build_main_window
from pim_desktop.gui.dialogs.merge_dialog import MergeDialog
from pim_desktop.gui.i18n import install_language
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.imports.merge import plan_merge
from tests.gui.conflicts import conflict_dialog
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.offline_work import as_if_offline

ACCESS_KEY = re.compile(r"&(\w)")  # "&&" is a plain ampersand, taken out first


def access_key(text: str) -> str | None:
    found = ACCESS_KEY.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _in_view(top: QWidget) -> list[str]:
    """The texts with an access key of what is in view in `top` now."""
    texts = []
    if isinstance(top, QMainWindow):
        texts += [action.text() for action in top.menuBar().actions() if action.isVisible()]
    for bar in top.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    texts += [button.text() for button in top.findChildren(QAbstractButton) if button.isVisible()]
    texts += [label.text() for label in top.findChildren(QLabel) if label.isVisible() and label.buddy()]
    texts += [box.title() for box in top.findChildren(QGroupBox) if box.isVisible()]
    return [text for text in texts if access_key(text)]


def _clashes(texts: list[str], where: str) -> list[str]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        by_key[access_key(text) or ""].append(text)
    return [f"{where}: Alt+{key}: {' | '.join(same)}" for key, same in by_key.items() if len(same) > 1]


def _arrangements(top: QWidget, chosen: tuple[QTabWidget, ...] = ()) -> Iterator[str]:
    """Every combination of the tabs of the tab widgets in view, as a user may choose them; yields the
    chosen tabs' names."""
    pending = [tabs for tabs in top.findChildren(QTabWidget) if tabs.isVisible() and tabs not in chosen]
    if not pending:
        yield " > ".join(tabs.tabText(tabs.currentIndex()) for tabs in chosen)
        return
    tabs = pending[0]
    for index in range(tabs.count()):
        if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            yield from _arrangements(top, (*chosen, tabs))


def _every_clash(top: QWidget, where: str) -> list[str]:
    return [clash for tabs in _arrangements(top) for clash in _clashes(_in_view(top), f"{where} {tabs}")]


@pytest.fixture(params=["en", "fr", "ar"])
def speaking(request: pytest.FixtureRequest, qtbot, sample_file: Path) -> Iterator[MainWindow]:
    """The window started in a language on the sample operation, as `pim-desktop --lang fr FILE` does."""
    window = build_main_window(sample_file, request.param)
    qtbot.addWidget(window)
    yield window
    window.close_operation()
    install_language(QApplication.instance(), "en")


def test_each_view_of_the_window_has_its_access_keys_once(speaking: MainWindow):
    window, found = speaking, []
    for view in range(window.viewTabs.count()):
        window.viewTabs.setCurrentIndex(view)
        if view == 0:
            window.side_dock.show()  # beside the matrix on a wide screen
            window.matrixView.setCurrentIndex(window.workspace.model.index(2, 0))  # its buttons in view
        found += _every_clash(window, window.viewTabs.tabText(view))
    assert found == [], "\n".join(found)


def _dialogs(window: MainWindow, tmp_path: Path) -> dict[str, Callable[[], object]]:
    """How each dialog is opened from the window, by its name."""
    actions, colleague = window.window_actions, tmp_path / "colleague.pim"
    shutil.copyfile(window.operation_file.path, colleague)

    def on_view(view: int, opening: Callable[[], object]) -> Callable[[], object]:
        return lambda: (window.viewTabs.setCurrentIndex(view), opening())

    def merge(offline: bool = False) -> None:
        plan = plan_merge(window.operation_file, colleague)  # on this thread, as no user does
        gc.collect()  # so its connection to their file ends here, not amid the export's on another thread
        MergeDialog(window, as_if_offline(plan) if offline else plan).exec()

    reviewed = window.process.controller.reviews[0].system_id
    return {
        "preferences": actions.preferences.trigger,
        "new operation": actions.new_operation.trigger,
        "import": actions.import_data.trigger,
        "merge": merge,
        "merge of an offline copy": lambda: merge(offline=True),
        "restore": actions.restore_backup.trigger,
        "organisation": on_view(1, actions.add_organisation.trigger),
        "system": on_view(1, actions.add_system.trigger),
        "plan": on_view(2, actions.new_plan.trigger),
        "group": on_view(2, window.plansPage.addGroupButton.click),
        "review": on_view(3, lambda: window.process.review_system(reviewed)),
        "conflict": lambda: conflict_dialog(window).exec(),
        "open shared": actions.open_shared.trigger,
        "export": actions.export.trigger,  # last: it counts what it would export on another thread
    }


def test_each_dialog_has_its_access_keys_once(speaking: MainWindow, tmp_path: Path, qtbot):
    found: list[str] = []
    for name, open_it in _dialogs(speaking, tmp_path).items():
        seen: list[str] = []

        def walk(dialog: QDialog, name: str = name, seen: list[str] = seen) -> None:
            seen.append(dialog.objectName())
            found.extend(_every_clash(dialog, name))
            qtbot.waitUntil(lambda: not getattr(dialog, "previewing", False), timeout=10000)

        when_dialog_opens(walk)
        open_it()
        assert seen, f"the {name} dialog opened"
    assert found == [], "\n".join(found)


def _menu_clashes(menu: QMenu, where: str) -> list[str]:
    """Clashes among a menu's items, and within each of its submenus: in an open menu the letter alone
    chooses, and two of a kind make it only move between them."""
    items = [action for action in menu.actions() if not action.isSeparator()]
    found = _clashes([action.text() for action in items if access_key(action.text())], where)
    for action in items:
        if action.menu() is not None:
            found += _menu_clashes(action.menu(), f"{where} > {action.text()}")
    return found


def test_each_menu_has_its_items_access_keys_once(speaking: MainWindow):
    found = []
    for action in speaking.menuBar().actions():
        if action.menu() is not None:
            found += _menu_clashes(action.menu(), action.text())
    assert found == [], "\n".join(found)
