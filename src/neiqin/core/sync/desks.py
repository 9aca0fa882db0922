"""A computer's registration with the server: its desk for document numbers, and what happens when
its database went back in time.

Several computers of one branch each keep their own database and draw document numbers from their
own block (`numbering`): the block is the computer's desk, given by the server. `register_desk`
(server side, in one transaction) locks or creates the computer's row in `sync_client` and gives it
a desk when it has none — the lowest one no computer of the branch holds; a unique index on
(branch, desk) makes two computers registering at the same moment take different desks. The first
computer of a branch is desk 0, so an office with one computer keeps the numbers it always had.

`ensure` runs on the client before its first push or pull of a round:

1. it registers;
2. it compares the server's record of this computer with the database. The server's high-water
   mark above anything this database ever queued, or another change id at that mark, means the
   server holds changes of this client id that this database never made: the database was restored
   from a backup, or copied from another computer. Then the computer becomes a new one: the waiting
   changes the server already has (their row is there for an insert; the same row and clock in the
   change log under the old id otherwise) are dropped, every other waiting change stays and goes up
   under a new client id (none is skipped by the old id's high-water mark), and it registers again,
   getting a new desk;
3. it stores the desk in this database's settings (never synced); when the desk changed, documents
   made here that the server has not seen and whose number lies outside the new block are
   renumbered (`renumber`). Storing the desk and the renumbering are marked pending together, so a
   computer switched off in between finishes at its next round.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, MetaData, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.ids import new_id
from neiqin.core.numbering import DESK, set_desk
from neiqin.core.settings import get_setting, set_setting
from neiqin.core.sync import renumber
from neiqin.core.sync.capture import OUTBOX, STATE, change_id, highest_seq
from neiqin.core.sync.errors import SyncError
from neiqin.core.sync.schema import CHANGE, CLIENT
from neiqin.core.sync.server import check_server, register

if TYPE_CHECKING:
    from neiqin.core.sync.client import SyncClient

#: set while documents may still need numbers from a newly stored desk
PENDING = "numbering.renumber_pending"
_TRIES = 20
_IN = 500


@dataclass(frozen=True)
class Registration:
    desk: int
    #: the server's high-water mark of this client and the id of the change it ended at
    last_seq: int
    last_change: str | None


@dataclass
class Registered:
    """What `ensure` did."""

    desk: int
    #: the client id given up (a restored or copied database became a new computer)
    replaced: str | None = None
    #: waiting changes dropped because the server already had them
    dropped: int = 0
    renumbered: list[renumber.Renumbered] = field(default_factory=list)


# ---------------------------------------------------------------------------------------- server

def register_desk(connection: Connection, meta: MetaData, client_id: str, branch_id: str | None) -> Registration:
    """Lock (creating if needed) the computer's row and give it a desk when it has none."""
    check_server(connection)
    last_seq = register(connection, meta, client_id, branch_id)
    clients = meta.tables[CLIENT]
    row = connection.execute(select(clients.c.desk, clients.c.last_change)
                             .where(clients.c.client_id == client_id)).one()
    desk = row.desk if row.desk is not None else _allocate(connection, meta, client_id, branch_id)
    return Registration(int(desk), last_seq, row.last_change)


def _allocate(connection: Connection, meta: MetaData, client_id: str, branch_id: str | None) -> int:
    clients = meta.tables[CLIENT]
    branch = clients.c.branch_id.is_(None) if branch_id is None else clients.c.branch_id == branch_id
    taken = {d for (d,) in connection.execute(select(clients.c.desk).where(branch, clients.c.desk.is_not(None)))}
    candidate = 0
    for _ in range(_TRIES):
        while candidate in taken:
            candidate += 1
        try:
            with connection.begin_nested():
                connection.execute(update(clients).where(clients.c.client_id == client_id).values(desk=candidate))
            return candidate
        except IntegrityError:  # another computer of the branch took it a moment ago
            taken.add(candidate)
    raise SyncError(QT_TRANSLATE_NOOP("sync", "The server could not give this computer a desk for its document "
                                              "numbers. Sync again."))


def applied_already(connection: Connection, meta: MetaData, tables, client_id: str,
                    waiting: list) -> set[int]:
    """The outbox seqs among `waiting` (seq, table, row id, op, hlc) the server already applied for
    `client_id`."""
    found: set[int] = set()
    change = meta.tables[CHANGE]
    by_table: dict[str, list] = {}
    for item in waiting:
        by_table.setdefault(item[1], []).append(item)
    for name, items in by_table.items():
        if name not in tables:
            continue
        inserts = [i for i in items if i[3] == "insert"]
        others = [i for i in items if i[3] != "insert" and i[4] is not None]
        server = meta.tables[name]
        present = _present(connection, server, [i[2] for i in inserts])
        found |= {i[0] for i in inserts if i[2] in present}
        logged = set()
        for start in range(0, len(others), _IN):
            ids = sorted({i[2] for i in others[start:start + _IN]})
            logged |= {(r.row_id, r.hlc) for r in connection.execute(
                select(change.c.row_id, change.c.hlc).where(change.c.client_id == client_id,
                                                             change.c.table_name == name, change.c.row_id.in_(ids)))}
        found |= {i[0] for i in others if (i[2], i[4]) in logged}
    return found


