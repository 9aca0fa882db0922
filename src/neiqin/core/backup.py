"""Backups of the live database and restore from a verified backup (SPEC "Backup and restore").

A backup is a plain SQLite file in rollback-journal mode, self-contained (no -wal beside it),
made with SQLite's online backup API so it is consistent while the application keeps writing.
With a password it is that same file encrypted (`core.backup_crypto`, named `….db.enc`); verify
and restore decrypt it to a temporary file beside the target first.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from neiqin.core import backup_crypto
from neiqin.core.db import migrate
from neiqin.core.db.engine import SQLITE_HEADER
from neiqin.core.db.session import Database
from neiqin.core.errors import QT_TRANSLATE_NOOP, BackupError, ValidationError
from neiqin.core.settings import BACKUP_KEEP, BACKUP_LAST, BRANCH_CODE, COMPANY_NAME, get_setting, set_setting

DEFAULT_KEEP = 14
BACKUP_NAME = re.compile(r"^neiqin-(\d{8})-(\d{6})\.db(?:\.enc)?$")
ENCRYPTED_SUFFIX = ".enc"
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_SIDE_FILES = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    company_name: str | None
    branch_code: str | None
    revisions: tuple[str, ...]
    size: int
    modified_at: datetime  # UTC
    needs_upgrade: bool  # an older schema: migrated when it is opened after the restore
    encrypted: bool = False


# ---------------------------------------------------------------- making a backup


def backup_to(db: Database, target: Path | str, password: str | None = None) -> Path:
    """Copy the live database to `target`, all or nothing: temp file, integrity check, rename.
    With a password the copy is encrypted before it gets its name."""
    target = Path(target).expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."), path=str(folder))
    if target.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file."), path=str(target))
    if db.path is not None and target.exists() and os.path.samefile(target, db.path):
        raise BackupError(QT_TRANSLATE_NOOP("errors", "The backup and the database are the same file: {path}."),
                          path=str(target))
    temp = None
    try:
        temp = _temp_file(folder, ".neiqin-backup-")
        raw = db.engine.raw_connection()
        try:
            _check_space(raw.driver_connection, folder)
            _copy_online(raw.driver_connection, temp)
        finally:
            raw.close()
        _fsync_file(temp)
        if password:
            plain, temp = temp, _temp_file(folder, ".neiqin-backup-")
            try:
                backup_crypto.encrypt_file(plain, temp, password)
            finally:
                _remove_with_side_files(plain)
        os.replace(temp, target)
    except BaseException as exc:
        if temp is not None:
            _remove_with_side_files(temp)
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise _write_error(exc, folder) from exc
        raise
    _fsync_dir(folder)
    return target


def _copy_online(source: sqlite3.Connection, temp: Path) -> None:
    dest = sqlite3.connect(temp)
    try:
        source.backup(dest)  # one step: a single read snapshot, writers are not blocked (WAL)
        dest.execute("PRAGMA journal_mode=DELETE")  # the copy must stand alone, without a -wal file
        problems = [row[0] for row in dest.execute("PRAGMA integrity_check")]
    finally:
        dest.close()
    if problems != ["ok"]:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The backup copy failed its integrity check ({reason}); it was not kept."),
            reason="; ".join(problems[:3]))


def _check_space(source: sqlite3.Connection, folder: Path) -> None:
    pages = source.execute("PRAGMA page_count").fetchone()[0]
    page_size = source.execute("PRAGMA page_size").fetchone()[0]
    needed = pages * page_size
    if shutil.disk_usage(folder).free < needed:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "Not enough disk space in {folder} for the backup ({size} MB needed). Nothing was written."),
            folder=str(folder), size=f"{needed / 1_048_576:.1f}")


def _write_error(exc: BaseException, folder: Path) -> BackupError:
    if isinstance(exc, BackupError):
        return exc
    code = getattr(exc, "errno", None)
    name = getattr(exc, "sqlite_errorname", "")
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS) \
            or name == "SQLITE_READONLY" or name.startswith("SQLITE_CANTOPEN"):
        return BackupError(QT_TRANSLATE_NOOP(
            "errors", "Cannot write the backup to {folder}: the folder is read-only or you may not write there. "
                      "Nothing was written."), folder=str(folder))
    if code in _DISK_FULL_ERRNOS or name == "SQLITE_FULL" or name == "SQLITE_IOERR_WRITE":
        return BackupError(QT_TRANSLATE_NOOP(
            "errors", "Writing the backup to {folder} failed: the disk is full or a file size limit was reached. "
                      "Nothing was written."), folder=str(folder))
    reason = getattr(exc, "strerror", None) or str(exc)
    return BackupError(QT_TRANSLATE_NOOP("errors", "The backup to {folder} failed: {reason}. Nothing was written."),
                       folder=str(folder), reason=reason)


# ---------------------------------------------------------------- rotation and the daily backup


def rotate_backup(db: Database, folder: Path | str, keep: int | None = None, now: datetime | None = None,
                  password: str | None = None) -> Path:
    """Write `neiqin-YYYYMMDD-HHMMSS.db` (`.db.enc` with a password) into `folder`; delete our oldest
    backups beyond `keep`."""
    folder = Path(folder).expanduser().absolute()
    if keep is None:
        keep = _keep_setting(db)
    elif keep < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Keep at least one backup."), field="keep")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(exc, folder) from exc
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = ENCRYPTED_SUFFIX if password else ""
    written = backup_to(db, folder / f"neiqin-{stamp}.db{suffix}", password)
    older = [p for p in backups_in(folder) if p != written]  # the new one stays even if the clock went back
    for old in older[: max(0, len(older) - (keep - 1))]:
        old.unlink(missing_ok=True)
    return written


def backups_in(folder: Path) -> list[Path]:
    """The backups this program made in `folder`, oldest first (the name carries the time)."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if BACKUP_NAME.match(p.name) and p.is_file()),
                  key=lambda p: p.name)


