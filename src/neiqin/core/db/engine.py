"""Opening a SQLite database file with the pragmas the application depends on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from neiqin.core.errors import QT_TRANSLATE_NOOP, DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseError unless `path` is absent, empty, or a SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."),
                            path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
                            path=str(path), reason=exc.strerror or str(exc)) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Neiqin database (not a SQLite file)."), path=str(path)
        )


def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
    # autocommit off at the driver level: SQLAlchemy emits BEGIN itself (see _on_begin)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def _on_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: no "database is locked" half way through a save
    readonly = connection.get_execution_options().get("readonly", False)
    connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def sqlite_engine(path: Path | str, *, echo: bool = False) -> Engine:
    path = Path(path)
    check_sqlite_file(path)
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        echo=echo,
        connect_args={"check_same_thread": False, "timeout": 5},
        pool_size=4,
        max_overflow=4,
    )
    # many rows inserted at once go as multi-row INSERT statements, not one statement per row: less
    # work per row, and where triggers write too (sync capture) SQLite keeps its statement journal,
    # a copy of every page the statement changes, once per statement instead of once per row
    engine.dialect.use_insertmanyvalues_wo_returning = True
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def verify_readable(engine: Engine, path: Path) -> None:
    """Touch the file through SQLite so a damaged or encrypted file fails now, in words."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:  # sqlite3.DatabaseError wrapped by SQLAlchemy
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} cannot be opened as a database: {reason}"),
            path=str(path), reason=str(getattr(exc, "orig", exc)),
        ) from exc
