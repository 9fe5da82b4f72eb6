"""Who has an operation file open for editing: a small lock file beside it (".Lebanon.pim.lock", JSON with
the user, the machine, the process and since when), written when the window opens a file for editing and
removed when it closes it. A second window, or a colleague opening the same file on a shared drive, finds it
and is told who has the file. A lock left by a program that died on this machine is recognised and taken
over; one from another machine cannot be checked from here, so the user decides."""

import contextlib
import getpass
import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from pim_desktop.domain.errors import OperationFileError


@dataclass(frozen=True)
class Holder:
    user: str
    machine: str
    process: int
    since: str  # ISO time, local to the holder

    def is_us(self) -> bool:
        return self.machine == socket.gethostname() and self.process == os.getpid()

    @property
    def since_shown(self) -> str:
        """When the holder opened the file, as people write it ("2026-11-20 09:30:00")."""
        return self.since.replace("T", " ")


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _running(process: int) -> bool:
    if sys.platform == "win32":  # os.kill would end the process there
        import ctypes

        query_limited_information = 0x1000
        handle = ctypes.windll.kernel32.OpenProcess(query_limited_information, False, process)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(process, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True


def _read(path: Path) -> Holder | None:
    """The lock beside the file; none when there is none, or it cannot be read."""
    try:
        holder = Holder(**json.loads(lock_path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    fields_as_written = (holder.user, holder.machine, holder.since)
    if not all(isinstance(text, str) for text in fields_as_written) or type(holder.process) is not int:
        return None  # edited by hand, or written by something else: not a lock we can trust
    return holder


def holder_of(path: Path) -> Holder | None:
    """Who else has the file open for editing, if anyone. A lock we cannot read, or one left on this
    machine by a process that no longer runs, is none."""
    holder = _read(path)
    if holder is None or holder.is_us():
        return None
    if holder.machine == socket.gethostname() and not _running(holder.process):
        with contextlib.suppress(OSError):
            lock_path(path).unlink()
        return None
    return holder


def take(path: Path) -> None:
    """Marks the file as open for editing here. A folder we cannot write in (a read-only share) is no
    reason to refuse: the lock is a courtesy to colleagues, SQLite keeps the file itself consistent."""
    holder = Holder(
        user=getpass.getuser(),
        machine=socket.gethostname(),
        process=os.getpid(),
        since=datetime.now().isoformat(timespec="seconds"),
    )
    with contextlib.suppress(OSError):
        lock_path(path).write_text(json.dumps(asdict(holder)), encoding="utf-8")


def release(path: Path) -> None:
    """Removes our lock, and only ours: a colleague who opened the file anyway keeps theirs."""
    holder = _read(path)
    if holder is not None and holder.is_us():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


@contextmanager
def editing(path: Path) -> Iterator[None]:
    """A change made without the window (the command line): refused while someone has the file open for
    editing, and the file marked as ours while it is made, so that a window opening it meanwhile is told."""
    holder = holder_of(path)
    if holder is not None:
        raise OperationFileError(
            path,
            f"{path.name} is open for editing by {holder.user} on {holder.machine} since "
            f"{holder.since_shown}; close it there and try again (if that computer crashed with "
            f"the file open, delete {lock_path(path).name} beside it)",
        )
    take(path)
    try:
        yield
    finally:
        release(path)
