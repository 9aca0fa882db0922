"""W8: sync against the local PostgreSQL (127.0.0.1:5432, user postgres; each run on a fresh
server database with the sync schema, see tests/integration/sync_servers.py).

- push and pull of 100,000 changes: office A writes 100,000 customer files in transactions of 100
  rows (captured by the outbox triggers), pushes them; office B, a new computer of the same
  branch, pulls them;
- initial load of 1,000,000 rows: an office that has 1,000,000 stock movements sets sync up (the
  outbox queues every existing row), pushes them all, and a new office pulls them all (its stock
  balances following the pulled ledger key by key);
- W9d: psycopg COPY of the same 100,000 customer rows into a plain table, alone.

Skipped with a reason when PostgreSQL does not answer and CI is not set; under CI=true the run
fails instead.
"""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, datetime, timedelta

from tests.bench.workloads.common import Run, measured, row
from tests.bench.workloads.data import customer_files
from tests.bench.workloads.office import Office, open_office

PUSH_BUDGET, PULL_BUDGET = 25_000, 50_000  # rows per second on loopback (DESIGN.md §7)
TX_ROWS = 100  # rows per local transaction of the 100,000 changes
STAMP = "%Y-%m-%d %H:%M:%S.%f"


class Unreachable(Exception):
    pass


def server_problem() -> str | None:
    """Why the PostgreSQL server cannot be used (None when it answers)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from tests.integration.sync_servers import PG_ADMIN

    engine = create_engine(PG_ADMIN, poolclass=NullPool, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no server here"
        return f"PostgreSQL not reachable at {PG_ADMIN}: {str(exc).splitlines()[0]}"
    finally:
        engine.dispose()
    return None


def client(office: Office, url: str):
    from neiqin.app.sync_commands import ledgers, rebuild_balances, status_ranks
    from neiqin.core.sync.client import SyncClient
    from neiqin.core.sync.connect import server_engine

    return SyncClient(office.db.engine, server_engine(url), ranks=status_ranks(), clock=office.db.clock,
                      on_apply=rebuild_balances(ledgers()))


def run_sync(run: Run, changes: int, initial: int) -> None:
    problem = server_problem()
    if problem is not None:
        if os.environ.get("CI") == "true":
            raise Unreachable(problem)
        run.emit({"id": "W8", "workload": "sync push / pull (PostgreSQL)", "n": 0, "skipped": problem})
        return
    from tests.integration.sync_servers import server_database

    with server_database("postgresql", prepared=True) as url:
        rows = push_pull(run, url, changes)
        copy_alone(run, url, rows)
    with server_database("postgresql", prepared=True) as url:
        initial_load(run, url, initial)


def _customer_rows(office: Office, count: int) -> list[dict]:
    from neiqin.core.ids import new_id
    from neiqin.modules.customers.rules import name_key, phone_key

    now = datetime.now(UTC)
    user, branch = office.clerk.user_id, office.clerk.branch_id
    out = []
    for n, item in enumerate(customer_files(count, seed=88)):
        c = item.customer
        out.append({"id": new_id(), "code": f"CU-SY-{n:07d}", "name": c.name, "short_name": c.short_name,
                    "customer_type": c.customer_type, "industry": c.industry, "region": c.region, "grade": c.grade,
                    "legal_representative": None, "business_scope": None, "address": c.address, "phone": c.phone,
                    "tax_id": c.tax_id, "bank_name": None, "bank_account": None, "notes": None, "tags": c.tags,
                    "organisation": None, "decision_process": None, "plans": None, "owner_id": user,
                    "credit_rating": None, "credit_limit": None, "name_key": name_key(c.name),
                    "phone_key": phone_key(c.phone), "branch_id": branch, "created_at": now, "created_by": user,
                    "updated_at": now, "updated_by": user, "deleted_at": None, "server_version": None,
                    "hlc": office.db.clock.now()})
    return out


def push_pull(run: Run, url: str, count: int) -> list[dict]:
    from sqlalchemy import insert

    from neiqin.modules.customers.models import Customer

    a = open_office(run, "sync-a", capture=True)
    b = open_office(run, "sync-b", capture=True)
    try:
        sync_a, sync_b = client(a, url), client(b, url)
        sync_a.sync()  # the company rows both offices already have: not part of the measure
        sync_b.sync()
        rows = _customer_rows(a, count)
        with measured() as written:
            for start in range(0, len(rows), TX_ROWS):  # many saves of a few rows, as a working day makes
                with a.db.connect() as connection:
                    connection.execute(insert(Customer), rows[start:start + TX_ROWS])
        waiting = sync_a.waiting()
        with measured() as pushed:
            result = sync_a.push()
        rate = result.pushed / pushed.seconds
        run.emit(row("W8a", "sync push of new customer files", result.pushed, pushed, budget=f"≥ {PUSH_BUDGET:,} rows/s",
                     within=rate >= PUSH_BUDGET, rows_per_s=round(rate), outbox_before=waiting,
                     batches=result.push_batches, local_write_with_capture_s=round(written.seconds, 3)))
        with measured() as pulled:
            result = sync_b.pull()
        rate = result.pulled / pulled.seconds
        run.emit(row("W8b", "sync pull of them by another office", result.pulled, pulled,
                     budget=f"≥ {PULL_BUDGET:,} rows/s", within=rate >= PULL_BUDGET, rows_per_s=round(rate),
                     batches=result.pull_batches))
        for sync in (sync_a, sync_b):
            sync.server.dispose()
    finally:
        a.close()
        b.close()
    return rows


def copy_alone(run: Run, url: str, rows: list[dict]) -> None:
    """W9d: the same rows with psycopg COPY into a plain table shaped like the server's."""
    import psycopg

    columns = list(rows[0])
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as connection:
        connection.execute("CREATE TABLE bench_copy (LIKE customer)")
        connection.commit()
        started = time.perf_counter()
        with connection.cursor() as cursor, cursor.copy(
                f"COPY bench_copy ({', '.join(columns)}) FROM STDIN") as copy:
            for record in rows:
                copy.write_row([record[c] for c in columns])
        connection.commit()
        seconds = time.perf_counter() - started
    run.emit(row("W9d", "raw: psycopg COPY alone, same rows as W8a", len(rows), seconds=seconds,
                 rows_per_s=round(len(rows) / seconds)))


