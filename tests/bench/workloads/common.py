"""What every workload shares: the run settings (scale, folders, capture), timing with the peak
resident memory of the measured stretch, and the JSON line of one measure.

A measure is printed as one JSON line as soon as it is known:
{"id": "W1a", "workload": ..., "n": ..., "seconds": ..., "per_item_ms": ..., "peak_rss_mb": ...,
 "budget": ..., "within_budget": ..., "baseline": ..., "ratio": ..., ...}.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NEIQIN_NO_AUTOBACKUP", "1")

#: the password of the bench offices' users (the demo's: `bench_startup`'s child signs in with it)
PASSWORD = "demo1234"


@dataclass
class Run:
    """Settings of one suite run and what the workloads hand to each other."""

    scale: float = 1.0
    folder: Path = Path("/tmp/neiqin-bench")
    work: Path = Path("/tmp/neiqin-bench/work")
    capture: bool = True
    rows: list[dict] = field(default_factory=list)
    #: facts one workload leaves for a later one (database paths, ids, rows for baselines)
    shared: dict[str, Any] = field(default_factory=dict)

    def n(self, full: int, least: int = 1, multiple: int = 1) -> int:
        """A size scaled down for a quick run: at least `least`, rounded to a `multiple`."""
        value = max(least, round(full * self.scale))
        return max(multiple, value - value % multiple)

    def emit(self, row: dict) -> dict:
        if self.scale < 1 and row.get("within_budget") is not None:
            row["within_budget"] = None  # budgets hold for the full sizes only
        self.rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
        return row


# --- memory -----------------------------------------------------------------------------------------

_CLEAR_REFS = Path("/proc/self/clear_refs")


def reset_peak_rss() -> None:
    """Start a new high-water mark of resident memory (Linux: /proc/self/clear_refs, value 5)."""
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        pass  # elsewhere the peak is the process's peak so far


def peak_rss_mb() -> float:
    """The peak resident memory since the last reset, in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 1024), 1)


# --- timing -----------------------------------------------------------------------------------------


@dataclass
class Timing:
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.phases[name] = self.phases.get(name, 0.0) + time.perf_counter() - started


@contextmanager
def measured() -> Iterator[Timing]:
    """Wall time and peak RSS of the block."""
    timing = Timing()
    reset_peak_rss()
    started = time.perf_counter()
    try:
        yield timing
    finally:
        timing.seconds = time.perf_counter() - started
        timing.peak_rss_mb = peak_rss_mb()


def samples_ms(fn: Callable[[], Any], runs: int, warm: bool = True) -> list[float]:
    if warm:
        fn()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def row(id_: str, workload: str, n: int, timing: Timing | None = None, *, seconds: float | None = None,
        budget: str = "", within: bool | None = None, **extra) -> dict:
    """One measure: total seconds, per-item milliseconds and peak RSS, with its budget."""
    seconds = timing.seconds if timing is not None else (seconds or 0.0)
    out = {"id": id_, "workload": workload, "n": n, "seconds": round(seconds, 3),
           "per_item_ms": round(seconds * 1000 / n, 3) if n else None}
    if timing is not None:
        out["peak_rss_mb"] = timing.peak_rss_mb
        if timing.phases:
            out["phases_s"] = {k: round(v, 3) for k, v in timing.phases.items()}
    if budget:
        out["budget"] = budget
        out["within_budget"] = within
    out.update(extra)
    return out


def latency_row(id_: str, workload: str, n: int, times: list[float], budget_ms: float | None, **extra) -> dict:
    """A measure of `n` interactive queries: median and 95th percentile per query."""
    median = statistics.median(times)
    out = row(id_, workload, n, seconds=sum(times) / 1000, median_ms=round(median, 2), p95_ms=round(p95(times), 2),
              max_ms=round(max(times), 2), queries=len(times), **extra)
    out["peak_rss_mb"] = peak_rss_mb()
    if budget_ms is not None:
        out["budget"] = f"≤ {budget_ms:g} ms"
        out["within_budget"] = p95(times) <= budget_ms
    return out
