"""One database, two windows: the second instance is told and chooses.

A lock file beside the database (`neiqin.db.lock`, Qt's QLockFile: released when the holder exits,
stale after a crash) says which process has it open. Opening it a second time is safe — writes are
serialized by SQLite and stale edits are refused — but the clerk should know, so the program asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from neiqin import APP_NAME


class InstanceLock:
    def __init__(self, database: Path) -> None:
        self._lock = QLockFile(f"{database}.lock")
        self._lock.setStaleLockTime(0)  # only a dead holder makes it stale, never its age

    def acquire(self) -> bool:
        """True when this is the only instance on the database (the lock is held until release)."""
        return self._lock.tryLock(200)

    def holder(self) -> tuple[int, str]:
        """(process id, host name) of the instance holding the lock."""
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname); zeros when unreadable
        if not isinstance(info, tuple) or len(info) < 2:
            return (0, "")
        return (int(info[0] or 0), str(info[1] or ""))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def open_second_instance(parent: QWidget | None, holder: tuple[int, str]) -> bool:
    """Ask whether to open the database a second time; True to go on."""
    text = QCoreApplication.translate(
        "InstanceLock",
        "This database is already open in another Neiqin window (process {pid} on {host}).\n\n"
        "You can work in both: no save is lost, and a record changed in the other window must be "
        "reloaded before it can be edited here. Open it here too?").format(pid=holder[0], host=holder[1] or "?")
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text,
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("instance.second")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open
