"""In the room: zoom in steps (remembered between sessions), presentation mode (full screen, large text,
menus, docks and status bar hidden and given back on leaving), the spotlight on one category or row, and
the themes.

Zoom scales the application font: every view and dialog is sized from font metrics, so they all follow.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontInfo, QWheelEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QStackedWidget, QWidget

from pim_desktop.gui.actions import Actions
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.settings import Settings
from pim_desktop.gui.theme import THEME_NAMES, apply_theme, current_theme
from pim_desktop.gui.view_alone import ViewAlone
from pim_desktop.gui.views.matrix_grid import MatrixGrid

ZOOM_FACTORS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.4, 2.8, 3.3, 4.0)
NORMAL_STEP = ZOOM_FACTORS.index(1.0)
ROOM_TEXT_PIXELS = 24  # readable from the back of a room on a 1920x1080 projector


# The platform gives some kinds of widget fonts of their own (item views, headers, menus): each is scaled.
SCALED_CLASSES = (
    "",
    "QAbstractItemView",
    "QHeaderView",
    "QMenuBar",
    "QMenu",
    "QTabBar",
    "QTextEdit",
    "QLineEdit",
    "QComboBox",
    "QAbstractButton",
    "QLabel",
    "QDockWidget",
    "QStatusBar",
    "QToolTip",
)
_normal_fonts: dict[str, QFont] = {}  # the application's fonts before any zoom, taken once


class Zoom(QObject):
    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if not _normal_fonts:
            for name in SCALED_CLASSES:
                # PySide6's stubs declare a className as bytes, but it takes a str (and refuses bytes)
                normal = app.font(name) if name else app.font()  # type: ignore[call-overload]
                _normal_fonts[name] = QFont(normal)
        self._app, self._settings, self._base = app, settings, QFont(_normal_fonts[""])
        self.step = NORMAL_STEP
        self.set_step(settings.zoom() + NORMAL_STEP, remember=False)
        app.installEventFilter(self)  # Ctrl+wheel over any view

    def font_at(self, step: int, normal: QFont | None = None) -> QFont:
        normal = normal or self._base
        font = QFont(normal)
        if normal.pointSizeF() > 0:
            font.setPointSizeF(normal.pointSizeF() * ZOOM_FACTORS[step])
        else:
            font.setPixelSize(round(normal.pixelSize() * ZOOM_FACTORS[step]))
        return font

    def set_step(self, step: int, *, remember: bool = True) -> None:
        self.step = min(max(step, 0), len(ZOOM_FACTORS) - 1)
        self._app.setFont(self.font_at(self.step))
        for name, normal in _normal_fonts.items():
            if name:  # a className is a str, which PySide6's stubs declare as bytes (see __init__)
                self._app.setFont(self.font_at(self.step, normal), name)  # type: ignore[arg-type]
        if remember:
            self._settings.set_zoom(self.step - NORMAL_STEP)

    def zoom_in(self) -> None:
        self.set_step(self.step + 1)

    def zoom_out(self) -> None:
        self.set_step(self.step - 1)

    def reset(self) -> None:
        self.set_step(NORMAL_STEP)

    def text_pixels(self, step: int | None = None) -> int:
        return QFontInfo(self.font_at(self.step if step is None else step)).pixelSize()

    def room_step(self) -> int:
        """The smallest step whose text is at least ROOM_TEXT_PIXELS high, whatever the screen's DPI."""
        fitting = (s for s in range(len(ZOOM_FACTORS)) if self.text_pixels(s) >= ROOM_TEXT_PIXELS)
        return next(fitting, len(ZOOM_FACTORS) - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QWheelEvent) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.type() == QEvent.Type.Wheel and event.angleDelta().y():
                self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            return True  # the wheel zooms; it does not also scroll
        return super().eventFilter(watched, event)


