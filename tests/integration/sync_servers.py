"""Throw-away server databases for sync tests: one uniquely named database per test on the local
PostgreSQL (postgres, trust) or MariaDB (root, no password); skipped with a reason when absent,
a failure under CI=true."""

from __future__ import annotations

import atexit
import os
import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

PG_ADMIN = os.environ.get("NEIQIN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
MARIA_ADMIN = os.environ.get("NEIQIN_TEST_MARIADB", "mysql+pymysql://root@127.0.0.1:3306/test")
DIALECTS = ("postgresql", "mariadb")


def _admin_url(dialect: str) -> str:
    return PG_ADMIN if dialect == "postgresql" else MARIA_ADMIN


def _unavailable(dialect: str, exc: Exception):
    reason = f"{dialect} server not reachable at {_admin_url(dialect)}: {str(exc).splitlines()[0]}"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def database_url(dialect: str, name: str, user: str | None = None, password: str | None = None) -> str:
    if dialect == "postgresql":
        auth = f"{user}:{password}@" if user else "postgres@"
        return f"postgresql+psycopg://{auth}127.0.0.1:5432/{name}"
    auth = f"{user}:{password}@" if user else "root@"
    return f"mysql+pymysql://{auth}127.0.0.1:3306/{name}?charset=utf8mb4"


_PG_TEMPLATE: list[str] = []


def _pg_template(admin) -> str:
    """A prepared schema made once per test process; each test database is a copy of it."""
    if not _PG_TEMPLATE:
        name = f"neiqin_tpl_{uuid.uuid4().hex[:20]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        prepare_server(database_url("postgresql", name))
        _PG_TEMPLATE.append(name)

        def drop() -> None:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        atexit.register(drop)
    return _PG_TEMPLATE[0]


@contextmanager
def server_database(dialect: str, prepared: bool = False):
    """Create `neiqin_t_<uuid>` (with the sync schema when `prepared`), yield its admin URL, drop it
    (and its branch accounts: PostgreSQL roles, MariaDB users and view databases) afterwards."""
    name = f"neiqin_t_{uuid.uuid4().hex[:20]}"
    try:
        admin = create_engine(_admin_url(dialect), poolclass=NullPool, isolation_level="AUTOCOMMIT",
                              connect_args={"connect_timeout": 3})
        with admin.connect() as connection:
            if dialect == "postgresql" and prepared:
                template = _pg_template(admin)
                connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
            elif dialect == "postgresql":
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            else:
                connection.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"))
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server here"
        _unavailable(dialect, exc)
    url = database_url(dialect, name)
    if prepared and dialect != "postgresql":
        prepare_server(url)
    try:
        yield url
    finally:
        from neiqin.core.sync.security import drop_roles  # branch accounts are server-wide on both

        engine = create_engine(url, poolclass=NullPool)
        try:
            with engine.begin() as connection:
                drop_roles(connection)
        finally:
            engine.dispose()
        with admin.connect() as connection:
            if dialect == "postgresql":
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            else:
                connection.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
        admin.dispose()


def copy_db(template: Path, target: Path) -> Path:
    shutil.copy(template, target)
    return target


# ------------------------------------------------------------------------------------- offices

BRANCH_B = "01a2f000-0000-7000-8000-00000000b002"


class Office:
    """One office's local database (a template copy) with capture installed and a sync client."""

    def __init__(self, path: Path, url: str, *, branch_id: str | None = None, backfill: bool = False,
                 fault=None, name: str = "office") -> None:
        from neiqin.app.sync_commands import ledgers, rebuild_balances, status_ranks
        from neiqin.core.auth.actor import Actor
        from neiqin.core.db.engine import sqlite_engine
        from neiqin.core.db.session import Database
        from neiqin.core.sync import capture
        from neiqin.core.sync.client import SyncClient
        from neiqin.core.sync.connect import server_engine

        self.path, self.url, self.name = path, url, name
        self.db = Database(sqlite_engine(path), path)  # a copy of the migrated template
        with self.db.engine.begin() as connection:
            template_branch = connection.execute(text("SELECT id FROM branch WHERE code = 'BJ01'")).scalar_one()
            self.branch_id = branch_id or template_branch
            capture.install(connection, self.branch_id, url, backfill=backfill)
        capture.attach(self.db.engine)
        from neiqin.modules import all_permissions

        self.actor = Actor(user_id=f"user-{name}", username=name, display_name=name, role="admin",
                           branch_id=self.branch_id, permissions=frozenset(p.code for p in all_permissions()))
        self.server = server_engine(url)
        self.client = SyncClient(self.db.engine, self.server, ranks=status_ranks(), clock=self.db.clock,
                                 on_apply=rebuild_balances(ledgers()), fault=fault)

    @staticmethod
    def template_branch(path: Path) -> str:
        import sqlite3

        with sqlite3.connect(path) as connection:
            return connection.execute("SELECT id FROM branch WHERE code = 'BJ01'").fetchone()[0]

    def close(self) -> None:
        self.server.dispose()
        self.db.dispose()


def prepare_server(url: str) -> None:
    from sqlalchemy import create_engine

    from neiqin.core.sync.catalog import sync_tables
    from neiqin.core.sync.schema import create_schema
    from neiqin.modules import load_all_models

    load_all_models()
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        create_schema(connection, sync_tables())
    engine.dispose()
