"""The Qt application: one QApplication, the main window, and the operation it opens first."""

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from pim_desktop import APP_NAME, __version__
from pim_desktop.gui.error_report import install as install_error_report
from pim_desktop.gui.fitting import restore_geometry
from pim_desktop.gui.i18n import install_language
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from pim_desktop.gui.theme import apply_theme
from pim_desktop.paths import sample_operation_path
from pim_desktop.resources import resource_path


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


def first_operation(requested: Path | None, settings: Settings) -> Path:
    """What to open at start: the file asked for, else the last one used, else the sample operation
    (written the first time)."""
    if requested is not None:
        return requested
    last = settings.last_file()
    if last is not None and last.exists():
        return last
    sample = sample_operation_path()
    if not sample.exists():
        from pim_desktop.services.demo import write_sample_operation

        write_sample_operation(sample)
    return sample


def build_main_window(requested: Path | None, language: str | None = None) -> MainWindow:
    """The window in the language asked for (else the one chosen in Preferences), on the file asked for."""
    settings = Settings()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, language or settings.language())
    apply_theme(app, settings.theme())
    window = MainWindow(settings)
    restore_geometry(window, settings)
    window.show()
    window.fit_side_panel()
    window.open_file(first_operation(requested, settings))
    return window


def run_application(requested: Path | None, language: str | None = None) -> int:
    app = create_application()
    window = build_main_window(requested, language)
    install_error_report(lambda: window)
    try:
        return app.exec()
    finally:
        window.close_operation()
