"""The server schema, made from the metadata: one table per synced table plus the sync tables.

- data tables: the client's columns with their storage types, plus `last_client`; no foreign keys
  and no unique constraints (rows arrive from many offices in their own order; numbers carry the
  branch code), an index on `branch_id`;
- `sync_change`: the change log. PostgreSQL stamps each entry with its transaction id (`xid8`)
  and a pull reads only entries of transactions below `pg_snapshot_xmin(pg_current_snapshot())`
  ordered by (xid, seq), so an entry committed late is never skipped. MariaDB has no such
  snapshot function: there `seq` is taken from the one-row `sync_counter` under a row lock held to
  commit, so seq order is commit order and a plain seq cursor is safe (pushes serialize briefly);
- `sync_client`: client id, branch, push high-water mark, last pull cursor, protocol version;
- `sync_conflict`: both values of every same-field conflict and every edit-vs-delete;
- `sync_schema`: the protocol version; `sync_branch_account`: PostgreSQL login role → branch.

`create_schema` is additive and idempotent (new tables and new columns are added on a re-run of
`neiqin server init`), which matches the rule that synced tables only change additively. Moving
the server to Alembic means an env.py whose `target_metadata` is `server_metadata(sync_tables())`;
autogenerate then writes the same additive revisions for PostgreSQL and MariaDB.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.exc import ProgrammingError

from neiqin.core.sync.catalog import SyncTable
from neiqin.core.sync.merge import LAST_CLIENT
from neiqin.core.sync.protocol import PROTOCOL_VERSION
from neiqin.core.sync.values import raw_copy

CHANGE = "sync_change"
CLIENT = "sync_client"
CONFLICT = "sync_conflict"
VERSION = "sync_schema"
COUNTER = "sync_counter"
ACCOUNT = "sync_branch_account"

_TIME = DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
_LONG = Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")


def conflict_columns() -> list[Column]:
    return [
        Column("id", String(36), primary_key=True), Column("branch_id", String(36)),
        Column("table_name", String(64), nullable=False), Column("row_id", String(36), nullable=False),
        Column("column_name", String(64), nullable=False), Column("kind", String(12), nullable=False),
        Column("winner_value", _LONG), Column("loser_value", _LONG),
        Column("winner_hlc", String(40)), Column("loser_hlc", String(40)),
        Column("winner_client", String(36)), Column("loser_client", String(36)),
        Column("created_at", _TIME), Column("resolved_at", _TIME), Column("resolved_by", String(36)),
        Column("resolution", _LONG), Column("server_version", BigInteger),
    ]


def server_metadata(tables: dict[str, SyncTable]) -> MetaData:
    metadata = MetaData()
    for table in tables.values():
        columns = table.sent_columns if table.push_only else table.columns
        extra = () if table.push_only else (Column(LAST_CLIENT, String(36)),)
        copy = raw_copy(table.table, metadata, columns, server=True, extra=extra)
        if "branch_id" in copy.c:
            Index(f"ix_{table.name}_branch", copy.c.branch_id)
    Table(CHANGE, metadata,
          Column("seq", BigInteger, primary_key=True, autoincrement=True),
          Column("table_name", String(64), nullable=False), Column("row_id", String(36), nullable=False),
          Column("branch_id", String(36)), Column("client_id", String(36)), Column("op", String(10)),
          Column("hlc", String(40)))
    Table(CLIENT, metadata,
          Column("client_id", String(36), primary_key=True), Column("branch_id", String(36)),
          Column("last_seq", BigInteger, nullable=False, default=0), Column("pull_cursor", String(60)),
          Column("protocol_version", Integer), Column("registered_at", _TIME), Column("last_push_at", _TIME),
          Column("last_pull_at", _TIME))
    Table(CONFLICT, metadata, *conflict_columns())
    Table(VERSION, metadata, Column("id", Integer, primary_key=True, autoincrement=False),
          Column("protocol_version", Integer, nullable=False), Column("upgraded_at", _TIME))
    Table(COUNTER, metadata, Column("id", Integer, primary_key=True, autoincrement=False),
          Column("value", BigInteger, nullable=False))
    Table(ACCOUNT, metadata, Column("role_name", String(63), primary_key=True),
          Column("branch_code", String(16), nullable=False), Column("branch_id", String(36), nullable=False))
    return metadata


def is_postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def create_schema(connection: Connection, tables: dict[str, SyncTable]) -> MetaData:
    """Create missing tables and add missing columns; record the protocol version."""
    metadata = server_metadata(tables)
    metadata.create_all(connection, checkfirst=True)
    inspector = inspect(connection)
    for table in metadata.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=connection.dialect)
                connection.execute(text(f'ALTER TABLE {_q(connection, table.name)} ADD COLUMN '
                                        f'{_q(connection, column.name)} {kind}'))
    if is_postgres(connection):
        present = {c["name"] for c in inspector.get_columns(CHANGE)}
        if "xid" not in present:
            connection.execute(text(f"ALTER TABLE {CHANGE} ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()"))
            connection.execute(text(f"CREATE INDEX ix_{CHANGE}_xid ON {CHANGE} (xid, seq)"))
    version = metadata.tables[VERSION]
    if connection.execute(select(version.c.id)).first() is None:
        connection.execute(version.insert().values(id=1, protocol_version=PROTOCOL_VERSION))
    counter = metadata.tables[COUNTER]
    if connection.execute(select(counter.c.id)).first() is None:
        connection.execute(counter.insert().values(id=1, value=0))
    return metadata


def server_protocol(connection: Connection) -> int | None:
    try:
        with connection.begin_nested():
            row = connection.execute(text(f"SELECT protocol_version FROM {VERSION} WHERE id = 1")).first()
    except ProgrammingError:  # no such table: the server was never prepared
        return None
    return None if row is None else int(row[0])


def _q(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)
