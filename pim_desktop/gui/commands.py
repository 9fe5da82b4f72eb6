"""Undo commands. Each holds snapshots taken around a change the service already made, so undo and redo
restore exactly what was there, whatever kind of edit it was.

On a shared server others change the operation too: before an undo or redo puts its snapshot back, what is
there now must still be the snapshot it leaves (read afresh by `current`); otherwise it would overwrite
someone else's later save, and it is refused, naming the step."""

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from pim_desktop.domain.errors import ChangedSinceError, PimError, UndoOvertakenError

Snapshot = TypeVar("Snapshot")

MERGEABLE_COMMAND_ID = 1001


class SnapshotCommand(QUndoCommand, Generic[Snapshot]):
    def __init__(
        self,
        text: str,
        restore: Callable[[Snapshot], None],
        before: Snapshot,
        after: Snapshot,
        on_restored: Callable[[], None],
        on_failed: Callable[[str, bool], None],
        merge_key: object | None = None,
        current: Callable[[Snapshot], Snapshot] | None = None,
    ) -> None:
        """`on_failed(reason, undoing)` is told when an undo or redo could not be written (a full disk, a
        record changed by someone else since): nothing changed, so the caller moves the stack back once Qt
        has moved it, and that move is skipped here. `current(snapshot)` reads that snapshot's scope as it is
        now; None where `restore` makes that check itself (a whole change's)."""
        super().__init__(text)
        self._restore = restore
        self._before = before
        self._after = after
        self._on_restored = on_restored
        self._on_failed = on_failed
        self._merge_key = merge_key
        self._current = current
        self._skip_next_move = True  # the change was made before the command was pushed

    def id(self) -> int:
        return MERGEABLE_COMMAND_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Consecutive edits of one thing (an entry, a record) undo as one step."""
        if not isinstance(other, SnapshotCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._move_to(self._after, self._before, undoing=False)

    def undo(self) -> None:
        self._move_to(self._before, self._after, undoing=True)

    def _move_to(self, snapshot: Snapshot, leaving: Snapshot, *, undoing: bool) -> None:
        if self._skip_next_move:
            self._skip_next_move = False
            return
        try:
            try:
                if self._current is not None and self._current(leaving) != leaving:
                    raise ChangedSinceError(1)
                self._restore(snapshot)
            except ChangedSinceError as changed:
                raise UndoOvertakenError(self.text(), undoing=undoing, records=changed.records) from None
        except PimError as error:
            self._skip_next_move = True
            self._on_failed(error.sentence, undoing)
            return
        self._on_restored()
