"""Undo commands. Each holds snapshots taken around a change the service already made, so undo and redo
restore exactly what was there, whatever kind of edit it was."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from pim_desktop.services.matrix_history import MatrixHistory, MatrixSnapshot

EDIT_ENTRY_COMMAND_ID = 1001


class MatrixChangeCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        history: MatrixHistory,
        before: MatrixSnapshot,
        after: MatrixSnapshot,
        on_restored: Callable[[], None],
        merge_key: int | None = None,
    ) -> None:
        super().__init__(text)
        self._history = history
        self._before = before
        self._after = after
        self._on_restored = on_restored
        self._merge_key = merge_key
        self._done = True  # the change was made before the command was pushed

    def id(self) -> int:
        return EDIT_ENTRY_COMMAND_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Consecutive edits of one entry undo as one step."""
        if not isinstance(other, MatrixChangeCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._history.restore(self._after)
        self._on_restored()

    def undo(self) -> None:
        self._history.restore(self._before)
        self._on_restored()
