"""The local writes the program really does, for measuring what sync capture costs on them
(`bench_sync.py`, `bench_capture_instructions.py`): a customer and contact import through the
customers service, orders of 20 lines saved through the orders service, stock movements posted
with the ledger's `post_many`, customer files edited one at a time through the customers service
(the clerk's most common change of an existing row), and a bulk change of many customers through
`core.db.bulk.update_synced`. Each workload takes a `Database` and the branch, prepares what it
needs untimed, and returns (wall seconds, CPU seconds) of the timed part (`Clock`).
"""

from __future__ import annotations

import shutil
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select

from neiqin.core.auth.actor import Actor
from neiqin.core.ids import new_id

IMPORT_CUSTOMERS, ORDERS, ORDER_LINES, MOVEMENTS, EDITED, UPDATED = 2000, 100, 20, 10_000, 500, 10_000


def _actor(branch: str) -> Actor:
    from neiqin.modules import all_permissions

    return Actor(user_id="00000000-0000-7000-8000-0000000000b1", username="bench", display_name="bench",
                 role="admin", branch_id=branch, permissions=frozenset(p.code for p in all_permissions()))


#: called when a timed part starts and when it ends (`bench_capture_instructions` counts the
#: instructions of the timed parts alone under callgrind)
SECTION_HOOKS: list[tuple] = []


class Clock:
    """The wall and CPU seconds of the timed parts of a workload."""

    wall = cpu = 0.0

    @contextmanager
    def timed(self):
        for start_hook, _stop in SECTION_HOOKS:
            start_hook()
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall += time.perf_counter() - start
            self.cpu += time.process_time() - cpu
            for _start, stop_hook in SECTION_HOOKS:
                stop_hook()


def _products(db, branch: str, count: int) -> list[str]:
    from neiqin.modules.products.models import Product

    rows = [{"id": new_id(), "code": f"AP-{new_id()[-8:]}-{i}", "name": f"应用产品{i}", "unit": "件",
             "list_price": 10_000 + i, "reorder_point": 0, "lead_time_days": 0, "active": True}
            for i in range(count)]
    with db.engine.begin() as connection:
        connection.execute(insert(Product.__table__), rows)
    return [r["id"] for r in rows]


def customer_import(db, branch: str) -> tuple[float, float]:
    """IMPORT_CUSTOMERS customers, then one contact each, from .xlsx sheets (two user actions)."""
    import tempfile
    from pathlib import Path

    from neiqin.modules.customers import service_excel
    from tests.bench.workloads.data import customer_files, customer_sheets

    folder = Path(tempfile.mkdtemp(prefix="neiqin-capture-import-"))
    try:
        customers, contacts = customer_sheets(folder, customer_files(IMPORT_CUSTOMERS))  # each database imports once
        clock, actor = Clock(), _actor(branch)
        with clock.timed():
            with db.unit_of_work(actor) as uow:
                service_excel.import_customers(uow, customers)
            with db.unit_of_work(actor) as uow:
                service_excel.import_contacts(uow, contacts)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return clock.wall, clock.cpu


def order_saves(db, branch: str) -> tuple[float, float]:
    """ORDERS orders of ORDER_LINES lines, each saved in its own unit of work."""
    from neiqin.modules.customers.models import Customer
    from neiqin.modules.orders import service
    from neiqin.modules.orders.schemas import LineInput, OrderInput

    products = _products(db, branch, ORDER_LINES)
    buyer = new_id()
    with db.engine.begin() as connection:
        connection.execute(insert(Customer.__table__), [{
            "id": buyer, "code": f"AC-{buyer[-8:]}", "name": f"下单客户{buyer[-8:]}", "name_key": f"xdkh{buyer[-8:]}",
            "customer_type": "enterprise", "branch_id": branch}])
    clock, actor = Clock(), _actor(branch)
    lines = tuple(LineInput(pid, Decimal(1 + n % 5), Decimal("12.50")) for n, pid in enumerate(products))
    with clock.timed():
        for _ in range(ORDERS):
            with db.unit_of_work(actor) as uow:
                today = service.local_today(uow)
                service.create_order(uow, OrderInput(customer_id=buyer, lines=lines, contact="王经理",
                                                     phone="010-1234", delivery_date=today + timedelta(days=7),
                                                     delivery_place="一号仓库", payment_terms="月结30天"))
    return clock.wall, clock.cpu


