"""Password-protected backups: AES-GCM in chunks; a wrong password or a touched byte is refused."""

from __future__ import annotations

import os
import sqlite3

import pytest

from neiqin.core import backup, backup_crypto
from neiqin.core.errors import BackupError, ValidationError

PASSWORD = "内勤-backup-2026"


def _clerk_name(path) -> str:
    with sqlite3.connect(path) as con:
        name = con.execute("select display_name from app_user where username='clerk'").fetchone()[0]
    con.close()
    return name


@pytest.mark.parametrize("size", [0, 1, backup_crypto.CHUNK - 1, backup_crypto.CHUNK, 2 * backup_crypto.CHUNK + 7])
def test_round_trip_of_any_size(tmp_path, size):
    data = os.urandom(size)
    (tmp_path / "plain").write_bytes(data)
    backup_crypto.encrypt_file(tmp_path / "plain", tmp_path / "sealed", PASSWORD)
    sealed = (tmp_path / "sealed").read_bytes()
    assert sealed.startswith(backup_crypto.MAGIC) and (size < 64 or data[:64] not in sealed)
    backup_crypto.decrypt_file(tmp_path / "sealed", tmp_path / "back", PASSWORD)
    assert (tmp_path / "back").read_bytes() == data


def _sealed(tmp_path, size=3 * backup_crypto.CHUNK // 2):
    (tmp_path / "plain").write_bytes(os.urandom(size))
    backup_crypto.encrypt_file(tmp_path / "plain", tmp_path / "sealed", PASSWORD)
    return tmp_path / "sealed"


def test_wrong_password_is_a_clear_error(tmp_path):
    with pytest.raises(BackupError, match="Wrong password"):
        backup_crypto.decrypt_file(_sealed(tmp_path), tmp_path / "out", "not-the-password")
    with pytest.raises(BackupError, match="give its password"):
        backup_crypto.decrypt_file(_sealed(tmp_path), tmp_path / "out", "")


@pytest.mark.parametrize("damage", ["flip_late_byte", "cut_last_chunk", "drop_tail", "swap_header"])
def test_tampering_is_detected(tmp_path, damage):
    path = _sealed(tmp_path)
    data = bytearray(path.read_bytes())
    if damage == "flip_late_byte":
        data[-100] ^= 0x01
    elif damage == "cut_last_chunk":
        data = data[: len(data) - 10]
    elif damage == "drop_tail":  # remove the whole last chunk: the previous one was not sealed as last
        data = data[: len(data) - (backup_crypto.CHUNK // 2 + 16 + 4)]
    else:
        data = data.replace(b'"p": 1', b'"p": 2')
    path.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        backup_crypto.decrypt_file(path, tmp_path / "out", PASSWORD)


def test_short_passwords_are_refused(tmp_path):
    (tmp_path / "plain").write_bytes(b"x")
    with pytest.raises(ValidationError):
        backup_crypto.encrypt_file(tmp_path / "plain", tmp_path / "sealed", "short")


def test_encrypted_backup_verifies_and_restores(db, db_path, tmp_path):
    target = tmp_path / "out" / "safe.db.enc"
    target.parent.mkdir()
    backup.backup_to(db, target, PASSWORD)
    assert backup_crypto.is_encrypted(target)
    assert b"app_user" not in target.read_bytes()  # nothing readable without the password
    assert [p.name for p in target.parent.iterdir()] == ["safe.db.enc"]  # no plain copy left behind
    info = backup.verify_backup(target, PASSWORD)
    assert info.encrypted and info.revisions
    with pytest.raises(BackupError):
        backup.verify_backup(target, "wrong password")
    original = _clerk_name(db_path)
    db.dispose()
    with sqlite3.connect(db_path) as con:
        con.execute("update app_user set display_name='改过的名字' where username='clerk'")
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match="Wrong password"):
        backup.restore(target, db_path, "wrong password")
    assert db_path.read_bytes() == before  # a refused restore changes nothing
    assert not list(db_path.parent.glob(".neiqin-restore-*"))
    backup.restore(target, db_path, PASSWORD)
    assert _clerk_name(db_path) == original


def test_rotation_names_encrypted_backups_and_counts_them(db, tmp_path):
    folder = tmp_path / "backups"
    written = backup.rotate_backup(db, folder, keep=2, password=PASSWORD)
    assert written.name.endswith(".db.enc")
    assert backup.backups_in(folder) == [written]
