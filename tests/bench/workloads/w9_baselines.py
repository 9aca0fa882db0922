"""W9: raw baselines measured in the same run, for the ratio of each workload to the bare library
doing the same writes. Here: plain `sqlite3` executemany of the rows a workload left in its
database, into a new file with the same tables and indexes (no triggers: no audit, no outbox, no
search index, no rules), one transaction, the application's journal pragmas. The openpyxl and
COPY baselines live next to their workloads (w7_files, w8_sync).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tests.bench.workloads.common import Run, row


def sqlite_same_rows(run: Run, id_: str, label: str, source: Path, tables: dict[str, str]) -> float:
    """`tables`: name → WHERE clause choosing the workload's rows. Returns the seconds."""
    target = run.work / f"raw-{id_}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    source_db = sqlite3.connect(source)
    try:
        schema, data = [], {}
        for name, where in tables.items():
            schema += [sql for (sql,) in source_db.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('table', 'index') AND sql IS NOT NULL "
                "ORDER BY type DESC", (name,))]
            data[name] = source_db.execute(f"SELECT * FROM {name} WHERE {where}").fetchall()  # noqa: S608
    finally:
        source_db.close()
    raw = sqlite3.connect(target, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=NORMAL")
        for sql in schema:
            raw.execute(sql)
        total = sum(len(rows) for rows in data.values())
        started = time.perf_counter()
        raw.execute("BEGIN")
        for name, rows in data.items():
            if rows:
                raw.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(rows[0]))})", rows)
        raw.execute("COMMIT")
        seconds = time.perf_counter() - started
    finally:
        raw.close()
    run.emit(row(id_, f"raw: sqlite3 executemany, {label}", total, seconds=seconds,
                 tables={name: len(rows) for name, rows in data.items()}))
    return seconds
