"""Where things are: user data, resources and migrations in a checkout, a wheel or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from neiqin import APP_ID, APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    """The folder that holds `db/` and `resources/`.

    Frozen (PyInstaller): `sys._MEIPASS/neiqin/_data`; wheel: `neiqin/_data` beside this file;
    checkout: the repository root two levels above `src/neiqin`.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "neiqin" / "_data"
    bundled = _PACKAGE_DIR / "_data"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent.parent


def resources_dir() -> Path:
    return _data_root() / "resources"


def migrations_dir() -> Path:
    return _data_root() / "db" / "migrations"


def server_migrations_dir() -> Path:
    """The Alembic history of the sync server's shared schema (PostgreSQL, MariaDB)."""
    return _data_root() / "db" / "server_migrations"


def font_path() -> Path:
    return resources_dir() / "fonts" / "DroidSansFallbackFull.ttf"


def latin_font_path() -> Path:
    """DejaVu Sans: digits, Latin, Greek and symbols (Φ, ±, ×) that the CJK font lacks."""
    return resources_dir() / "fonts" / "DejaVuSans.ttf"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_ID, APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "neiqin.db"


def demo_database_path() -> Path:
    return user_data_dir() / "demo.db"


def default_backup_dir(database: Path) -> Path:
    return database.parent / "backups"


def attachments_dir(database: Path) -> Path:
    return database.parent / "attachments"


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_ID, APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path
