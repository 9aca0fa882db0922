"""`neiqin backup` and `neiqin restore` as a user runs them: a separate process, exit codes, messages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _neiqin(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, "-m", "neiqin", *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT, env=env)


def _display_name(path: Path) -> str:
    with sqlite3.connect(path) as con:
        name = con.execute("select display_name from app_user where username='clerk'").fetchone()[0]
    con.close()
    return name


def test_backup_and_restore_on_the_command_line(db_path, tmp_path):
    out = tmp_path / "backups" / "manual.db"
    out.parent.mkdir()
    done = _neiqin("backup", "--db", str(db_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == out and out.exists()

    original = _display_name(db_path)
    with sqlite3.connect(db_path) as con:
        con.execute("update app_user set display_name='改过的名字' where username='clerk'")
    con.close()

    done = _neiqin("restore", str(out), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert "restored" in done.stdout
    assert _display_name(db_path) == original
    kept = list(tmp_path.glob("neiqin.replaced-*.db"))
    assert len(kept) == 1 and _display_name(kept[0]) == "改过的名字"


def test_backup_without_out_rotates_in_the_backup_folder(db_path):
    done = _neiqin("backup", "--db", str(db_path), "--keep", "2")
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.strip())
    assert written.parent == db_path.parent / "backups" and written.name.startswith("neiqin-")


def test_restore_of_a_corrupt_backup_exits_2_with_a_message(db_path, tmp_path):
    out = tmp_path / "b.db"
    assert _neiqin("backup", "--db", str(db_path), "--out", str(out)).returncode == 0
    data = bytearray(out.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 64] = bytes(b ^ 0xFF for b in data[middle:middle + 64])
    out.write_bytes(bytes(data))
    before = db_path.read_bytes()

    done = _neiqin("restore", str(out), "--db", str(db_path))
    assert done.returncode == 2
    assert done.stderr.startswith("neiqin: ") and "damaged" in done.stderr
    assert "Traceback" not in done.stderr
    assert db_path.read_bytes() == before


def test_encrypted_backup_and_restore_on_the_command_line(db_path, tmp_path, monkeypatch):
    out = tmp_path / "safe.db.enc"
    monkeypatch.setenv("NEIQIN_BACKUP_PASSWORD", "correct horse 2026")
    done = _neiqin("backup", "--db", str(db_path), "--out", str(out), "--encrypt")
    assert done.returncode == 0, done.stderr
    monkeypatch.setenv("NEIQIN_BACKUP_PASSWORD", "wrong horse 2026")
    refused = _neiqin("restore", str(out), "--db", str(db_path))
    assert refused.returncode == 2 and "Wrong password" in refused.stderr
    monkeypatch.setenv("NEIQIN_BACKUP_PASSWORD", "correct horse 2026")
    done = _neiqin("restore", str(out), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
