"""Light, dark and high-contrast themes: the application palette and every colour the window paints itself
(category bands, locked cells, changed entries, search matches, problems, notices, the mapping's shades).

High contrast is for a projector in a bright room: black ground, white text, yellow for what is picked out.
Labels and edits take their theme colours from one application stylesheet, by a `role` property
(QLabel[role="problem"]); models read colours() each time a view asks, so a new theme shows at once.
"""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP

AA_TEXT = 4.5  # WCAG 2's AA contrast for text


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
    selection: str  # the matrix's selected cell, on which changed entries must stay readable
    selection_text: str
    problem_text: str  # a form's problem, said under the form
    problem: str  # grounds under the palette's text: an overdue date, a date that is not one, a refused row
    warning: str  # an import row with warnings
    notice: str  # the banner of a read-only file, the process page's warnings
    notice_text: str
    explanation: str  # why a row is locked, in the side panel
    explanation_text: str
    count_shades: tuple[str, str, str, str, str]  # systems in a cell: none, one, two, three or four, five+
    gap: str  # no active system in a place and category
    covered: str  # one
    overlap: str  # several
    shade_text: str  # the text on the count shades and on gap, covered and overlap
    planned: str  # grounds of a system's status, under the palette's text
    paused: str
    ended: str


# The mapping's shades, the same in every theme: pastel grounds under their own dark text (4.5:1 or more)
COUNT_SHADES = ("#ffffff", "#e3eef9", "#bcd6f0", "#8fbbe5", "#5f9ad6")
GAP, COVERED, OVERLAP, SHADE_TEXT = "#f6d5d8", "#d7eeda", "#fde9b8", "#1a1a1a"

