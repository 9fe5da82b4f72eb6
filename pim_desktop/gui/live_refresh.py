"""What others change in a shared operation appears in the window: the server announces each change, the
services' listener hears it on its own thread, and the window reads the operation again on its own thread,
once for a burst of changes, and under a stream of them at most once every REST_MS so that it stays usable.
A lost connection is said (`lost`); once it is made again the window reads everything again, since what was
announced meanwhile is not replayed, and says so (`back`)."""

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.server import listen_for_changes

SETTLE_MS = 50  # the announcements of one save arrive together: read again once they are all in
REST_MS = 1000  # from the end of one reading to the start of the next, at least


class LiveRefresh(QObject):
    lost = Signal()  # the connection to the server was lost: what others change is not shown meanwhile
    back = Signal()  # connected again, and the operation read afresh

    # emitted on the listener's thread, received on the window's (queued connections)
    _heard = Signal()
    _cut_off = Signal()
    _reconnected = Signal()

    def __init__(self, parent: QObject, operation: OpenOperation, refresh: Callable[[], None]) -> None:
        super().__init__(parent)
        self._refresh = refresh
        self._next_reading = 0.0  # time.monotonic() before which the window does not read again
        self._say_back = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._read_again)
        # methods of this object: run on the window's thread
        self._heard.connect(self._soon)
        self._cut_off.connect(self._say_lost)
        self._reconnected.connect(self._back_soon)
        self._listener = listen_for_changes(
            operation, lambda _change: self._heard.emit(), self._reconnected.emit, self._cut_off.emit
        )

    def _soon(self) -> None:
        """Read again shortly, unless a reading is coming already (it will see this change too)."""
        if not self._timer.isActive():
            wait = (self._next_reading - time.monotonic()) * 1000
            self._timer.start(max(SETTLE_MS, round(wait)))

    def _say_lost(self) -> None:
        self.lost.emit()

    def _back_soon(self) -> None:
        self._say_back = True
        self._soon()

    def _read_again(self) -> None:
        self._refresh()
        self._next_reading = time.monotonic() + REST_MS / 1000
        if self._say_back:
            self._say_back = False
            self.back.emit()

    def stop(self) -> None:
        self._listener.stop()
        self._timer.stop()
