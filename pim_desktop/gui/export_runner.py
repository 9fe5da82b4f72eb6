"""Runs an export off the window's thread, with a progress dialog whose Cancel leaves the target untouched.
The worker opens its own read-only connection to the operation file."""

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pim_desktop.gui.dialogs.export_dialog import ExportRequest
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.workers import outcome


class _Signals(QObject):
    done = Signal(str)  # a sentence for the status bar
    failed = Signal(str)


class _ExportJob(QRunnable):
    def __init__(self, operation_path: Path, request: ExportRequest, cancel: threading.Event) -> None:
        super().__init__()
        self.signals = _Signals()
        self._path, self._request, self._cancel = operation_path, request, cancel

    def run(self) -> None:
        from pim_desktop.exports.run import export
        from pim_desktop.services.operations import open_operation

        request = self._request

        def work() -> Any:
            with open_operation(self._path, read_only=True) as operation_file:
                return export(
                    operation_file,
                    request.view,
                    request.format_name,
                    request.target,
                    request.options,
                    cancelled=self._cancel.is_set,
                )

        document, problem = outcome(work, "exporting")
        if document is None:
            self.signals.failed.emit(problem)
            return
        said = translate("Exports", "Exported to {target}.").format(target=request.target)
        if document.left_out:
            left_out = translate("Exports", "Left out: {parts}.").format(parts="; ".join(document.left_out))
            said = f"{said} {left_out}"
        self.signals.done.emit(said)


class ExportRunner(QObject):
    finished = Signal(bool, str)  # (succeeded, what to tell the user)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.progress: QProgressDialog | None = None

    def start(self, operation_path: Path, request: ExportRequest) -> None:
        cancel = threading.Event()
        self.progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self._parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # quick exports never flash a dialog
        self.progress.canceled.connect(cancel.set)
        job = _ExportJob(operation_path, request, cancel)
        job.setAutoDelete(False)  # kept until its signals have been delivered
        job.signals.done.connect(lambda message: self._end(True, message))
        job.signals.failed.connect(lambda message: self._end(False, message))
        self._job = job  # its signals live as long as the runner waits for them
        QThreadPool.globalInstance().start(job)

    def _end(self, succeeded: bool, message: str) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress = None
        self.finished.emit(succeeded, message)
