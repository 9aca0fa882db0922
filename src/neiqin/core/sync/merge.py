"""Field-level merge of one pushed change into the server's current row (DESIGN.md §3).

A field applies when the server value still equals the client's old value. When both sides changed
the same field, a deterministic provisional winner is chosen — a later state for status fields,
otherwise the later HLC, then the client id — and both values are kept as a conflict. A delete
against an edit made elsewhere (or an edit of a row deleted elsewhere) keeps the row and flags it.
Ledger rows are only ever inserted and so never conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from neiqin.core.sync.catalog import BOOKKEEPING, SyncTable
from neiqin.core.sync.protocol import Change

MISSING = object()
#: server-only column: the client whose change last touched the row
LAST_CLIENT = "last_client"


@dataclass
class Conflict:
    column: str
    kind: str  # field | status | edit_delete
    winner: Any
    loser: Any
    winner_hlc: str | None
    loser_hlc: str | None
    winner_client: str | None
    loser_client: str | None


@dataclass
class Outcome:
    row: dict[str, Any]
    inserted: bool = False
    changed: bool = False
    conflicts: list[Conflict] = field(default_factory=list)


def merge(table: SyncTable, change: Change, client_id: str, current: dict[str, Any] | None,
          ranks: dict[str, int] | None = None, now: datetime | None = None) -> Outcome:
    """The server row after `change`; `current` is the server row (None when absent)."""
    if current is None:
        if change.op != "insert":
            from neiqin.core.errors import QT_TRANSLATE_NOOP
            from neiqin.core.sync.errors import ProtocolError

            raise ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change for {table}: row {row} is not on the "
                                                          "server (or belongs to another branch)."),
                                table=change.table, row=change.row_id)
        row = dict(change.new_values)
        row[LAST_CLIENT] = client_id
        return Outcome(row, inserted=True, changed=True)
    if table.push_only:
        return Outcome(dict(current))
    row = dict(current)
    outcome = Outcome(row)
    old = change.old_values if change.op == "update" else {}
    new = dict(change.new_values)
    if change.op == "delete":
        old = {"deleted_at": change.old_values.get("deleted_at")}
        new = {"deleted_at": current.get("deleted_at") or _naive(now)}
    mine = (change.hlc or "", client_id)
    theirs = (current.get("hlc") or "", current.get(LAST_CLIENT) or "")
    client_newer = mine > theirs
    own_row = current.get(LAST_CLIENT) == client_id
    changed_elsewhere = not own_row and change.base_version != current.get("server_version")

    deleting = new.get("deleted_at") is not None and old.get("deleted_at", MISSING) is None
    if deleting and current.get("deleted_at") is None and changed_elsewhere and change.op != "insert":
        outcome.conflicts.append(Conflict("deleted_at", "edit_delete", None, new["deleted_at"],
                                          current.get("hlc"), change.hlc, current.get(LAST_CLIENT), client_id))
        new.pop("deleted_at")
    editing = any(k not in BOOKKEEPING and k != "deleted_at" for k in new if k != "id")
    if editing and current.get("deleted_at") is not None and "deleted_at" not in new:
        outcome.conflicts.append(Conflict("deleted_at", "edit_delete", None, current["deleted_at"],
                                          change.hlc, current.get("hlc"), client_id, current.get(LAST_CLIENT)))
        row["deleted_at"] = None
        outcome.changed = True

    for name, value in new.items():
        if name in BOOKKEEPING or name in ("id", "server_version"):
            continue
        server_value = current.get(name)
        if server_value == value:
            continue
        base = old.get(name, MISSING)
        if base is not MISSING and server_value == base:
            row[name] = value
            outcome.changed = True
            continue
        if name == table.status_column and ranks and value in ranks and server_value in ranks \
                and ranks[value] != ranks[server_value]:
            client_wins, kind = ranks[value] > ranks[server_value], "status"
        else:
            client_wins, kind = client_newer, "field"
        if client_wins:
            row[name] = value
            outcome.changed = True
            outcome.conflicts.append(Conflict(name, kind, value, server_value, change.hlc, current.get("hlc"),
                                              client_id, current.get(LAST_CLIENT)))
        else:
            outcome.conflicts.append(Conflict(name, kind, server_value, value, current.get("hlc"), change.hlc,
                                              current.get(LAST_CLIENT), client_id))
    if client_newer:
        for name in BOOKKEEPING:
            if name in new and row.get(name) != new[name]:
                row[name] = new[name]
                outcome.changed = True
    if outcome.changed:
        row[LAST_CLIENT] = client_id
    return outcome


def _naive(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
