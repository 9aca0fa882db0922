"""The merge half of a push on the server (`server.apply_push`): the rows a batch names, locked,
every change merged into them field by field (`merge`), the rows written back a few statements per
table (`server_write`), with the change-log entries and conflict rows the batch makes."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import Connection, MetaData

from neiqin.core.ids import new_id
from neiqin.core.sync.catalog import SyncTable
from neiqin.core.sync.merge import LAST_CLIENT, Conflict, merge
from neiqin.core.sync.protocol import Change
from neiqin.core.sync.schema import CONFLICT
from neiqin.core.sync.server_literals import Pipeline
from neiqin.core.sync.server_write import insert_rows, load_for_update, update_rows
from neiqin.core.sync.values import canonical


def lock_rows(connection: Connection, meta: MetaData, tables: dict[str, SyncTable],
              changes: list[Change]) -> tuple[dict[str, dict[str, dict]], dict[str, set[str]]]:
    """The server rows the changes name, locked, by table and id; and the ids found per table."""
    by_table: dict[str, set[str]] = defaultdict(set)
    for change in changes:
        by_table[change.table].add(change.row_id)
    current = {name: load_for_update(connection, meta.tables[name], list(by_table[name]))
               for name in tables if name in by_table}
    return current, {name: set(rows) for name, rows in current.items()}


def merge_all(tables: dict[str, SyncTable], changes: list[Change], current: dict[str, dict[str, dict]],
              client_id: str, ranks: dict[str, dict[str, int]]) -> tuple[dict, list[tuple], dict[str, dict]]:
    """Merge every change into `current`: the rows changed per table, the change-log entries without
    positions and client — (table, row id, branch, op, hlc) — and the conflict rows by id, in the
    order they are logged."""
    dirty: dict[str, dict[str, dict]] = defaultdict(dict)
    log: list[tuple] = []
    found: list[tuple[SyncTable, str, dict, Conflict]] = []
    now = datetime.now(UTC).replace(tzinfo=None)
    for change in changes:
        table = tables[change.table]
        rows, row_id = current[change.table], change.row_id
        row = rows.get(row_id)
        if row is None and change.op == "insert":  # the common case, as `merge` would do it
            row = rows[row_id] = dirty[change.table][row_id] = dict(change.new_values)
            row[LAST_CLIENT] = client_id
        else:
            outcome = merge(table, change, client_id, row, ranks.get(change.table), now)
            row = outcome.row
            if outcome.changed or outcome.inserted:
                rows[row_id] = dirty[change.table][row_id] = row
            found.extend((table, row_id, row, conflict) for conflict in outcome.conflicts)
        if not table.push_only:
            log.append((change.table, row_id, None if table.shared else row.get("branch_id"), change.op, change.hlc))
    conflict_rows = {}
    for table, row_id, row, conflict in found:
        entry = _conflict_row(table, row_id, row, conflict, now)
        conflict_rows[entry["id"]] = entry
        log.append((CONFLICT, entry["id"], entry["branch_id"], "insert", None))
    return dirty, log, conflict_rows


def write_table(connection: Connection, meta: MetaData, table: SyncTable, rows: dict[str, dict],
                existed: set[str], pipeline: Pipeline | None = None) -> None:
    """Write the merged rows of one table: those not on the server before inserted, the others updated
    (on MariaDB through `pipeline` when given, `server_write`)."""
    server = meta.tables[table.name]
    names = [c.name for c in server.columns]
    names.insert(0, names.pop(names.index("id")))
    insert_rows(connection, server, names,
                [tuple(map(row.get, names)) for rid, row in rows.items() if rid not in existed], pipeline)
    update_rows(connection, server, names,
                [tuple(map(row.get, names)) for rid, row in rows.items() if rid in existed], pipeline)


def _conflict_row(table: SyncTable, row_id: str, row: dict, conflict: Conflict, now: datetime) -> dict:
    return {
        "id": new_id(), "branch_id": None if table.shared else row.get("branch_id"), "table_name": table.name,
        "row_id": row_id, "column_name": conflict.column, "kind": conflict.kind,
        "winner_value": json.dumps(canonical(conflict.winner), ensure_ascii=False),
        "loser_value": json.dumps(canonical(conflict.loser), ensure_ascii=False),
        "winner_hlc": conflict.winner_hlc, "loser_hlc": conflict.loser_hlc,
        "winner_client": conflict.winner_client, "loser_client": conflict.loser_client,
        "created_at": now, "resolved_at": None, "resolved_by": None, "resolution": None, "server_version": None,
    }
