"""Benchmarks of sync on loopback: trigger capture cost on local writes (≤ 15 %), push
(≥ 25k rows/s) and pull (≥ 50k rows/s) against the local PostgreSQL (and MariaDB).

    .venv/bin/python tests/bench/bench_sync.py          # BENCH_SYNC_ROWS=50000, BENCH_SYNC_DIALECTS=postgresql

Prints one JSON line per measure.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from neiqin.core.auth.actor import SYSTEM  # noqa: E402
from neiqin.core.ids import new_id  # noqa: E402
from neiqin.modules import load_all_models  # noqa: E402
from neiqin.modules.customers.models import Customer  # noqa: E402
from neiqin.modules.inventory.models import StockMovement  # noqa: E402
from tests.helpers.factory import build_template  # noqa: E402
from tests.integration.sync_servers import Office, server_database  # noqa: E402

ROWS = int(os.environ.get("BENCH_SYNC_ROWS", 50_000))
DIALECTS = os.environ.get("BENCH_SYNC_DIALECTS", "postgresql").split(",")


def report(workload: str, n: int, seconds: float, **extra) -> None:
    print(json.dumps({"workload": workload, "n": n, "seconds": round(seconds, 3), **extra}), flush=True)


def movements(n: int, branch: str) -> list[dict]:
    now = datetime.now(UTC)
    return [{"id": new_id(), "branch_id": branch, "item_id": new_id(), "location": "", "kind": "receipt",
             "quantity": 1000 + i, "moved_at": now, "created_at": now, "hlc": f"{i:016d}-0000-bench"}
            for i in range(n)]


def bulk_write(db, rows: list[dict]) -> float:
    start = time.perf_counter()
    with db.connect() as connection:
        for i in range(0, len(rows), 5000):
            connection.execute(insert(StockMovement.__table__), rows[i:i + 5000])
    return time.perf_counter() - start


def saves(db, count: int, branch: str) -> float:
    start = time.perf_counter()
    for i in range(count):
        with db.unit_of_work(SYSTEM) as uow:
            for j in range(20):
                uow.session.add(Customer(code=f"B-{i}-{j}", name=f"客户{i}-{j}", name_key="k", branch_id=branch))
    return time.perf_counter() - start


def main() -> None:
    load_all_models()
    work = Path(tempfile.mkdtemp(prefix="neiqin-bench-sync-"))
    template = work / "template.db"
    build_template(template)
    for dialect in DIALECTS:
        with server_database(dialect, prepared=True) as url:
            plain, synced = work / f"plain-{dialect}.db", work / f"synced-{dialect}.db"
            shutil.copy(template, plain)
            shutil.copy(template, synced)
            a = Office(synced, url, backfill=True, name="a")
            a.client.sync()
            from neiqin.core.db.engine import sqlite_engine
            from neiqin.core.db.session import Database

            bare = Database(sqlite_engine(plain), plain)
            rows = movements(ROWS, a.branch_id)
            base = bulk_write(bare, rows)
            rows = movements(ROWS, a.branch_id)
            captured = bulk_write(a.db, rows)
            report(f"capture bulk insert {dialect}", ROWS, captured, plain_s=round(base, 3),
                   overhead_pct=round(100 * (captured / base - 1), 1), budget_pct=15)
            base = saves(bare, 200, a.branch_id)
            captured = saves(a.db, 200, a.branch_id)
            report("capture 200 saves of 20 rows", 4000, captured, plain_s=round(base, 3),
                   overhead_pct=round(100 * (captured / base - 1), 1), budget_pct=15)
            waiting = a.client.waiting()
            start = time.perf_counter()
            result = a.client.push(5000)
            seconds = time.perf_counter() - start
            report(f"push {dialect}", result.pushed, seconds, rows_per_s=round(result.pushed / seconds),
                   budget_rows_per_s=25_000, outbox=waiting)
            fresh = work / f"fresh-{dialect}.db"
            shutil.copy(template, fresh)
            b = Office(fresh, url, name="b")
            start = time.perf_counter()
            result = b.client.pull(10_000)
            seconds = time.perf_counter() - start
            report(f"pull (initial load) {dialect}", result.pulled, seconds,
                   rows_per_s=round(result.pulled / seconds), budget_rows_per_s=50_000)
            for office in (a, b):
                office.close()
            bare.dispose()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
