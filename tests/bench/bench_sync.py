"""Benchmarks of sync on loopback: trigger capture cost on local writes (≤ 15 %), push
(≥ 25k rows/s) and pull (≥ 50k rows/s) against the local PostgreSQL (and MariaDB).

    .venv/bin/python tests/bench/bench_sync.py   # BENCH_SYNC_ROWS=50000, BENCH_SYNC_DIALECTS=postgresql,mariadb

Capture: the same writes on a copy of the database without sync and on one with the outbox
triggers. "raw": Core executemany, 5,000 rows per transaction — stock movements and customers
inserted, customers updated (phone, updated_at, hlc), order lines inserted: the worst case, a
trigger's fixed cost against the cheapest possible write. "app": the writes the program does —
200 saves of 20 customers through the unit of work, a customer and contact import through the
customers service, orders of 20 lines saved through the orders service, stock movements posted
with the ledger's `post_many`, customers changed with `bulk.update_synced` (`capture_app_paths`).
Each is measured BENCH_SYNC_REPEAT times alternating the two copies, the best CPU time of each
kept (the machine is shared); BENCH_SYNC_PARTS=capture or =push runs one part, BENCH_SYNC_ONLY=text
only the capture workloads whose label holds that text.
Push: the movements and customers of an office that synced once, in default batches, into a new
server database BENCH_SYNC_REPEAT times, the best kept (wall time and this process's CPU time);
pull: all of them into a new office of the same branch (its stock balances following the pulled
movements), BENCH_SYNC_REPEAT times, the best kept. Prints one JSON line per measure.
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

from sqlalchemy import bindparam, insert, update  # noqa: E402

from neiqin.core.auth.actor import SYSTEM  # noqa: E402
from neiqin.core.ids import new_id  # noqa: E402
from neiqin.modules import load_all_models  # noqa: E402
from neiqin.modules.customers.models import Customer  # noqa: E402
from neiqin.modules.inventory.models import StockMovement  # noqa: E402
from neiqin.modules.orders.models import OrderLine, SalesOrder  # noqa: E402
from neiqin.modules.products.models import Product  # noqa: E402
from tests.bench.capture_app_paths import APP_PATHS, Clock  # noqa: E402
from tests.helpers.factory import build_template  # noqa: E402
from tests.integration.sync_servers import Office, server_database  # noqa: E402

ROWS = int(os.environ.get("BENCH_SYNC_ROWS", 50_000))
DIALECTS = [d for d in os.environ.get("BENCH_SYNC_DIALECTS", "postgresql,mariadb").split(",") if d]
#: which parts run: capture, push (push and pull)
PARTS = os.environ.get("BENCH_SYNC_PARTS", "capture,push").split(",")
REPEAT = int(os.environ.get("BENCH_SYNC_REPEAT", 3))
ONLY = os.environ.get("BENCH_SYNC_ONLY", "")
TX_ROWS = 5000
CAPTURE_BUDGET_PCT = 15


def report(workload: str, n: int, seconds: float, **extra) -> None:
    print(json.dumps({"workload": workload, "n": n, "seconds": round(seconds, 3), **extra}), flush=True)


def movements(n: int, branch: str) -> list[dict]:
    now = datetime.now(UTC)
    return [{"id": new_id(), "branch_id": branch, "item_id": new_id(), "location": "", "kind": "receipt",
             "quantity": 1000 + i, "moved_at": now, "created_at": now, "hlc": f"{i:016d}-0000-bench"}
            for i in range(n)]


def customers(n: int, branch: str, tag: str) -> list[dict]:
    now = datetime.now(UTC)
    return [{"id": new_id(), "code": f"BC-{tag}-{i:07d}", "name": f"基准客户{tag}{i}", "name_key": f"jzkh{i}",
             "customer_type": "enterprise", "region": "华北", "phone": f"010-{i:08d}", "address": f"北京市{i}号",
             "branch_id": branch, "created_at": now, "updated_at": now, "hlc": f"{i:016d}-0000-bench"}
            for i in range(n)]


def _chunks(connection, statement, rows: list[dict]) -> None:
    for start in range(0, len(rows), TX_ROWS):
        with connection.begin():
            connection.execute(statement, rows[start:start + TX_ROWS])


def bulk_write(db, rows: list[dict]) -> None:
    """Stock movements written as an import writes them (also used by `bench_sync_reload`)."""
    with db.engine.connect() as connection:
        _chunks(connection, insert(StockMovement.__table__), rows)


def timed(db, statement, rows: list[dict]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of writing `rows`."""
    clock = Clock()
    with db.engine.connect() as connection, clock.timed():
        _chunks(connection, statement, rows)
    return clock.wall, clock.cpu


