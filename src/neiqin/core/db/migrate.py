"""Alembic migrations at start-up: refuse newer databases, copy the file, then upgrade.

Each business module keeps its own Alembic branch (branch label = module id) on top of the core
base revision, so slices add tables independently; `upgrade heads` applies them all.
"""

from __future__ import annotations

import ast
import shutil
import sqlite3
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from neiqin.core.errors import QT_TRANSLATE_NOOP, DatabaseError
from neiqin.paths import migrations_dir


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def database_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

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


@lru_cache(maxsize=1)
def declared_heads() -> frozenset[str]:
    """The head revisions read from the revision files' `revision`/`down_revision` lines, without
    importing Alembic (a quarter of a second at start-up)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.AnnAssign | ast.Assign):
                target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
                name = getattr(target, "id", None)
                value = ast.literal_eval(node.value) if node.value is not None else None
                if name == "revision":
                    revisions.add(value)
                elif name == "down_revision" and value:
                    parents.update([value] if isinstance(value, str) else value)
    return frozenset(revisions - parents)


def is_current(engine: Engine) -> bool:
    """True when the database stands at exactly the heads of this release (the usual start)."""
    try:
        with engine.connect() as connection:
            stamped = {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    except Exception:  # no alembic_version table yet: a new or foreign database
        return False
    return bool(stamped) and stamped == declared_heads()


def upgrade(engine: Engine, path: Path | None = None) -> Path | None:
    """Bring the database to the newest schema. Returns the safety copy made, if any."""
    if is_current(engine):
        return None
    check_not_newer(engine, path)
    if not needs_upgrade(engine):
        return None
    safety_copy = None
    if path is not None and path.exists() and path.stat().st_size > 0 and database_revisions(engine):
        safety_copy = copy_before_migration(path)
    from alembic import command

    command.upgrade(alembic_config(engine), "heads")
    return safety_copy


def copy_file(source: Path, target: Path) -> None:
    shutil.copy2(source, target)
