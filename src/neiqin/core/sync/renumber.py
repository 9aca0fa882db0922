"""Documents made on a computer before its desk was known get a number from the desk's block.

A computer draws from desk 0's block until it first registers with the server (`desks`). When the
server then gives it another desk — a second computer of the branch, or a restored or copied
database that has become a new computer — the documents made here that never reached the server
and carry a number outside the new block would collide with the numbers of another computer of the
branch. They are renumbered in the order of their old numbers with the desk's next numbers, before
anything of them leaves this computer: the row and the waiting insert in the outbox are rewritten
together (nobody else ever sees the old number), copies of the number in rows waiting here follow
(a lending's item number, a stock movement's source document), so does the search index, and the
record's history gets an audit entry "number old → new". Documents the server already has keep
their numbers.

Numbered columns are found, not listed: the unique text columns of the synced tables whose value is
a document number (`NUMBER_RE`) of this branch, of a document type and year this computer has drawn
numbers for.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, String, UniqueConstraint, text
from sqlalchemy.orm import Session

from neiqin.core import audit, search
from neiqin.core.auth.actor import SYSTEM
from neiqin.core.db.types import utcnow
from neiqin.core.numbering import NumberSequence, in_block, next_number, parse_number
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.core.sync.capture import CONTEXT, OUTBOX
from neiqin.core.sync.catalog import SyncTable

_DIGIT = "[0-9]"
NOTE = "renumbered into this computer's block of document numbers at its registration with the sync server"


@dataclass(frozen=True)
class Renumbered:
    table: str
    row_id: str
    old: str
    new: str
    column: str = "number"


def numbered_columns(tables: dict[str, SyncTable]) -> list[tuple[str, str]]:
    """(table, column) of every unique text column of a pulled synced table."""
    found = []
    for name, table in tables.items():
        if table.push_only:
            continue
        unique = {c.name for c in table.table.columns if c.unique}
        unique |= {next(iter(k.columns)).name for k in table.table.constraints
                   if isinstance(k, UniqueConstraint) and len(k.columns) == 1}
        found += [(name, column) for column in sorted(unique)
                  if isinstance(table.table.c[column].type, String) and column != "id"]
    return found


def candidates(connection: Connection, tables: dict[str, SyncTable], desk: int) -> list[Renumbered]:
    """Documents waiting in the outbox as inserts whose number this computer drew outside `desk`'s
    block (the new numbers are not drawn yet: `new` is empty)."""
    session = Session(bind=connection)
    branch = get_setting(session, BRANCH_CODE)
    drawn = {(r.prefix, r.year) for r in session.query(NumberSequence).filter(NumberSequence.branch_code == branch)}
    if not branch or not drawn:
        return []
    waiting = {r[0] for r in connection.execute(text(f"SELECT DISTINCT table_name FROM {OUTBOX} WHERE op = 'insert'"))}
    out = []
    for name, column in numbered_columns(tables):
        if name not in waiting:
            continue
        rows = connection.execute(text(  # the numbers inside the block end in "-YYYY-" + desk + 6 digits
            f'SELECT id, "{column}" FROM "{name}" WHERE id IN (SELECT row_id FROM {OUTBOX} WHERE table_name = :t '
            f"AND op = 'insert') AND \"{column}\" LIKE :pattern AND \"{column}\" NOT GLOB :inside"),
            {"t": name, "pattern": f"%-{branch}-%", "inside": f"*-{branch}-{_DIGIT * 4}-{desk or ''}{_DIGIT * 6}"})
        for row_id, number in rows:
            parts = parse_number(number)
            if parts is None or parts["branch"] != branch or (parts["prefix"], int(parts["year"])) not in drawn:
                continue
            if not in_block(int(parts["seq"]), desk):
                out.append(Renumbered(name, row_id, number, "", column))
    return sorted(out, key=lambda r: (r.table, r.column, r.old))


def reference_columns(tables: dict[str, SyncTable]) -> list[tuple[str, str]]:
    """(table, column) of the text columns that hold a copy of another document's number
    (`item_number`, `order_number`, `source_number`)."""
    return [(name, c.name) for name, table in tables.items() if not table.push_only for c in table.table.columns
            if c.name.endswith("_number") and isinstance(c.type, String) and not c.unique]


def renumber(connection: Connection, tables: dict[str, SyncTable], drafts: list[Renumbered]) -> list[Renumbered]:
    """Give each draft (still holding its old number) the next number of this computer's desk; in the
    caller's write transaction, after the desk was stored. Copies of the old number in rows waiting
    here (a lending's item number, a movement's source document) follow."""
    session = Session(bind=connection)
    references = reference_columns(tables)
    done: list[Renumbered] = []
    now = utcnow()
    for draft in drafts:
        current = connection.execute(text(f'SELECT "{draft.column}", branch_id FROM "{draft.table}" WHERE id = :i'),
                                     {"i": draft.row_id}).first()
        if current is None or current[0] != draft.old:
            continue  # changed since it was found: left for the next registration check
        parts = parse_number(draft.old)
        new = next_number(session, parts["prefix"], parts["branch"], int(parts["year"]))
        _rewrite(connection, draft.table, draft.column, draft.row_id, draft.old, new)
        for table, column in references:
            for (row_id,) in connection.execute(text(
                    f'SELECT id FROM "{table}" WHERE "{column}" = :o AND id IN (SELECT row_id FROM {OUTBOX} '
                    "WHERE table_name = :t)"), {"o": draft.old, "t": table}).all():
                _rewrite(connection, table, column, row_id, draft.old, new)
        done.append(Renumbered(draft.table, draft.row_id, draft.old, new, draft.column))
        entry = audit.entry_row(SYSTEM, now, draft.table, draft.row_id, current[1], "update",
                                {draft.column: [draft.old, new]}, NOTE)
        connection.execute(audit.AuditEntry.__table__.insert(), entry)
    if done:
        from neiqin.core.audit_chain import seal

        seal(connection)
    return done


def _rewrite(connection: Connection, table: str, column: str, row_id: str, old: str, new: str) -> None:
    """One row's copy of the number, its waiting changes and its search entry, without capturing a
    change of its own."""
    connection.execute(text(f"UPDATE {CONTEXT} SET applying = 1"))
    connection.execute(text(f'UPDATE "{table}" SET "{column}" = :n WHERE id = :i'), {"n": new, "i": row_id})
    connection.execute(text(f"UPDATE {CONTEXT} SET applying = 0"))
    path = f"$.{column}"
    for side in ("new", "old"):
        connection.execute(text(
            f"UPDATE {OUTBOX} SET {side} = json_set({side}, :p, :n) WHERE table_name = :t AND row_id = :i "
            f"AND json_extract({side}, :p) = :o"), {"p": path, "n": new, "o": old, "t": table, "i": row_id})
    old_key, new_key = search.fold(old), search.fold(new)
    docs = connection.execute(text(
        f"SELECT s.rowid, s.title, s.subtitle, s.body, s.pinyin FROM {search.SEARCH_TABLE} s "
        f"JOIN {search.KEY_TABLE} k ON k.doc = s.rowid WHERE k.entity_id = :i"), {"i": row_id}).all()
    for doc, title, subtitle, body, pinyin in docs:
        body = (body or "").replace(old_key, new_key)
        connection.execute(text(f"UPDATE {search.SEARCH_TABLE} SET title = :t, subtitle = :s, body = :b "
                                "WHERE rowid = :d"),
                           {"t": (title or "").replace(old, new), "s": (subtitle or "").replace(old, new),
                            "b": body, "d": doc})
        connection.execute(text(f"UPDATE {search.SHORT_TABLE} SET grams = :g WHERE rowid = :d"),
                           {"g": search.short_grams(body, pinyin or ""), "d": doc})
