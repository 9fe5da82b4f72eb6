"""No English word left in the French or Arabic window: every view, each of its tabs, and every dialog is
walked in English, French and Arabic, and what a user reads there (labels, buttons, headings, tabs, menus,
choices, placeholders, titles) is compared. A text the French or Arabic window shows exactly as the English
one does is untranslated, unless it is the same in both languages (a name, an acronym, a number)."""

import getpass
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from pim_desktop.gui.app import build_main_window
from pim_desktop.gui.i18n import install_language
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.models.action_items_model import COLUMNS
from pim_desktop.resources import load_json_resource
from tests.gui.test_access_keys import _arrangements, _dialogs
from tests.gui.test_mapping_workspace import when_dialog_opens

# The same in English, French and Arabic: names, acronyms and formats that are not words of a language, and
# each language's own name, which the Preferences offer in that language
SAME_IN_EVERY_LANGUAGE = {"PIM", "PIM Desktop", "UNHCR", "HXL", "CSV", "JSON", "PDF", "Excel", "ISO3", "OK"}
SAME_IN_EVERY_LANGUAGE |= {"English", "Français", "العربية"}
SAME_IN_EVERY_LANGUAGE |= {getpass.getuser()}  # who signs the change log, until Preferences say otherwise
SAME_IN_EVERY_LANGUAGE |= {"postgresql://USER@HOST:PORT/DATABASE"}  # an address's form, as the README has it
# Words French writes as English does
SAME_IN = {
    "fr": {"Organisation", "Organisations", "Type", "Public", "Guide", "Note", "Plan", "E-mail"}
    | {"Admin 1", "Admin 2"},
    "ar": set(),
}
PIECES = re.compile(r"\s*[·–,:;()]\s*")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)


USER_DATA = set(_strings(load_json_resource("demo", "sample-operation.json")))


def is_user_data(text: str) -> bool:
    """The sample operation's own words (its places, its plan's title and dates), as a user wrote them."""
    pieces = [piece for piece in PIECES.split(text) if LETTERS.search(piece)]
    return bool(pieces) and all(piece in USER_DATA for piece in pieces)


LETTERS = re.compile(r"[A-Za-z]{2,}")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            yield action.text()
            if action.menu() is not None:
                yield from _menu_texts(action.menu())


def _headings(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    header = getattr(view, "horizontalHeader", lambda: None)()
    if model is None or not isinstance(header, QHeaderView) or header.isHidden():
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def shown_texts(top: QWidget) -> set[str]:
    """What a user reads in `top` now, without what they typed themselves."""
    texts = [top.windowTitle()] if isinstance(top, QDialog) else []
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            texts.append(action.text())
            if action.menu() is not None:
                texts += _menu_texts(action.menu())
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
            if isinstance(widget, QTextEdit) and widget.isReadOnly():  # reading pages, lists, previews
                texts += widget.toPlainText().splitlines()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += _headings(widget)
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return {plain for text in texts if LETTERS.search(plain := _plain(text))}


def _walk(top: QWidget, where: str, found: dict[str, set[str]]) -> None:
    for _chosen_tabs in _arrangements(top):
        found.setdefault(where, set()).update(shown_texts(top))


def read_everything(window: MainWindow, tmp_path: Path, qtbot) -> dict[str, set[str]]:
    """The texts of each view and dialog of the window, by where they are read."""
    found: dict[str, set[str]] = {}
    for view in range(window.viewTabs.count()):
        window.viewTabs.setCurrentIndex(view)
        if view == 0:
            window.side_dock.show()
            window.matrixView.setCurrentIndex(window.workspace.model.index(2, 0))
        _walk(window, f"view {view}", found)
    for name, open_it in _dialogs(window, tmp_path).items():

        def walk(dialog: QDialog, name: str = name) -> None:
            _walk(dialog, name, found)
            qtbot.waitUntil(lambda: not getattr(dialog, "previewing", False), timeout=10000)

        when_dialog_opens(walk)
        open_it()
        assert name in found, f"the {name} dialog opened"
    window.window_actions.shortcuts.trigger()  # the two that stay open beside the window
    window.window_actions.guide.trigger()
    for name, dialog in (("shortcuts", window.help.shortcuts_dialog), ("guide", window.help.guide_dialog)):
        assert dialog is not None
        _walk(dialog, name, found)
        dialog.close()
    return found


READ: dict[str, dict[str, set[str]]] = {}  # by language: each is walked once, whatever the tests' order


def read_in(language: str, sample_file: Path, tmp_path: Path, qtbot) -> dict[str, set[str]]:
    if language not in READ:
        tmp_path.mkdir(exist_ok=True)
        window = build_main_window(sample_file, language)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        try:
            READ[language] = read_everything(window, tmp_path, qtbot)
        finally:
            window.close_operation()
            install_language(QApplication.instance(), "en")
    return READ[language]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_view_and_dialog_speaks_the_windows_language(
    qtbot, sample_file: Path, tmp_path: Path, language: str
):
    english = read_in("en", sample_file, tmp_path / "en", qtbot)
    read = read_in(language, sample_file, tmp_path / language, qtbot)
    left = sorted(
        f"{where}: {text!r}"
        for where, texts in read.items()
        for text in texts & english.get(where, set())
        if text not in SAME_IN_EVERY_LANGUAGE | SAME_IN[language] and not is_user_data(text)
    )
    assert left == [], "\n".join(left)


def test_the_walk_finds_english_where_it_is_left(qtbot, sample_file: Path, tmp_path: Path):
    """The test above would see an untranslated word: a French window with one English label fails it."""
    window = build_main_window(sample_file, "fr")
    qtbot.addWidget(window)
    try:
        window.show()
        english = QLabel("Left in English", window.centralWidget())
        english.show()
        assert "Left in English" in shown_texts(window)
    finally:
        window.close_operation()
        install_language(QApplication.instance(), "en")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_challenges_pim_category_reads_in_the_windows_language(speaking_window, language: str):
    window = speaking_window(language)
    window.viewTabs.setCurrentIndex(2)
    items = window.plansPage.items
    column = next(i for i, spec in enumerate(COLUMNS) if spec.field == "category_id")
    shown = {items.index(row, column).data() for row in range(items.rowCount())} - {"—", None}
    standard = load_json_resource("matrix", f"standard-matrix.{language}.json")["categories"]
    assert shown and shown <= set(standard.values())