def auto_backup_if_due(db: Database, folder: Path | str, keep: int | None = None,
                       now: datetime | None = None, password: str | None = None) -> Path | None:
    """At most one automatic backup per calendar day (local time). Returns the new file, if any."""
    now = now or datetime.now()
    today = now.date()
    folder = Path(folder).expanduser().absolute()
    with db.read() as session:
        last = _parse_day(get_setting(session, BACKUP_LAST))
    made_today = any(BACKUP_NAME.match(p.name).group(1) == today.strftime("%Y%m%d") for p in backups_in(folder))
    if made_today or (last is not None and last >= today):
        return None
    written = rotate_backup(db, folder, keep=keep, now=now, password=password)
    with Session(bind=db.engine) as session, session.begin():
        set_setting(session, BACKUP_LAST, today.isoformat())
    return written


#: the password of this computer's backups, kept in the OS keychain; backups are encrypted when set
PASSWORD_SECRET = "backup-password"


def configured_password() -> str | None:
    """This computer's backup password, or None when backups are not encrypted."""
    from neiqin.core.secrets import SecretStoreError, get_secret

    try:
        return get_secret(PASSWORD_SECRET) or None
    except SecretStoreError as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "The keychain that holds the backup password cannot be used: {reason}"),
            reason=exc.render()) from exc


def set_configured_password(password: str | None) -> None:
    """Encrypt this computer's backups from now on with `password`; None or "" turns it off."""
    from neiqin.core.secrets import delete_secret, set_secret

    if password:
        set_secret(PASSWORD_SECRET, backup_crypto.check_password(password))
    else:
        delete_secret(PASSWORD_SECRET)


def _keep_setting(db: Database) -> int:
    with db.read() as session:
        value = get_setting(session, BACKUP_KEEP, DEFAULT_KEEP)
    return value if isinstance(value, int) and value >= 1 else DEFAULT_KEEP


def _parse_day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------- verification


def verify_backup(path: Path | str, password: str | None = None) -> BackupInfo:
    """Check that `path` is an intact Neiqin database this program can open; describe it.
    An encrypted backup is decrypted to a temporary file for the check (its password is needed)."""
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "The backup file {path} does not exist."), path=str(path))
    if backup_crypto.is_encrypted(path):
        with tempfile.TemporaryDirectory(prefix="neiqin-verify-") as folder:
            plain = Path(folder) / "backup.db"
            backup_crypto.decrypt_file(path, plain, password)
            info = verify_backup(plain)
            stat = path.stat()
            return BackupInfo(path=path, company_name=info.company_name, branch_code=info.branch_code,
                              revisions=info.revisions, size=stat.st_size,
                              modified_at=datetime.fromtimestamp(stat.st_mtime, UTC),
                              needs_upgrade=info.needs_upgrade, encrypted=True)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        stat = path.stat()
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} cannot be read: {reason}"),
                          path=str(path), reason=exc.strerror or str(exc)) from exc
    if header != SQLITE_HEADER:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} is not a Neiqin backup (not a SQLite file)."),
                          path=str(path))
    # immutable: read exactly the bytes that a restore would copy, create no -wal/-shm beside it
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise _damaged(path, exc) from exc
    try:
        info = _inspect(connection, path)
    except sqlite3.Error as exc:
        raise _damaged(path, exc) from exc
    finally:
        connection.close()
    revisions, company, branch = info
    unknown = set(revisions) - migrate.known_revisions()
    if unknown:
        raise BackupError(QT_TRANSLATE_NOOP(
            "errors", "{path} was made by a newer version of Neiqin (schema {revision}). "
                      "Install that version to restore it; nothing was changed."),
            path=str(path), revision=", ".join(sorted(unknown)))
    return BackupInfo(path=path, company_name=company, branch_code=branch, revisions=tuple(sorted(revisions)),
                      size=stat.st_size, modified_at=datetime.fromtimestamp(stat.st_mtime, UTC),
                      needs_upgrade=set(revisions) != migrate.head_revisions())