def movements_posted(db, branch: str) -> tuple[float, float]:
    """MOVEMENTS stock receipts over 200 products with the ledger's `post_many`, 1,000 per action."""
    from neiqin.modules.inventory.ledger import LEDGER

    products = _products(db, branch, 200)
    now = datetime.now(UTC)
    clock, actor = Clock(), _actor(branch)
    with clock.timed():
        for start in range(0, MOVEMENTS, 1000):
            with db.unit_of_work(actor) as uow:
                LEDGER.post_many(uow.session, [
                    {"item_id": products[i % len(products)], "quantity": Decimal(1 + i % 7), "kind": "receipt",
                     "moved_at": now} for i in range(start, start + 1000)])
    return clock.wall, clock.cpu


def customers_edited(db, branch: str) -> tuple[float, float]:
    """EDITED customer files, each opened and saved with a new phone and address in its own unit of
    work through `customers.service.update_customer` (duplicate check, audit, search index)."""
    from neiqin.modules.customers import service
    from neiqin.modules.customers.models import Customer
    from neiqin.modules.customers.schemas import CustomerInput

    tag = new_id()[-6:]
    rows = [{"id": new_id(), "code": f"AE-{tag}-{i}", "name": f"编辑客户{tag}{i}", "name_key": f"bjkh{tag}{i}",
             "customer_type": "enterprise", "region": "华北", "branch_id": branch, "phone": f"010-{i:08d}"}
            for i in range(EDITED)]
    with db.engine.begin() as connection:
        connection.execute(insert(Customer.__table__), rows)
    clock, actor = Clock(), _actor(branch)
    with clock.timed():
        for i, r in enumerate(rows):
            with db.unit_of_work(actor) as uow:
                service.update_customer(uow, r["id"], CustomerInput(
                    name=r["name"], region="华北", phone=f"021-{i:08d}", address=f"上海市浦东新区{i}号"))
    return clock.wall, clock.cpu


def customers_updated(db, branch: str) -> tuple[float, float]:
    """UPDATED customers get a new phone and grade with `update_synced` in one unit of work."""
    from neiqin.core.db.bulk import update_synced
    from neiqin.modules.customers.models import Customer

    tag = new_id()[-6:]
    rows = [{"id": new_id(), "code": f"AU-{tag}-{i}", "name": f"更新客户{tag}{i}", "name_key": f"gxkh{tag}{i}",
             "customer_type": "enterprise", "branch_id": branch, "phone": f"010-{i:08d}"} for i in range(UPDATED)]
    with db.engine.begin() as connection:
        connection.execute(insert(Customer.__table__), rows)
        assert connection.execute(select(Customer.id).where(Customer.id == rows[0]["id"])).scalar_one()
    clock, actor = Clock(), _actor(branch)
    with clock.timed(), db.unit_of_work(actor) as uow:
        update_synced(uow.session, Customer, [{"id": r["id"], "phone": f"021-{i:08d}", "grade": "A"}
                                              for i, r in enumerate(rows)])
    return clock.wall, clock.cpu


APP_PATHS = (
    (f"capture (app): import of {IMPORT_CUSTOMERS} customers + contacts (customers service)", customer_import,
     2 * IMPORT_CUSTOMERS),
    (f"capture (app): {ORDERS} orders of {ORDER_LINES} lines saved (orders service)", order_saves,
     ORDERS * ORDER_LINES),
    (f"capture (app): {MOVEMENTS} stock movements posted (ledger post_many)", movements_posted, MOVEMENTS),
    (f"capture (app): {EDITED} customer files edited one at a time (customers service)", customers_edited, EDITED),
    (f"capture (app): {UPDATED} customers changed (bulk.update_synced)", customers_updated, UPDATED),
)
