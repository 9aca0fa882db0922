"""Progress and cancellation of long work (import, export, printing many, sync), free of Qt.

A service that takes long accepts a `Progress`, calls `report(done, total, text)` as it goes and
`check()` at safe points; `check()` raises `Cancelled` once the user pressed Cancel, so the unit
of work around it rolls back. The UI's task runner turns reports into a signal.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError


class Cancelled(NeiqinError):
    """The user cancelled the work; nothing of it was kept."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled; nothing was changed."))


class Progress:
    """Handed to a long function. Thread-safe: the work reports from a worker thread while the
    GUI thread may cancel. Reports are passed on at most every `interval` seconds (always the
    first and the last), so a loop over 100k rows does not flood the GUI."""

    def __init__(self, callback: Callable[[int, int, str], None] | None = None,
                 interval: float = 0.05) -> None:
        self._callback = callback
        self._interval = interval
        self._cancel = threading.Event()
        self._last = 0.0
        self.done = 0
        self.total = 0
        self.text = ""

    def report(self, done: int, total: int, text: str = "") -> None:
        self.done, self.total, self.text = done, total, text
        if self._callback is None:
            return
        now = time.monotonic()
        if done == 0 or done >= total or now - self._last >= self._interval:
            self._last = now
            self._callback(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise `Cancelled` when cancellation was asked for."""
        if self._cancel.is_set():
            raise Cancelled()
