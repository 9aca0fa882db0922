"""Sales figures of a period from the sales summary (see sales_summary.py) instead of the lines.

Whole months are read from the month sums, the days around them from the day sums (products and
salespeople) or from the per-order rows (customers). Costs come from the products' current costs;
where a product sold in the period changed its cost or category since the summary recorded it,
customers and category order counts are read from the per-order rows with the current values.
The result is the same integer sums the line scan of sales.py makes."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Integer, String, and_, case, false, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

import neiqin.modules.products.service as products
from neiqin.modules.orders.models import SalesSummary, SalesSummaryCustomer, SalesSummaryProduct
from neiqin.modules.orders.sales_summary import stale_products

#: {dimension: {key: [quantity, amount, cost, uncosted, orders, lines]}} in stored units
Sums = dict[str, dict[str, list[int]]]

F = SalesSummary.__table__.c
P = SalesSummaryProduct.__table__.c
C = SalesSummaryCustomer.__table__.c


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def split_period(since: date, until: date) -> tuple[list[date], list[tuple[date, date]]]:
    """(first days of the whole months within since..until, the day ranges before and after them)."""
    months, ranges = [], []
    start = since
    month = since if since.day == 1 else _next_month(since)
    while _next_month(month) - timedelta(days=1) <= until:
        if start < month:
            ranges.append((start, month - timedelta(days=1)))
        months.append(month)
        start = month = _next_month(month)
    if start <= until:
        ranges.append((start, until))
    return months, ranges


def _within(column, months: list[date], ranges: list[tuple[date, date]], span=None):
    """Rows of the whole `months` and of the day `ranges`: with a `span` column, the month sums
    ("M") of the months and the day sums ("D") of the ranges."""
    parts = []
    if months:
        parts.append(column.in_(months) if span is None else and_(span == "M", column.in_(months)))
    for first, last in ranges:
        parts.append(column.between(first, last) if span is None else and_(span == "D", column.between(first, last)))
    return or_(*parts) if parts else false()


def _raw(column):
    return type_coerce(column, Integer)


def _costed(quantity, amount, cost):
    """SUM(quantity × current cost) and SUM(amount without a cost) over rows joined to the product."""
    return (func.sum(_raw(quantity) * _raw(cost)),
            func.sum(case((cost.is_(None), _raw(amount)), else_=literal(0))))


def summary_sums(session: Session, since: date, until: date) -> Sums | None:
    """The period's sums, or None when a cost overflows 64-bit integers (read from the lines then)."""
    months, ranges = split_period(since, until)
    out: Sums = {name: {} for name in ("day", "customer", "product", "category", "salesperson")}
    rows = session.execute(
        select(P.salesperson_id, P.product_id, func.sum(_raw(P.quantity)), func.sum(_raw(P.amount)),
               func.sum(P.lines), func.sum(P.orders), func.sum(P.counted_orders), func.sum(P.category_orders))
        .where(_within(P.start, months, ranges, P.span)).group_by(P.salesperson_id, P.product_id)).all()
    if not rows:
        return out
    found = products.get_products(session, list({row[1] for row in rows}), include_deleted=True)
    costs = {pid: (None if p.cost is None else int(p.cost * 100)) for pid, p in found.items()}
    category_orders: dict[str, int] = {}
    for person, product_id, qty, amount, lines, orders, counted, in_category in rows:
        cost = costs.get(product_id)
        line_cost, uncosted = (0, amount) if cost is None else (qty * cost, 0)
        category = found[product_id].category if product_id in found else ""
        for dimension, key, count in (("product", product_id, orders), ("category", category, 0),
                                      ("salesperson", person, counted)):
            _add(out[dimension], key, qty, amount, line_cost, uncosted, count, lines)
        category_orders[category] = category_orders.get(category, 0) + in_category
    stale = stale_products(session) & {row[1] for row in rows}
    if stale:
        category_orders = _category_orders(session, since, until)
    for category, total in out["category"].items():
        total[4] = category_orders.get(category, 0)
    if not _days(session, since, until, out["day"]) or not _customers(session, months, ranges, bool(stale),
                                                                      out["customer"]):
        return None
    return out


def _add(sums: dict[str, list[int]], key: str, qty, amount, cost, uncosted, orders, lines) -> None:
    total = sums.get(key)
    if total is None:
        sums[key] = [qty, amount, cost, uncosted, orders, lines]
    else:
        total[0] += qty
        total[1] += amount
        total[2] += cost
        total[3] += uncosted
        total[4] += orders
        total[5] += lines


def _exact(*values) -> bool:
    return all(value is None or isinstance(value, int) for value in values)


def _days(session: Session, since: date, until: date, sums: dict[str, list[int]]) -> bool:
    catalogue = products.catalogue_table().c
    query = (select(type_coerce(P.start, String), func.sum(_raw(P.quantity)), func.sum(_raw(P.amount)),
                    *_costed(P.quantity, P.amount, catalogue.cost), func.sum(P.counted_orders), func.sum(P.lines))
             .select_from(SalesSummaryProduct.__table__.outerjoin(products.catalogue_table(),
                                                                  catalogue.id == P.product_id))
             .where(P.span == "D", P.start.between(since, until)).group_by(P.start))
    for day, qty, amount, cost, uncosted, orders, lines in session.execute(query):
        if not _exact(cost, uncosted):
            return False
        sums[day] = [qty, amount, cost or 0, uncosted or 0, orders, lines]
    return True


def _customers(session: Session, months: list[date], ranges: list[tuple[date, date]], stale: bool,
               sums: dict[str, list[int]]) -> bool:
    """Whole months from the month sums (their basis costs are the current ones unless `stale`),
    the other days from the per-order rows with the current costs."""
    if months and not stale:
        for customer_id, qty, amount, lines, orders, cost, uncosted in session.execute(
                select(C.customer_id, _raw(C.quantity), _raw(C.amount), C.lines, C.orders, _raw(C.cost),
                       _raw(C.uncosted)).where(C.month.in_(months))).all():
            if not _exact(cost, uncosted):
                return False
            _add(sums, customer_id, qty, amount, cost, uncosted, orders, lines)
    periods = [(month, _next_month(month) - timedelta(days=1)) for month in months] if stale else []
    if not periods and not ranges:
        return True
    catalogue = products.catalogue_table().c
    query = (select(F.customer_id, func.sum(_raw(F.quantity)), func.sum(_raw(F.amount)), func.sum(F.lines),
                    func.sum(F.counts_order), *_costed(F.quantity, F.amount, catalogue.cost))
             .select_from(SalesSummary.__table__.outerjoin(products.catalogue_table(), catalogue.id == F.product_id))
             .where(_within(F.day, [], periods + ranges)).group_by(F.customer_id))
    for customer_id, qty, amount, lines, orders, cost, uncosted in session.execute(query).all():
        if not _exact(cost, uncosted):
            return False
        _add(sums, customer_id, qty, amount, cost or 0, uncosted or 0, orders, lines)
    return True


def _category_orders(session: Session, since: date, until: date) -> dict[str, int]:
    """Orders containing each category (with the products' current categories), from the rows."""
    catalogue = products.catalogue_table().c
    category = func.coalesce(catalogue.category, "")
    query = (select(category, func.count(F.order_id.distinct()))
             .select_from(SalesSummary.__table__.outerjoin(products.catalogue_table(), catalogue.id == F.product_id))
             .where(F.day.between(since, until)).group_by(category))
    return {key: count for key, count in session.execute(query)}