LIGHT = Colours(
    core="#d6e6f2",
    related="#f1e7cf",
    locked_cell="#eef0f2",
    systems_cell="#f4f8f1",
    changed_text="#0b5cad",
    match_background="#ffe27a",
    match_text="#000000",
    grid_line="#9aa5b1",
    group_line="#44505c",
    selection="#cfe3f7",
    selection_text="#000000",
    problem_text="#a4262c",
    problem="#f6d5d8",
    warning="#fff5dc",
    notice="#fff4ce",
    notice_text="#3b2f00",
    explanation="#eef0f2",
    explanation_text="#000000",
    count_shades=COUNT_SHADES,
    gap=GAP,
    covered=COVERED,
    overlap=OVERLAP,
    shade_text=SHADE_TEXT,
    planned="#eef3fb",
    paused="#fff5dc",
    ended="#f0f0f0",
)
DARK = Colours(
    core="#27455f",
    related="#5a4a2a",
    locked_cell="#33373b",
    systems_cell="#2c3a2a",
    changed_text="#7cc0ff",
    match_background="#ffe27a",
    match_text="#000000",
    grid_line="#5c6670",
    group_line="#b0bac4",
    selection="#2d4a66",
    selection_text="#ffffff",
    problem_text="#ff8a8f",
    problem="#5c2b30",
    warning="#4d4020",
    notice="#4a3f14",
    notice_text="#fff4ce",
    explanation="#33373b",
    explanation_text="#e6e6e6",
    count_shades=COUNT_SHADES,
    gap=GAP,
    covered=COVERED,
    overlap=OVERLAP,
    shade_text=SHADE_TEXT,
    planned="#263445",
    paused="#4d4020",
    ended="#3a3a3a",
)
HIGH_CONTRAST = Colours(
    core="#002b5c",
    related="#4a3000",
    locked_cell="#000000",
    systems_cell="#000000",
    changed_text="#7fe0ff",
    match_background="#ffff00",
    match_text="#000000",
    grid_line="#ffffff",
    group_line="#ffff00",
    selection="#2456b0",
    selection_text="#ffffff",
    problem_text="#ff9999",
    problem="#5c0000",
    warning="#4a3000",
    notice="#ffff00",
    notice_text="#000000",
    explanation="#1f1f1f",
    explanation_text="#ffffff",
    count_shades=COUNT_SHADES,
    gap=GAP,
    covered=COVERED,
    overlap=OVERLAP,
    shade_text=SHADE_TEXT,
    planned="#002b5c",
    paused="#4a3000",
    ended="#333333",
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


def _luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an opaque colour."""
    channels = []
    for value in (colour.redF(), colour.greenF(), colour.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _laid_on(foreground: QColor, background: QColor) -> QColor:
    """The colour seen: a translucent foreground (Qt's placeholder is text at half strength) on its ground."""
    alpha = foreground.alphaF()
    front = (foreground.redF(), foreground.greenF(), foreground.blueF())
    back = (background.redF(), background.greenF(), background.blueF())
    return QColor.fromRgbF(*(alpha * f + (1 - alpha) * b for f, b in zip(front, back, strict=True)))


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2's contrast ratio, 1 to 21; AA asks 4.5 for text."""
    lighter, darker = sorted(
        (_luminance(_laid_on(foreground, background)), _luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def _readable(colour: QColor, against: list[QColor]) -> QColor:
    """The colour moved away from the others (darker from light ones) only as far as AA asks against each."""
    seen = _laid_on(colour, against[0])
    darken = _luminance(seen) <= _luminance(against[0])
    for _step in range(100):  # black or white at the most
        if min(contrast(seen, other) for other in against) >= AA_TEXT:
            break
        seen = seen.darker(103) if darken else seen.lighter(103)
    return seen


def _readable_platform(palette: QPalette) -> QPalette:
    """The platform's own light palette, with its selection and placeholder text darkened as far as AA
    asks: Fusion's selection is white on #308cc6 (3.7:1), its placeholder half-strength black (4:1)."""
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight = _readable(
            palette.color(group, role.Highlight), [palette.color(group, role.HighlightedText)]
        )
        grounds = [palette.color(group, role.Base), palette.color(group, role.AlternateBase)]
        palette.setColor(group, role.Highlight, highlight)
        palette.setColor(
            group, role.PlaceholderText, _readable(palette.color(group, role.PlaceholderText), grounds)
        )
    return palette


def _palette(name: str) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    if name == "dark":
        window, base, text, button, highlight = "#2b2d30", "#1e1f22", "#e6e6e6", "#3c3f41", "#2f65ca"
        highlighted, disabled, placeholder = "#ffffff", "#7a7a7a", "#adadad"  # hints: 4.7:1 on AlternateBase
    else:
        window, base, text, button, highlight = "#000000", "#000000", "#ffffff", "#000000", "#ffff00"
        highlighted, disabled, placeholder = "#000000", "#bfbfbf", "#bfbfbf"
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
        (role.PlaceholderText, placeholder),
        (role.Highlight, highlight),
        (role.HighlightedText, highlighted),
        (role.Link, "#7fe0ff"),
    ):
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(disabled))
    return palette


def stylesheet(theme: Colours) -> str:
    """The application's stylesheet: the theme's colours for the widgets marked with a role (set_role)."""
    return (
        f'QLabel[role="problem"] {{ color: {theme.problem_text}; }}\n'
        f'QLabel[role="notice"] {{ background: {theme.notice}; color: {theme.notice_text}; }}\n'
        f'QLabel[role="explanation"] {{ background: {theme.explanation}; color: {theme.explanation_text}; '
        "padding: 6px; border-radius: 3px; }\n"
        f'QLineEdit[role="problem"] {{ background: {theme.problem}; }}\n'
        f'QTableView[role="matrix"] {{ selection-background-color: {theme.selection}; '
        f"selection-color: {theme.selection_text}; }}\n"
    )


def set_role(widget: QWidget, role: str) -> None:
    """Mark a widget for the stylesheet ("problem", "notice" ...; "" for none) and restyle it at once."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)  # Qt matches a property selector only when it polishes a widget
        widget.style().polish(widget)


def apply_theme(app: QApplication, name: str) -> str:
    """Switch the whole application; an unknown name (a settings file from elsewhere) means light."""
    global _current, _light_style
    name = name if name in THEMES else "light"
    _current = name  # first: the widgets that repaint on the palette's change read the new colours()
    if _light_style is None:
        _light_style = app.style().name()
    if name == "light":
        app.setStyle(_light_style)
        app.setPalette(_readable_platform(app.style().standardPalette()))
    else:
        app.setStyle("Fusion")  # the one style that follows a palette everywhere, on every platform
        app.setPalette(_palette(name))
    app.setStyleSheet(stylesheet(colours()))
    return name
