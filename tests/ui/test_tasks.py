import logging
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton

from neiqin.core.errors import ValidationError
from neiqin.core.progress import Cancelled, Progress
from neiqin.ui.tasks import ProgressDialog, Task, UnexpectedError


def test_success_calls_back_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(a, b):
        seen["worker"] = QThread.currentThread()
        return a + b

    def done(result):
        seen["result"] = result
        seen["callback"] = QThread.currentThread()

    task = runner.submit(work, 2, 3, title="add", on_done=done, kind="read")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 5 and task.result == 5 and task.state == Task.DONE
    assert seen["callback"] is QApplication.instance().thread()
    assert seen["worker"] is not QApplication.instance().thread()


def test_user_error_goes_to_on_error(qtbot, runner):
    errors = []

    def work():
        raise ValidationError("Name is required.", field="name")

    task = runner.submit(work, on_error=errors.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        pass
    assert isinstance(errors[0], ValidationError) and errors[0].field == "name"
    assert failed.args[0] is errors[0] and task.state == Task.FAILED


def test_bug_is_logged_and_reported_as_unexpected_with_details(qtbot, runner, caplog):
    def work():
        return {}["missing"]

    with caplog.at_level(logging.ERROR, logger="neiqin.ui.tasks"), \
            qtbot.waitSignal(runner.task_failed, timeout=5000) as failed:
        runner.submit(work, title="broken")
    error = failed.args[1]
    assert isinstance(error, UnexpectedError) and isinstance(error.original, KeyError)
    assert "Traceback" in error.details and "missing" in error.details
    assert "Traceback" not in error.render()
    assert any("broken" in record.getMessage() for record in caplog.records)


def test_writes_run_one_after_another_in_order(qtbot, runner):
    order, running, overlap = [], [0], []
    lock = threading.Lock()

    def write(n):
        with lock:
            running[0] += 1
            overlap.append(running[0])
        QThread.msleep(10)
        order.append(n)
        with lock:
            running[0] -= 1

    tasks = [runner.submit(write, n, kind="write") for n in range(6)]
    with qtbot.waitSignal(tasks[-1].finished, timeout=5000):
        pass
    assert order == list(range(6)) and max(overlap) == 1


def test_progress_is_reported_and_cancel_stops_the_work(qtbot, runner):
    started, release = threading.Event(), threading.Event()
    reports = []

    def long_work(progress: Progress):
        progress.report(0, 100, "starting")
        started.set()
        release.wait(5)
        for n in range(1, 101):
            progress.check()
            progress.report(n, 100)
        return "finished"

    task = runner.submit(long_work, with_progress=True, title="long", kind="read")
    task.progress.connect(lambda done, total, text: reports.append((done, total, text)))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert reports[0] == (0, 100, "starting")
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert task.state == Task.CANCELLED and task.result is None


def test_pending_task_cancelled_before_it_starts_never_runs(qtbot, runner):
    gate = threading.Event()
    ran = []
    first = runner.submit(gate.wait, 5, kind="write")
    second = runner.submit(lambda: ran.append(1), kind="write")
    second.cancel()
    gate.set()
    with qtbot.waitSignal(second.finished, timeout=5000):
        pass
    assert second.state == Task.CANCELLED and not ran
    qtbot.waitUntil(lambda: first.is_finished, timeout=5000)


def test_progress_object_without_callback_and_check():
    progress = Progress()
    progress.report(3, 10, "x")
    assert (progress.done, progress.total) == (3, 10) and not progress.cancelled
    progress.check()
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.check()


def test_progress_dialog_follows_the_task_and_cancels_it(qtbot, runner):
    gate = threading.Event()

    def work(progress):
        progress.report(5, 10, "half way")
        gate.wait(5)
        progress.check()
        return 1

    task = runner.submit(work, with_progress=True, title="export", kind="read")
    dialog = ProgressDialog(task, show_after_ms=0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.value() == 5, timeout=5000)
    assert dialog.maximum() == 10 and dialog.labelText() == "half way"
    button = dialog.findChild(QPushButton)
    assert button.text() == "Cancel"
    with qtbot.waitSignal(task.finished, timeout=5000):
        button.click()
        gate.set()
    assert task.state == Task.CANCELLED
    assert not dialog.isVisible()
