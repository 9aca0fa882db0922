"""Catch-up of a client whose pull cursor fell below the server's pruned horizon (DESIGN.md §3).

Uploads first: the outbox is pushed, so nothing made here is lost and an edit of a row deleted
elsewhere meanwhile reaches the server, which keeps the row and flags the edit-vs-delete conflict.
Then the whole scope (this branch's rows, shared rows and the visible conflicts) is read again table
by table in key order and applied like pulled rows: deletes made elsewhere arrive as tombstones
(`deleted_at`), a row with local changes still waiting is left alone (its push brings the merged
row back), ledger balances follow the reloaded movements (`SyncClient.on_apply`). Rows are read in
their SQLite form, as a pull reads them (`server.read_local`). Each batch is stored together with
the progress (`sync_reload`: target cursor, table, last key), so a reload cut off midway resumes
where it stopped; the last step stores the target as the pull cursor, and pulling goes on from there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync import horizon
from neiqin.core.sync.errors import SyncError
from neiqin.core.sync.schema import CONFLICT
from neiqin.core.sync.server import PullBatch, Rows, parse_cursor, read_local, visible_horizon

if TYPE_CHECKING:
    from neiqin.core.sync.client import RoundResult, SyncClient

PROGRESS = "sync_reload"
#: catch-ups in one round before giving up (the server pruned again while this computer reloaded)
MAX_CATCH_UPS = 3
_DDL = (f"CREATE TABLE IF NOT EXISTS {PROGRESS} (client_id TEXT PRIMARY KEY, target TEXT NOT NULL, "
        "table_name TEXT NOT NULL, after_id TEXT NOT NULL)")


def _progress(client: SyncClient) -> tuple[str, str, str] | None:
    with client.local.begin() as connection:
        connection.execute(text(_DDL))
        row = connection.execute(text(f"SELECT target, table_name, after_id FROM {PROGRESS} WHERE client_id = :c"),
                                 {"c": client.client_id}).first()
    return None if row is None else (row.target, row.table_name, row.after_id)


def _store(target: str, table: str, after: str, client_id: str):
    def store(connection: Connection) -> None:
        connection.execute(text(f"INSERT INTO {PROGRESS} (client_id, target, table_name, after_id) "
                                "VALUES (:c, :t, :n, :a) ON CONFLICT(client_id) DO UPDATE SET target = :t, "
                                "table_name = :n, after_id = :a"), {"c": client_id, "t": target, "n": table, "a": after})
    return store


def _finish(client_id: str):
    def finish(connection: Connection) -> None:
        connection.execute(text(f"DELETE FROM {PROGRESS} WHERE client_id = :c"), {"c": client_id})
    return finish


def _scope_rows(server: Connection, client: SyncClient, name: str, after: str, limit: int) -> list[tuple]:
    """Up to `limit` rows of the client's scope in `name` with an id after `after`, in id order and
    in their SQLite form (`server.read_local`)."""
    table = client.tables[name]
    scope = "" if table.shared else " AND t.branch_id = %(branch)s"
    quoted = server.dialect.identifier_preparer.quote(name)
    return read_local(server, client.meta.tables[name], table.columns,
                      f"FROM {quoted} AS t WHERE t.id > %(after)s{scope} ORDER BY t.id LIMIT %(limit)s",
                      {"after": after, "branch": client.branch_id, "limit": limit})


def catch_up(client: SyncClient, batch_rows: int, result: RoundResult) -> None:
    """Upload, reload the scope from the server and set the cursor to the head; resumable."""
    result.reloads += 1
    if result.reloads > MAX_CATCH_UPS:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "The server pruned its change log again while this computer "
                                                  "was reloading. Sync again later."))
    from neiqin.core.sync.client import server_errors

    address = client.server.url.render_as_string(hide_password=True)
    client.push(result=result)
    found = _progress(client)
    with server_errors(address), client.server.begin() as server:
        behind = visible_horizon(server, client.branch_id)
        if found is None or parse_cursor(found[0]) < parse_cursor(behind):
            found = (horizon.head(server, client.branch_id), "", "")  # a fresh start
    target, resume_table, after = found
    names = [name for name, table in client.tables.items() if not table.push_only] + [CONFLICT]
    start = names.index(resume_table) if resume_table in names else 0
    for name in names[start:]:
        after = after if name == resume_table else ""
        while True:
            with server_errors(address), client.server.begin() as server:
                if name == CONFLICT:
                    rows = horizon.scope_conflicts(server, client.meta, client.branch_id, after, batch_rows)
                else:
                    rows = _scope_rows(server, client, name, after, batch_rows)
            if not rows:
                break
            batch = PullBatch(cursor=client.cursor(), entries=len(rows))
            if name == CONFLICT:
                after, batch.conflicts = rows[-1]["id"], rows
            else:
                columns = client.tables[name].columns
                after, batch.rows = rows[-1][columns.index("id")], {name: Rows(columns, rows)}
            client._apply(batch, result, _store(target, name, after, client.client_id))
            client.fault("reload:after_local_commit")
            if len(rows) < batch_rows:
                break
    client._apply(PullBatch(cursor=target), result, _finish(client.client_id))
    with server_errors(address), client.server.begin() as server:
        horizon.caught_up(server, client.meta, client.client_id, target)
