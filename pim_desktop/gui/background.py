"""Long work off the window's thread, the one way the window does it: a progress dialog with Cancel (shown
only when the work lasts), progress reported as it goes, and the result or a sentence saying what went
wrong delivered on the window's thread. No widget is touched from the worker."""

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pim_desktop.gui.workers import outcome

if TYPE_CHECKING:
    from pim_desktop.services.operations import OpenOperation

Progress = Callable[[int, int], None]  # (done, in all)
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]
Use = Callable[["OpenOperation", Progress, Cancelled], Any]
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
        self.ended = threading.Event()  # set once the work has returned, whatever it gave

    def run(self) -> None:
        try:
            result, problem = outcome(
                lambda: self._work(self.signals.progress.emit, self._cancel.is_set), self._what
            )
        finally:
            _resume_collection()
        self.ended.set()
        if problem:
            self.signals.failed.emit(problem)
        else:
            self.signals.done.emit(result)


def on_its_own_connection(path: "Path | str", use: Use, *, read_only: bool = True) -> Work:
    """Work that `use`s the operation file (or server: `path` is then its address) through a connection of
    its own, opened and closed in the job: a connection belongs to the thread that opened it, and the window
    keeps its own."""

    def work(progress: Progress, cancelled: Cancelled) -> Any:
        from pim_desktop.services.operations import open_operation

        with open_operation(path, read_only=read_only) as operation:
            return use(operation, progress, cancelled)

    return work


_collection_paused = 0
_pausing = threading.Lock()


def _pause_collection() -> None:
    """Python's garbage collector runs in whichever thread happens to allocate: in a worker, it would destroy
    Qt objects that became garbage on the window's thread (a closed dialog's timers) from the wrong thread,
    and Qt crashes later. So garbage is collected on the window's thread before a job starts, and the
    collector waits while any job runs."""
    global _collection_paused
    gc.collect()
    with _pausing:
        _collection_paused += 1
        gc.disable()


def _resume_collection() -> None:
    global _collection_paused
    with _pausing:
        _collection_paused -= 1
        if not _collection_paused:
            gc.enable()


class BackgroundTask(QObject):
    """Runs one job at a time for a window; `finished` says (the result, "") or (None, why it failed)."""

    finished = Signal(object, str)

    def __init__(self, parent: QWidget, label: str, what: str, *, quiet: bool = False) -> None:
        """`label` is what the progress dialog says ("Importing…"); `what` names the work in the sentence of
        an unexpected failure ("importing"). A `quiet` task shows no progress dialog: its owner says that it
        is working (a preview does, in its own place)."""
        super().__init__(parent)
        self._parent, self._label, self._what, self._quiet = parent, label, what, quiet
        self.progress: QProgressDialog | None = None
        self._job: _Job | None = None
        self._cancel = threading.Event()

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, work: Work) -> None:
        """Run `work(progress, cancelled)` on the thread pool; it reports (done, in all) through `progress`
        and stops, leaving nothing done, when `cancelled()` says so."""
        cancel = self._cancel = threading.Event()
        if not self._quiet:
            self.progress = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)  # no edit meanwhile
            self.progress.setMinimumDuration(SHOW_AFTER_MS)
            self.progress.canceled.connect(cancel.set)
        job = _Job(work, self._what, cancel)
        job.setAutoDelete(False)  # kept until its signals have been delivered
        job.signals.progress.connect(self._advance)
        job.signals.done.connect(lambda result: self._end(job, result, ""))
        job.signals.failed.connect(lambda message: self._end(job, None, message))
        self._job = job
        _pause_collection()  # resumed by the job when its work is done
        QThreadPool.globalInstance().start(job)

    def run(self, work: Work) -> tuple[Any, str]:
        """`start` the work and wait for its (result, problem): the window keeps painting meanwhile, and the
        progress dialog keeps the user's hands off it. For a step in the middle of a dialogue with the user
        (a merge is planned, then chosen from)."""
        loop = QEventLoop()
        ended: list[tuple[Any, str]] = []

        def keep(result: object, message: str) -> None:
            ended.append((result, message))
            loop.quit()

        self.finished.connect(keep)
        try:
            self.start(work)
            if not ended:
                loop.exec()
        finally:
            self.finished.disconnect(keep)
        return ended[0]

    def stop(self) -> None:
        """Cancel the job, wait until its work has returned, and deliver nothing of it: for an owner that
        goes away (a dialog closed while its preview is counting). The work must not outlive the file or
        the widgets it was started for."""
        job = self._job
        if job is None:
            return
        self._cancel.set()
        job.ended.wait()
        self._job = None
        self._close_progress()

    def _advance(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress = None

    def _end(self, job: _Job, result: object, message: str) -> None:
        if job is not self._job:  # a stopped job's last word, delivered late
            return
        self._close_progress()
        self._job = None
        self.finished.emit(result, message)
