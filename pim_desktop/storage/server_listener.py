"""Live news of other users' changes on a server: a thread on a connection of its own LISTENs to what the
server's triggers announce (table, operation, record id, who) a few milliseconds after each commit.

Announcements are never replayed: after a lost connection (a server restart) the listener says so, connects
again, listens again, and says that it is back, so that whoever shows the operation reads it all afresh."""

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

from pim_desktop.storage.server import ServerAddress, connection_parameters
from pim_desktop.storage.server_schema import CHANGES_CHANNEL

RETRY_SECONDS = 1.0
WAIT_SECONDS = 0.1  # a wait for news lasts this long before the listener sees whether it was stopped


@dataclass(frozen=True)
class Change:
    table: str
    operation: str  # INSERT, UPDATE or DELETE
    record_id: int | None  # None for a link without an id of its own
    user: str


class ChangeListener:
    """Calls `on_change` with each change; `on_lost` once when the connection is lost, and `on_reconnected`
    once it is made again (what was announced meanwhile is lost: read everything again); all on the
    listener's thread."""

    def __init__(
        self,
        address: ServerAddress,
        on_change: Callable[[Change], None],
        on_reconnected: Callable[[], None] = lambda: None,
        on_lost: Callable[[], None] = lambda: None,
    ) -> None:
        self._address = address
        self._on_change, self._on_reconnected, self._on_lost = on_change, on_reconnected, on_lost
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pim-server-listener", daemon=True)

    def start(self, timeout: float = 10.0) -> "ChangeListener":
        """Starts listening; returns once the first LISTEN is in place (or after `timeout`)."""
        self._thread.start()
        self._listening.wait(timeout)
        return self

    def stop(self) -> None:
        """Stops listening: within WAIT_SECONDS while connected (closing the operation waits for it)."""
        self._stopping.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg  # here: psycopg and libpq cost the window's start 70 ms, and most never use a server

        cut_off = False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(**connection_parameters(self._address), autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
                    self._listening.set()
                    if cut_off:
                        self._on_reconnected()
                    cut_off = False
                    while not self._stopping.is_set():
                        for notice in connection.notifies(timeout=WAIT_SECONDS):
                            self._on_change(_change(notice.payload))
            except psycopg.OperationalError:
                if not cut_off and not self._stopping.is_set():
                    self._on_lost()
                cut_off = True
                self._stopping.wait(RETRY_SECONDS)


def _change(payload: str) -> Change:
    said = json.loads(payload)
    return Change(said["table"], said["operation"], said.get("id"), said["user"])
