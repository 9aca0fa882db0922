"""Backups of the live database, rotation, the daily backup, verification and restore."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from neiqin.app import open_database
from neiqin.core import backup
from neiqin.core.auth import service as auth
from neiqin.core.auth.models import User
from neiqin.core.db import migrate
from neiqin.core.errors import BackupError, ValidationError
from neiqin.core.settings import BACKUP_KEEP, BACKUP_LAST, get_setting, set_setting
from tests.helpers.factory import USER_PASSWORD

ROOT = Path(__file__).resolve().parents[3]
SNAPSHOT = ROOT / "db" / "snapshots" / "foundation-core.db"
NOBODY = 65534


def _add_user(db, actor, username):
    with db.unit_of_work(actor) as uow:
        auth.create_user(uow, username, username, "clerk", USER_PASSWORD)


def _usernames(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {row[0] for row in con.execute("select username from app_user")}


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# ---------------------------------------------------------------- backup_to


def test_backup_while_a_write_transaction_is_open_is_consistent(db, db_path, admin, tmp_path):
    _add_user(db, admin, "committed")
    writer = sqlite3.connect(db_path, isolation_level=None, timeout=1)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("insert into setting(key, value) values ('pending', '\"half done\"')")
    try:
        out = backup.backup_to(db, tmp_path / "copy.db")
    finally:
        writer.execute("COMMIT")
        writer.close()
    with sqlite3.connect(out) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("select count(*) from setting where key='pending'").fetchone()[0] == 0
    assert "committed" in _usernames(out)
    assert not list(tmp_path.glob(".neiqin-backup-*")) and not Path(f"{out}-wal").exists()
    with db.read() as session:
        assert get_setting(session, "pending") == "half done"  # the writer was not disturbed


def test_backup_describes_itself(db, tmp_path):
    info = backup.verify_backup(backup.backup_to(db, tmp_path / "b.db"))
    assert info.company_name == "北京海淀示范贸易有限公司" and info.branch_code == "BJ01"
    assert set(info.revisions) == migrate.head_revisions() and not info.needs_upgrade
    assert info.size == (tmp_path / "b.db").stat().st_size


def test_backup_to_a_missing_folder_or_onto_the_database_fails_cleanly(db, db_path, tmp_path):
    with pytest.raises(BackupError, match="does not exist"):
        backup.backup_to(db, tmp_path / "nowhere" / "b.db")
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(BackupError, match="same file"):
        backup.backup_to(db, db_path)
    with pytest.raises(BackupError, match="is a folder"):
        backup.backup_to(db, tmp_path)
    assert not list(tmp_path.glob(".neiqin-backup-*"))


CHILD = """
import json, os, resource, signal, sys
from pathlib import Path
from neiqin.app import open_database
from neiqin.core import backup
from neiqin.core.errors import BackupError

db = open_database(sys.argv[1])
mode = sys.argv[3]
if mode == "fsize":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG instead of a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[4]), resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
elif mode == "nobody":
    os.setgid(int(sys.argv[4]))
    os.setuid(int(sys.argv[4]))
try:
    result = {"written": str(backup.backup_to(db, Path(sys.argv[2])))}
except BackupError as exc:
    result = {"error": exc.render()}
