"""Hybrid logical clock: orders changes across offices even when wall clocks disagree."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        """Sortable text: `0001732300000000-0000-node`."""
        return f"{self.wall_ms:016d}-{self.counter:04d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


class HybridClock:
    def __init__(self, node: str, now_ms=lambda: time.time_ns() // 1_000_000) -> None:
        self.node = node
        self._now_ms = now_ms
        self._last = Timestamp(0, 0, node)
        self._lock = threading.Lock()

    def now(self) -> str:
        with self._lock:
            wall = max(self._now_ms(), self._last.wall_ms)
            counter = self._last.counter + 1 if wall == self._last.wall_ms else 0
            self._last = Timestamp(wall, counter, self.node)
            return self._last.encode()

    def observe(self, remote: str) -> None:
        """Move past a timestamp seen from another office."""
        other = Timestamp.decode(remote)
        with self._lock:
            wall = max(self._now_ms(), self._last.wall_ms, other.wall_ms)
            if wall == self._last.wall_ms == other.wall_ms:
                counter = max(self._last.counter, other.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == other.wall_ms:
                counter = other.counter + 1
            else:
                counter = 0
            self._last = Timestamp(wall, counter, self.node)
