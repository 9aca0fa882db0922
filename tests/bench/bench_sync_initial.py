"""Benchmark of a new office's initial load on loopback (budget: 1,000,000 rows in ≤ 60 s, a pull
at ≥ 50k rows/s) against the local PostgreSQL and MariaDB.

    .venv/bin/python tests/bench/bench_sync_initial.py   # BENCH_ROWS=1000000, BENCH_SYNC_DIALECTS=postgresql,mariadb

The server holds BENCH_ROWS rows of one branch, written as pushes leave them (each row with its
change-log entry and its server version, 50,000 rows per server transaction): 1,000 products,
customer files (10 %), sales orders (4 %, a third of them confirmed: the sales summary follows
them) with five lines each, and stock receipts and shipments of the products over a year (the
rest). A new computer of the branch then pulls everything in default batches, its stock balances
following the pulled movements. Prints one JSON line per server: rows, seconds, rows/s, the
client's CPU seconds, batches, and whether every cached balance equals its ledger afterwards.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from neiqin.core.db.types import QTY_SCALE  # noqa: E402
from neiqin.core.ids import new_id  # noqa: E402
from neiqin.core.money import to_fen  # noqa: E402
from neiqin.core.sync.catalog import sync_tables  # noqa: E402
from neiqin.core.sync.schema import CHANGE, server_metadata  # noqa: E402
from neiqin.core.sync.server_write import allocate, insert_rows  # noqa: E402
from neiqin.modules import load_all_models  # noqa: E402
from neiqin.modules.customers.rules import name_key, phone_key  # noqa: E402
from tests.bench.workloads.data import customer_files, products  # noqa: E402
from tests.helpers.factory import build_template  # noqa: E402
from tests.integration.sync_servers import Office, server_database  # noqa: E402

ROWS = int(os.environ.get("BENCH_ROWS", 1_000_000))
DIALECTS = [d for d in os.environ.get("BENCH_SYNC_DIALECTS", "postgresql,mariadb").split(",") if d]
TX_ROWS = 50_000
PRODUCTS = 1000
LINES = 5
BUDGET_S, BUDGET_ROWS_PER_S = 60, 50_000
WRITER = "bench-initial-writer"


def report(workload: str, n: int, seconds: float, **extra) -> None:
    print(json.dumps({"workload": workload, "n": n, "seconds": round(seconds, 3), **extra}), flush=True)


class Rows:
    """Server rows of one branch in server form (times naive UTC, quantities and money as integers)."""

    def __init__(self, branch: str) -> None:
        self.branch, self.rng = branch, random.Random(2026)
        self.now = datetime.now(UTC).replace(tzinfo=None)
        self.counter = 0

    def stamp(self, row: dict, shared: bool = False) -> dict:
        self.counter += 1
        row.update(id=new_id(), created_at=self.now, updated_at=self.now, created_by="u-bench", updated_by="u-bench",
                   hlc=f"{self.counter:016d}-0000-bench")
        if not shared:
            row["branch_id"] = self.branch
        return row

    def products(self) -> list[dict]:
        return [self.stamp({"code": p.code, "name": p.name, "spec": p.spec, "unit": p.unit, "category": p.category,
                            "list_price": to_fen(p.list_price), "cost": to_fen(p.cost),
                            "reorder_point": p.reorder_point, "lead_time_days": p.lead_time_days,
                            "location": p.location, "active": True}, shared=True)
                for p in products(PRODUCTS)]

    def customers(self, count: int) -> Iterator[dict]:
        for n, item in enumerate(customer_files(count, seed=88)):
            c = item.customer
            yield self.stamp({"code": f"CU-IL-{n:07d}", "name": c.name, "short_name": c.short_name,
                              "customer_type": c.customer_type, "industry": c.industry, "region": c.region,
                              "grade": c.grade, "address": c.address, "phone": c.phone, "tax_id": c.tax_id,
                              "tags": c.tags, "name_key": name_key(c.name), "phone_key": phone_key(c.phone)})

    def orders(self, count: int, buyers: list[dict], items: list[dict]) -> Iterator[tuple[str, dict]]:
        for n in range(count):
            buyer = self.rng.choice(buyers)
            order = self.stamp({"number": f"SO-IL-{n:07d}", "revision": 0, "status": "confirmed" if n % 3 == 0
                                else "draft", "customer_id": buyer["id"], "customer_name": buyer["name"],
                                "order_date": (self.now - timedelta(days=n % 365)).date(), "prepayment_percent": 0,
                                "line_count": LINES, "total_amount": 0, "is_major": False,
                                "reconfirm_pending": False})
            lines = []
            for line in range(LINES):
                item = self.rng.choice(items)
                quantity = self.rng.randint(1, 50)
                lines.append(self.stamp({"order_id": order["id"], "line_no": line + 1, "product_id": item["id"],
                                         "product_code": item["code"], "product_name": item["name"],
                                         "unit": item["unit"], "quantity": quantity * QTY_SCALE,
                                         "unit_price": item["list_price"], "discount_bp": 0,
                                         "amount": quantity * item["list_price"]}))
            order["total_amount"] = sum(line["amount"] for line in lines)
            yield "sales_order", order
            for line in lines:
                yield "sales_order_line", line

    def movements(self, count: int, items: list[dict]) -> Iterator[dict]:
        start = self.now - timedelta(days=365)
        for n in range(count):
            item = items[n % len(items)]
            receipt = n % 3 == 0
            yield self.stamp({"item_id": item["id"], "location": item["location"] or "",
                              "kind": "receipt" if receipt else "shipment",
                              "quantity": (self.rng.randint(20, 60) if receipt else -self.rng.randint(1, 20)) * QTY_SCALE,
                              "moved_at": start + timedelta(seconds=n * 31_536_000 // max(count, 1)),
                              "source_type": "stock_entry", "source_id": new_id()})

    def all(self, total: int) -> Iterator[tuple[str, dict]]:
        items = self.products()
        yield from (("product", p) for p in items)
        rest = max(total - len(items), 0)
        customers = list(self.customers(rest // 10))
        yield from (("customer", c) for c in customers)
        orders = rest * 4 // 100
        yield from self.orders(orders, customers or [self.stamp({"name": "—"})], items)
        yield from (("stock_movement", m) for m in self.movements(rest - len(customers) - orders * (1 + LINES), items))


def fill_server(url: str, branch: str, total: int) -> int:
    """Write `total` rows with their change-log entries, as pushed; returns the rows written."""
    tables = sync_tables()
    meta = server_metadata(tables)
    change = meta.tables[CHANGE]
    change_names = [c.name for c in change.columns]
    engine = create_engine(url, poolclass=NullPool)
    source, written = Rows(branch).all(total), 0
    try:
        while True:
            chunk = [pair for _, pair in zip(range(TX_ROWS), source, strict=False)]
            if not chunk:
                return written
            with engine.begin() as connection:
                by_table: dict[str, list[dict]] = {}
                log = []
                for (name, row), seq in zip(chunk, allocate(connection, len(chunk)), strict=True):
                    row["server_version"] = seq
                    by_table.setdefault(name, []).append(row)
                    log.append({"seq": seq, "table_name": name, "row_id": row["id"], "branch_id": row.get("branch_id"),
                                "client_id": WRITER, "op": "insert", "hlc": row["hlc"], "logged_at": row["created_at"]})
                for name, rows in by_table.items():
                    names = [c.name for c in meta.tables[name].columns]
                    insert_rows(connection, meta.tables[name], names, [tuple(map(r.get, names)) for r in rows])
                insert_rows(connection, change, change_names, [tuple(map(e.get, change_names)) for e in log])
            written += len(chunk)
    finally:
        engine.dispose()


def initial_load(work: Path, template: Path, dialect: str) -> None:
    from neiqin.modules.inventory.ledger import LEDGER

    with server_database(dialect, prepared=True) as url:
        started = time.perf_counter()
        written = fill_server(url, Office.template_branch(template), ROWS)
        built = time.perf_counter() - started
        path = work / f"new-{dialect}.db"
        shutil.copy(template, path)
        office = Office(path, url, name="new")
        try:
            start, cpu = time.perf_counter(), time.process_time()
            result = office.client.pull()
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            with office.db.read() as session:
                exact = LEDGER.mismatches(session) == []
                balances = session.execute(text("SELECT count(*) FROM stock_balance")).scalar_one()
            budget = round(BUDGET_S * written / 1_000_000, 1)  # the 1M budget, scaled to the rows written
            report(f"initial load {dialect}", result.pulled, seconds, rows_per_s=round(result.pulled / seconds),
                   client_cpu_s=round(cpu, 3), cpu_rows_per_s=round(result.pulled / cpu), budget_s=budget,
                   budget_rows_per_s=BUDGET_ROWS_PER_S, within_budget=seconds <= budget, written=written,
                   batches=result.pull_batches, balances=balances, balances_exact=exact, server_fill_s=round(built, 1))
        finally:
            office.close()


def main() -> None:
    load_all_models()
    work = Path(tempfile.mkdtemp(prefix="neiqin-bench-initial-"))
    template = work / "template.db"
    build_template(template)
    try:
        for dialect in DIALECTS:
            initial_load(work, template, dialect)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