print(json.dumps(result))
"""


def _backup_in_child(db_path: Path, out: Path, mode: str, arg: int = 0) -> dict:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-c", CHILD, str(db_path), str(out), mode, str(arg)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_full_disk_gives_backup_error_and_leaves_nothing(db, db_path, tmp_path, admin):
    from neiqin.core.settings import set_setting

    with db.unit_of_work(admin) as uow:  # make the database large enough that the limit cuts the copy
        for index in range(40):
            set_setting(uow.session, f"test.padding.{index}", "备" * 5000, admin.user_id)
    db.dispose()  # closing the last connection checkpoints the WAL into the file
    size = db_path.stat().st_size
    assert size > 200_000  # the limit below must cut the copy half way
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = _backup_in_child(db_path, out_dir / "b.db", "fsize", 100_000)
    assert "error" in result, result
    assert "disk is full" in result["error"]
    assert list(out_dir.iterdir()) == []


def test_read_only_folder_gives_backup_error_and_leaves_nothing(db_path):
    # root ignores folder permissions, so the backup then runs as an unprivileged user
    base = Path(tempfile.mkdtemp())
    try:
        base.chmod(0o755)
        source = base / "data"
        source.mkdir()
        shutil.copy(db_path, source / "neiqin.db")
        out_dir = base / "out"
        out_dir.mkdir()
        out_dir.chmod(0o555)
        if os.geteuid() == 0:
            for path in (source, source / "neiqin.db"):
                os.chown(path, NOBODY, NOBODY)
            result = _backup_in_child(source / "neiqin.db", out_dir / "b.db", "nobody", NOBODY)
        else:
            result = _backup_in_child(source / "neiqin.db", out_dir / "b.db", "plain")
        assert "error" in result, result
        assert "read-only" in result["error"]
        assert list(out_dir.iterdir()) == []
    finally:
        shutil.rmtree(base, ignore_errors=True)


# ---------------------------------------------------------------- rotation and the daily backup


def test_rotation_keeps_n_newest_and_ignores_foreign_files(db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    foreign = ["notes.txt", "neiqin-latest.db", "neiqin-20200101.db", "other-20200101-000000.db",
               "neiqin-20200101-000000.db.bak"]
    for name in foreign:
        (folder / name).write_text("not ours")
    times = [datetime(2026, 3, day, 8, 30, 0) for day in range(1, 6)]
    for when in times:
        backup.rotate_backup(db, folder, keep=3, now=when)
    expected = {f"neiqin-{when:%Y%m%d-%H%M%S}.db" for when in times[-3:]}
    assert {p.name for p in backup.backups_in(folder)} == expected
    assert {p.name for p in folder.iterdir()} == expected | set(foreign)


def test_rotation_reads_keep_from_settings_and_keeps_the_new_file(db, tmp_path):
    with db.connect() as connection:
        from sqlalchemy.orm import Session

        with Session(bind=connection) as session:
            set_setting(session, BACKUP_KEEP, 2)
            session.flush()
    folder = tmp_path / "backups"
    for day in (10, 11, 12):
        backup.rotate_backup(db, folder, now=datetime(2026, 3, day, 9, 0, 0))
    assert [p.name for p in backup.backups_in(folder)] == ["neiqin-20260311-090000.db", "neiqin-20260312-090000.db"]
    # the clock went back: the new (earliest-named) backup is still kept
    written = backup.rotate_backup(db, folder, now=datetime(2026, 1, 1, 9, 0, 0))
    assert written.exists() and len(backup.backups_in(folder)) == 2
    with pytest.raises(ValidationError):
        backup.rotate_backup(db, folder, keep=0)


def test_automatic_backup_at_most_once_a_day(db, tmp_path):
    folder = tmp_path / "backups"
    first = backup.auto_backup_if_due(db, folder, now=datetime(2026, 3, 1, 9, 0, 0))
    assert first is not None and first.exists()
    assert backup.auto_backup_if_due(db, folder, now=datetime(2026, 3, 1, 17, 45, 0)) is None
    with db.read() as session:
        assert get_setting(session, BACKUP_LAST) == "2026-03-01"
    second = backup.auto_backup_if_due(db, folder, now=datetime(2026, 3, 2, 8, 0, 0))
    assert second is not None and second != first
    # the files alone also tell: a backup made today by hand counts
    other = tmp_path / "other"
    backup.rotate_backup(db, other, now=datetime(2026, 3, 5, 7, 0, 0))
    assert backup.auto_backup_if_due(db, other, now=datetime(2026, 3, 5, 12, 0, 0)) is None
    assert len(backup.backups_in(other)) == 1


# ---------------------------------------------------------------- restore


@pytest.fixture
def good_backup(db, admin, tmp_path) -> Path:
    _add_user(db, admin, "before")
    folder = tmp_path / "backups"
    folder.mkdir()
    path = backup.backup_to(db, folder / "good.db")
    _add_user(db, admin, "after")
    return path


def test_restore_a_good_backup_keeps_the_replaced_file(db, db_path, good_backup):
    db.dispose()
    kept = backup.restore(good_backup, db_path)
    assert kept is not None and kept.name.startswith("neiqin.replaced-") and kept.suffix == ".db"
    assert {"before", "after"} <= _usernames(kept)
    reopened = open_database(db_path)
    try:
        with reopened.read() as session:
            names = set(session.scalars(select(User.username)))
        assert "before" in names and "after" not in names
        assert auth.sign_in(reopened, "before", USER_PASSWORD).username == "before"
    finally:
        reopened.dispose()


def test_restore_keeps_the_committed_wal_content_of_the_replaced_file(db, db_path, good_backup, tmp_path):
    """A database left with un-checkpointed changes in its -wal: they survive in the kept copy and the
    stale -wal is never replayed onto the restored file."""
    db.dispose()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    live = sqlite3.connect(db_path, isolation_level=None)
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("update app_user set display_name='只在WAL里' where username='after'")
    for suffix in ("", "-wal"):
        shutil.copy(f"{db_path}{suffix}", crashed / f"neiqin.db{suffix}")
    live.close()
    target = crashed / "neiqin.db"
    kept = backup.restore(good_backup, target)
    assert not Path(f"{target}-wal").exists() and not Path(f"{target}-shm").exists()
    with sqlite3.connect(kept) as con:
        assert con.execute("select display_name from app_user where username='after'").fetchone()[0] == "只在WAL里"
    assert _usernames(target) == _usernames(good_backup)


def test_restore_over_a_damaged_database_keeps_its_raw_bytes(good_backup, tmp_path):
    target = tmp_path / "broken" / "neiqin.db"
    target.parent.mkdir()
    damaged = b"SQLite format 3\x00\x10\x00\x01\x01" + b"\xa5" * 16_364
    target.write_bytes(damaged)
    Path(f"{target}-wal").write_bytes(b"old wal frames")
    Path(f"{target}-shm").write_bytes(b"old shm")
    kept = backup.restore(good_backup, target)
    assert kept.read_bytes() == damaged and Path(f"{kept}-wal").read_bytes() == b"old wal frames"
    assert not Path(f"{target}-wal").exists() and not Path(f"{target}-shm").exists()
    assert target.read_bytes() == good_backup.read_bytes()


def test_restore_accepts_an_older_schema_which_is_migrated_on_open(tmp_path):
    target = tmp_path / "neiqin.db"
    info = backup.verify_backup(SNAPSHOT)
    assert info.needs_upgrade
    assert backup.restore(SNAPSHOT, target) is None  # nothing to keep aside
    database = open_database(target)
    try:
        assert migrate.database_revisions(database.engine) == migrate.head_revisions()
        assert auth.sign_in(database, "admin", "old-password-1").role == "admin"
    finally:
        database.dispose()


def _not_sqlite(good: Path, bad: Path) -> None:
    bad.write_text("这不是备份 — a text file long enough to have a header" * 10, encoding="utf-8")


def _truncated(good: Path, bad: Path) -> None:
    data = good.read_bytes()
    bad.write_bytes(data[: len(data) // 2])


def _flipped(good: Path, bad: Path) -> None:
    data = bytearray(good.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (len(data) // page_size // 2) * page_size
    for i in range(start, start + 64):
        data[i] ^= 0xFF
    bad.write_bytes(bytes(data))


def _flipped_unread_page(good: Path, bad: Path) -> None:
    """Damage a page of a table that only the integrity check reads (the audit trail)."""
    with sqlite3.connect(good) as con:
        page = con.execute("select min(pageno) from dbstat where name='audit_entry'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(good.read_bytes())
    for i in range((page - 1) * page_size, (page - 1) * page_size + 64):
        data[i] ^= 0xFF
    bad.write_bytes(bytes(data))


def _foreign_sqlite(good: Path, bad: Path) -> None:
    with sqlite3.connect(bad) as con:
        con.execute("create table recipes(name text)")
        con.execute("insert into recipes values ('饺子')")
    con.close()


def _newer_schema(good: Path, bad: Path) -> None:
    shutil.copy(good, bad)
    with sqlite3.connect(bad) as con:
        con.execute("update alembic_version set version_num='ffffffffffff' where rowid = (select min(rowid) from alembic_version)")
    con.close()


@pytest.mark.parametrize(("spoil", "reason"), [
    (_not_sqlite, "not a SQLite file"),
    (_truncated, "damaged"),
    (_flipped, "damaged"),
    (_flipped_unread_page, "damaged"),
    (_foreign_sqlite, "not a Neiqin database"),
    (_newer_schema, "newer version"),
])
def test_restore_refuses_a_bad_backup_and_changes_nothing(db, db_path, good_backup, tmp_path, spoil, reason):
    db.dispose()
    bad = good_backup.with_name("bad.db")
    spoil(good_backup, bad)
    before = _folder_state(db_path.parent)
    with pytest.raises(BackupError, match=reason):
        backup.restore(bad, db_path)
    assert _folder_state(db_path.parent) == before  # the database byte for byte, and no new file


def test_verify_refuses_a_missing_file_and_restore_onto_itself(db_path, tmp_path):
    with pytest.raises(BackupError, match="does not exist"):
        backup.verify_backup(tmp_path / "missing.db")
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match="same file"):
        backup.restore(db_path, db_path)
    assert db_path.read_bytes() == before
