"""The server schema, made from the metadata: one table per synced table plus the sync tables.

- data tables: the client's columns with their storage types, plus `last_client`; no foreign keys
  and no unique constraints (rows arrive from many offices in their own order; numbers carry the
  branch code), an index on `branch_id`;
- `sync_change`: the change log. PostgreSQL stamps each entry with its transaction id (`xid8`)
  and a pull reads only entries of transactions below `pg_snapshot_xmin(pg_current_snapshot())`
  ordered by (xid, seq), so an entry committed late is never skipped. MariaDB has no such
  snapshot function: there `seq` is taken from the one-row `sync_counter` under a row lock held to
  commit, so seq order is commit order and a plain seq cursor is safe (pushes serialize briefly);
- `sync_client`: client id, branch, push high-water mark and the id of the change it ended at, last
  pull cursor, protocol version, and the computer's desk for document numbers (unique per branch);
- `sync_conflict`: both values of every same-field conflict and every edit-vs-delete;
- `sync_schema`: the protocol version; `sync_branch_account`: branch login account → branch;
- `sync_horizon`: how far the change log was pruned (`horizon.prune`), one row for the shared
  entries and one per branch, each the last pruned cursor a client of that branch could have seen;
  each change-log entry carries the server time it was logged (`logged_at`) for pruning by age.

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

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync.catalog import SyncTable
from neiqin.core.sync.errors import SchemaMismatch
from neiqin.core.sync.merge import LAST_CLIENT
from neiqin.core.sync.protocol import PROTOCOL_VERSION, check_version
from neiqin.core.sync.values import raw_copy

CHANGE = "sync_change"
CLIENT = "sync_client"
CONFLICT = "sync_conflict"
VERSION = "sync_schema"
COUNTER = "sync_counter"
ACCOUNT = "sync_branch_account"
HORIZON = "sync_horizon"
#: one desk number per computer of a branch (`desks`)
DESK_INDEX = "uq_sync_client_desk"

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
          Column("hlc", String(40)), Column("logged_at", _TIME))
    clients = Table(CLIENT, metadata,
                    Column("client_id", String(36), primary_key=True), Column("branch_id", String(36)),
                    Column("last_seq", BigInteger, nullable=False, default=0), Column("pull_cursor", String(60)),
                    Column("protocol_version", Integer), Column("registered_at", _TIME),
                    Column("last_push_at", _TIME), Column("last_pull_at", _TIME),
                    Column("desk", Integer), Column("last_change", String(36)))
    Index(DESK_INDEX, clients.c.branch_id, clients.c.desk, unique=True)
    Table(CONFLICT, metadata, *conflict_columns())
    Table(VERSION, metadata, Column("id", Integer, primary_key=True, autoincrement=False),
          Column("protocol_version", Integer, nullable=False), Column("upgraded_at", _TIME))
    Table(COUNTER, metadata, Column("id", Integer, primary_key=True, autoincrement=False),
          Column("value", BigInteger, nullable=False))
    Table(ACCOUNT, metadata, Column("role_name", String(63), primary_key=True),
          Column("branch_code", String(16), nullable=False), Column("branch_id", String(36), nullable=False))
    Table(HORIZON, metadata, Column("scope", String(36), primary_key=True), Column("branch_id", String(36)),
          Column("horizon", String(60), nullable=False), Column("pruned_at", _TIME))
    return metadata


def is_postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def create_schema(connection: Connection, tables: dict[str, SyncTable]) -> MetaData:
    """Create missing tables and add missing columns; record (raise) the protocol version. A server
    prepared by a newer program is left alone (SchemaMismatch)."""
    metadata = server_metadata(tables)
    version = metadata.tables[VERSION]
    recorded = None
    if inspect(connection).has_table(VERSION):
        recorded = connection.execute(select(version.c.protocol_version)).scalar()
        if recorded is not None and recorded > PROTOCOL_VERSION:
            check_version(PROTOCOL_VERSION, recorded)
    metadata.create_all(connection, checkfirst=True)
    inspector = inspect(connection)
    for table in metadata.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=connection.dialect)
                connection.execute(text(f'ALTER TABLE {_q(connection, table.name)} ADD COLUMN '
                                        f'{_q(connection, column.name)} {kind}'))
    if DESK_INDEX not in {i["name"] for i in inspector.get_indexes(CLIENT)}:  # a server prepared before desks
        next(i for i in metadata.tables[CLIENT].indexes if i.name == DESK_INDEX).create(connection)
    if is_postgres(connection):
        present = {c["name"] for c in inspector.get_columns(CHANGE)}
        if "xid" not in present:
            connection.execute(text(f"ALTER TABLE {CHANGE} ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()"))
            connection.execute(text(f"CREATE INDEX ix_{CHANGE}_xid ON {CHANGE} (xid, seq)"))
    if recorded is None:
        connection.execute(version.insert().values(id=1, protocol_version=PROTOCOL_VERSION))
    elif recorded < PROTOCOL_VERSION:
        connection.execute(version.update().values(protocol_version=PROTOCOL_VERSION,
                                                   upgraded_at=server_now(connection)))
    counter = metadata.tables[COUNTER]
    if connection.execute(select(counter.c.id)).first() is None:
        connection.execute(counter.insert().values(id=1, value=0))
    return metadata


def server_protocol(connection: Connection) -> int | None:
    """The server's protocol version, None when it was never prepared; SchemaMismatch when it was
    prepared by an older program whose tables lack what this one needs (`server init` upgrades it)."""
    try:
        with connection.begin_nested():
            row = connection.execute(text(f"SELECT protocol_version, (SELECT count(*) FROM {HORIZON}) "
                                          f"FROM {VERSION} WHERE id = 1")).first()
    except ProgrammingError:  # no such table: never prepared, or prepared before the pruning tables
        try:
            with connection.begin_nested():
                connection.execute(text(f"SELECT protocol_version FROM {VERSION} WHERE id = 1")).first()
        except ProgrammingError:
            return None
        raise SchemaMismatch(QT_TRANSLATE_NOOP("sync", "The server was prepared by an older Neiqin. Run "
                                                       "“neiqin server init” with this version to upgrade it.")) \
            from None
    return None if row is None else int(row[0])


def server_now(connection: Connection):
    """The server's clock in UTC (naive): change-log times never depend on an office's clock."""
    sql = "SELECT now() AT TIME ZONE 'UTC'" if is_postgres(connection) else "SELECT UTC_TIMESTAMP(6)"
    return connection.execute(text(sql)).scalar_one()


def _q(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)
