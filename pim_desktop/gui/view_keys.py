"""The keys the views answer that are no menu command, declared once: the views ask `matches` of a key press,
and Help > Keyboard Shortcuts lists them beside the menus' commands (whose keys come from actions.py).

What Qt's views do on their own and the program relies on (Enter activates a row, typing starts an edit,
Tab moves to the next cell) is declared here too, so that the list says everything a user can press.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "ViewKeys"
LEFT_TO_RIGHT, END_OF_DIRECTION = "\u202a", "\u202c"  # Unicode's embedding marks, shown as nothing
MATRIX = QT_TRANSLATE_NOOP("ViewKeys", "PIM Matrix")
ENTRIES = QT_TRANSLATE_NOOP("ViewKeys", "PIM Matrix: a cell's entries in the side panel")
SPOTLIGHT = QT_TRANSLATE_NOOP("ViewKeys", "Spotlight on a category or a row")
MAPPING = QT_TRANSLATE_NOOP("ViewKeys", "Mapping")
SYSTEM = QT_TRANSLATE_NOOP("ViewKeys", "Information system dialog")
CHALLENGES = QT_TRANSLATE_NOOP("ViewKeys", "Action plans: challenges")
FOLLOW_UP = QT_TRANSLATE_NOOP("ViewKeys", "Action plans: follow-up")
EVERYWHERE = QT_TRANSLATE_NOOP("ViewKeys", "Every view")


@dataclass(frozen=True)
class ViewKey:
    place: str  # where the keys work, marked for translation
    keys: tuple[str, ...]  # in Qt's portable text ("Alt+Up"); empty when `pressed` says it in words
    does: str  # marked for translation
    pressed: str = ""  # what is pressed, in words, when it is no key: typing, the mouse wheel

    def matches(self, event: QKeyEvent) -> bool:
        """Whether a key press is one of the keys: the same key with the same modifiers (the keypad's arrows
        and Enter count as the others)."""
        combination = event.keyCombination()
        modifiers = combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, combination.key()))
        return any(pressed == QKeySequence(key) for key in self.keys)

    def key_text(self) -> str:
        """The keys as the user's keyboard names them, in the window's language."""
        if self.pressed:
            return translate(CONTEXT, self.pressed)
        return shown_keys(QKeySequence(key) for key in self.keys)


def shown_keys(sequences: Iterable[QKeySequence]) -> str:
    """Keys as the user's keyboard names them, each once, each kept left to right as keys are labelled
    (a right-to-left window would otherwise show "Ctrl+," as ",+Ctrl")."""
    native = QKeySequence.SequenceFormat.NativeText
    texts = dict.fromkeys(sequence.toString(native) for sequence in sequences if not sequence.isEmpty())
    return ", ".join(f"{LEFT_TO_RIGHT}{text}{END_OF_DIRECTION}" for text in texts)


VIEW_KEYS: list[ViewKey] = []  # in the order Help > Keyboard Shortcuts lists them


def _declare(place: str, keys: tuple[str, ...], does: str, pressed: str = "") -> ViewKey:
    key = ViewKey(place, keys, does, pressed)
    VIEW_KEYS.append(key)
    return key


EDIT_CELL = _declare(
    MATRIX, ("Return", "Enter"), QT_TRANSLATE_NOOP("ViewKeys", "Edit the cell in the side panel")
)
FIND_BOX_NEXT = _declare(
    MATRIX, ("Return",), QT_TRANSLATE_NOOP("ViewKeys", "In the Find box: the next cell that matches")
)
ADD_ENTRY = _declare(ENTRIES, ("Insert",), QT_TRANSLATE_NOOP("ViewKeys", "Add an entry"))
EDIT_ENTRY = _declare(ENTRIES, ("F2",), QT_TRANSLATE_NOOP("ViewKeys", "Change the selected entry"))
REMOVE_ENTRY = _declare(ENTRIES, ("Delete",), QT_TRANSLATE_NOOP("ViewKeys", "Remove the selected entry"))
ENTRY_UP = _declare(ENTRIES, ("Alt+Up",), QT_TRANSLATE_NOOP("ViewKeys", "Move the selected entry up"))
ENTRY_DOWN = _declare(ENTRIES, ("Alt+Down",), QT_TRANSLATE_NOOP("ViewKeys", "Move the selected entry down"))
NEXT_CATEGORY = _declare(
    SPOTLIGHT,
    ("Right",),
    QT_TRANSLATE_NOOP("ViewKeys", "The next category (Left when the window reads right to left)"),
)
PREVIOUS_CATEGORY = _declare(
    SPOTLIGHT,
    ("Left",),
    QT_TRANSLATE_NOOP("ViewKeys", "The previous category (Right when the window reads right to left)"),
)
NEXT_ROW = _declare(SPOTLIGHT, ("Down",), QT_TRANSLATE_NOOP("ViewKeys", "The next row"))
PREVIOUS_ROW = _declare(SPOTLIGHT, ("Up",), QT_TRANSLATE_NOOP("ViewKeys", "The previous row"))
NEXT_PAGE = _declare(
    SPOTLIGHT, ("PgDown",), QT_TRANSLATE_NOOP("ViewKeys", "The next category or row (a presenter's remote)")
)
PREVIOUS_PAGE = _declare(
    SPOTLIGHT, ("PgUp",), QT_TRANSLATE_NOOP("ViewKeys", "The previous category or row (a presenter's remote)")
)
EDIT_RECORD = _declare(
    MAPPING,
    ("Return",),
    QT_TRANSLATE_NOOP("ViewKeys", "Organisations, Information systems: edit the selected one"),
)
OPEN_CELL = _declare(
    MAPPING,
    ("Return",),
    QT_TRANSLATE_NOOP(
        "ViewKeys", "Organisations × categories, Gaps and overlaps: open the cell's first system"
    ),
)
ADD_ORGANISATION = _declare(
    SYSTEM,
    ("Return", "Enter"),
    QT_TRANSLATE_NOOP("ViewKeys", "In the organisation box: add the organisation typed"),
)
TYPE_IN_CELL = _declare(
    CHALLENGES,
    (),
    QT_TRANSLATE_NOOP("ViewKeys", "Change the selected cell: type over it"),
    pressed=QT_TRANSLATE_NOOP("ViewKeys", "Typing"),
)
NEXT_CELL = _declare(
    CHALLENGES,
    ("Tab", "Shift+Tab"),
    QT_TRANSLATE_NOOP("ViewKeys", "Keep the cell and go to the next or previous one"),
)
NEW_LINE = _declare(
    CHALLENGES, ("Return",), QT_TRANSLATE_NOOP("ViewKeys", "In the action points: start a new line")
)
OPEN_CHALLENGE = _declare(
    FOLLOW_UP, ("Return",), QT_TRANSLATE_NOOP("ViewKeys", "Open the challenge in its plan")
)
ZOOM_WHEEL = _declare(
    EVERYWHERE,
    (),
    QT_TRANSLATE_NOOP("ViewKeys", "Zoom in or out"),
    pressed=QT_TRANSLATE_NOOP("ViewKeys", "Ctrl+mouse wheel"),
)
