"""The database with many orders for W6 and W7, built fast and kept between runs.

`neiqin demo --orders 1000000` runs every module's demo (the orders with about eight transitions
each, stock movements of every shipped line, claims, meetings, supplies…): about 8 minutes and
7 GB. The lists, the search and the start-up read the order headers (and the dashboard the lines),
so the bench writes only those: the demo company and users, the customers' and products' demo
records, then orders in every status over two years with their lines — the stored form of every
column (ids, bookkeeping, numbers from the branch's sequence, money in fen) as the orders demo
writes it, one executemany per table and batch, the secondary indexes built after the rows. The
orders' transition history is left out (no list or start-up query reads it).

The file is kept in the bench folder under a name made from the schema's head revisions and the
order count, so a rerun with the same schema reuses it; the JSON line says when it did.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import time
from datetime import timedelta
from pathlib import Path

from tests.bench.workloads.common import Run

#: bump when the way the database is built changes (an old cached file is then ignored)
BUILD_VERSION = "2"
BATCH = 20_000


def cache_key(orders: int) -> str:
    from neiqin.core.db.migrate import declared_heads

    text = "|".join([BUILD_VERSION, str(orders), *sorted(declared_heads())])
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def ensure(run: Run, orders: int) -> tuple[Path, float | None]:
    """The database's path and its build seconds (None when a cached file was used)."""
    run.folder.mkdir(parents=True, exist_ok=True)
    path = run.folder / f"orders-{orders}-{cache_key(orders)}.db"
    for copy in run.folder.glob(f"{path.name}.before-upgrade-*.bak"):
        copy.unlink()  # the safety copy of an upgrade made when the schema moved on during a run
    if path.exists():
        return path, None
    for old in [*run.folder.glob(f"orders-{orders}-*.db"), *run.folder.glob(f"orders-{orders}-*.bak")]:
        old.unlink()  # built for another schema, or the copy an upgrade of it left
    partial = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    build(run, partial, orders)
    partial.rename(path)
    return path, time.perf_counter() - started


