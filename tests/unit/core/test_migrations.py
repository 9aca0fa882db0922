import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from neiqin.app import open_database
from neiqin.core.errors import DatabaseError
from neiqin.modules import load_all_models


def test_models_match_migrations(db):
    metadata = load_all_models()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
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
        con.execute("update alembic_version set version_num='ffffffffffff'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_upgrade_copies_the_file_first(db_path):
    # pretend the database is one step behind: drop the alembic stamp of every head, keep the base
    from neiqin.core.db import migrate

    script = migrate.script_directory()
    base = next(iter(script.get_bases()))
    heads = migrate.head_revisions()
    if heads == {base}:
        pytest.skip("only one revision exists: nothing to upgrade from")
    with sqlite3.connect(db_path) as con:
        con.execute("delete from alembic_version")
        con.execute("insert into alembic_version values (?)", (base,))
    with pytest.raises(DatabaseError):
        open_database(db_path)  # tables already exist: the upgrade fails and says so
    assert list(db_path.parent.glob("neiqin.db.before-upgrade-*.bak"))
