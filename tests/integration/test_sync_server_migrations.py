"""The sync server's schema is created and migrated by Alembic (db/server_migrations) on real
PostgreSQL and MariaDB: the newest revision matches the synced models exactly (a model change
without a server revision fails here), a server prepared before the history began is completed and
recorded, then syncs; downgrade and upgrade again work; a newer server is refused untouched."""

from __future__ import annotations

import uuid
import warnings

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Index, String, create_engine, inspect, text
from sqlalchemy.pool import NullPool

from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.errors import SchemaMismatch
from neiqin.core.sync.protocol import PROTOCOL_VERSION
from neiqin.core.sync.schema import (
    ALEMBIC_VERSION,
    CHANGE,
    CLIENT,
    COUNTER,
    DESK_INDEX,
    HORIZON,
    VERSION,
    create_schema,
    include_object,
    server_alembic_config,
    server_metadata,
    server_revisions,
)
from neiqin.core.sync.server import check_server
from neiqin.modules import load_all_models
from neiqin.modules.customers.models import Customer
from neiqin.paths import server_migrations_dir
from tests.integration import sync_edits as e
from tests.integration.sync_servers import DIALECTS, Office, _admin_url, _unavailable, database_url

pytestmark = pytest.mark.server


@pytest.fixture(scope="module", autouse=True)
def _models():
    load_all_models()


@pytest.fixture(params=DIALECTS)
def server(request):
    """A fresh empty `srvmig_` database: (dialect, its URL, an engine on it); dropped afterwards."""
    dialect = request.param
    name = f"srvmig_{uuid.uuid4().hex[:16]}"
    try:
        admin = create_engine(_admin_url(dialect), poolclass=NullPool, isolation_level="AUTOCOMMIT",
                              connect_args={"connect_timeout": 3})
        with admin.connect() as connection:
            quoted = f'"{name}"' if dialect == "postgresql" else f"`{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
            connection.execute(text(f"CREATE DATABASE {quoted}"))
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server here"
        _unavailable(dialect, exc)
    url = database_url(dialect, name)
    engine = create_engine(url, poolclass=NullPool)
    try:
        yield dialect, url, engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            drop = f'"{name}" WITH (FORCE)' if dialect == "postgresql" else f"`{name}`"
            connection.execute(text(f"DROP DATABASE IF EXISTS {drop}"))
        admin.dispose()


#: columns added by server revisions after the baseline (the old path never made them)
LATER_COLUMNS = ((CLIENT, "replaced_by"),)


def old_create_schema(connection, protocol: int = PROTOCOL_VERSION) -> None:
    """How `neiqin server init` prepared a server before the schema had a history: the tables of
    the metadata, PostgreSQL's transaction id column and index, the two seed rows."""
    metadata = server_metadata(sync_tables())
    metadata.create_all(connection)
    for table, column in LATER_COLUMNS:
        connection.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"ALTER TABLE {CHANGE} ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()"))
        connection.execute(text(f"CREATE INDEX ix_{CHANGE}_xid ON {CHANGE} (xid, seq)"))
    connection.execute(metadata.tables[VERSION].insert().values(id=1, protocol_version=protocol))
    connection.execute(metadata.tables[COUNTER].insert().values(id=1, value=0))


def differences(connection, metadata=None) -> list:
    """What autogenerate would write to bring the server to the models (PostgreSQL's `xid` column
    and its index are left out: they are outside the metadata on purpose, see `include_object`)."""
    context = MigrationContext.configure(connection, opts={
        "compare_type": True, "include_object": include_object, "version_table": ALEMBIC_VERSION})
    with warnings.catch_warnings():  # reflecting `xid8`, which SQLAlchemy has no type for
        warnings.filterwarnings("ignore", "Did not recognize type 'xid8'")
        return compare_metadata(context, metadata if metadata is not None else server_metadata(sync_tables()))


def head() -> str:
    return ScriptDirectory(str(server_migrations_dir())).get_current_head()


def shape(connection) -> dict:
    """Tables, their columns and indexes, the version tables' rows: what a refused upgrade must not touch."""
    inspector = inspect(connection)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Did not recognize type 'xid8'")
        tables = {name: ({c["name"] for c in inspector.get_columns(name)},
                         {i["name"] for i in inspector.get_indexes(name)}) for name in inspector.get_table_names()}
    rows = connection.execute(text(f"SELECT id, protocol_version FROM {VERSION}")).all()
    return {"tables": tables, "protocol": rows, "revisions": server_revisions(connection)}


def seed_rows(connection) -> tuple:
    return (connection.execute(text(f"SELECT id, protocol_version FROM {VERSION}")).all(),
            connection.execute(text(f"SELECT id, value FROM {COUNTER}")).all())


def test_upgrade_of_an_empty_server_matches_the_models(server):
    dialect, _, engine = server
    with engine.begin() as connection:
        assert create_schema(connection, sync_tables()) is not None
    with engine.connect() as connection:
        assert differences(connection) == []
        assert server_revisions(connection) == {head()}
        assert seed_rows(connection) == ([(1, PROTOCOL_VERSION)], [(1, 0)])
        columns = shape(connection)["tables"][CHANGE][0]
        indexes = {i["name"]: i for i in inspect(connection).get_indexes(CLIENT)}
        assert indexes[DESK_INDEX]["unique"] and indexes[DESK_INDEX]["column_names"] == ["branch_id", "desk"]
        assert ("xid" in columns) == (dialect == "postgresql")
        check_server(connection)
        # the comparison sees a model change that has no server revision
        changed = server_metadata(sync_tables())
        changed.tables["customer"].append_column(Column("loyalty_tier", String(8)))
        Index("ix_customer_tier", changed.tables["customer"].c.loyalty_tier)
        found = {(d[0], d[2]) if d[0] == "add_column" else (d[0], d[1].name) for d in differences(connection, changed)}
        assert found == {("add_column", "customer"), ("add_index", "ix_customer_tier")}
    with engine.begin() as connection:  # a second run changes nothing
        create_schema(connection, sync_tables())
    with engine.connect() as connection:
        assert seed_rows(connection) == ([(1, PROTOCOL_VERSION)], [(1, 0)])


