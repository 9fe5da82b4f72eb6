"""Light, dark and high-contrast themes: the application palette and the few colours the views paint
themselves (category bands, locked cells, changed entries, search matches).

High contrast is for a projector in a bright room: black ground, white text, yellow for what is picked out.
"""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Colours:
    core: str  # the band and headers of the five core protection categories
    related: str  # and of the three related ones
    locked_cell: str
    systems_cell: str
    changed_text: str  # an entry the operation changed or added
    match_background: str  # a search match
    match_text: str
    grid_line: str
    group_line: str


LIGHT = Colours(
    "#d6e6f2", "#f1e7cf", "#eef0f2", "#f4f8f1", "#0b5cad", "#ffe27a", "#000000", "#9aa5b1", "#44505c"
)
DARK = Colours(
    "#27455f", "#5a4a2a", "#33373b", "#2c3a2a", "#7cc0ff", "#ffe27a", "#000000", "#5c6670", "#b0bac4"
)
HIGH_CONTRAST = Colours(
    "#002b5c", "#4a3000", "#000000", "#000000", "#7fe0ff", "#ffff00", "#000000", "#ffffff", "#ffff00"
)

THEMES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}
THEME_NAMES = {
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Theme", "High contrast"),
}

_current = "light"
_light_style: str | None = None  # the platform's own style, given back when leaving a dark theme


def colours() -> Colours:
    return THEMES[_current]


def current_theme() -> str:
    return _current


def _palette(name: str) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    if name == "dark":
        window, base, text, button, highlight = "#2b2d30", "#1e1f22", "#e6e6e6", "#3c3f41", "#2f65ca"
        highlighted, disabled = "#ffffff", "#7a7a7a"
    else:
        window, base, text, button, highlight = "#000000", "#000000", "#ffffff", "#000000", "#ffff00"
        highlighted, disabled = "#000000", "#bfbfbf"
    palette = QPalette()
    for colour_role, colour in (
        (role.Window, window),
        (role.Base, base),
        (role.AlternateBase, button),
        (role.Button, button),
        (role.ToolTipBase, base),
        (role.WindowText, text),
        (role.Text, text),
        (role.ButtonText, text),
        (role.ToolTipText, text),
        (role.BrightText, "#ffff00"),
        (role.PlaceholderText, disabled),
        (role.Highlight, highlight),
        (role.HighlightedText, highlighted),
        (role.Link, "#7fe0ff"),
    ):
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(disabled))
    return palette


def apply_theme(app: QApplication, name: str) -> str:
    """Switch the whole application; an unknown name (a settings file from elsewhere) means light."""
    global _current, _light_style
    name = name if name in THEMES else "light"
    if _light_style is None:
        _light_style = app.style().name()
    if name == "light":
        app.setStyle(_light_style)
        app.setPalette(app.style().standardPalette())
    else:
        app.setStyle("Fusion")  # the one style that follows a palette everywhere, on every platform
        app.setPalette(_palette(name))
    _current = name
    return name
