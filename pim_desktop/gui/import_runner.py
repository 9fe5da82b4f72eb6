"""Stores an import off the window's thread, with its own connection to the operation file, behind a
progress bar whose Cancel rolls the whole import back."""

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pim_desktop.gui.workers import outcome
from pim_desktop.imports.plan import ImportPlan


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)  # ImportResult
    failed = Signal(str)


class _ImportJob(QRunnable):
    def __init__(
        self, path: Path, plan: ImportPlan, choices: dict[int, int | None], cancel: threading.Event
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self._path, self._plan, self._choices, self._cancel = path, plan, choices, cancel

    def run(self) -> None:
        from pim_desktop.imports.apply import apply_plan
        from pim_desktop.services.operations import open_operation

        def work() -> object:
            with open_operation(self._path) as operation_file:
                return apply_plan(
                    operation_file, self._plan, self._choices, self.signals.progress.emit, self._cancel.is_set
                )

        result, problem = outcome(work, "importing")
        if result is None:
            self.signals.failed.emit(problem)
        else:
            self.signals.done.emit(result)


class ImportRunner(QObject):
    finished = Signal(object, str)  # (ImportResult or None, a message when it failed)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def start(self, path: Path, plan: ImportPlan, choices: dict[int, int | None]) -> None:
        cancel = threading.Event()
        progress = QProgressDialog(
            self.tr("Importing…"), self.tr("Cancel"), 0, max(1, len(plan.rows)), self._parent
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)  # no edit meanwhile
        progress.setMinimumDuration(300)
        progress.canceled.connect(cancel.set)
        job = _ImportJob(path, plan, choices, cancel)
        job.setAutoDelete(False)
        job.signals.progress.connect(lambda done, _total: progress.setValue(done))
        job.signals.done.connect(lambda result: self._end(progress, result, ""))
        job.signals.failed.connect(lambda message: self._end(progress, None, message))
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _end(self, progress: QProgressDialog, result: object, message: str) -> None:
        progress.reset()
        self.finished.emit(result, message)
