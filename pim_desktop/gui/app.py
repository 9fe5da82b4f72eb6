"""The Qt application: one QApplication, the main window, and the operation it opens first.

The window's modules load the storage layer and the services (SQLAlchemy among them): half a second on an
office laptop. A plain window naming the file being opened is painted first, in the place the main window
will take, so that the program answers at once (docs/speed.md, cold start).
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from pim_desktop import APP_NAME, __version__
from pim_desktop.gui.error_report import install as install_error_report
from pim_desktop.gui.fitting import restore_geometry
from pim_desktop.gui.i18n import install_language
from pim_desktop.gui.settings import Settings
from pim_desktop.gui.theme import apply_theme
from pim_desktop.paths import sample_operation_path
from pim_desktop.resources import resource_path

if TYPE_CHECKING:
    from pim_desktop.gui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "pim-desktop.svg"))))
    return app


def _first_path(requested: Path | None, settings: Settings) -> Path:
    if requested is not None:
        return requested
    last = settings.last_file()
    if last is not None and last.exists():
        return last
    return sample_operation_path()


def first_operation(requested: Path | None, settings: Settings) -> Path:
    """What to open at start: the file asked for, else the last one used, else the sample operation
    (written the first time)."""
    path = _first_path(requested, settings)
    if requested is None and path == sample_operation_path() and not path.exists():
        from pim_desktop.services.demo import write_sample_operation

        write_sample_operation(path)
    return path


def _set_up(language: str | None) -> Settings:
    """The language asked for (else the one chosen in Preferences) and the theme, before any window."""
    settings = Settings()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, language or settings.language())
    apply_theme(app, settings.theme())
    return settings


def opening_window(requested: Path | None, settings: Settings) -> QMainWindow:
    """A window that says which file is being opened, shown while the main window loads."""
    name = _first_path(requested, settings).name
    window = QMainWindow()
    text = QApplication.translate("Opening", "Opening {name}…").format(name=name)
    window.setWindowTitle(f"{text} — {APP_NAME}")
    label = QLabel(text, window)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    restore_geometry(window, settings)
    return window


def build_main_window(requested: Path | None, language: str | None = None) -> "MainWindow":
    """The window in the language asked for (else the one chosen in Preferences), on the file asked for."""
    return _main_window(requested, _set_up(language))


def _main_window(requested: Path | None, settings: Settings) -> "MainWindow":
    from pim_desktop.gui.main_window import MainWindow  # the storage layer and services load here

    window = MainWindow(settings)
    restore_geometry(window, settings)
    window.show()
    window.fit_side_panel()
    window.open_file(first_operation(requested, settings))
    return window


def run_application(requested: Path | None, language: str | None = None) -> int:
    app = create_application()
    settings = _set_up(language)
    opening = opening_window(requested, settings)
    opening.show()
    app.processEvents()  # painted before the window's modules load
    window = _main_window(requested, settings)
    opening.close()
    install_error_report(lambda: window)
    try:
        return app.exec()
    finally:
        window.close_operation()