class PresentationMode(QObject):
    """Full screen with the views alone and large text; leaving gives back the window as it was."""

    def __init__(
        self,
        window: QMainWindow,
        grid: MatrixGrid,
        actions: Actions,
        zoom: Zoom,
        pages: QStackedWidget,
        around: list[QWidget],
    ) -> None:
        """`pages` hold the views; `around` is what surrounds them and is hidden too (the view tabs)."""
        super().__init__(window)
        self._window, self._grid, self._actions, self._zoom = window, grid, actions, zoom
        self._pages, self._around, self._alone = pages, around, ViewAlone(self)
        self._saved: tuple[Qt.WindowState, bytes, bool, bool, int] | None = None
        actions.presentation.toggled.connect(self.set_active)
        actions.leave_presentation.triggered.connect(self.leave)
        actions.leave_presentation.setEnabled(False)
        actions.spotlight_category.toggled.connect(lambda on: self._spotlight("category", on))
        actions.spotlight_row.toggled.connect(lambda on: self._spotlight("row", on))
        for action, change in ((actions.zoom_in, zoom.zoom_in), (actions.zoom_out, zoom.zoom_out)):
            action.triggered.connect(change)
            action.triggered.connect(self._refit)  # larger text: the room's tables are laid out again
        actions.zoom_reset.triggered.connect(zoom.reset)
        # menus hidden in presentation mode: the window itself must hold the actions for their keys to work
        window.addActions([getattr(actions, name) for name in actions.__dataclass_fields__])

    @property
    def active(self) -> bool:
        return self._saved is not None

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        window = self._window
        if on:
            self._saved = (
                window.windowState(),
                bytes(window.saveState().data()),
                window.menuBar().isVisible(),
                window.statusBar().isVisible(),
                self._zoom.step,
            )
            window.menuBar().hide()
            window.statusBar().hide()
            for dock in window.findChildren(QDockWidget):
                dock.hide()
            self._alone.show_alone(self._pages.currentWidget() or self._pages, self._around, self.leave)
            window.showFullScreen()
            self._zoom.set_step(max(self._zoom.step, self._zoom.room_step()), remember=False)
            self._refit()
        elif self._saved is not None:  # it is: presentation mode is active
            state, layout, menus, status, step = self._saved
            self._saved = None
            self._actions.spotlight_category.setChecked(False)
            self._actions.spotlight_row.setChecked(False)
            self._zoom.set_step(step, remember=False)
            self._alone.restore()
            window.setWindowState(state)
            window.restoreState(layout)
            window.menuBar().setVisible(menus)
            window.statusBar().setVisible(status)
        self._actions.leave_presentation.setEnabled(on)
        self._actions.presentation.setChecked(on)

    def _refit(self) -> None:
        if self.active:
            QApplication.processEvents()  # the full screen and the new fonts laid out first
            self._alone.fit_tables(self._pages.currentWidget() or self._pages)

    def leave(self) -> None:
        """Escape: first the spotlight goes, then presentation mode."""
        if self._grid.spotlight is not None:
            self._actions.spotlight_category.setChecked(False)
            self._actions.spotlight_row.setChecked(False)
        else:
            self.set_active(False)

    def _spotlight(self, kind: str, on: bool) -> None:
        other = self._actions.spotlight_row if kind == "category" else self._actions.spotlight_category
        if on:
            other.setChecked(False)
            self._grid.set_spotlight(kind)
            self._grid.setFocus()
            self._actions.leave_presentation.setEnabled(True)
        elif self._grid.spotlight == kind:
            self._grid.set_spotlight(None)
            self._actions.leave_presentation.setEnabled(self.active)


def use_theme(settings: Settings, name: str) -> None:
    """Switch the whole application to a theme and remember it (the menu and Preferences both do)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings.set_theme(apply_theme(app, name))


def theme_menu(parent: QMainWindow, settings: Settings) -> QMenu:
    """View > Theme: light, dark or high contrast, for the whole application, remembered."""
    menu = QMenu(translate("Theme", "&Theme"), parent)
    group = QActionGroup(menu)
    taken: set[str] = set()
    for name, text in THEME_NAMES.items():
        # Alt+V, T, then its letter: the first not taken by a theme above it ("Clair", "C&ontraste élevé")
        word = translate("Theme", text)
        at = next((i for i, c in enumerate(word) if c.isalpha() and c.casefold() not in taken), 0)
        taken.add(word[at].casefold())
        action = QAction(word[:at] + "&" + word[at:], menu, checkable=True)
        action.setChecked(name == current_theme())
        action.setData(name)
        group.addAction(action)
        menu.addAction(action)

    def tick_current() -> None:  # Preferences may have changed the theme since
        for action in group.actions():
            action.setChecked(action.data() == current_theme())

    group.triggered.connect(lambda action: use_theme(settings, str(action.data())))
    menu.aboutToShow.connect(tick_current)
    return menu
