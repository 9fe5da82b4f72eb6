"""What others change in a shared operation appears in the window: the server announces each change, the
services' listener hears it on its own thread, and the window reads the operation again on its own thread,
once for a burst of changes. A lost connection is said (`lost`); once it is made again the window reads
everything again, since what was announced meanwhile is not replayed, and says so (`back`)."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.server import listen_for_changes

SETTLE_MS = 300  # a save touches several rows: read again once they have all arrived


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
        self._say_back = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._read_again)
        # methods of this object: run on the window's thread
        self._heard.connect(self._restart)
        self._cut_off.connect(self._say_lost)
        self._reconnected.connect(self._back_soon)
        self._listener = listen_for_changes(
            operation, lambda _change: self._heard.emit(), self._reconnected.emit, self._cut_off.emit
        )

    def _restart(self) -> None:
        self._settle.start()

    def _say_lost(self) -> None:
        self.lost.emit()

    def _back_soon(self) -> None:
        self._say_back = True
        self._restart()

    def _read_again(self) -> None:
        self._refresh()
        if self._say_back:
            self._say_back = False
            self.back.emit()

    def stop(self) -> None:
        self._listener.stop()
        self._settle.stop()
