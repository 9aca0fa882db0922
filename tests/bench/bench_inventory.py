"""Benchmarks of the inventory slice: a count session over 5,000 products (start, enter all,
approve; ≤ 5 s of service time) and the balance of one product with 1M movements (≤ 20 ms).

The count goes the way a clerk's whole sheet does: started over every product, all counted
quantities saved at once from a list by product code (`enter_counts`, the count window's "Enter
from a list…"), one reason given to the 500 lines with a variance at once (`explain_lines`),
submitted, approved by the supervisor. `cpu_s` is the process time of the four steps: on a shared
machine it tells the service's own cost apart from waiting for a core.

    .venv/bin/python tests/bench/bench_inventory.py

Prints one JSON line per measure.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from neiqin.app import open_database  # noqa: E402
from neiqin.core.auth import service as auth  # noqa: E402
from neiqin.core.ids import new_id  # noqa: E402
from neiqin.modules.inventory import service, service_counts  # noqa: E402
from neiqin.modules.inventory.ledger import LEDGER, SOURCE_ENTRY  # noqa: E402
from neiqin.modules.inventory.schemas import CountStart  # noqa: E402
from neiqin.modules.products import service_excel  # noqa: E402
from tests.helpers.factory import ADMIN_PASSWORD, USER_PASSWORD, build_template  # noqa: E402

PRODUCTS = 5000
MOVEMENTS = int(os.environ.get("BENCH_MOVEMENTS", 1_000_000))


def report(workload: str, seconds: float, budget_ms: float, n: int, **extra) -> None:
    print(json.dumps({"workload": workload, "n": n, "seconds": round(seconds, 3),
                      "median_ms": round(seconds * 1000, 2), "budget_ms": budget_ms, **extra}), flush=True)


def _products(db, admin, folder: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["产品编码", "产品名称", "单位", "单价", "库位"])
    for n in range(PRODUCTS):
        sheet.append([f"BP-{n:05d}", f"测试产品{n}", "个", 10, f"A区-{n % 20:02d}"])
    path = folder / "products.xlsx"
    book.save(path)
    with db.unit_of_work(admin) as uow:
        service_excel.import_products(uow, path)


def bench_count(db, admin, reviewer, folder: Path) -> None:
    _products(db, admin, folder)
    from neiqin.modules.products import service as products

    with db.read() as session:
        ids = [p.id for p in products.find_products(session)]
    with db.connect() as connection:  # opening stock in bulk
        from sqlalchemy import insert

        from neiqin.modules.inventory.models import StockMovement
        at = datetime.now(UTC) - timedelta(days=30)
        connection.execute(insert(StockMovement), [
            {"id": new_id(), "item_id": pid, "location": f"A区-{n % 20:02d}", "kind": "opening",
             "quantity": Decimal(50), "moved_at": at, "source_type": SOURCE_ENTRY, "source_id": "opening"}
            for n, pid in enumerate(ids)])
    with db.unit_of_work(admin) as uow:
        LEDGER.rebuild(uow.session)
    cpu = time.process_time()
    clock = time.perf_counter()
    with db.unit_of_work(admin) as uow:
        count = service_counts.start_count(uow, CountStart(title="全面盘点"))
    started = time.perf_counter() - clock
    # the whole sheet typed in and saved at once (or pasted from a list: product code, quantity)
    entries = [(line.code, "49" if n % 10 == 0 else "50") for n, line in enumerate(count.lines)]
    clock = time.perf_counter()
    with db.unit_of_work(admin) as uow:
        service_counts.enter_counts(uow, count.id, entries)
    entered = time.perf_counter() - clock
    clock = time.perf_counter()
    with db.unit_of_work(admin) as uow:  # the 500 short lines selected together, one reason given
        service_counts.explain_lines(uow, count.id, [(line.id, "miscount", "") for line in count.lines[::10]])
        service_counts.submit_count(uow, count.id)
    explained = time.perf_counter() - clock
    clock = time.perf_counter()
    with db.unit_of_work(reviewer) as uow:
        service_counts.approve_count(uow, count.id, archive=False)
    approved = time.perf_counter() - clock
    cpu = time.process_time() - cpu
    total = started + entered + explained + approved
    report("inventory count session 5,000 products", total, 5000, len(count.lines),
           start_s=round(started, 3), enter_s=round(entered, 3), explain_submit_s=round(explained, 3),
           approve_s=round(approved, 3), cpu_s=round(cpu, 3))


def bench_balance(db) -> None:
    item = new_id()
    base = datetime(2024, 1, 1, tzinfo=UTC)
    with db.connect() as connection:
        raw = connection.connection.driver_connection
        rows = ((new_id(), item, "A区-01", "receipt" if n % 2 == 0 else "shipment", 1000 if n % 2 == 0 else -1000,
                 (base + timedelta(seconds=n)).strftime("%Y-%m-%d %H:%M:%S.000000"), SOURCE_ENTRY, "bulk")
                for n in range(MOVEMENTS + 1))
        raw.executemany("INSERT INTO stock_movement (id, item_id, location, kind, quantity, moved_at, source_type,"
                        " source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    with db.connect() as connection:
        from sqlalchemy.orm import Session
        session = Session(bind=connection)
        LEDGER.rebuild(session)
        session.commit()
    samples = []
    with db.read() as session:
        for _ in range(20):
            clock = time.perf_counter()
            value = service.stock_of(session, item)
            samples.append(time.perf_counter() - clock)
        assert value == 1, value
        ledger_clock = time.perf_counter()
        assert LEDGER.ledger_sum(session, item) == 1
        ledger_ms = (time.perf_counter() - ledger_clock) * 1000
    report("inventory balance of one product, 1M movements", statistics.median(samples), 20, MOVEMENTS + 1,
           max_ms=round(max(samples) * 1000, 2), ledger_sum_ms=round(ledger_ms, 1))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        build_template(path)
        db = open_database(path)
        try:
            admin = auth.sign_in(db, "admin", ADMIN_PASSWORD)
            reviewer = auth.sign_in(db, "reviewer", USER_PASSWORD)
            bench_count(db, admin, reviewer, Path(folder))
            bench_balance(db)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
