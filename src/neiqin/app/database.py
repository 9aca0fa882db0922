"""Composition root: the only module (with __main__) that wires database, services and window."""

from __future__ import annotations

import logging
from pathlib import Path

from neiqin.core.auth import service as auth
from neiqin.core.db import migrate
from neiqin.core.db.engine import check_sqlite_file, sqlite_engine, verify_readable
from neiqin.core.db.session import Database
from neiqin.core.errors import QT_TRANSLATE_NOOP, DatabaseError
from neiqin.core.sync import capture as sync_capture
from neiqin.modules import all_permissions, load_all_models

log = logging.getLogger(__name__)


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate a database file; every failure is a DatabaseError."""
    path = Path(path).expanduser().resolve()
    check_sqlite_file(path)
    if not path.parent.exists():
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."), path=str(path.parent))
    load_all_models()
    engine = sqlite_engine(path)
    try:
        verify_readable(engine, path)
        safety_copy = migrate.upgrade(engine, path)
        if safety_copy:
            log.info("copied %s to %s before upgrading", path, safety_copy)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} cannot be opened: {reason}"),
                            path=str(path), reason=str(getattr(exc, "orig", exc))) from exc
    db = Database(engine, path)
    sync_capture.attach(engine)  # only where sync was set up: numbers transactions, refreshes triggers
    if auth.is_set_up(db):
        with db.unit_of_work(_bootstrap_actor()) as uow:
            auth.sync_roles(uow.session, all_permissions())
    return db


def _bootstrap_actor():
    from neiqin.core.auth.actor import SYSTEM

    return SYSTEM
