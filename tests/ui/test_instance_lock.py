"""A second instance on the same database is told who holds it and chooses to go on or not."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from neiqin.ui.instance_lock import InstanceLock, open_second_instance

HOLD = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + ".lock"); lock.setStaleLockTime(0)
assert lock.tryLock(1000)
print("locked", flush=True)
time.sleep(60)
"""


def test_second_instance_sees_the_first_and_the_lock_frees_when_it_exits(tmp_path):
    database = tmp_path / "neiqin.db"
    first = subprocess.Popen([sys.executable, "-c", HOLD, str(database)], stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "locked"
        second = InstanceLock(database)
        assert not second.acquire()
        assert second.holder()[0] == first.pid
    finally:
        first.kill()  # a crash: the lock is stale now and taken over
        first.wait()
    deadline = time.monotonic() + 5
    third = InstanceLock(database)
    while not third.acquire():
        assert time.monotonic() < deadline
    third.release()
    assert not os.path.exists(f"{database}.lock")


def _answer(button):
    def press():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "instance.second" and widget.isVisible():
                widget.button(button).click()
                return
        QTimer.singleShot(20, press)
    QTimer.singleShot(20, press)


def test_the_question_names_the_holder_and_returns_the_choice(qtbot):
    _answer(QMessageBox.StandardButton.Open)
    assert open_second_instance(None, (4242, "desk-1"))
    _answer(QMessageBox.StandardButton.Cancel)
    assert not open_second_instance(None, (4242, "desk-1"))
