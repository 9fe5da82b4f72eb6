"""Other users' changes arrive as they are committed (LISTEN/NOTIFY on a real server), and a listener cut off
from the server says so, connects again and says that too, so that the operation is read afresh."""

import queue
import threading
from dataclasses import replace

from pim_desktop.services.server import listen_for_changes
from pim_desktop.services.systems import SystemService
from pim_desktop.storage.server_listener import Change
from tests.postgres import Server, database_of, superuser_connection
from tests.shared_server import CHIEF, OFFICER, first_visible_system, opened


def next_change_of(changes: "queue.Queue[Change]", table: str) -> Change:
    while True:  # a save also touches the operation's last-changed time and the system's links
        change = changes.get(timeout=30)
        if change.table == table:
            return change


def test_a_change_is_announced_to_the_others_with_who_made_it(shared: str):
    changes: queue.Queue[Change] = queue.Queue()
    with opened(shared, CHIEF) as chief_side, opened(shared, OFFICER) as officer_side:
        listener = listen_for_changes(chief_side, changes.put, lambda: None)
        try:
            systems = SystemService(officer_side)
            system = first_visible_system(systems)
            systems.update(system.id, replace(system.details, notes="Seen by the chief at once"))
            assert next_change_of(changes, "information_system") == Change(
                "information_system", "UPDATE", system.id, OFFICER
            )
        finally:
            listener.stop()


def test_a_listener_cut_off_says_so_and_connects_again(shared: str, postgres_server: Server):
    changes: queue.Queue[Change] = queue.Queue()
    lost, reconnected = threading.Event(), threading.Event()
    with opened(shared, CHIEF) as chief_side, opened(shared, OFFICER) as officer_side:
        listener = listen_for_changes(chief_side, changes.put, reconnected.set, lost.set)
        try:
            with superuser_connection(postgres_server, database_of(shared)) as superuser:
                (cut,) = superuser.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE usename = %s AND query LIKE 'LISTEN%%'",
                    (CHIEF,),
                ).fetchone()
            assert cut == 1
            assert lost.wait(timeout=30) and reconnected.wait(timeout=30)
            systems = SystemService(officer_side)
            system = first_visible_system(systems)
            systems.update(system.id, replace(system.details, notes="After the cut"))
            assert next_change_of(changes, "information_system").record_id == system.id
        finally:
            listener.stop()
