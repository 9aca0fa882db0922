"""Shared fixtures: a temporary migrated SQLite per test (copied from one template), an in-memory
keyring, offscreen Qt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NEIQIN_NO_AUTOBACKUP", "1")

from tests.helpers.fixtures import *  # noqa: E402,F403  (pytest discovers fixtures by name)


def pytest_addoption(parser) -> None:
    parser.addoption("--slow", action="store_true", default=False,
                     help="long profiles of the property tests (sync state machine: 2,000 examples)")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """One migrated, set-up database per test session; each test gets a copy."""
    from tests.helpers.factory import build_template

    path = tmp_path_factory.mktemp("template") / "template.db"
    build_template(path)
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    path = tmp_path / "neiqin.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def db(db_path):
    from neiqin.app import open_database

    database = open_database(db_path)
    yield database
    database.dispose()


#: reliability figures reported at the end of the run (kills survived, inputs tried, pairs checked)
RELIABILITY: dict[str, str] = {}


@pytest.fixture(scope="session")
def reliability_figures() -> dict[str, str]:
    return RELIABILITY


def pytest_terminal_summary(terminalreporter) -> None:
    if RELIABILITY:
        terminalreporter.section("reliability figures")
        for name, figure in RELIABILITY.items():
            terminalreporter.write_line(f"{name}: {figure}")