def existing(connection: Connection, meta: MetaData, drafts: list[renumber.Renumbered]) -> set[tuple[str, str]]:
    """(table, row id) of the drafts the server already has."""
    out = set()
    for name in {d.table for d in drafts}:
        server = meta.tables[name]
        ids = [d.row_id for d in drafts if d.table == name]
        out |= {(name, i) for i in _present(connection, server, ids)}
    return out


def _present(connection: Connection, table, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for start in range(0, len(ids), _IN):
        out |= {r[0] for r in connection.execute(select(table.c.id).where(table.c.id.in_(ids[start:start + _IN])))}
    return out


# ---------------------------------------------------------------------------------------- client

def ensure(client: SyncClient) -> Registered:
    """Register, become a new computer when the database went back in time, settle the desk."""
    from neiqin.core.sync.client import server_errors

    with server_errors(client._url), client.server.begin() as server:
        registration = register_desk(server, client.meta, client.client_id, client.branch_id)
    outcome = Registered(registration.desk)
    if _diverged(client, registration):
        outcome.replaced, outcome.dropped = client.client_id, _become_new(client, registration)
        with server_errors(client._url), client.server.begin() as server:
            registration = register_desk(server, client.meta, client.client_id, client.branch_id)
            clients = client.meta.tables[CLIENT]
            server.execute(clients.update().where(clients.c.client_id == outcome.replaced)
                           .values(replaced_by=client.client_id))
        outcome.desk = registration.desk
    outcome.renumbered = _settle(client, registration.desk)
    return outcome


def _reader(client: SyncClient):
    return client.local.execution_options(readonly=True)


def _diverged(client: SyncClient, registration: Registration) -> bool:
    if registration.last_seq == 0:
        return False
    with _reader(client).connect() as connection:
        local_high = highest_seq(connection)
        stored = connection.execute(text(f"SELECT change_id FROM {OUTBOX} WHERE seq = :s"),
                                    {"s": registration.last_seq}).scalar()
        connection.rollback()
    at_mark = None if stored is None else change_id(stored, registration.last_seq)
    if local_high < registration.last_seq:
        return True
    return at_mark is not None and registration.last_change is not None and at_mark != registration.last_change


def _become_new(client: SyncClient, registration: Registration) -> int:
    """Drop the waiting changes the server already has, take a new client id; returns how many dropped."""
    from neiqin.core.sync.client import server_errors

    with _reader(client).connect() as connection:
        waiting = [tuple(r) for r in connection.execute(text(
            f"SELECT seq, table_name, row_id, op, hlc FROM {OUTBOX} WHERE seq <= :s ORDER BY seq"),
            {"s": registration.last_seq})]
        connection.rollback()
    with server_errors(client._url), client.server.begin() as server:
        applied = applied_already(server, client.meta, client.tables, client.client_id, waiting)
    fresh = new_id()
    with client.local.begin() as connection:
        for seqs in _chunks(sorted(applied)):
            connection.execute(text(f"DELETE FROM {OUTBOX} WHERE seq IN ({', '.join(map(str, seqs))})"))
        connection.execute(text(f"UPDATE {STATE} SET client_id = :c"), {"c": fresh})
        session = Session(bind=connection)
        set_setting(session, PENDING, True)
        session.flush()
    client.client_id = fresh
    return len(applied)


def _chunks(values: list[int]) -> list[list[int]]:
    return [values[i:i + _IN] for i in range(0, len(values), _IN)]


def _settle(client: SyncClient, desk: int) -> list[renumber.Renumbered]:
    """Store the desk; renumber the drafts outside its block that the server has not seen."""
    with _reader(client).connect() as connection:
        session = Session(bind=connection)
        stored, pending = get_setting(session, DESK), get_setting(session, PENDING, False)
        session.close()
        connection.rollback()
    if stored == desk and not pending:
        return []
    with client.local.begin() as connection:  # documents saved from now on take the new block
        session = Session(bind=connection)
        set_desk(session, desk)
        drafts = renumber.candidates(connection, client.tables, desk)
        set_setting(session, PENDING, bool(drafts))
        session.flush()
    if not drafts:
        return []
    from neiqin.core.sync.client import server_errors

    with server_errors(client._url), client.server.begin() as server:
        known = existing(server, client.meta, drafts)
    with client.local.begin() as connection:
        done = renumber.renumber(connection, client.tables, [d for d in drafts if (d.table, d.row_id) not in known])
        session = Session(bind=connection)
        set_setting(session, PENDING, False)
        session.flush()
    return done
