"""The window's languages: Qt's translators for our own words and Qt's standard ones (buttons of message
boxes, file dialogs), and the layout direction, which Arabic mirrors.

Our words are marked with `self.tr` in classes, `translate(context, text)` elsewhere, and
`QT_TRANSLATE_NOOP(context, text)` where a constant is defined and translated later; `tools/translations.py`
gathers them into resources/translations/*.ts, and the set-up builds the .qm files the program loads. A count
is said with `self.tr("%n row(s)", "", count)`, which each language gives its own forms of (lupdate finds
a count in `tr` only, not in `translate`).
"""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from pim_desktop import i18n

translate = QCoreApplication.translate
__all__ = [
    "QT_TRANSLATE_NOOP",
    "in_window_direction",
    "install_language",
    "left_to_right",
    "translate",
    "translate_along_classes",
]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for lupdate and gives it back as it is. PySide6's own does the same but is declared as
    returning `object`, which would make every constant marked with it untyped."""
    return text


def translate_along_classes(owner: object, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A word of a class that others inherit: PySide's `self.tr` looks it up under the object's own class
    (MatrixController), but lupdate files it under the class it is written in (UndoableController). Each
    class of the object's is tried, its own first. A base class whose words are shared defines
    `def tr(self, text, /, disambiguation=None, n=-1)` as a call of this."""
    for cls in type(owner).__mro__:
        if cls.__module__.startswith("PySide6"):
            break
        if QCoreApplication.translate(cls.__name__, text, disambiguation) != text:
            return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
    return QCoreApplication.translate(type(owner).__name__, text, disambiguation, n)


def in_window_direction(html: str) -> str:
    """Rich text laid out as the window is. Qt gives each paragraph the direction of its first letter, so a
    list of places or systems written in English would run left to right in the Arabic window."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"<div dir='rtl'>{html}</div>"
    return html


def left_to_right(text: str) -> str:
    """A phone number kept whole and in its own order: in a right-to-left line, "+961 1 000 001" would read
    "001 000 1 961+", and a narrow column would break it. The marks (a left-to-right isolate) take no room."""
    return "\u2066" + text.replace(" ", "\u00a0") + "\u2069" if text else text


def in_own_direction(text: str) -> str:
    """A value a user typed, read in its own direction within a right-to-left window: English stays
    "aggregates only.", not ".aggregates only" (a first-strong isolate, which takes no room)."""
    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "\u2068" + text + "\u2069"
    return text


def install_language(app: QApplication, requested: str) -> str:
    """Load the window's words in a language and lay the window out in its direction; the core's exports
    and labels follow the same choice. English's catalogue holds only the forms of the messages with a
    count ("%n row(s)": "1 row", "2 rows")."""
    code = i18n.set_program_language(requested)
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    ours = QTranslator(app)
    if ours.load(i18n.catalogue_path(code, ".qm")):
        app.installTranslator(ours)
    if code != i18n.ENGLISH:
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
    QLocale.setDefault(QLocale(code))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if i18n.is_right_to_left(code) else Qt.LayoutDirection.LeftToRight
    )
    return code
