"""Progress reporting for long Excel work: a `neiqin.core.progress.Progress` (report + cancel
check) or a plain callable `(done, total, text)`."""

from __future__ import annotations

from collections.abc import Callable


def as_progress(progress) -> Callable[..., None]:
    """A `report(done, total, text="")` that also honours cancellation (raises `Cancelled`)."""
    if progress is None:
        return lambda done, total, text="": None
    if hasattr(progress, "report"):
        def report(done: int, total: int, text: str = "") -> None:
            progress.report(done, total, text)
            check = getattr(progress, "check", None)
            if check is not None:
                check()
        return report
    return lambda done, total, text="": progress(done, total, text)
