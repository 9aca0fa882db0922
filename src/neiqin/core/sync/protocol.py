"""What a client pushes, and the checks the server makes before applying anything."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync.catalog import SyncTable
from neiqin.core.sync.errors import ProtocolError, SchemaMismatch
from neiqin.core.sync.values import MAX_ROW_BYTES, decoders

#: bumped when the wire format or the server tables change incompatibly
PROTOCOL_VERSION = 3  # 2: change-log pruning (sync_horizon), resolutions; 3: desks, last change id
OPS = ("insert", "update", "delete")


@dataclass
class Change:
    """One captured row change (an outbox row)."""

    seq: int
    tx: int
    table: str
    row_id: str
    op: str
    hlc: str | None
    base_version: int | None
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    change_id: str = ""
    #: decoded values (set by `validate`)
    old_values: dict[str, Any] = field(default_factory=dict)
    new_values: dict[str, Any] = field(default_factory=dict)


def parse_json(table: str, text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    if len(text) > MAX_ROW_BYTES:
        raise ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change for {table}: the row is larger than "
                                                      "{limit} bytes."), table=table, limit=MAX_ROW_BYTES)
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change for {table}: the values are not an "
                                                      "object."), table=table)
    return value


def check_version(client_version: int, server_version: int) -> None:
    if client_version > server_version:
        raise SchemaMismatch(QT_TRANSLATE_NOOP(
            "sync", "The server was prepared by an older Neiqin (sync version {server}, this program {client}). "
                    "Run “neiqin server init” with this version to upgrade it."),
            server=server_version, client=client_version)
    if client_version < server_version:
        raise SchemaMismatch(QT_TRANSLATE_NOOP(
            "sync", "The server needs a newer Neiqin (sync version {server}, this program {client}). "
                    "Update the program on this computer."), server=server_version, client=client_version)


def validate(change: Change, tables: dict[str, SyncTable], branch_id: str | None) -> SyncTable:
    """Decode and check one change; raise ProtocolError (nothing applied) when anything is wrong."""
    table = tables.get(change.table)
    if table is None:
        raise ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change: unknown table “{table}”."), table=change.table)
    if change.op not in OPS or (table.push_only and change.op != "insert"):
        raise ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change for {table}: unknown operation “{op}”."),
                            table=change.table, op=str(change.op))
    if not isinstance(change.row_id, str) or not 1 <= len(change.row_id) <= 36 or "\x00" in change.row_id:
        raise ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change for {table}: bad row id."), table=change.table)
    allowed = decoders(table.sent_set)
    for values, out in ((change.old, change.old_values), (change.new, change.new_values)):
        for name, value in (values or {}).items():
            found = allowed.get(name)
            if found is None:
                raise ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change: unknown column “{column}” in "
                                                              "{table}."), table=change.table, column=str(name))
            if value is None or (type(value) is str and found[2] is not None and len(value) <= found[2]
                                 and "\x00" not in value):
                out[name] = value  # well-formed text (or NULL) as it is; everything else is decoded
            else:
                out[name] = found[0](change.table, name, found[1], value)
    if change.op == "insert" and change.new_values.get("id") != change.row_id:
        raise ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change for {table}: the row id does not match."),
                            table=change.table)
    if not table.shared and branch_id is not None:
        for values in (change.new_values, change.old_values):
            if "branch_id" in values and values["branch_id"] not in (branch_id, None):
                raise ProtocolError(QT_TRANSLATE_NOOP(
                    "sync", "Refused change for {table}: the row belongs to another branch."), table=change.table)
    return table
