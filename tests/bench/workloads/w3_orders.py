"""W3: orders of 5 lines each, every one taken from entry through review, confirmation, dispatch
and work to shipped — each step one user action (its own unit of work) by the person whose job it
is, the reviewer reading the review checks before approving; shipping posts the stock movements.

The products get their opening stock first (the opening-stock import, not timed here), so the
review's stock check and the count of W5 have a book to compare with.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from neiqin.core.db.types import utcnow
from tests.bench.workloads.common import Run, measured, row
from tests.bench.workloads.data import write_sheet
from tests.bench.workloads.office import Office, outbox_rows

LINES = 5
SAVE_BUDGET_MS = 30  # DESIGN.md §7: save an order with 20 lines, audit and outbox included
STEPS = ("submit", "review", "approve", "confirm", "dispatch", "start", "ship")


def opening_stock(run: Run, office: Office, quantity: int = 1000) -> float:
    """Every product gets `quantity` at its own place through the opening-stock import."""
    from neiqin.modules.inventory import service_excel
    from neiqin.modules.products.service import find_products

    with office.db.read() as session:
        items = find_products(session)
    path = write_sheet(run.work / "opening.xlsx", "期初库存", service_excel.OPENING_COLUMNS,
                       ({"code": p.code, "location": p.location, "quantity": quantity} for p in items))
    with measured() as timing, office.db.unit_of_work(office.clerk) as uow:
        service_excel.import_opening(uow, path)
    return timing.seconds


def _customers(office: Office, files) -> list[tuple[str, str, str]]:
    """(customer id, contact name, contact phone) of the customers W1 imported."""
    from neiqin.modules.customers.models import Customer

    contacts = {f.customer.name: f.contact for f in files}
    with office.db.read() as session:
        found = session.execute(select(Customer.id, Customer.name).where(Customer.deleted_at.is_(None))
                                .order_by(Customer.code)).all()
    return [(cid, contacts[name].name, contacts[name].phone) for cid, name in found if name in contacts]


def run_orders(run: Run, office: Office, count: int, product_ids: list[str]) -> None:
    from neiqin.modules.orders import review, service
    from neiqin.modules.orders.models import SalesOrder
    from neiqin.modules.orders.schemas import LineInput, OrderInput
    from neiqin.modules.products.service import get_products

    opening_s = opening_stock(run, office)
    customers = _customers(office, run.shared["customer_files"])
    with office.db.read() as session:
        prices = {pid: view.list_price for pid, view in get_products(session, product_ids).items()}
    clerk, reviewer, db = office.clerk, office.reviewer, office.db
    order_ids = []
    with measured() as timing:
        for n in range(count):
            customer_id, contact, phone = customers[n % len(customers)]
            lines = tuple(LineInput(product_ids[(n * LINES + k) % len(product_ids)], Decimal(1 + (n + k) % 5),
                                    prices[product_ids[(n * LINES + k) % len(product_ids)]]) for k in range(LINES))
            with timing.phase("create"), db.unit_of_work(clerk) as uow:
                today = service.local_today(uow)
                order = service.create_order(uow, OrderInput(
                    customer_id=customer_id, lines=lines, contact=contact, phone=phone,
                    delivery_date=today + timedelta(days=10), delivery_place="客户厂区一号仓库",
                    payment_terms="月结30天"))
            order_ids.append(order.id)
            _take_through(timing, db, clerk, reviewer, order.id, contact, today, review, service)
    with db.read() as session:
        shipped = session.scalar(select(func.count()).select_from(SalesOrder).where(
            SalesOrder.id.in_(order_ids), SalesOrder.status == "shipped"))
        movements = _shipment_movements(session, order_ids)
    create_ms = timing.phases["create"] * 1000 / count
    run.shared["order_ids"] = order_ids
    run.emit(row("W3", f"orders of {LINES} lines: entry → review → confirm → dispatch → shipped", count, timing,
                 budget=f"save ≤ {SAVE_BUDGET_MS} ms (DESIGN §7, 20 lines)", within=create_ms <= SAVE_BUDGET_MS,
                 save_ms=round(create_ms, 2), steps_per_order=1 + len(STEPS), shipped=shipped,
                 stock_movements=movements, opening_import_s=round(opening_s, 3), capture=office.captured,
                 outbox=outbox_rows(office)))


def _take_through(timing, db, clerk, reviewer, order_id: str, contact: str, today, review, service) -> None:
    with timing.phase("submit"), db.unit_of_work(clerk) as uow:
        service.transition(uow, order_id, "submit")
    with timing.phase("review"), db.read() as session:
        checks = review.review_checks(session, reviewer, order_id, utcnow())
        assert not checks.problems, checks.problems  # complete: the reviewer may approve
    with timing.phase("approve"), db.unit_of_work(reviewer) as uow:
        service.transition(uow, order_id, "approve")
    with timing.phase("confirm"), db.unit_of_work(clerk) as uow:
        service.transition(uow, order_id, "confirm", channel="phone", confirmed_by=contact,
                           confirmed_on=today.isoformat())
    with timing.phase("dispatch"), db.unit_of_work(clerk) as uow:
        service.transition(uow, order_id, "dispatch",
                           departments={"production": "按订单排产", "logistics": "按交货日期送达"})
    with timing.phase("start"), db.unit_of_work(clerk) as uow:
        service.transition(uow, order_id, "start")
    with timing.phase("ship"), db.unit_of_work(clerk) as uow:
        service.transition(uow, order_id, "ship", carrier="顺丰速运", tracking_number=f"SF{order_id[-12:]}",
                           eta=(today + timedelta(days=3)).isoformat())


def _shipment_movements(session, order_ids: list[str]) -> int:
    from neiqin.core.ledger.movements import SHIPMENT
    from neiqin.modules.inventory.models import StockMovement

    total = 0
    for start in range(0, len(order_ids), 500):
        total += session.scalar(select(func.count()).select_from(StockMovement).where(
            StockMovement.source_id.in_(order_ids[start:start + 500]), StockMovement.kind == SHIPMENT))
    return total
