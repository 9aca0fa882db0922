"""Fixtures of the UI tests: a task runner, a settings file and a main window factory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from neiqin.ui.context import UiContext
from neiqin.ui.main_window import MainWindow
from neiqin.ui.tasks import TaskRunner


def _nothing(*_args):
    return []


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, db, settings):
    runners = []

    def make(actor, specs=(), dashboard=_nothing, search=_nothing) -> MainWindow:
        runner = TaskRunner()
        runners.append(runner)
        window = MainWindow(UiContext(db=db, actor=actor, runner=runner), list(specs), dashboard, search,
                            settings=settings)
        qtbot.addWidget(window)
        return window

    yield make
    for runner in runners:
        runner.shutdown()
