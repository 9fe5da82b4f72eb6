"""Undo commands. Each holds snapshots taken around a change the service already made, so undo and redo
restore exactly what was there, whatever kind of edit it was."""

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

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
        merge_key: object | None = None,
    ) -> None:
        super().__init__(text)
        self._restore = restore
        self._before = before
        self._after = after
        self._on_restored = on_restored
        self._merge_key = merge_key
        self._done = True  # the change was made before the command was pushed

    def id(self) -> int:
        return MERGEABLE_COMMAND_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Consecutive edits of one thing (an entry, a record) undo as one step."""
        if not isinstance(other, SnapshotCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._restore(self._after)
        self._on_restored()

    def undo(self) -> None:
        self._restore(self._before)
        self._on_restored()
