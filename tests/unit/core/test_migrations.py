import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from neiqin.app import open_database
from neiqin.core.errors import DatabaseError
from neiqin.core.search import is_search_table
from neiqin.modules import load_all_models


def test_models_match_migrations(db):
    metadata = load_all_models()
    with db.engine.connect() as connection:
        # the FTS5 search index is plain SQL, not a model (see neiqin.core.search)
        context = MigrationContext.configure(connection, opts={
            "include_name": lambda name, type_, _parents: not (type_ == "table" and is_search_table(name))})
        diff = compare_metadata(context, metadata)
    assert diff == [], f"models and migrations differ; make a revision: {diff}"


def test_fresh_database_is_created(tmp_path):
    database = open_database(tmp_path / "new.db")
    with database.engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("select name from sqlite_master where type='table'")}
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        fk = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    database.dispose()
    assert {"app_user", "audit_entry", "alembic_version"} <= tables
    assert mode == "wal" and fk == 1


def test_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库 — just some text that is longer than the header")
    with pytest.raises(DatabaseError, match="not a Neiqin database"):
        open_database(path)
    assert path.read_text().startswith("这不是数据库")


def test_newer_database_is_refused_and_unchanged(db_path):
    with sqlite3.connect(db_path) as con:
        con.execute("update alembic_version set version_num='ffffffffffff' "
                    "where rowid = (select min(rowid) from alembic_version)")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


SNAPSHOTS = Path(__file__).resolve().parents[3] / "db" / "snapshots"


@pytest.mark.parametrize("snapshot", sorted(p.name for p in SNAPSHOTS.glob("*.db")))
def test_databases_of_earlier_releases_upgrade(snapshot, tmp_path):
    """Each snapshot was made by an earlier release; it must open, migrate and keep its data."""
    path = tmp_path / snapshot
    shutil.copy(SNAPSHOTS / snapshot, path)
    from neiqin.core.db import migrate

    database = open_database(path)
    try:
        assert migrate.database_revisions(database.engine) == migrate.head_revisions()
        from neiqin.core.auth import service as auth

        actor = auth.sign_in(database, "admin", "old-password-1")
        assert actor.role == "admin"
    finally:
        database.dispose()
    copies = list(tmp_path.glob(f"{snapshot}.before-upgrade-*.bak"))
    with sqlite3.connect(SNAPSHOTS / snapshot) as con:
        old_revisions = {row[0] for row in con.execute("select version_num from alembic_version")}
    assert bool(copies) == (old_revisions != migrate.head_revisions())


def test_start_up_fast_path_agrees_with_alembic(db):
    """The heads read from the revision files without Alembic are Alembic's heads."""
    from neiqin.core.db import migrate

    assert migrate.declared_heads() == migrate.head_revisions()
    assert migrate.is_current(db.engine)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM alembic_version WHERE rowid = (SELECT min(rowid) FROM alembic_version)")
    assert not migrate.is_current(db.engine)