def build(run: Run, path: Path, orders: int) -> dict[str, int]:
    from sqlalchemy import select

    from neiqin.app import open_database
    from neiqin.core.auth.actor import system_actor
    from neiqin.core.auth.models import User
    from neiqin.core.db.types import utcnow
    from neiqin.core.demo import DemoContext
    from neiqin.core.settings import BRANCH_CODE, BRANCH_ID, get_setting
    from neiqin.modules import all_permissions
    from neiqin.modules.customers.demo import make_demo as customers_demo
    from neiqin.modules.products.demo import make_demo as products_demo
    from tests.bench.workloads.office import template

    shutil.copy(template(run), path)
    db = open_database(path)
    try:
        with db.read() as session:
            branch_id, branch_code = get_setting(session, BRANCH_ID), get_setting(session, BRANCH_CODE)
            users: dict[str, list[str]] = {}
            for user_id, role in session.execute(select(User.id, User.role_code)):
                users.setdefault(role, []).append(user_id)
        actor = system_actor(branch_id, frozenset(p.code for p in all_permissions()))
        made: dict[str, int] = {}
        with db.connect() as connection:
            ctx = DemoContext(connection=connection, actor=actor, branch_id=branch_id, branch_code=branch_code,
                              rng=random.Random(2026), now=utcnow(),
                              scale={"customers": max(200, min(100_000, orders // 100)), "products": 300,
                                     "orders": orders}, users=users)
            for make in (customers_demo, products_demo):
                made.update(make(ctx))
            made.update(write_orders(ctx, orders))
            connection.exec_driver_sql("ANALYZE")
    finally:
        db.dispose()
    return made


def write_orders(ctx, count: int) -> dict[str, int]:
    """`count` orders (oldest first) with 1–6 lines each, in the stored form of every column; the
    sales summary's triggers set aside while the rows go in and the summary computed once after,
    as the orders demo does."""
    from neiqin.modules.orders.models import OrderLine, SalesOrder
    from neiqin.modules.orders.sales_summary import rebuild_sales_summary, triggers_suspended

    connection = ctx.connection
    writer = _OrderWriter(ctx, count)
    indexes = [index for table in (SalesOrder.__table__, OrderLine.__table__) for index in table.indexes]
    connection.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MB while the indexes are built
    for index in indexes:
        index.drop(connection)
    with triggers_suspended(connection):
        for start in range(0, count, BATCH):
            writer.batch(start, min(count, start + BATCH))
    for index in indexes:
        index.create(connection)
    summary = rebuild_sales_summary(connection)
    connection.exec_driver_sql("PRAGMA cache_size=-32000")
    return {"orders": count, "order_lines": writer.lines, "sales_summary_rows": summary}


class _OrderWriter:
    """Orders of the last two years with the orders demo's status mix (old ones mostly finished),
    numbers drawn from the branch's sequence, customers, products and clerks of the database."""

    def __init__(self, ctx, count: int) -> None:
        from sqlalchemy import select
        from sqlalchemy.orm import Session

        from neiqin.core.auth.models import User
        from neiqin.core.money import to_fen
        from neiqin.core.numbering import reserve_block
        from neiqin.modules.customers.models import Customer
        from neiqin.modules.orders import demo
        from neiqin.modules.orders.service import DEFAULT_MAJOR_AMOUNT

        self.demo, self.connection, self.draw = demo, ctx.connection, ctx.rng.random
        session = Session(bind=ctx.connection)
        self.customers = session.execute(select(Customer.id, Customer.name)).all()
        self.clerks = session.execute(select(User.id, User.display_name).where(User.role_code == "clerk")).all()
        self.products = [(p["id"], p["code"], p["name"], p["spec"], p["unit"], to_fen(p["price"]))
                         for p in ctx.shared["products"]]
        today = ctx.now.astimezone().date()
        self.ages = sorted((int(self.draw() ** 1.6 * demo.HISTORY_DAYS) for _ in range(count)), reverse=True)
        days = [today - timedelta(days=age) for age in range(demo.HISTORY_DAYS + 1)]
        self.numbers: list[str] = []
        for year in sorted({days[a].year for a in self.ages}):
            self.numbers += reserve_block(session, "SO", ctx.branch_code, year,
                                          sum(1 for a in self.ages if days[a].year == year))
        session.flush()
        session.close()
        self.texts = [d.isoformat() for d in days]
        self.moments = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(8 * 60, 18 * 60)]
        self.now_text = ctx.now.strftime("%Y-%m-%d %H:%M:%S.%f")
        self.new_id, self.major = id_counter(), to_fen(DEFAULT_MAJOR_AMOUNT)
        self.system, self.branch = ctx.actor.user_id, ctx.branch_id
        self.order_sql = demo._insert("sales_order", demo.ORDER_COLUMNS)
        self.line_sql = demo._insert("sales_order_line", demo.LINE_COLUMNS)
        self.lines = 0

    def pick(self, seq):
        return seq[int(self.draw() * len(seq))]

    def batch(self, start: int, stop: int) -> None:
        from neiqin.core.db.types import QTY_SCALE

        demo, draw, pick, new_id, texts = self.demo, self.draw, self.pick, self.new_id, self.texts
        orders, lines = [], []
        for age, number in zip(self.ages[start:stop], self.numbers[start:stop], strict=True):
            at = min(texts[age] + pick(self.moments), self.now_text)
            stamp = (self.branch, at, self.system, at, self.system, None, None, None)
            order_id, total, count = new_id(), 0, 1 + int(draw() ** 2.5 * 6)
            for line_no in range(1, count + 1):
                product_id, code, name, spec, unit, price = pick(self.products)
                quantity = 1 + int(draw() * 199)
                total += quantity * price
                lines.append((new_id(), *stamp, order_id, line_no, product_id, code, name, spec, unit,
                              quantity * QTY_SCALE, price, 0, quantity * price))
            status = demo._status_for(age, draw())
            customer_id, customer_name = pick(self.customers)
            clerk_id, clerk_name = pick(self.clerks)
            delivery = texts[max(0, age - 7 - int(draw() * 38))]
            orders.append((order_id, *stamp, number, 0, status, customer_id, customer_name, pick(demo.CONTACTS),
                           f"13{100000000 + int(draw() * 9e8)}", texts[age], delivery, pick(demo.PLACES),
                           pick(demo.TERMS), 0, None, clerk_id, clerk_name, count, total, int(total >= self.major), 0,
                           at, delivery if status in ("delivered", "closed") else None))
        self.connection.exec_driver_sql(self.order_sql, orders)
        self.connection.exec_driver_sql(self.line_sql, lines)
        self.lines += len(lines)


def id_counter():
    """UUIDv7-shaped ids counted up from one random start in the current millisecond: unique in the
    file, in creation order like `core.ids.new_id`, and cheap for millions of rows."""
    from neiqin.core.ids import new_id

    head = new_id()[:24]
    counter = iter(range(1, 1 << 48))
    return lambda: f"{head}{next(counter):012x}"
