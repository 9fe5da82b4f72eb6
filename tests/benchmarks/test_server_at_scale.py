"""The stress operation (2,000 organisations, 20,000 systems) on a shared server over a local socket, as a
login whose clearance lets it see every system (the server's policies still filter each row): opening it in
the window and showing the mapping against the same on the file, one edit made elsewhere seen by a window
showing the mapping, and twenty people saving at once.

The operation is published once for the run (`server init` then `publish`, as an administrator does), on
the tests' own PostgreSQL server (tests/postgres.py); how long publishing took is reported beside
sqlite3 reading every row it copies."""

import queue
import sqlite3
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from pim_desktop.domain.errors import StaleRecordError
from pim_desktop.gui.live_refresh import REST_MS
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.operations import OpenOperation
from pim_desktop.services.server import listen_for_changes
from pim_desktop.services.systems import SystemService
from pim_desktop.storage.models import Base
from tests.benchmarks.harness import Figure, measure, record
from tests.benchmarks.synthetic import STRESS
from tests.postgres import Server, new_database
from tests.shared_server import AS_SUPERUSER, CHIEF, PASSWORDS, as_user, cli, opened

WRITERS = 20
WRITING_SECONDS = 10.0


@dataclass(frozen=True)
class Published:
    url: str  # as the superuser
    seconds: float  # publishing took

    @property
    def address(self) -> str:
        """As the login the benchmarks open it with: an admin cleared to everything."""
        return as_user(self.url, CHIEF)


@pytest.fixture(scope="module")
def stress_server(postgres_server: Server, stress_file: Path) -> Published:
    url = postgres_server.url(new_database(postgres_server))
    cli("server", "init", url)
    started = time.perf_counter()
    said = cli("publish", stress_file, url)
    seconds = time.perf_counter() - started
    assert "records in" in said, said
    cli(
        "server", "add-user", url, CHIEF, "--role", "admin", "--clearance", "strictly-confidential",
        env={**AS_SUPERUSER, "PIM_DESKTOP_USER_PASSWORD": PASSWORDS[CHIEF]},
    )  # fmt: skip
    return Published(url, seconds)


