"""What others change in a shared operation appears in the window: the server announces each change, the
services' listener hears it on its own thread, and the window reads the operation again on its own thread,
once for a burst of changes. After a lost connection it reads everything again too (what was announced
meanwhile is not replayed)."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.server import listen_for_changes

SETTLE_MS = 300  # a save touches several rows: read again once they have all arrived


class LiveRefresh(QObject):
    _heard = Signal()  # emitted on the listener's thread, received on the window's (a queued connection)

    def __init__(self, parent: QObject, operation: OpenOperation, refresh: Callable[[], None]) -> None:
        super().__init__(parent)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(refresh)
        self._heard.connect(self._restart)  # a method of this object: run on the window's thread
        self._listener = listen_for_changes(operation, lambda _change: self._heard.emit(), self._heard.emit)

    def _restart(self) -> None:
        self._settle.start()

    def stop(self) -> None:
        self._listener.stop()
        self._settle.stop()
