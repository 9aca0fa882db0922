"""Which tables take part in sync, found from `Base.metadata` (no hard-coded list).

- every table mapped by a `Synced` class: pushed and pulled; `__shared__` ones are master data
  visible to every branch, the others belong to the row's branch;
- `audit_entry`: pushed only (append-only). Each office's hash chain stays local: the server keeps
  the union of every office's entries (without the local chain columns) for head office review;
  pulled data changes are not re-audited locally;
- never synced: `setting` (per-office configuration), `number_sequence` (per-branch numbering),
  balance caches (`BalanceColumns`: rebuilt from the synced ledger rows), `alembic_version` and the
  sync bookkeeping tables themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Column, MetaData, Table
from sqlalchemy.types import TypeDecorator

from neiqin.core.db.base import Base, Synced

AUDIT_TABLE = "audit_entry"
#: columns of the local audit hash chain, never sent
AUDIT_LOCAL_COLUMNS = frozenset({"seq", "prev_hash", "hash"})
#: the server owns these; a client never sends them
SERVER_COLUMNS = frozenset({"server_version"})
#: columns merged by "later HLC wins" without recording a conflict
BOOKKEEPING = frozenset({"updated_at", "updated_by", "hlc"})
LEDGER_COLUMNS = frozenset({"item_id", "kind", "quantity", "moved_at"})


@dataclass(frozen=True)
class SyncTable:
    name: str
    table: Table
    shared: bool
    #: append-only movement rows: inserts never conflict
    ledger: bool
    #: pushed but never pulled (audit entries)
    push_only: bool = False
    columns: tuple[str, ...] = field(default=())
    #: the column holding a document state, merged "forward only"
    status_column: str | None = None

    def column(self, name: str) -> Column:
        return self.table.c[name]

    @property
    def sent_set(self) -> dict[str, Column]:
        """Sent column name → column (cached)."""
        cached = self.__dict__.get("_sent_set")
        if cached is None:
            cached = {name: self.table.c[name] for name in self.sent_columns}
            object.__setattr__(self, "_sent_set", cached)
        return cached

    @property
    def sent_columns(self) -> tuple[str, ...]:
        """Columns a client sends (server-owned and local-only ones left out)."""
        skip = SERVER_COLUMNS | (AUDIT_LOCAL_COLUMNS if self.push_only else frozenset())
        return tuple(c for c in self.columns if c not in skip)


def raw_type(column: Column):
    """The storage type under a TypeDecorator (Money → BigInteger, UtcDateTime → DateTime)."""
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _classes() -> dict[str, type]:
    return {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
            if hasattr(mapper.class_, "__tablename__")}


def sync_tables(metadata: MetaData | None = None) -> dict[str, SyncTable]:
    """Every table that takes part, in dependency order (parents first)."""
    metadata = metadata if metadata is not None else Base.metadata
    classes = _classes()
    out: dict[str, SyncTable] = {}
    for table in metadata.sorted_tables:
        cls = classes.get(table.name)
        columns = tuple(c.name for c in table.columns)
        if cls is not None and issubclass(cls, Synced):
            ledger = set(columns) >= LEDGER_COLUMNS and "balance" not in table.name
            status = "status" if "status" in columns else None
            out[table.name] = SyncTable(table.name, table, bool(cls.__shared__), ledger, False, columns, status)
        elif table.name == AUDIT_TABLE:
            out[table.name] = SyncTable(table.name, table, False, True, True, columns)
    return out
