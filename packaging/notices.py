"""The licence notices of every Python distribution the bundle carries (the program's dependencies and
theirs): each one's licence files as its wheel installed them, for the bundle's `licenses/python/NAME/`.
The MIT and BSD licences ask that their notice travel with every copy; PySide6's LGPL and psycopg's too. What
is compiled into a wheel without a file of its own (SQLCipher, libpq, OpenSSL) has its notice written in
`licenses/` beside."""

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROGRAM = "pim-desktop"
# distributions whose wheels carry no licence file: their notice is written in licenses/ instead
WRITTEN_HERE = {"pyside6-essentials": "PySide6.txt", "shiboken6": "PySide6.txt"}
NOTICE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT)[^/]*$", re.IGNORECASE)


def runtime_distributions(program: str = PROGRAM) -> dict[str, metadata.Distribution]:
    """The distributions the program needs to run, by name: its requirements and theirs, without extras and
    without those whose markers leave them out on this system."""
    found: dict[str, metadata.Distribution] = {}
    asked: set[tuple[str, str]] = set()  # (distribution, extra): "" for none
    waiting: list[tuple[str, frozenset[str]]] = [(program, frozenset())]
    while waiting:
        written_name, extras = waiting.pop()
        name = canonicalize_name(written_name)
        extras_now = {""} | set(extras)
        if all((name, extra) in asked for extra in extras_now):
            continue
        try:
            distribution = found.get(name) or metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a requirement of another system's only
            continue
        found[name] = distribution
        for extra in extras_now:
            asked.add((name, extra))
            for written in distribution.requires or []:
                requirement = Requirement(written)
                if requirement.marker is None or requirement.marker.evaluate({"extra": extra}):
                    waiting.append((requirement.name, frozenset(requirement.extras)))
    found.pop(canonicalize_name(program), None)
    return found


def notice_files(distribution: metadata.Distribution) -> list[Path]:
    return [
        Path(str(distribution.locate_file(file)))
        for file in distribution.files or []
        if NOTICE_FILE.search(str(file))
    ]


def bundled_notices() -> list[tuple[str, str]]:
    """(file, folder in the bundle) of every notice: what the spec adds to the bundle's data."""
    return [
        (str(path), f"licenses/python/{name}")
        for name, distribution in sorted(runtime_distributions().items())
        for path in notice_files(distribution)
    ]
