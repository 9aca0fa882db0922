"""The review (订单审核): checks computed for the reviewer, never typed by anyone.

Completeness (what is missing), customer credit (limit against open orders plus overdue
receivables, rating, new customer), and stock per line: the book stock (inventory) less what other
approved orders that have not shipped will take.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

import neiqin.modules.customers.service as customers
import neiqin.modules.inventory.service as inventory
from neiqin.core.auth.actor import Actor
from neiqin.core.db.types import QTY_SCALE
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound
from neiqin.core.money import format_money, from_fen
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import OrderLine, SalesOrder
from neiqin.modules.orders.schemas import Check, ReviewChecks
from neiqin.modules.orders.service import local_today, problems_of

WEAK_RATINGS = frozenset({"B", "C"})
COMMITTED_STATES = (sm.APPROVED, sm.CONFIRMED, sm.DISPATCHED, sm.IN_PROGRESS)
CONFIDENTIAL = "customers.confidential"


def open_orders_amount(session: Session, customer_id: str, exclude_id: str | None = None) -> Decimal:
    table = SalesOrder.__table__
    query = select(func.coalesce(func.sum(type_coerce(table.c.total_amount, BigInteger)), 0)).where(
        table.c.customer_id == customer_id, table.c.status.in_(sm.OPEN_STATES), table.c.deleted_at.is_(None))
    if exclude_id:
        query = query.where(table.c.id != exclude_id)
    return from_fen(int(session.scalar(query) or 0))


def _credit_checks(session: Session, actor: Actor, order: SalesOrder, now) -> list[Check]:
    today = local_today(now)
    summary = customers.credit_summary(session, order.customer_id, today)
    figures = actor.can(CONFIDENTIAL)
    exposure = open_orders_amount(session, order.customer_id, order.id) + order.total_amount + summary.overdue_amount
    checks = []
    title = QT_TRANSLATE_NOOP("orders", "Credit limit")
    if summary.limit is None:
        checks.append(Check("credit_limit", title, "warning",
                            QT_TRANSLATE_NOOP("orders", "The customer has no credit limit.")))
    elif exposure > summary.limit:
        detail = (QT_TRANSLATE_NOOP("orders", "Open orders with this one plus overdue amounts come to {exposure}, "
                                              "above the credit limit of {limit}.") if figures else
                  QT_TRANSLATE_NOOP("orders", "Open orders with this one plus overdue amounts exceed the credit "
                                              "limit."))
        checks.append(Check("credit_limit", title, "failed", detail,
                            {"exposure": format_money(exposure), "limit": format_money(summary.limit)} if figures
                            else {}))
    else:
        detail = (QT_TRANSLATE_NOOP("orders", "{exposure} of the credit limit {limit} used.") if figures else
                  QT_TRANSLATE_NOOP("orders", "Within the credit limit."))
        checks.append(Check("credit_limit", title, "ok", detail,
                            {"exposure": format_money(exposure), "limit": format_money(summary.limit)} if figures
                            else {}))
    title = QT_TRANSLATE_NOOP("orders", "Overdue payments")
    if summary.overdue_amount > 0:
        checks.append(Check("overdue", title, "warning",
                            QT_TRANSLATE_NOOP("orders", "Overdue amount {amount}.") if figures else
                            QT_TRANSLATE_NOOP("orders", "The customer has overdue payments."),
                            {"amount": format_money(summary.overdue_amount)} if figures else {}))
    else:
        checks.append(Check("overdue", title, "ok", QT_TRANSLATE_NOOP("orders", "No overdue payments.")))
    title = QT_TRANSLATE_NOOP("orders", "Credit rating")
    if not summary.rating:
        checks.append(Check("rating", title, "warning", QT_TRANSLATE_NOOP("orders", "The customer is not rated.")))
    else:
        outcome = "warning" if summary.rating in WEAK_RATINGS else "ok"
        checks.append(Check("rating", title, outcome, QT_TRANSLATE_NOOP("orders", "Rating {rating}."),
                            {"rating": summary.rating} if figures else {"rating": "***"}))
    title = QT_TRANSLATE_NOOP("orders", "New customer")
    if summary.is_new:
        checks.append(Check("new_customer", title, "warning",
                            QT_TRANSLATE_NOOP("orders", "A new customer: review the credit before approving.")))
    else:
        checks.append(Check("new_customer", title, "ok", QT_TRANSLATE_NOOP("orders", "A known customer.")))
    return checks


def review_checks(session: Session, actor: Actor, order_id: str, now) -> ReviewChecks:
    actor.require("orders.view")
    order = session.get(SalesOrder, order_id)
    if order is None or order.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such order."))
    problems = tuple(problems_of(session, order, local_today(now)))
    checks = [Check("completeness", QT_TRANSLATE_NOOP("orders", "Completeness"), "failed" if problems else "ok",
                    QT_TRANSLATE_NOOP("orders", "{count} thing(s) missing.") if problems else
                    QT_TRANSLATE_NOOP("orders", "Everything needed is there."), {"count": len(problems)})]
    checks += _credit_checks(session, actor, order, now)
    checks.append(_stock_check(session, order))
    return ReviewChecks(order.id, tuple(checks), problems)


def committed_quantities(session: Session, product_ids: list[str], exclude_id: str) -> dict[str, Decimal]:
    """What other approved orders that have not shipped yet will take of each product."""
    lines, orders = OrderLine.__table__, SalesOrder.__table__
    query = (select(lines.c.product_id, func.sum(type_coerce(lines.c.quantity, BigInteger)))
             .join(orders, orders.c.id == lines.c.order_id)
             .where(lines.c.product_id.in_(product_ids), lines.c.deleted_at.is_(None), orders.c.id != exclude_id,
                    orders.c.status.in_(COMMITTED_STATES), orders.c.deleted_at.is_(None))
             .group_by(lines.c.product_id))
    return {pid: Decimal(int(total or 0)) / QTY_SCALE for pid, total in session.execute(query)}


def _stock_check(session: Session, order: SalesOrder) -> Check:
    """Each line against the book stock less what other approved, unshipped orders will take."""
    title = QT_TRANSLATE_NOOP("orders", "Stock availability")
    if not inventory.has_stock_records(session):
        return Check("stock", title, "unknown", QT_TRANSLATE_NOOP(
            "orders", "No stock data: no stock has been recorded yet, ask the warehouse."))
    wanted: dict[str, tuple[str, Decimal]] = {}
    for line in session.scalars(select(OrderLine).where(OrderLine.order_id == order.id,
                                                        OrderLine.deleted_at.is_(None))):
        code, quantity = wanted.get(line.product_id, (line.product_code, Decimal(0)))
        wanted[line.product_id] = (code, quantity + line.quantity)
    stock = inventory.available_stock(session, list(wanted))
    committed = committed_quantities(session, list(wanted), order.id)
    short = [(code, quantity, stock[pid] - committed.get(pid, Decimal(0)))
             for pid, (code, quantity) in wanted.items() if stock[pid] - committed.get(pid, Decimal(0)) < quantity]
    if not short:
        return Check("stock", title, "ok", QT_TRANSLATE_NOOP("orders", "Every line is in stock."))
    listing = "; ".join(f"{code} {_plain(need)} / {_plain(max(have, Decimal(0)))}" for code, need, have in short)
    return Check("stock", title, "warning", QT_TRANSLATE_NOOP(
        "orders", "{count} line(s) short of stock (needed / available): {lines}."),
        {"count": len(short), "lines": listing})


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