def test_a_server_prepared_before_migrations_is_recorded_and_syncs(server, template_db, tmp_path):
    _, url, engine = server
    with engine.begin() as connection:
        old_create_schema(connection)
        connection.execute(text(f"INSERT INTO {CLIENT} (client_id, branch_id, last_seq, desk) "
                                "VALUES ('old-client', 'old-branch', 7, 2)"))
        before = shape(connection)
    assert before["revisions"] == set()
    with engine.begin() as connection:
        create_schema(connection, sync_tables())
    with engine.connect() as connection:
        after = shape(connection)
        assert after["revisions"] == {head()}
        assert after["tables"].pop(ALEMBIC_VERSION)
        for table, column in LATER_COLUMNS:
            before["tables"][table][0].add(column)
        assert after["tables"] == before["tables"]  # nothing else changed
        assert differences(connection) == []
        assert connection.execute(text(f"SELECT client_id, last_seq, desk FROM {CLIENT}")).all() == [
            ("old-client", 7, 2)]
    paths = [tmp_path / f"{name}.db" for name in ("a", "b")]
    for path in paths:
        path.write_bytes(template_db.read_bytes())
    a, b = (Office(path, url, backfill=i == 0, name=f"o{i}") for i, path in enumerate(paths))
    try:
        customer = e.add_customer(a, "SRV-1", "迁移后的客户")
        a.client.sync()
        b.client.sync()
        assert e.value(b, Customer, customer, "name") == "迁移后的客户"
    finally:
        a.close()
        b.close()


def test_a_protocol_one_server_is_completed_additively(server):
    """A server from before pruning and desks: the missing table, columns and index are added,
    nothing is dropped, the protocol version is raised, the revision recorded."""
    dialect, _, engine = server
    with engine.begin() as connection:
        old_create_schema(connection, protocol=1)
        connection.execute(text(f"DROP TABLE {HORIZON}"))
        connection.execute(text(f"DROP INDEX {DESK_INDEX}" if dialect == "postgresql"
                                else f"DROP INDEX {DESK_INDEX} ON {CLIENT}"))
        for table, column in ((CHANGE, "logged_at"), (CLIENT, "desk"), (CLIENT, "last_change")):
            connection.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        connection.execute(text(f"INSERT INTO {CHANGE} (table_name, row_id, op) VALUES ('customer', 'r1', 'insert')"))
    with engine.connect() as connection:
        assert {d[0] for d in differences(connection)} == {"add_table", "add_column", "add_index"}
    with engine.begin() as connection:
        create_schema(connection, sync_tables())
    with engine.connect() as connection:
        assert differences(connection) == []
        assert server_revisions(connection) == {head()}
        assert seed_rows(connection)[0] == [(1, PROTOCOL_VERSION)]
        assert connection.execute(text(f"SELECT upgraded_at FROM {VERSION}")).scalar_one() is not None
        assert connection.execute(text(f"SELECT table_name, row_id FROM {CHANGE}")).all() == [("customer", "r1")]
        check_server(connection)


def test_downgrade_to_base_and_upgrade_again(server):
    _, _, engine = server
    with engine.begin() as connection:
        create_schema(connection, sync_tables())
    with engine.begin() as connection:
        command.downgrade(server_alembic_config(connection), "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {ALEMBIC_VERSION}
        assert server_revisions(connection) == set()
    with engine.begin() as connection:
        command.upgrade(server_alembic_config(connection), "head")
    with engine.connect() as connection:
        assert differences(connection) == []
        assert server_revisions(connection) == {head()}
        assert seed_rows(connection) == ([(1, 3)], [(1, 0)])  # the baseline's own protocol, frozen


def test_a_server_of_a_newer_program_is_refused_unchanged(server):
    dialect, _, engine = server
    with engine.begin() as connection:  # newer protocol, and a table this program would add
        old_create_schema(connection, protocol=PROTOCOL_VERSION + 1)
        connection.execute(text(f"DROP TABLE {HORIZON}"))
        before = shape(connection)
    with pytest.raises(SchemaMismatch, match="newer Neiqin"), engine.begin() as connection:
        create_schema(connection, sync_tables())
    with engine.connect() as connection:
        assert shape(connection) == before
    with engine.begin() as connection:  # same protocol, but migrated by a newer program's revision
        connection.execute(text(f"UPDATE {VERSION} SET protocol_version = {PROTOCOL_VERSION}"))
        connection.execute(text(f"CREATE TABLE {ALEMBIC_VERSION} (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        connection.execute(text(f"INSERT INTO {ALEMBIC_VERSION} VALUES ('f00dfeed0001')"))
        before = shape(connection)
    with pytest.raises(SchemaMismatch, match="f00dfeed0001"), engine.begin() as connection:
        create_schema(connection, sync_tables())
    with engine.connect() as connection:
        assert shape(connection) == before


@pytest.mark.parametrize("server", ["postgresql"], indirect=True)  # MariaDB commits each DDL statement
def test_on_postgresql_the_upgrade_is_part_of_the_callers_transaction(server):
    _, _, engine = server
    with engine.connect() as connection:
        create_schema(connection, sync_tables())
        assert CHANGE in inspect(connection).get_table_names()
        connection.rollback()
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []
