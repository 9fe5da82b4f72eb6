"""Measuring: a median of several runs, beside a floor measured in the same run on the same machine, so the
ratio holds when the machine's speed drifts. Results are printed as a table and written as JSON."""

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS_DIR = Path(__file__).parent / "results"


@dataclass
class Figure:
    name: str
    median: float
    floor_name: str
    floor_median: float
    target: str
    unit: str = "s"  # or "MB" for memory, "/s" for a rate (edits a second)

    @property
    def ratio(self) -> float:
        return self.median / self.floor_median if self.floor_median else float("inf")

    def shown(self, value: float) -> str:
        if self.unit == "/s":
            return f"{value:>8.1f}/s"
        return f"{value:>8.0f}MB" if self.unit == "MB" else f"{value * 1000:>8.1f}ms"


def median_seconds(work: Callable[[], object], repeats: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def median_of(sample: Callable[[], float], repeats: int = 5, warmup: int = 1) -> float:
    """The median of what each run reports itself: a duration timed inside, or a size."""
    for _ in range(warmup):
        sample()
    return statistics.median(sample() for _ in range(repeats))


_FIGURES: list[Figure] = []


def record(figure: Figure) -> Figure:
    _FIGURES.append(figure)
    return figure


def measure(
    name: str,
    program: Callable[[], object],
    floor_name: str,
    floor: Callable[[], object],
    target: str,
    repeats: int = 5,
    warmup: int = 1,
) -> Figure:
    """Times the program and its floor the same way, one after the other, and records the figure."""
    return record(
        Figure(
            name,
            median_seconds(program, repeats, warmup),
            floor_name,
            median_seconds(floor, repeats, warmup),
            target,
        )
    )


def report() -> str:
    lines = [
        f"{'figure':<58} {'median':>10}  {'floor':<44} {'floor med.':>10} {'ratio':>7}  target",
        "-" * 150,
    ]
    for f in _FIGURES:
        lines.append(
            f"{f.name:<58} {f.shown(f.median):>10}  {f.floor_name:<44} {f.shown(f.floor_median):>10} "
            f"{f.ratio:>6.1f}x  {f.target}"
        )
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "latest.json").write_text(
        json.dumps([asdict(f) | {"ratio": f.ratio} for f in _FIGURES], indent=2), encoding="utf-8"
    )
    return "\n".join(lines)