def _inspect(connection: sqlite3.Connection, path: Path) -> tuple[list[str], str | None, str | None]:
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} is damaged: {reason}"),
                          path=str(path), reason="; ".join(problems[:3]))
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")] \
        if "alembic_version" in tables else []
    if "app_user" not in tables or not revisions:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "{path} is a SQLite file but not a Neiqin database."),
                          path=str(path))
    settings = {}
    if "setting" in tables:
        rows = connection.execute("SELECT key, value FROM setting WHERE key IN (?, ?)", (COMPANY_NAME, BRANCH_CODE))
        for key, raw in rows:
            try:
                settings[key] = json.loads(raw)
            except ValueError:
                settings[key] = None
    return revisions, settings.get(COMPANY_NAME), settings.get(BRANCH_CODE)


def _damaged(path: Path, exc: sqlite3.Error) -> BackupError:
    return BackupError(QT_TRANSLATE_NOOP("errors", "{path} is damaged: {reason}"), path=str(path), reason=str(exc))


# ---------------------------------------------------------------- restore


def restore(backup: Path | str, target: Path | str, password: str | None = None) -> Path | None:
    """Replace the (closed) database `target` by a verified `backup`.

    The current file is kept as `<name>.replaced-YYYYMMDD-HHMMSS.db` (returned; None when there was
    none). Nothing is touched unless the backup verifies. Returns the kept file's path.
    """
    backup = Path(backup).expanduser().absolute()
    target = Path(target).expanduser().absolute()
    if target.exists() and backup.exists() and os.path.samefile(backup, target):
        raise BackupError(QT_TRANSLATE_NOOP("errors", "The backup and the database are the same file: {path}."),
                          path=str(target))
    encrypted = backup_crypto.is_encrypted(backup)
    if not encrypted:
        verify_backup(backup)
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."), path=str(folder))
    temp = None
    try:
        temp = _temp_file(folder, ".neiqin-restore-")
        if encrypted:
            try:
                backup_crypto.decrypt_file(backup, temp, password)
                verify_backup(temp)
            except BaseException:
                _remove_with_side_files(temp)
                temp = None
                raise
        else:
            shutil.copyfile(backup, temp)
        _fsync_file(temp)
        kept = _keep_aside(target) if target.exists() and target.stat().st_size > 0 else None
        for suffix in ("-wal", "-shm", "-journal"):  # they belong to the old file; never replay them
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        if temp is not None:
            _remove_with_side_files(temp)
        raise BackupError(QT_TRANSLATE_NOOP("errors", "Restoring failed: {reason}. The database was not changed."),
                          reason=exc.strerror or str(exc)) from exc
    _fsync_dir(folder)
    return kept


def _keep_aside(target: Path) -> Path:
    """Copy the current database beside itself, committed WAL content included.

    The target is only read as raw bytes (a damaged file stays exactly as it was); the copy's WAL
    is then folded into the copy by SQLite when it can read it, so the kept file stands alone.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.stem}.replaced-{stamp}.db")
    count = 1
    while kept.exists():  # two restores within one second
        count += 1
        kept = target.with_name(f"{target.stem}.replaced-{stamp}-{count}.db")
    try:
        shutil.copyfile(target, kept)
        wal = Path(f"{target}-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, Path(f"{kept}-wal"))
            if not _fold_wal(kept):
                shutil.copyfile(wal, Path(f"{kept}-wal"))  # SQLite may have dropped a -wal it could not use
        _fsync_file(kept)
    except OSError:
        _remove_with_side_files(kept)
        raise
    return kept


def _fold_wal(path: Path) -> bool:
    """Checkpoint the copy's -wal into it; False when SQLite cannot read the copy."""
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
    except sqlite3.Error:
        return False  # unreadable: the raw file and its -wal stay side by side, as they were
    return True


# ---------------------------------------------------------------- files


def _temp_file(folder: Path, prefix: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(handle)
    return Path(name)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError:
            pass


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; os.replace there is already durable enough
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
