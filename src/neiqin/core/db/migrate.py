"""Alembic migrations at start-up: refuse newer databases, copy the file, then upgrade.

Each business module keeps its own Alembic branch (branch label = module id) on top of the core
base revision, so slices add tables independently; `upgrade heads` applies them all.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from neiqin.core.errors import QT_TRANSLATE_NOOP, DatabaseError
from neiqin.paths import migrations_dir


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def database_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def head_revisions() -> set[str]:
    return set(script_directory().get_heads())


def needs_upgrade(engine: Engine) -> bool:
    return database_revisions(engine) != head_revisions()


def check_not_newer(engine: Engine, path: Path | None = None) -> None:
    unknown = database_revisions(engine) - known_revisions()
    if unknown:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was made by a newer version of Neiqin (schema {revision}). "
                "Install the newer version to open it; nothing was changed.",
            ),
            path=str(path or "The database"), revision=", ".join(sorted(unknown)),
        )


def copy_before_migration(path: Path) -> Path:
    """A consistent copy of the database (SQLite online backup) beside it, before any change."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-upgrade-{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, path: Path | None = None) -> Path | None:
    """Bring the database to the newest schema. Returns the safety copy made, if any."""
    check_not_newer(engine, path)
    if not needs_upgrade(engine):
        return None
    safety_copy = None
    if path is not None and path.exists() and path.stat().st_size > 0 and database_revisions(engine):
        safety_copy = copy_before_migration(path)
    command.upgrade(alembic_config(engine), "heads")
    return safety_copy


def copy_file(source: Path, target: Path) -> None:
    shutil.copy2(source, target)
