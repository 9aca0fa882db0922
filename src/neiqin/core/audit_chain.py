"""The tamper-evident audit trail: every entry is sealed into a hash chain.

When a transaction that wrote audit entries commits, `seal` numbers its new entries (`seq`, in
insertion order) and gives each `hash = SHA-256(previous hash + the entry's canonical content)`.
`verify` walks the chain: a changed entry no longer matches its hash, a deleted one leaves a gap in
`seq` and breaks the link of the next. Deleting the newest entries leaves a shorter but valid
chain, so `verify` reports the head (seq and hash) to be noted down or kept with a backup, and
checks an earlier head given as an anchor is still there, unchanged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, func, select, text, update

from neiqin.core.audit import AuditEntry

GENESIS = "0" * 64
_FIELDS = ("id", "branch_id", "at", "actor_id", "actor_name", "table_name", "row_id", "op", "changes", "note")
_BATCH = 5000


def entry_hash(previous: str, seq: int, values: dict) -> str:
    content = {name: _text(values.get(name)) for name in _FIELDS}
    content["seq"] = seq
    payload = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((previous + payload).encode()).hexdigest()


def _text(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.replace(tzinfo=None).isoformat(sep=" ") if getattr(value, "tzinfo", None) else \
            value.isoformat(sep=" ")
    return str(value)


def head(connection: Connection) -> tuple[int, str]:
    table = AuditEntry.__table__
    row = connection.execute(select(table.c.seq, table.c.hash).where(table.c.seq.is_not(None))
                             .order_by(table.c.seq.desc()).limit(1)).first()
    return (0, GENESIS) if row is None else (int(row.seq), row.hash)


def seal(connection: Connection) -> int:
    """Chain every entry not sealed yet, in insertion order; returns how many were sealed."""
    table = AuditEntry.__table__
    unsealed = connection.execute(
        select(text("rowid"), *[table.c[name] for name in _FIELDS])
        .select_from(table).where(table.c.seq.is_(None)).order_by(text("rowid"))).all()
    if not unsealed:
        return 0
    seq, previous = head(connection)
    updates = []
    for row in unsealed:
        seq += 1
        values = row._mapping
        previous_hash = previous
        previous = entry_hash(previous, seq, values)
        updates.append({"entry_row": row[0], "seq": seq, "prev_hash": previous_hash, "hash": previous})
    statement = (update(table).where(text("rowid = :entry_row"))
                 .values(seq=bindparam("seq"), prev_hash=bindparam("prev_hash"), hash=bindparam("hash")))
    for start in range(0, len(updates), _BATCH):
        connection.execute(statement, updates[start:start + _BATCH])
    return len(updates)


@dataclass
class ChainReport:
    entries: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS
    unsealed: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _chain(connection: Connection) -> Iterator:
    table = AuditEntry.__table__
    last = 0
    while True:
        rows = connection.execute(
            select(table.c.seq, table.c.prev_hash, table.c.hash, *[table.c[name] for name in _FIELDS])
            .where(table.c.seq > last).order_by(table.c.seq).limit(_BATCH)).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify(connection: Connection, anchor: tuple[int, str] | None = None) -> ChainReport:
    """Recompute the chain; every broken link, changed entry or missing number is a problem."""
    report = ChainReport()
    expected_seq, previous = 1, GENESIS
    for row in _chain(connection):
        values = row._mapping
        if row.seq != expected_seq:
            report.problems.append(f"entries {expected_seq}–{row.seq - 1} are missing")
        elif row.prev_hash != previous:
            report.problems.append(f"entry {row.seq} does not follow entry {row.seq - 1}")
        if entry_hash(row.prev_hash or "", row.seq, values) != row.hash:
            report.problems.append(f"entry {row.seq} ({values['table_name']} {values['op']}) was changed")
        previous, expected_seq = row.hash, row.seq + 1
        report.entries += 1
        report.head_seq, report.head_hash = row.seq, row.hash
        if anchor is not None and row.seq == anchor[0] and row.hash != anchor[1]:
            report.problems.append(f"entry {row.seq} differs from the anchor")
    if anchor is not None and anchor[0] > report.head_seq:
        report.problems.append(f"the chain ends at {report.head_seq}, before the anchor {anchor[0]}: "
                               "newer entries were deleted")
    report.unsealed = connection.execute(select(func.count()).select_from(AuditEntry.__table__)
                                         .where(AuditEntry.__table__.c.seq.is_(None))).scalar_one()
    return report