def insert_movements(db, branch: str) -> tuple[float, float]:
    return timed(db, insert(StockMovement.__table__), movements(ROWS, branch))


_INSERTED: dict[int, list[str]] = {}  # customers inserted per database, for the update that follows


def insert_customers(db, branch: str) -> tuple[float, float]:
    rows = customers(ROWS, branch, new_id()[-6:])
    _INSERTED[id(db)] = [r["id"] for r in rows]
    return timed(db, insert(Customer.__table__), rows)


def update_customers(db, branch: str) -> tuple[float, float]:
    table = Customer.__table__
    now = datetime.now(UTC)
    statement = update(table).where(table.c.id == bindparam("k")).values(
        phone=bindparam("p"), updated_at=bindparam("u"), hlc=bindparam("h"))
    return timed(db, statement, [{"k": rid, "p": f"021-{i:08d}", "u": now, "h": f"{i:016d}-0001-bench"}
                                 for i, rid in enumerate(_INSERTED.pop(id(db)))])


def insert_order_lines(db, branch: str) -> tuple[float, float]:
    now = datetime.now(UTC)
    products = [{"id": new_id(), "code": f"BP-{i}", "name": f"产品{i}", "unit": "件", "list_price": 100 + i,
                 "reorder_point": 0, "lead_time_days": 0, "active": True} for i in range(100)]
    buyer = customers(1, branch, new_id()[-6:])[0]
    orders = [{"id": new_id(), "number": f"SO-B-{new_id()[-8:]}-{i}", "revision": 0, "status": "draft",
               "customer_id": buyer["id"], "customer_name": "基准", "order_date": now.date(), "prepayment_percent": 0,
               "line_count": 20, "total_amount": 0, "is_major": False, "reconfirm_pending": False, "branch_id": branch}
              for i in range(ROWS // 20)]
    with db.engine.begin() as connection:
        connection.execute(insert(Customer.__table__), [buyer])
        connection.execute(insert(Product.__table__), products)
        connection.execute(insert(SalesOrder.__table__), orders)
    lines = [{"id": new_id(), "order_id": order["id"], "line_no": n + 1, "product_id": products[n]["id"],
              "product_code": products[n]["code"], "product_name": products[n]["name"], "unit": "件",
              "quantity": 1000 * (n + 1), "unit_price": 100, "discount_bp": 0, "amount": 100 * (n + 1),
              "branch_id": branch, "created_at": now, "updated_at": now, "hlc": f"{i:012d}{n:04d}-0000-bench"}
             for i, order in enumerate(orders) for n in range(20)]
    return timed(db, insert(OrderLine.__table__), lines)


def saves(db, branch: str) -> tuple[float, float]:
    tag = new_id()[-6:]
    clock = Clock()
    with clock.timed():
        for i in range(200):
            with db.unit_of_work(SYSTEM) as uow:
                for j in range(20):
                    uow.session.add(Customer(code=f"B-{tag}-{i}-{j}", name=f"客户{i}-{j}", name_key="k",
                                             branch_id=branch))
    return clock.wall, clock.cpu


CAPTURE = (("capture (raw): bulk insert of stock movements", insert_movements, ROWS),
           ("capture (raw): bulk insert of customers", insert_customers, ROWS),
           ("capture (raw): bulk update of those customers (3 columns)", update_customers, ROWS),
           ("capture (raw): bulk insert of order lines", insert_order_lines, ROWS),
           ("capture (app): 200 saves of 20 customers (unit of work, audit)", saves, 4000),
           *APP_PATHS)
CAPTURE = tuple(workload for workload in CAPTURE if ONLY in workload[0])


def capture_copy(template: Path, path: Path, branch: str, synced: bool):
    """A copy of the set-up company at `path`, opened; with the outbox triggers when `synced`."""
    from neiqin.core.db.engine import sqlite_engine
    from neiqin.core.db.session import Database
    from neiqin.core.sync import capture

    shutil.copy(template, path)
    db = Database(sqlite_engine(path), path)
    if synced:
        with db.engine.begin() as connection:
            capture.install(connection, branch, None)
        capture.attach(db.engine)
    return db


def capture_cost(work: Path, template: Path, branch: str) -> None:
    """Each workload on fresh copies without and with capture, alternating, best of REPEAT. The
    overhead is judged on the process's CPU time (SQLite works in-process): wall time on a machine
    shared with other work varies more than the difference measured."""
    from neiqin.core.sync import capture

    best: dict[tuple[str, bool], tuple[float, float]] = {}
    for round_ in range(REPEAT):
        for synced in (False, True):
            path = work / f"capture-{round_}-{synced}.db"
            db = capture_copy(template, path, branch, synced)
            for label, run, _n in CAPTURE:
                wall, cpu = run(db, branch)
                old = best.get((label, synced), (wall, cpu))
                best[(label, synced)] = (min(old[0], wall), min(old[1], cpu))
            capture.detach(db.engine)
            db.dispose()
            path.unlink()
    for label, _run, n in CAPTURE:
        plain, captured = best[(label, False)], best[(label, True)]
        report(label, n, captured[0], plain_s=round(plain[0], 3),
               cpu_s=round(captured[1], 3), plain_cpu_s=round(plain[1], 3),
               overhead_pct=round(100 * (captured[1] / plain[1] - 1), 1),
               wall_overhead_pct=round(100 * (captured[0] / plain[0] - 1), 1), budget_pct=CAPTURE_BUDGET_PCT)


def push_pull(work: Path, template: Path, dialect: str) -> None:
    """Push BENCH_SYNC_REPEAT times, each time an office's rows into a new server database (the
    best wall time reported with the range and the client's CPU time), then pull from the last."""
    runs = []
    for round_ in range(REPEAT):
        with server_database(dialect, prepared=True) as url:
            runs.append(_push_once(work, template, dialect, url, round_))
            if round_ == REPEAT - 1:
                pull_into_new_offices(work, template, url, dialect)
    seconds, cpu, result, waiting = min(runs, key=lambda run: run[0])
    report(f"push {dialect}", result.pushed, seconds, rows_per_s=round(result.pushed / seconds),
           budget_rows_per_s=25_000, outbox=waiting, batches=result.push_batches, client_cpu_s=round(cpu, 3),
           rows_per_s_range=[round(result.pushed / max(r[0] for r in runs)), round(result.pushed / seconds)])


def _push_once(work: Path, template: Path, dialect: str, url: str, round_: int) -> tuple:
    """(wall seconds, CPU seconds, result, outbox rows) of one office's push of ROWS movements and
    ROWS / 5 customers, after a first sync."""
    synced = work / f"synced-{dialect}-{round_}.db"
    shutil.copy(template, synced)
    a = Office(synced, url, backfill=True, name=f"a{round_}")
    a.client.sync()
    with a.db.engine.connect() as connection:
        _chunks(connection, insert(StockMovement.__table__), movements(ROWS, a.branch_id))
        _chunks(connection, insert(Customer.__table__), customers(ROWS // 5, a.branch_id, "p"))
    waiting = a.client.waiting()
    start, cpu = time.perf_counter(), time.process_time()
    result = a.client.push()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    a.close()
    synced.unlink()
    return seconds, cpu, result, waiting


def pull_into_new_offices(work: Path, template: Path, url: str, dialect: str) -> None:
    """Pull everything into BENCH_SYNC_REPEAT new offices of the branch, one after the other; the
    best wall time is reported with the range and the client's CPU time (the machine is shared)."""
    runs = []
    for round_ in range(REPEAT):
        fresh = work / f"fresh-{dialect}-{round_}.db"
        shutil.copy(template, fresh)
        b = Office(fresh, url, name=f"b{round_}")
        start, cpu = time.perf_counter(), time.process_time()
        result = b.client.pull()
        runs.append((time.perf_counter() - start, time.process_time() - cpu, result))
        b.close()
        fresh.unlink()
    seconds, cpu, result = min(runs, key=lambda run: run[0])
    report(f"pull (initial load) {dialect}", result.pulled, seconds, rows_per_s=round(result.pulled / seconds),
           budget_rows_per_s=50_000, batches=result.pull_batches, client_cpu_s=round(cpu, 3),
           rows_per_s_range=[round(result.pulled / max(r[0] for r in runs)), round(result.pulled / seconds)])


def main() -> None:
    load_all_models()
    work = Path(tempfile.mkdtemp(prefix="neiqin-bench-sync-"))
    template = work / "template.db"
    build_template(template)
    try:
        if "capture" in PARTS:
            capture_cost(work, template, Office.template_branch(template))
        for dialect in DIALECTS if "push" in PARTS else ():
            push_pull(work, template, dialect)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