def _read_every_row(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        for table in Base.metadata.sorted_tables:
            connection.execute(f"SELECT * FROM {table.name}").fetchall()


def test_publishing_the_stress_operation(stress_server: Published, stress_file: Path):
    started = time.perf_counter()
    _read_every_row(stress_file)
    record(
        Figure(
            "stress: publish to a server (`pim-desktop publish`)",
            stress_server.seconds,
            "sqlite3 reading every row it copies",
            time.perf_counter() - started,
            "reported",
        )
    )


def _showing(window: MainWindow, open_it: Callable[[], bool]) -> Callable[[], None]:
    """Open, paint the matrix, show the mapping's systems and paint them, close: as test_mapping_at_scale."""

    def program() -> None:
        assert open_it()
        window.grab()  # the matrix, painted
        window.window_actions.show_mapping.trigger()
        window.mappingPage.mappingTabs.setCurrentWidget(window.mappingPage.systemsTab)
        window.grab()  # the mapping's systems, painted
        assert window.mapping.controller is not None
        assert len(window.mapping.controller.data.systems) == STRESS.systems
        window.close_operation()

    return program


def test_open_on_the_server_and_show_the_mapping_against_the_file(
    laptop_window: MainWindow, stress_server: Published, stress_file: Path
):
    window = laptop_window
    figure = measure(
        "stress on a server: open in the window, show matrix then mapping",
        _showing(window, lambda: window.open_shared(stress_server.address, PASSWORDS[CHIEF])),
        "the same on the file",
        _showing(window, lambda: window.open_file(stress_file)),
        "at most 1.5x the file",
        repeats=3,
    )
    assert figure.ratio <= 1.5


@pytest.fixture
def showing_the_mapping(laptop_window: MainWindow, stress_server: Published) -> Iterator[MainWindow]:
    window = laptop_window
    assert window.open_shared(stress_server.address, PASSWORDS[CHIEF])
    window.window_actions.show_mapping.trigger()
    window.mappingPage.mappingTabs.setCurrentWidget(window.mappingPage.systemsTab)
    window.grab()
    yield window
    window.close_operation()


def test_an_edit_is_seen_by_another_window(showing_the_mapping: MainWindow, stress_server: Published):
    """From the save's start on one side to the other window showing the mapping read again, painted;
    beside it the server's announcement of the same save reaching a bare listener."""
    window = showing_the_mapping
    controller = window.mapping.controller
    assert controller is not None
    read_again: list[float] = []
    controller.changed.connect(lambda: read_again.append(time.perf_counter()))
    heard: queue.Queue[float] = queue.Queue()
    shown: list[float] = []
    announced: list[float] = []
    with opened(stress_server.url, CHIEF) as other:
        listener = listen_for_changes(
            other,
            lambda change: heard.put(time.perf_counter()) if change.table == "information_system" else None,
            lambda: None,
        )
        systems = SystemService(other)
        try:
            for run in range(6):
                # an edit on its own, not one of a stream (which the window reads at most once a second)
                pause_for(REST_MS / 1000)
                system = systems.get(1 + run * 997)
                name = f"Renamed elsewhere {run}"
                read_again.clear()
                started = time.perf_counter()
                systems.update(system.id, replace(system.details, name=name), base=system)
                deadline = started + 30
                while time.perf_counter() < deadline and not (
                    read_again and any(s.name == name for s in controller.data.systems)
                ):
                    QApplication.processEvents()
                    time.sleep(0.001)
                window.grab()
                assert read_again, "the window never read the operation again"
                if run:  # the first is a warm-up
                    shown.append(time.perf_counter() - started)
                    announced.append(heard.get(timeout=10) - started)
                else:
                    heard.get(timeout=10)
                while not heard.empty():
                    heard.get()
        finally:
            listener.stop()
    figure = record(
        Figure(
            "stress on a server: an edit elsewhere shown by the window",
            statistics.median(shown),
            "the server's announcement heard",
            statistics.median(announced),
            "under 1 s",
        )
    )
    assert figure.median < 1.0


def pause_for(seconds: float) -> None:
    """Wait, the window's events handled meanwhile."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        QApplication.processEvents()
        time.sleep(0.01)


def _write_for(
    operation: OpenOperation, ids: list[int], until: float, saved: list[int], errors: list
) -> None:
    """Save the notes of systems of one's own, over what was read, until `until`."""
    systems = SystemService(operation)
    count = refused = 0
    try:
        while time.perf_counter() < until:
            system = systems.get(ids[count % len(ids)])
            try:
                systems.update(system.id, replace(system.details, notes=f"Edit {count}"), base=system)
            except StaleRecordError:
                refused += 1
                continue
            count += 1
    except BaseException as error:  # handed to the test's thread
        errors.append(error)
    saved.append(count)


def _rate(operations: list[OpenOperation], seconds: float) -> float:
    """Edits committed a second by as many writers as operations, each on its own systems."""
    saved: list[int] = []
    errors: list[BaseException] = []
    started = time.perf_counter()
    until = started + seconds
    threads = [
        threading.Thread(
            target=_write_for, args=(op, list(range(1 + n, STRESS.systems, 997)), until, saved, errors)
        )
        for n, op in enumerate(operations)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    elapsed = time.perf_counter() - started
    assert not errors, errors
    return sum(saved) / elapsed


def test_twenty_writers_at_once(stress_server: Published):
    operations = [opened(stress_server.url, CHIEF) for _ in range(WRITERS)]
    try:
        alone = _rate(operations[:1], WRITING_SECONDS / 2)
        together = _rate(operations, WRITING_SECONDS)
    finally:
        for operation in operations:
            operation.close()
    figure = record(
        Figure(
            f"stress on a server: {WRITERS} writers at once, edits committed",
            together,
            "one writer alone",
            alone,
            "at least 50 a second",
            unit="/s",
        )
    )
    assert figure.median >= 50
