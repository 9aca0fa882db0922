"""The client outbox: SQLite triggers that record every change, installed only when sync is set up.

A database that does not sync has none of these tables or triggers and pays nothing. `install`
creates `sync_state` (client id, branch, pull cursor), `sync_context` (one row: `applying` switches
the triggers off while pulled rows are written; `tx` numbers local write transactions),
`sync_outbox` and the local `sync_conflict`, then the triggers, and queues every existing row
as an insert (the first push uploads them). `attach` makes every write transaction of an engine
take the next `tx` number and a new random `token` so a push never splits a local transaction;
it also re-creates the triggers, which a table rebuild during a migration drops.

What a trigger writes is kept small, since every local write pays for it: an insert records only
the row id (its values are the row as it is when pushed, less what later changes of the row
recorded, see `outbox`), an update the previous values of the changed columns, a delete the whole
previous row. A change's id is its transaction's token with its position (`outbox.change_id`):
copied from the context row the trigger reads anyway, not drawn per row.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, MetaData, Table, event, text

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.ids import new_id
from neiqin.core.sync.catalog import SyncTable, sync_tables

STATE, CONTEXT, OUTBOX, CONFLICT = "sync_state", "sync_context", "sync_outbox", "sync_conflict"
_PREFIX = "sync_capture_"
_CHUNK = 60  # json_object takes at most 127 arguments
_GROUP = 6  # columns compared at once by an update trigger
_BOOKKEEPING = ("updated_at", "updated_by", "hlc")
BACKFILL_TX_ROWS = 1000
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
NOT_CONFIGURED = QT_TRANSLATE_NOOP("sync", "Sync is not set up for this database. Run “neiqin sync --server URL” "
                                           "once to set it up.")

_DDL = (
    f"""CREATE TABLE IF NOT EXISTS {STATE} (id INTEGER PRIMARY KEY CHECK (id = 1), client_id TEXT NOT NULL,
        branch_id TEXT, server TEXT, pull_cursor TEXT NOT NULL DEFAULT '0:0', last_push_at TEXT,
        last_pull_at TEXT, last_error TEXT)""",
    f"""CREATE TABLE IF NOT EXISTS {CONTEXT} (id INTEGER PRIMARY KEY CHECK (id = 1),
        applying INTEGER NOT NULL DEFAULT 0, tx INTEGER NOT NULL DEFAULT 0, token TEXT NOT NULL DEFAULT '')""",
    f"""CREATE TABLE IF NOT EXISTS {OUTBOX} (seq INTEGER PRIMARY KEY AUTOINCREMENT, change_id TEXT NOT NULL,
        tx INTEGER NOT NULL, table_name TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, hlc TEXT,
        base_version INTEGER, old TEXT, new TEXT)""",
    # the later changes of a row, for the values of an earlier insert or update (inserts need none)
    f"CREATE INDEX IF NOT EXISTS ix_{OUTBOX}_later ON {OUTBOX} (row_id, seq) WHERE op != 'insert'",
)
#: the index of earlier releases: on every row id, which every insert paid for
_OLD_INDEX = f"DROP INDEX IF EXISTS ix_{OUTBOX}_row"
#: a random token: of a write transaction (`NEXT_TX`), or of each row queued when sync is set up
_TOKEN = "lower(hex(randomblob(8)))"
#: a new random token for each write transaction (also run once when sync is set up)
NEXT_TX = f"UPDATE {CONTEXT} SET tx = tx + 1, token = {_TOKEN}"


def local_conflict_table(metadata: MetaData | None = None) -> Table:
    from neiqin.core.sync.schema import conflict_columns  # the server schema only once sync is set up

    return Table(CONFLICT, metadata or MetaData(), *conflict_columns())


def is_installed(connection: Connection) -> bool:
    return connection.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                              {"n": STATE}).first() is not None


def _json(prefix: str, columns: tuple[str, ...]) -> str:
    parts = []
    for start in range(0, len(columns), _CHUNK):
        chunk = columns[start:start + _CHUNK]
        parts.append("json_object(" + ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in chunk) + ")")
    out = parts[0]
    for part in parts[1:]:
        out = f"json_patch({out}, {part})"
    return out


def _changed_old(columns: tuple[str, ...]) -> str:
    """A JSON object of the previous values of the columns an update changed (built as text: a
    json_object of every column trimmed with json_remove cost several times more per row). The
    columns are compared in groups first, as row values: an update changes a few columns, and the
    groups it leaves alone cost one comparison instead of one text per column. The bookkeeping
    columns, which change together with almost every update, make a group of their own."""
    def one(c: str) -> str:
        return f"CASE WHEN OLD.\"{c}\" IS NOT NEW.\"{c}\" THEN ',\"{c}\":' || json_quote(OLD.\"{c}\") ELSE '' END"

    together = tuple(c for c in _BOOKKEEPING if c in columns)
    rest = tuple(c for c in columns if c not in together)
    groups = [together] if together else []
    groups += [rest[start:start + _GROUP] for start in range(0, len(rest), _GROUP)]
    parts = []
    for group in groups:
        if len(group) == 1:
            parts.append(one(group[0]))
            continue
        old, new = (", ".join(f'{side}."{c}"' for c in group) for side in ("OLD", "NEW"))
        parts.append(f"CASE WHEN ({old}) IS ({new}) THEN '' ELSE {' || '.join(map(one, group))} END")
    return f"'{{' || substr({' || '.join(parts)}, 2) || '}}'"


def trigger_sql(table: SyncTable) -> list[str]:
    name, cols = table.name, table.sent_columns
    if any(not _NAME.match(c) for c in (name, *cols)):
        raise ValueError(f"unexpected name in {name}: {cols}")
    hlc = "NEW.hlc" if "hlc" in cols else "NULL"
    version = "NEW.server_version" if "server_version" in table.columns else "NULL"
    # one look at the context row per change: the tx number, and nothing when pulled rows are applied
    head = f"INSERT INTO {OUTBOX} (change_id, tx, table_name, row_id, op, hlc, base_version, old, new) " \
           f"SELECT token, tx, '{name}'"
    tail = f" FROM {CONTEXT} WHERE applying = 0; END"
    # an insert's values (push-only audit entries too: never changed or removed here) are read when pushed
    statements = [
        f"CREATE TRIGGER {_PREFIX}{name}_i AFTER INSERT ON \"{name}\" BEGIN "
        f"{head}, NEW.id, 'insert', {hlc}, {version}, NULL, NULL{tail}"]
    if table.push_only:
        return statements
    # the bookkeeping columns change with almost every update: compared first, the test stops there
    ordered = [c for c in ("updated_at", "hlc") if c in cols] + [c for c in cols if c not in ("updated_at", "hlc")]
    diff = " OR ".join(f"OLD.\"{c}\" IS NOT NEW.\"{c}\"" for c in ordered)
    statements.append(
        f"CREATE TRIGGER {_PREFIX}{name}_u AFTER UPDATE ON \"{name}\" WHEN {diff} BEGIN "
        f"{head}, NEW.id, 'update', {hlc}, OLD.server_version, {_changed_old(cols)}, NULL{tail}")
    statements.append(
        f"CREATE TRIGGER {_PREFIX}{name}_d AFTER DELETE ON \"{name}\" BEGIN "
        f"{head}, OLD.id, 'delete', {hlc.replace('NEW.', 'OLD.')}, OLD.server_version, {_json('OLD', cols)}, "
        f"NULL{tail}")
    return statements


def drop_triggers(connection: Connection) -> None:
    names = [r[0] for r in connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"), {"p": _PREFIX + "%"})]
    for name in names:
        connection.execute(text(f'DROP TRIGGER "{name}"'))


def create_triggers(connection: Connection, tables: dict[str, SyncTable]) -> None:
    drop_triggers(connection)
    connection.execute(text(_OLD_INDEX))
    connection.execute(text(_DDL[-1]))
    context = {r[1] for r in connection.execute(text(f"PRAGMA table_info({CONTEXT})"))}
    if "token" not in context:  # set up by an earlier release
        connection.execute(text(f"ALTER TABLE {CONTEXT} ADD COLUMN token TEXT NOT NULL DEFAULT ''"))
        connection.execute(text(NEXT_TX))
    present = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    for table in tables.values():
        if table.name in present:
            for statement in trigger_sql(table):
                connection.execute(text(statement))


def install(connection: Connection, branch_id: str | None, server: str | None = None,
            tables: dict[str, SyncTable] | None = None, backfill: bool = True) -> str:
    """Set up capture in this database (in the caller's transaction); returns the client id."""
    tables = tables if tables is not None else sync_tables()
    if is_installed(connection):
        return connection.execute(text(f"SELECT client_id FROM {STATE}")).scalar_one()
    for statement in _DDL:
        connection.execute(text(statement))
    local_conflict_table().create(connection, checkfirst=True)
    client_id = new_id()
    connection.execute(text(f"INSERT INTO {STATE} (id, client_id, branch_id, server) VALUES (1, :c, :b, :s)"),
                       {"c": client_id, "b": branch_id, "s": server})
    connection.execute(text(f"INSERT INTO {CONTEXT} (id, applying, tx, token) VALUES (1, 0, 0, {_TOKEN})"))
    if backfill:
        _backfill(connection, tables)
    create_triggers(connection, tables)
    return client_id


def _backfill(connection: Connection, tables: dict[str, SyncTable]) -> None:
    """Queue every existing row as an insert, in chunks of whole 'transactions'."""
    base = 0
    for table in tables.values():
        hlc = "hlc" if "hlc" in table.sent_columns else "NULL"
        version = "server_version" if "server_version" in table.columns else "NULL"
        connection.execute(text(  # inserts are read when pushed
            f"INSERT INTO {OUTBOX} (change_id, tx, table_name, row_id, op, hlc, base_version, old, new) "
            f"SELECT {_TOKEN}, {base} + (n - 1) / {BACKFILL_TX_ROWS} + 1, '{table.name}', id, "
            f"'insert', {hlc}, {version}, NULL, NULL FROM (SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id, {hlc} AS "
            f"hlc, {version} AS server_version FROM \"{table.name}\")"))
        base = connection.execute(text(f"SELECT coalesce(max(tx), 0) FROM {OUTBOX}")).scalar_one()
    connection.execute(text(f"UPDATE {CONTEXT} SET tx = :t"), {"t": base})


def uninstall(connection: Connection) -> None:
    drop_triggers(connection)
    for name in (OUTBOX, CONTEXT, STATE, CONFLICT):
        connection.execute(text(f'DROP TABLE IF EXISTS "{name}"'))


def highest_seq(connection: Connection) -> int:
    """The highest outbox position ever used here (0: none), also when the outbox is empty."""
    return connection.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :n"), {"n": OUTBOX}).scalar() or 0


def change_id(stored: str, seq: int) -> str:
    """The id of the change at outbox position `seq` (sent with it; the server keeps the last one
    to tell a database restored from a backup from the original): the token of its transaction
    with its position, or the random id earlier releases drew for each change (32 characters)."""
    return stored if len(stored) == 32 else f"{stored}-{seq}"


def _next_tx(connection: Connection) -> None:
    if connection.get_execution_options().get("readonly", False):
        return
    connection.exec_driver_sql(NEXT_TX)


def attach(engine: Engine, tables: dict[str, SyncTable] | None = None) -> bool:
    """Number write transactions and refresh the triggers when sync is installed; False otherwise."""
    with engine.execution_options(readonly=True).connect() as connection:
        installed = is_installed(connection)
        connection.rollback()
    if not installed:
        return False
    with engine.begin() as connection:
        create_triggers(connection, tables if tables is not None else sync_tables())
    if not event.contains(engine, "begin", _next_tx):
        event.listen(engine, "begin", _next_tx)
    return True


def detach(engine: Engine) -> None:
    if event.contains(engine, "begin", _next_tx):
        event.remove(engine, "begin", _next_tx)
