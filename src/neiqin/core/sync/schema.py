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
  `replaced_by` when a restored or copied database took a new client id (the old row keeps its
  desk, so its numbers are never drawn again, and is no longer a reader of the change log);
- `sync_conflict`: both values of every same-field conflict and every edit-vs-delete;
- `sync_schema`: the protocol version; `sync_branch_account`: branch login account → branch;
- `sync_horizon`: how far the change log was pruned (`horizon.prune`), one row for the shared
  entries and one per branch, each the last pruned cursor a client of that branch could have seen;
  each change-log entry carries the server time it was logged (`logged_at`) for pruning by age.

The server schema is created and migrated by Alembic: `db/server_migrations` is a history of its
own (version table `sync_alembic_version`, never the desktop's `alembic_version`) whose revisions
are written out and frozen, and `create_schema` (`neiqin server init`) upgrades it to the newest
revision on the caller's connection, in its transaction on PostgreSQL (MariaDB commits each DDL
statement). The baseline revision creates the protocol-3 schema, or completes a server prepared
before the history began (missing tables, columns and indexes added; nothing dropped) and records
it. A change of a synced model needs a server revision (`db/make_server_revision.py`, autogenerate
against `server_metadata(sync_tables())`); a test compares the upgraded schema with the models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from neiqin.paths import server_migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

CHANGE = "sync_change"
CLIENT = "sync_client"
CONFLICT = "sync_conflict"
VERSION = "sync_schema"
COUNTER = "sync_counter"
ACCOUNT = "sync_branch_account"
HORIZON = "sync_horizon"
#: one desk number per computer of a branch (`desks`)
DESK_INDEX = "uq_sync_client_desk"
#: the version table of the server's Alembic history
ALEMBIC_VERSION = "sync_alembic_version"
#: (kind, table, name) of what only PostgreSQL has, outside the metadata: each change-log entry's
#: transaction id (`xid8`, filled by the server) and the (xid, seq) index pulls read in
POSTGRES_ONLY = {("column", CHANGE, "xid"), ("index", CHANGE, f"ix_{CHANGE}_xid")}
#: the server was migrated by a newer program (the same words as `protocol.check_version`)
NEWER_SERVER = QT_TRANSLATE_NOOP("sync", "The server needs a newer Neiqin (sync version {server}, this program "
                                         "{client}). Update the program on this computer.")

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
                    Column("desk", Integer), Column("last_change", String(36)),
                    Column("replaced_by", String(36)))
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


def server_alembic_config(connection: Connection, metadata: MetaData | None = None) -> Config:
    """The Alembic configuration of the server history (db/server_migrations) on `connection`;
    `metadata` is what autogenerate compares with (the synced models when not given)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(server_migrations_dir()))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    if metadata is not None:
        config.attributes["target_metadata"] = metadata
    return config


def server_revisions(connection: Connection) -> set[str]:
    """The revisions the server's version table records (none before the first migration)."""
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"version_table": ALEMBIC_VERSION})
    return set(context.get_current_heads())


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """What comparing the server with the models looks at: everything but the PostgreSQL-only
    transaction id of the change log and its index (`xid8` has no portable type; the server fills it)."""
    table = getattr(obj, "table", None)
    return (type_, getattr(table, "name", None), name) not in POSTGRES_ONLY


def create_schema(connection: Connection, tables: dict[str, SyncTable]) -> MetaData:
    """Bring the server to the newest revision of its Alembic history and record (raise) the protocol
    version. A server prepared by a newer program (a higher protocol version or a revision this
    program does not know) is refused with SchemaMismatch before anything is changed."""
    from alembic import command
    from alembic.script import ScriptDirectory

    metadata = server_metadata(tables)
    version = metadata.tables[VERSION]
    recorded = _recorded_protocol(connection, version)
    if recorded is not None and recorded > PROTOCOL_VERSION:
        check_version(PROTOCOL_VERSION, recorded)
    config = server_alembic_config(connection, metadata)
    script = ScriptDirectory.from_config(config)
    unknown = server_revisions(connection) - {rev.revision for rev in script.walk_revisions()}
    if unknown:
        raise SchemaMismatch(NEWER_SERVER, server=f"{recorded} ({', '.join(sorted(unknown))})",
                             client=PROTOCOL_VERSION)
    command.upgrade(config, "head")
    if _recorded_protocol(connection, version) < PROTOCOL_VERSION:  # a new wire format on the same tables
        connection.execute(version.update().values(protocol_version=PROTOCOL_VERSION,
                                                   upgraded_at=server_now(connection)))
    return metadata


def _recorded_protocol(connection: Connection, version: Table) -> int | None:
    if not inspect(connection).has_table(VERSION):
        return None
    return connection.execute(select(version.c.protocol_version).where(version.c.id == 1)).scalar()


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
