"""What every workspace controller shares: a change goes through a service, wrapped in an undo command that
holds snapshots taken before and after it."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pim_desktop.domain.errors import PimError, StaleRecordError
from pim_desktop.gui.commands import SnapshotCommand
from pim_desktop.gui.i18n import translate_along_classes
from pim_desktop.services.operations import OpenOperation

Result = TypeVar("Result")
Snapshot = TypeVar("Snapshot")


class UndoableController(QObject):
    changed = Signal()  # the operation on disk changed: views reload
    failed = Signal(str)  # a change was refused: the reason, in words for the user
    saved_without_undo = Signal(str)  # a change was stored, but its undo could not be kept: why, in words

    def __init__(self, operation_file: OpenOperation, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.operation_file = operation_file
        self.undo_stack = undo_stack
        self._failed_move: tuple[str, bool] | None = None  # (reason, undoing), until the stack has moved
        undo_stack.indexChanged.connect(self._put_back_after_failed_move)

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """Each controller inherits these words: found under this class too, not only the controller's."""
        return translate_along_classes(self, text, disambiguation, n)

    @property
    def read_only(self) -> bool:
        return self.operation_file.read_only

    def reload(self) -> None:
        """Read again what the views show, then tell them."""
        self.changed.emit()

    def apply(
        self,
        text: str,
        change: Callable[[], Result],
        snapshot_before: Callable[[], Snapshot] | None,
        snapshot_after: Callable[[Result], Snapshot],
        restore: Callable[[Snapshot], None],
        merge_key: object | None = None,
        before_added: Callable[[Result], Snapshot] | None = None,
        *,
        whole: bool = False,
        refused: type[PimError] | None = None,
        reread: Callable[[Snapshot], Snapshot] | None = None,
    ) -> Result | None:
        """Make the change through the service, then push an undo command holding before and after. For an
        addition, `before_added` gives the state before from the new record's id, known only afterwards.
        Undo and redo first check that what they leave is still there (`reread` gives a snapshot's scope as
        it is now; by default `snapshot_after` read again), except for a `whole` change (many records),
        whose `restore` checks each record itself. A `refused`
        error is raised to the caller (who shows the user what changed) instead of said."""
        if self.read_only:
            self.failed.emit(self.tr("This file is read-only: nothing can be changed."))
            return None
        try:  # a snapshot of the whole file that cannot be written (a full disk) stops the change too
            taken = [snapshot_before()] if snapshot_before else []  # a list: a snapshot may itself be None
            result = change()
        except PimError as error:
            if refused is not None and isinstance(error, refused):
                raise
            self.failed.emit(error.sentence)
            if isinstance(error, StaleRecordError):  # someone else saved it since: show it as it is now
                self.reload()
            return None
        self._push(
            text,
            lambda: (before_added(result) if before_added else taken[0], snapshot_after(result)),
            restore,
            merge_key,
            None if whole else reread or (lambda _leaving: snapshot_after(result)),
        )
        return result

    def record_done(
        self, text: str, before: Snapshot, after: Callable[[], Snapshot], restore: Callable[[Snapshot], None]
    ) -> None:
        """A change of many records made elsewhere (a worker thread) becomes one undo step, and the views
        reload. `after` is called for the state now; `restore` checks each record before putting it back."""
        self._push(text, lambda: (before, after()), restore)

    def _push(
        self,
        text: str,
        states: Callable[[], tuple[Snapshot, Snapshot]],
        restore: Callable[[Snapshot], None],
        merge_key: object | None = None,
        current: Callable[[Snapshot], Snapshot] | None = None,
    ) -> None:
        """The change is stored: its undo step holds the states before and after it, unless they cannot be
        taken (a full disk), and the views reload."""
        try:
            before, after = states()
        except PimError as error:
            self._stored_without_undo(error)
            return
        self.undo_stack.push(
            SnapshotCommand(text, restore, before, after, self.reload, self._move_failed, merge_key, current)
        )
        self.reload()

    def _stored_without_undo(self, error: PimError) -> None:
        """The change is stored but its state afterwards could not be kept for undo: the earlier steps would
        no longer fit what is on disk, so the history starts again here, and the user is told."""
        self.undo_stack.clear()
        self.reload()
        reason = getattr(error, "reason", error.message.rstrip("."))
        self.saved_without_undo.emit(
            self.tr(
                "The change was saved, but it cannot be undone ({reason}). Earlier changes cannot be undone "
                "either; File > Restore from Backup has the file as it was when it was opened."
            ).format(reason=reason)
        )

    def _move_failed(self, reason: str, undoing: bool) -> None:
        """An undo or redo that could not be written (a full disk): the file did not change. Called from
        inside QUndoStack, which moves its index only afterwards; the index is put back, and the user told,
        as soon as it has moved, before any other event (a message box's own loop included) can run."""
        self._failed_move = (reason, undoing)

    def _put_back_after_failed_move(self, _index: int) -> None:
        if self._failed_move is None:
            return
        reason, undoing = self._failed_move
        self._failed_move = None
        (self.undo_stack.redo if undoing else self.undo_stack.undo)()  # skipped by the command itself
        self.failed.emit(reason)
