"""A server and three computers set up once per test and put back to their first state between the
examples of a property test, so an example costs its own syncs and little else.

- the server: prepared and seeded once (the template's rows, pushed by a first office); `reset`
  deletes what the examples added (the change-log entries after the seed, the rows of every table
  they touched, put back to the seed's rows; conflicts; the computers registered since);
- each computer: its database is made once (a template copy with the outbox installed) and kept in
  memory; `reset` writes it back into the open database file with SQLite's backup API. Engines,
  their compiled statements and the server connections stay open; each example gets new sync
  clients (the registration and the client id are read again).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, delete, select, text
from sqlalchemy.pool import NullPool

from tests.integration.sync_servers import Office

#: branch code of the second branch's computer (the template's is BJ01)
SECOND_BRANCH_CODE = "SH01"


class Computer:
    """One computer of the rig: an Office whose database goes back to its saved state on `reset`."""

    def __init__(self, path: Path, url: str, name: str, branch_id: str | None, branch_code: str | None,
                 after_apply, ranks, checked: dict) -> None:
        from neiqin.core.sync.client import SyncClient

        self.office = Office(path, url, branch_id=branch_id, name=name)
        #: compares only the `checked` tables with the server
        self.checker = SyncClient(self.office.db.engine, self.office.server, tables=checked)
        if branch_code:
            with self.office.db.engine.begin() as connection:
                connection.execute(text("UPDATE setting SET value = :v WHERE key = 'branch.code'"),
                                   {"v": f'"{branch_code}"'})
        self._after_apply, self._ranks = after_apply, ranks
        self.saved = sqlite3.connect(":memory:", check_same_thread=False)
        self._copy(into_memory=True)

    def _copy(self, into_memory: bool) -> None:
        raw = self.office.db.engine.raw_connection()  # the other pooled connections see it as a commit
        try:
            if into_memory:
                raw.driver_connection.backup(self.saved)
            else:
                self.saved.backup(raw.driver_connection)
        finally:
            raw.close()

    def reset(self):
        """The database as it was first made, and a new sync client; returns the office."""
        from neiqin.core.sync.client import SyncClient

        self._copy(into_memory=False)
        office = self.office
        office.client = SyncClient(office.db.engine, office.server, ranks=self._ranks, clock=office.db.clock,
                                   on_apply=self._after_apply)
        return office

    def close(self) -> None:
        self.office.close()
        self.saved.close()


class Rig:
    def __init__(self, url: str, template: Path, directory: Path, computers: list[tuple[str, str | None]],
                 checked: set[str]) -> None:
        from neiqin.app.sync_commands import ledgers, rebuild_balances, status_ranks
        from neiqin.core.sync.catalog import sync_tables
        from neiqin.core.sync.schema import server_metadata

        self.url = url
        #: examples started so far
        self.examples = 0
        self.engine = create_engine(url, poolclass=NullPool)
        if self.engine.dialect.name == "postgresql":  # a throw-away database: no flush at each commit
            with self.engine.connect() as connection:
                name = connection.execute(text("SELECT current_database()")).scalar_one()
                connection.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
                connection.commit()
        self.tables = sync_tables()
        self.meta = server_metadata(self.tables)
        seed_path = directory / "seed.db"
        seed_path.write_bytes(template.read_bytes())
        seed = Office(seed_path, url, backfill=True, name="seed")
        seed.client.sync()
        seed.close()
        self._snapshot()
        after_apply, ranks = rebuild_balances(ledgers()), status_ranks()
        self.computers = []
        for name, branch in computers:
            path = directory / f"{name}.db"
            path.write_bytes(template.read_bytes())
            self.computers.append(Computer(path, url, name, branch, SECOND_BRANCH_CODE if branch else None,
                                           after_apply, ranks, {n: self.tables[n] for n in sorted(checked)}))

    def _snapshot(self) -> None:
        with self.engine.connect() as connection:
            self.seed_seq = connection.execute(text("SELECT coalesce(max(seq), 0) FROM sync_change")).scalar_one()
            self.seed_clients = [r[0] for r in connection.execute(text("SELECT client_id FROM sync_client"))]
            self.seed_rows = {name: [dict(r._mapping) for r in connection.execute(select(self.meta.tables[name]))]
                              for name in self.tables}
        self.always = [name for name, table in self.tables.items() if table.push_only]  # not in the change log

    def touched(self, connection) -> set[str]:
        """The synced tables the examples changed on the server since the seed."""
        return {r[0] for r in connection.execute(text(
            "SELECT DISTINCT table_name FROM sync_change WHERE seq > :s"), {"s": self.seed_seq})} & self.tables.keys()

    def checks(self, computer: int, only: bool) -> list[str]:
        """The tables whose rows (of the computer's scope) differ between it and the server: every
        synced table, or `only` the rig's `checked` tables."""
        client = self.computers[computer].checker if only else self.computers[computer].office.client
        return [c.table for c in client.check() if not c.ok]

    def reset(self) -> list:
        """The server and every computer as they were after the seed; returns the offices."""
        from neiqin.core.sync.schema import CLIENT, CONFLICT

        self.examples += 1
        with self.engine.begin() as connection:
            for name in sorted(self.touched(connection) | set(self.always)):
                table = self.meta.tables[name]
                connection.execute(delete(table))
                if self.seed_rows[name]:
                    connection.execute(table.insert(), self.seed_rows[name])
            connection.execute(text("DELETE FROM sync_change WHERE seq > :s"), {"s": self.seed_seq})
            connection.execute(delete(self.meta.tables[CONFLICT]))
            clients = self.meta.tables[CLIENT]
            connection.execute(delete(clients).where(clients.c.client_id.not_in(self.seed_clients)))
        return [computer.reset() for computer in self.computers]

    def close(self) -> None:
        for computer in self.computers:
            computer.close()
        self.engine.dispose()
