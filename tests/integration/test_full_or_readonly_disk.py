"""Saving, exporting and printing on a full or read-only disk fail with a clear message and lose
nothing. A child process gets a file-size limit (the disk is "full") or runs as an unprivileged
user against a folder it may not write (root ignores permissions)."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="resource limits and users are POSIX")

CHILD = r"""
import json, os, resource, signal, sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from sqlalchemy import select
from neiqin.app import open_database
from neiqin.core.auth.models import User
from neiqin.core.auth.service import actor_for
from neiqin.core.errors import NeiqinError

import openpyxl, openpyxl.cell, reportlab.platypus, glob, fnmatch  # everything loaded before the limits
from neiqin.core.excel import ExcelColumn, export_rows
from neiqin.core.pdf import FormDocument, Letterhead
from neiqin.core.settings import set_setting

db_path, action, limit, target = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
db = open_database(db_path)
with db.read() as session:
    actor = actor_for(session, session.scalars(select(User).where(User.username == "admin")).one())
if limit > 0:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG instead of a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
if limit < 0:
    os.setgid(-limit); os.setuid(-limit)
try:
    if action == "save":
        with db.unit_of_work(actor) as uow:
            for n in range(200):
                set_setting(uow.session, f"test.big.{n}", "满" * 4000, actor.user_id)
        result = {"done": True}
    elif action == "export":
        rows = [{"name": f"客户{n}" * 20} for n in range(20000)]
        export_rows(Path(target), "客户", [ExcelColumn("name", "客户名称", "Customer")], rows)
        result = {"done": True}
    else:
        doc = FormDocument(Path(target), "测试单", "X-1", Letterhead("测试公司", "", ""))
        for n in range(300):
            doc.add_paragraph("内容" * 200)
        doc.build()
        result = {"done": True}
except NeiqinError as exc:
    result = {"error": exc.render(), "kind": type(exc).__name__}
print(json.dumps(result, ensure_ascii=False))
"""


def _run(db_path: Path, action: str, limit: int, target: Path) -> dict:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-c", CHILD, str(db_path), action, str(limit), str(target)],
                          capture_output=True, text=True, timeout=180, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _settings_count(db_path: Path) -> int:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute("SELECT COUNT(*) FROM setting WHERE key LIKE 'test.big.%'").fetchone()[0]
    finally:
        connection.close()


def test_a_save_on_a_full_disk_is_refused_in_words_and_changes_nothing(db_path, reliability_figures):
    size = db_path.stat().st_size
    result = _run(db_path, "save", size + 64 * 1024, db_path.parent / "unused")
    assert result.get("kind") == "StorageError", result
    assert "disk is full" in result["error"]
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    assert _settings_count(db_path) == 0


@pytest.mark.parametrize("action", ["export", "print"])
def test_exports_and_prints_on_a_full_disk_leave_no_half_file(db_path, tmp_path, action):
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("list.xlsx" if action == "export" else "form.pdf")
    result = _run(db_path, action, 40 * 1024, target)
    assert result.get("kind") == "StorageError", result
    assert list(out.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as an unprivileged user")
@pytest.mark.parametrize("action", ["export", "print"])
def test_exports_and_prints_to_a_read_only_folder_are_refused_in_words(db_path, action):
    nobody = pwd.getpwnam("nobody").pw_uid
    base = Path(tempfile.mkdtemp())
    try:
        base.chmod(0o755)
        data = base / "data"
        data.mkdir()
        shutil.copy(db_path, data / "neiqin.db")
        for path in (data, data / "neiqin.db"):
            os.chown(path, nobody, nobody)
        out = base / "out"
        out.mkdir()
        out.chmod(0o555)
        target = out / ("list.xlsx" if action == "export" else "form.pdf")
        result = _run(data / "neiqin.db", action, -nobody, target)
        assert result.get("kind") == "StorageError", result
        assert "read-only" in result["error"]
        assert list(out.iterdir()) == []
    finally:
        shutil.rmtree(base, ignore_errors=True)
