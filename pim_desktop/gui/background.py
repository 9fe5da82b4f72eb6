"""Long work off the window's thread, the one way the window does it: a progress dialog with Cancel (shown
only when the work lasts), progress reported as it goes, and the result or a sentence saying what went
wrong delivered on the window's thread. No widget is touched from the worker."""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pim_desktop.gui.workers import outcome

Progress = Callable[[int, int], None]  # (done, in all)
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]
SHOW_AFTER_MS = 300  # quick work never flashes a dialog


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Work, what: str, cancel: threading.Event) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work, self._what, self._cancel = work, what, cancel

    def run(self) -> None:
        result, problem = outcome(
            lambda: self._work(self.signals.progress.emit, self._cancel.is_set), self._what
        )
        if problem:
            self.signals.failed.emit(problem)
        else:
            self.signals.done.emit(result)


class BackgroundTask(QObject):
    """Runs one job at a time for a window; `finished` says (the result, "") or (None, why it failed)."""

    finished = Signal(object, str)

    def __init__(self, parent: QWidget, label: str, what: str) -> None:
        """`label` is what the progress dialog says ("Importing…"); `what` names the work in the sentence of
        an unexpected failure ("importing")."""
        super().__init__(parent)
        self._parent, self._label, self._what = parent, label, what
        self.progress: QProgressDialog | None = None
        self._job: _Job | None = None

    def start(self, work: Work) -> None:
        """Run `work(progress, cancelled)` on the thread pool; it reports (done, in all) through `progress`
        and stops, leaving nothing done, when `cancelled()` says so."""
        cancel = threading.Event()
        self.progress = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)  # no edit meanwhile
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.canceled.connect(cancel.set)
        job = _Job(work, self._what, cancel)
        job.setAutoDelete(False)  # kept until its signals have been delivered
        job.signals.progress.connect(self._advance)
        job.signals.done.connect(lambda result: self._end(result, ""))
        job.signals.failed.connect(lambda message: self._end(None, message))
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _advance(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _end(self, result: object, message: str) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress = None
        self._job = None
        self.finished.emit(result, message)
