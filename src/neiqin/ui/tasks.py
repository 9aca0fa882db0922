"""Background work: one serial worker for database writes (SQLite has one writer; queuing them
here avoids "database is locked") and a thread pool for reads and network. Results, errors and
progress come back as signals, so callbacks always run on the GUI thread."""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.core.progress import Cancelled, Progress
from neiqin.ui.i18n import translate_error
from neiqin.ui.messages import show_error

log = logging.getLogger(__name__)


class UnexpectedError(NeiqinError):
    """A bug met in a background task: the user sees words, support sees `details`."""

    def __init__(self, original: BaseException, details: str) -> None:
        self.original = original
        self.details = details
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "An unexpected error occurred ({kind}). Nothing was saved by this action; "
                      "the details are in the log file."), kind=type(original).__name__)


def show_task_error(parent: QWidget | None, error: NeiqinError, title: str | None = None) -> None:
    """A task's error in words; for a bug the traceback sits behind the "Show Details…" button."""
    details = error.details if isinstance(error, UnexpectedError) else f"{type(error).__name__}: {error.render()}"
    show_error(parent, translate_error(error), details, title)


class Task(QObject):
    """One submitted piece of work. Signals are emitted on the GUI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # a NeiqinError (UnexpectedError for bugs)
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    PENDING, RUNNING, DONE, FAILED, CANCELLED = "pending", "running", "done", "failed", "cancelled"

    def __init__(self, number: int, title: str, kind: str, with_progress: bool) -> None:
        super().__init__()
        self.number = number
        self.title = title
        self.kind = kind
        self.with_progress = with_progress
        self.state = Task.PENDING
        self.result: Any = None
        self.error: NeiqinError | None = None
        self.progress_object: Progress | None = None
        self.cancel_requested = False

    def cancel(self) -> None:
        """Ask the task to stop: a pending task never runs; a running one with progress stops at its
        next `check()`; a task without progress runs to its end (its result still arrives)."""
        if self.progress_object is not None:
            self.progress_object.cancel()
        self.cancel_requested = True

    @property
    def is_finished(self) -> bool:
        return self.state in (Task.DONE, Task.FAILED, Task.CANCELLED)


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task: Task, fn: Callable, args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner, self._task, self._fn, self._args, self._kwargs = runner, task, fn, args, kwargs

    def run(self) -> None:
        task, runner = self._task, self._runner
        if task.cancel_requested:
            runner._completed.emit(task, Task.CANCELLED, None)
            return
        runner._started.emit(task)
        kwargs = dict(self._kwargs)
        if task.with_progress:
            kwargs["progress"] = task.progress_object
        try:
            result = self._fn(*self._args, **kwargs)
        except Cancelled:
            runner._completed.emit(task, Task.CANCELLED, None)
        except NeiqinError as error:
            runner._completed.emit(task, Task.FAILED, error)
        except Exception as error:  # a bug: keep the traceback for the log and the Details button
            details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
            log.error("unexpected error in task %r\n%s", task.title, details)
            runner._completed.emit(task, Task.FAILED, UnexpectedError(error, details))
        else:
            runner._completed.emit(task, Task.DONE, result)


class TaskRunner(QObject):
    """`submit(fn, *args, title=, on_done=, on_error=, with_progress=, kind=)` runs `fn` off the
    GUI thread. kind="write" tasks run one after another in submission order; kind="read" tasks run
    in parallel. Errors without an `on_error` are emitted as `task_failed` for the shell to show."""

    task_started = Signal(object)
    task_finished = Signal(object)
    task_failed = Signal(object, object)  # task, error (only when the task had no on_error)
    _started = Signal(object)
    _completed = Signal(object, str, object)
    _progressed = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None, read_threads: int = 2) -> None:
        super().__init__(parent)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(max(1, read_threads))
        self._numbers = itertools.count(1)
        self._active: dict[int, tuple[Task, Callable | None, Callable | None]] = {}
        self._started.connect(self._on_started)
        self._completed.connect(self._on_completed)
        self._progressed.connect(self._on_progress)

    def submit(self, fn: Callable, *args: Any, title: str = "", on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[NeiqinError], None] | None = None, with_progress: bool = False,
               kind: str = "write", **kwargs: Any) -> Task:
        if kind not in ("write", "read"):
            raise ValueError(f"unknown task kind {kind!r}")
        task = Task(next(self._numbers), title, kind, with_progress)
        task.progress_object = Progress(lambda done, total, text: self._progressed.emit(task, done, total, text))
        self._active[task.number] = (task, on_done, on_error)
        pool = self._writes if kind == "write" else self._reads
        pool.start(_Job(self, task, fn, args, kwargs))
        return task

    @property
    def active_tasks(self) -> list[Task]:
        return [entry[0] for entry in self._active.values()]

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has run (shutdown, tests); True when all finished in time."""
        ok = self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(self)
        return ok

    def shutdown(self, msecs: int = 5000) -> bool:
        for task in self.active_tasks:
            task.cancel()
        return self.wait(msecs)

    @Slot(object)
    def _on_started(self, task: Task) -> None:
        if task.state == Task.PENDING:
            task.state = Task.RUNNING
        self.task_started.emit(task)

    @Slot(object, int, int, str)
    def _on_progress(self, task: Task, done: int, total: int, text: str) -> None:
        if not task.is_finished:
            task.progress.emit(done, total, text)

    @Slot(object, str, object)
    def _on_completed(self, task: Task, state: str, value: Any) -> None:
        _, on_done, on_error = self._active.pop(task.number, (task, None, None))
        task.state = state
        try:
            if state == Task.DONE:
                task.result = value
                if on_done is not None:
                    on_done(value)
                task.succeeded.emit(value)
            elif state == Task.FAILED:
                task.error = value
                if on_error is not None:
                    on_error(value)
                else:
                    self.task_failed.emit(task, value)
                task.failed.emit(value)
            else:
                task.cancelled.emit()
        finally:
            task.finished.emit()
            self.task_finished.emit(task)


class ProgressDialog(QProgressDialog):
    """Shows a task's progress with a Cancel button; closes when the task ends."""

    def __init__(self, task: Task, parent: QWidget | None = None, label: str = "",
                 show_after_ms: int = 400) -> None:
        super().__init__(label or task.title, QCoreApplication.translate("ProgressDialog", "Cancel"),
                         0, 0, parent)
        self.setObjectName("tasks.progress")
        self.setWindowTitle(task.title or QCoreApplication.translate("ProgressDialog", "Working…"))
        self.setMinimumDuration(show_after_ms)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.task = task
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        self.canceled.connect(self._on_cancel)
        if task.is_finished:
            self._on_finished()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
        if text:
            self.setLabelText(text)

    @Slot()
    def _on_cancel(self) -> None:
        self.setLabelText(QCoreApplication.translate("ProgressDialog", "Cancelling…"))
        self.task.cancel()

    @Slot()
    def _on_finished(self) -> None:
        self.canceled.disconnect(self._on_cancel)
        self.close()
        if self.parent() is not None:  # a parentless dialog belongs to whoever holds it
            self.deleteLater()