def _movements(office: Office, count: int, products: int) -> None:
    """`count` receipts and shipments of `products` products over a year, written before sync is
    set up (an office that worked alone until now)."""
    from sqlalchemy import insert

    from neiqin.core.db.types import QTY_SCALE
    from neiqin.modules.products.models import Product
    from tests.bench.workloads.big_db import id_counter
    from tests.bench.workloads.data import products as product_inputs

    new_id, rng = id_counter(), random.Random(8)
    now = datetime.now(UTC)
    user, branch, clock = office.clerk.user_id, office.clerk.branch_id, office.db.clock
    stamp = now.strftime(STAMP)
    items = [{"id": new_id(), "code": p.code, "name": p.name, "spec": p.spec, "unit": p.unit, "category": p.category,
              "list_price": p.list_price, "cost": p.cost, "reorder_point": p.reorder_point,
              "lead_time_days": p.lead_time_days, "location": p.location, "active": True, "notes": None,
              "branch_id": None, "created_at": now, "created_by": user, "updated_at": now, "updated_by": user,
              "deleted_at": None, "server_version": None, "hlc": clock.now()} for p in product_inputs(products)]
    start = now - timedelta(days=365)
    sql = ("INSERT INTO stock_movement (id, branch_id, item_id, location, kind, quantity, moved_at, source_type, "
           "source_id, created_at, created_by, updated_at, updated_by, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
           "?, ?, ?)")

    def generate():
        for n in range(count):
            item = items[n % products]
            receipt = n % 3 == 0
            moved = (start + timedelta(seconds=n * 31_536_000 // count)).strftime(STAMP)
            yield (new_id(), branch, item["id"], item["location"], "receipt" if receipt else "shipment",
                   (rng.randint(20, 60) if receipt else -rng.randint(1, 20)) * QTY_SCALE, moved, "stock_entry",
                   new_id(), stamp, user, stamp, user, clock.now())

    with office.db.connect() as connection:
        connection.execute(insert(Product), items)
        connection.connection.driver_connection.executemany(sql, generate())


def initial_load(run: Run, url: str, count: int) -> None:
    from sqlalchemy import text

    from neiqin.app.sync_commands import ensure_capture

    c = open_office(run, "sync-c", capture=False)
    d = open_office(run, "sync-d", capture=True)
    try:
        products = max(1, min(1000, count // 1000))
        _movements(c, count, products)
        with measured() as queued:
            ensure_capture(c.db, None)
        sync_c, sync_d = client(c, url), client(d, url)
        with measured() as pushed:
            result = sync_c.push()
        rate = result.pushed / pushed.seconds
        run.emit(row("W8c", f"initial load: first push of an office with {count:,} stock movements", result.pushed,
                     pushed,
                     budget=f"≥ {PUSH_BUDGET:,} rows/s", within=rate >= PUSH_BUDGET, rows_per_s=round(rate),
                     movements=count, products=products, outbox_queue_s=round(queued.seconds, 3),
                     batches=result.push_batches))
        with measured() as pulled:
            result = sync_d.pull()
        rate = result.pulled / pulled.seconds
        with d.db.read() as session:
            balances = session.execute(text("SELECT count(*) FROM stock_balance")).scalar_one()
        run.emit(row("W8d", "initial load: a new office pulls them (balances follow)", result.pulled, pulled,
                     budget=f"≥ {PULL_BUDGET:,} rows/s", within=rate >= PULL_BUDGET, rows_per_s=round(rate),
                     movements=count, balances=balances, batches=result.pull_batches))
        for sync in (sync_c, sync_d):
            sync.server.dispose()
    finally:
        c.close()
        d.close()

