"""What a refused action must leave as it was, read from a connection of its own."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


class Fingerprint:
    """What a refused action must leave as it was: no commit at all (SQLite's data_version, seen
    from a connection of its own), the same rows in every table, the same files beside the database."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self.raw = sqlite3.connect(db_path)
        self.tables = [name for (name,) in self.raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        self._counts = " UNION ALL ".join(f'SELECT {i}, count(*) FROM "{t}"' for i, t in enumerate(self.tables))

    def close(self) -> None:
        self.raw.close()

    def version(self) -> int:
        return self.raw.execute("PRAGMA data_version").fetchone()[0]

    def counts(self) -> dict[str, int]:
        return {self.tables[i]: n for i, n in self.raw.execute(self._counts)}

    def content(self, skip: tuple[str, ...] = ()) -> str:
        """A hash of every row of every table (but `skip`), the rows sorted by their values."""
        digest = hashlib.sha256()
        for table in (t for t in self.tables if t not in skip):
            for row in sorted(repr(r) for r in self.raw.execute(f'SELECT * FROM "{table}"')):
                digest.update(f"{table}\x1f{row}\x1e".encode())
        return digest.hexdigest()

    def files(self) -> dict[str, int]:
        skip = {self.path.name, self.path.name + "-wal", self.path.name + "-shm"}
        return {str(p.relative_to(self.path.parent)): p.stat().st_size for p in self.path.parent.rglob("*")
                if p.is_file() and p.name not in skip}
