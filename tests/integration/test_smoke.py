"""`python -m neiqin --smoke` starts the real window; a database that is not SQLite exits with 2
and a message, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, tmp_path: Path, timeout: int = 240) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEIQIN_NO_AUTOBACKUP": "1",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "neiqin", *args], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=ROOT)


@pytest.mark.slow
def test_smoke_on_a_new_database(tmp_path):
    db = tmp_path / "smoke.db"
    result = _run("--smoke", "--db", str(db), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "pdf:" in result.stdout and "xlsx:" in result.stdout
    assert db.stat().st_size > 0
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_smoke_on_a_set_up_database(db_path, tmp_path):
    result = _run("--smoke", "--db", str(db_path), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize("content", [b"PK\x03\x04 this is a zip, not a database" * 50, b"hello"])
def test_a_file_that_is_not_sqlite_exits_2_with_a_message(tmp_path, content):
    bad = tmp_path / "notes.db"
    bad.write_bytes(content)
    result = _run("--smoke", "--db", str(bad), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "not a Neiqin database" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == content


def test_the_window_explains_a_bad_database_in_a_message_box(qapp, tmp_path, monkeypatch):
    from neiqin.__main__ import build_parser
    from neiqin.app import gui

    shown = []
    monkeypatch.setattr(gui.messages, "show_error", lambda parent, text, details="", title=None: shown.append(text))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite at all" * 20)
    args = build_parser().parse_args(["--db", str(bad), "--lang", "en"])
    font = qapp.font()
    try:
        assert gui.run_gui(args) == 2
    finally:
        qapp.setFont(font)
    assert len(shown) == 1
    assert "cannot be used" in shown[0] and "not a Neiqin database" in shown[0]


def test_demo_signs_the_clerk_in_and_names_the_demo_users(qapp, tmp_path):
    from neiqin.app import gui, open_database
    from neiqin.app.demo import DEMO_COMPANY, DEMO_PASSWORD, DEMO_USERS
    from neiqin.core.auth import service as auth
    from neiqin.modules import all_permissions

    db = open_database(tmp_path / "demo.db")
    try:
        admin = auth.setup_company(db, DEMO_COMPANY, all_permissions())
        with db.unit_of_work(admin) as uow:
            auth.create_user(uow, "clerk", "王芳", "clerk", DEMO_PASSWORD)
        settings = gui.QSettings(str(tmp_path / "s.ini"), gui.QSettings.Format.IniFormat)
        actor = gui.sign_in(db, settings, demo=True)
    finally:
        db.dispose()
    assert actor.username == "clerk"
    note = gui.demo_note()
    assert DEMO_PASSWORD in note and all(name in note for name in ("admin", *DEMO_USERS))


def test_tabs_and_providers_come_from_the_registry(db, clerk, admin):
    from datetime import date

    from neiqin.app import gui
    from neiqin.modules import contributions, modules_in_order

    visible = [m.id for m in modules_in_order() if clerk.can(m.permission)]
    assert [spec.module_id for spec in gui.tab_specs(clerk)] == visible
    with db.read() as session:
        items = gui.dashboard_provider(session, admin, date.today())
        hits = gui.search_provider(session, admin, "北京", 10)
    modules = {m.id for m, c in contributions()}
    assert {item.module for item in items} <= modules
    assert {hit.module for hit in hits} <= modules


def test_the_daily_backup_runs_in_the_background(qtbot, db, admin, tmp_path, monkeypatch):
    from neiqin.app import gui
    from neiqin.core.backup import backups_in
    from neiqin.ui.tasks import TaskRunner

    monkeypatch.delenv("NEIQIN_NO_AUTOBACKUP", raising=False)
    runner = TaskRunner()
    settings = gui.QSettings(str(tmp_path / "s.ini"), gui.QSettings.Format.IniFormat)
    window = gui.build_window(db, admin, runner, None, settings)
    qtbot.addWidget(window)
    gui.start_auto_backup(window)
    assert runner.wait(30000)
    folder = db.path.parent / "backups"
    assert len(backups_in(folder)) == 1
    gui.start_auto_backup(window)  # once a day
    assert runner.wait(30000)
    assert len(backups_in(folder)) == 1
    runner.shutdown()
