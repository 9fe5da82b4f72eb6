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
    median_s: float
    floor_name: str
    floor_median_s: float
    target: str

    @property
    def ratio(self) -> float:
        return self.median_s / self.floor_median_s if self.floor_median_s else float("inf")


def median_seconds(work: Callable[[], object], repeats: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


_FIGURES: list[Figure] = []


def record(figure: Figure) -> Figure:
    _FIGURES.append(figure)
    return figure


def report() -> str:
    lines = [
        f"{'figure':<44} {'median':>10} {'floor':<34} {'floor med.':>10} {'ratio':>7}  target",
        "-" * 120,
    ]
    for f in _FIGURES:
        lines.append(
            f"{f.name:<44} {f.median_s * 1000:>8.1f}ms {f.floor_name:<34} "
            f"{f.floor_median_s * 1000:>8.1f}ms {f.ratio:>6.1f}x  {f.target}"
        )
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "latest.json").write_text(
        json.dumps([asdict(f) | {"ratio": f.ratio} for f in _FIGURES], indent=2), encoding="utf-8"
    )
    return "\n".join(lines)
