"""The last line of defence in the window: an error the program did not expect is written, with its
details, to the error log in the program's folder and said in a message box, instead of a traceback
printed where nobody looks (a windowed program on Windows has no console). The window goes on; every
change made before the error is saved in the file, since each is saved as it is made."""

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from pim_desktop import __version__
from pim_desktop.gui.i18n import translate
from pim_desktop.paths import error_log_path

MAX_LOG_BYTES = 1_000_000  # then the log starts afresh, the previous one kept beside it


def install(parent: Callable[[], QWidget | None]) -> None:
    """From now on an unexpected error is logged and said over `parent()`."""

    def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log = logged(kind, error, trace)
        said = translate(
            "Errors",
            "PIM Desktop met a problem it did not expect ({problem}). Every change made before it is "
            "saved in the file.",
        ).format(problem=f"{kind.__name__}: {error}")
        if log is None:
            details = translate("Errors", "The details could not be written down.")
        else:
            details = translate(
                "Errors", "The details are in {log}; please send them with a report of what you were doing."
            ).format(log=log)
        QMessageBox.warning(parent(), translate("Errors", "Something went wrong"), f"{said} {details}")

    sys.excepthook = handle


def logged(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path | None:
    """Appends the error to the log; the log's path, or None when it cannot be written (a full disk)."""
    try:
        path = error_log_path()
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_name(f"{path.stem}.previous{path.suffix}"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}, PIM Desktop {__version__}\n")
            log.write("".join(traceback.format_exception(kind, error, trace)))
    except OSError:
        return None
    return path
