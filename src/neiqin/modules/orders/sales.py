"""Sales facts for the reports (销售统计): the sold order lines of a period summed by day, customer,
region, product, category and salesperson.

Orders that count as sold (SOLD_STATES) are read from the sales summary the database keeps
(sales_summary.py, sales_summary_read.py); any other choice of states — or `from_lines` — scans
the period's lines (orders by status and date, their lines by order), summed in one pass. Both
give the same integer sums, turned into facts here with the current names of customers, products
and salespeople."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Integer, String, func, select, type_coerce
from sqlalchemy.orm import Session

import neiqin.modules.customers.service as customers
import neiqin.modules.products.service as products
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.db.types import QTY_SCALE
from neiqin.modules.orders.models import OrderLine, SalesOrder
from neiqin.modules.orders.sales_summary import SOLD_STATES
from neiqin.modules.orders.sales_summary_read import Sums, summary_sums

DIMENSIONS = ("day", "customer", "region", "product", "category", "salesperson")
_FEN = Decimal("0.01")


@dataclass(frozen=True)
class SalesFact:
    """Sold lines summed for one key of a dimension: a day (ISO date), a customer id, a region, a
    product id, a category or a salesperson id ("" when not filled in)."""

    dimension: str
    key: str
    label: str
    code: str
    quantity: Decimal
    amount: Decimal
    cost: Decimal  # quantity × the product's cost, over products that have a cost
    uncosted_amount: Decimal  # sales of products without a cost: not in the gross profit
    orders: int  # distinct orders (for products and categories: orders containing them)
    lines: int
    region: str = ""  # of a customer
    category: str = ""  # of a product

    @property
    def gross_profit(self) -> Decimal:
        return self.amount - self.uncosted_amount - self.cost


def _money(fen) -> Decimal:
    return Decimal(int(fen or 0)).scaleb(-2)  # exactly two places, as quantize(0.01) gives


def _cost(fen_thousandths) -> Decimal:
    return (Decimal(int(fen_thousandths or 0)) / (QTY_SCALE * 100)).quantize(_FEN)


def sales_facts(session: Session, actor: Actor, since: date, until: date, states=SOLD_STATES,
                from_lines: bool = False) -> dict[str, list[SalesFact]]:
    """{dimension: facts} over orders dated `since`..`until` (inclusive) in `states`; every
    dimension of DIMENSIONS is present (empty lists when nothing was sold)."""
    return sales_facts_of(session, actor, [(since, until)], states, from_lines)[0]


def sales_facts_of(session: Session, actor: Actor, periods: Sequence[tuple[date, date]], states=SOLD_STATES,
                   from_lines: bool = False) -> list[dict[str, list[SalesFact]]]:
    """`sales_facts` of several periods at once (a report and its comparisons): customers,
    products and salespeople are looked up once for all of them."""
    actor.require("orders.view")
    out = []
    for since, until in periods:
        sums = None
        if not from_lines and set(states) == set(SOLD_STATES):
            sums = summary_sums(session, since, until)
        out.append(sums if sums is not None else _line_sums(session, since, until, states))
    return _facts(session, out)


def _lines_query(since: date, until: date, states):
    """The period's sold lines with their order's day, customer and salesperson, as stored values."""
    o, li = SalesOrder.__table__.c, OrderLine.__table__.c
    return (select(type_coerce(o.order_date, String), o.id, o.customer_id, func.coalesce(o.salesperson_id, ""),
                   li.product_id, type_coerce(li.quantity, Integer), type_coerce(li.amount, Integer))
            .select_from(SalesOrder.__table__.join(OrderLine.__table__, li.order_id == o.id))
            .where(o.order_date >= since, o.order_date <= until, o.status.in_(tuple(states)),
                   o.deleted_at.is_(None), li.deleted_at.is_(None)))


def _line_sums(session: Session, since: date, until: date, states) -> Sums:
    """One pass over the period's lines, summed in integers (fen, thousandths): first per order
    (and per product and category, counting each order once), then the orders into days,
    customers and salespeople."""
    rows = session.execute(_lines_query(since, until, states)).all()
    found = products.get_products(session, list({row[4] for row in rows}), include_deleted=True)
    costs = {pid: (None if p.cost is None else int(p.cost * 100)) for pid, p in found.items()}
    categories = {pid: p.category for pid, p in found.items()}
    per_order: dict[str, list] = {}
    sums: Sums = {name: {} for name in ("day", "customer", "product", "category", "salesperson")}
    pairs: set = set()
    for day, order_id, customer_id, person_id, product_id, qty, amount in rows:
        cost = costs.get(product_id)
        line_cost, uncosted = (0, amount) if cost is None else (qty * cost, 0)
        order = per_order.get(order_id)
        if order is None:
            per_order[order_id] = [day, customer_id, person_id, qty, amount, line_cost, uncosted, 1]
        else:
            order[3] += qty
            order[4] += amount
            order[5] += line_cost
            order[6] += uncosted
            order[7] += 1
        for dimension, key, pair in (("product", product_id, (order_id, product_id)),
                                     ("category", categories.get(product_id, ""), (order_id, None,
                                                                                  categories.get(product_id, "")))):
            total = sums[dimension].setdefault(key, [0, 0, 0, 0, 0, 0])
            total[0] += qty
            total[1] += amount
            total[2] += line_cost
            total[3] += uncosted
            total[5] += 1
            if pair not in pairs:
                pairs.add(pair)
                total[4] += 1
    for day, customer_id, person_id, qty, amount, line_cost, uncosted, lines in per_order.values():
        for dimension, key in (("day", day), ("customer", customer_id), ("salesperson", person_id)):
            total = sums[dimension].setdefault(key, [0, 0, 0, 0, 0, 0])
            total[0] += qty
            total[1] += amount
            total[2] += line_cost
            total[3] += uncosted
            total[4] += 1
            total[5] += lines
    return sums


def _fact(dimension: str, key: str, label: str, code: str, sums: list[int], **extra) -> SalesFact:
    qty, amount, cost, uncosted, orders, lines = sums
    return SalesFact(dimension, key, label, code, (Decimal(qty) / QTY_SCALE).normalize(), _money(amount), _cost(cost),
                     _money(uncosted), orders, lines, **extra)


def _salespeople(session: Session, ids) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name, User.username).where(User.id.in_(wanted)))
    return {user_id: name or username for user_id, name, username in rows}


def _facts(session: Session, periods: list[Sums]) -> list[dict[str, list[SalesFact]]]:
    """Sums as facts: customers with their current name, code and region (and summed into
    regions), products with their current name, code and category, salespeople by their name."""
    found = products.get_products(session, list({key for sums in periods for key in sums["product"]}),
                                  include_deleted=True)
    names = _salespeople(session, {key for sums in periods for key in sums["salesperson"]})
    refs = customers.get_customer_refs(session, {key for sums in periods for key in sums["customer"]})
    return [_described(sums, found, names, refs) for sums in periods]


def _described(sums: Sums, found, names, refs) -> dict[str, list[SalesFact]]:
    out: dict[str, list[SalesFact]] = {name: [] for name in DIMENSIONS}
    out["day"] = [_fact("day", day, day, "", total) for day, total in sums["day"].items()]
    out["category"] = [_fact("category", key, key, "", total) for key, total in sums["category"].items()]
    for key, total in sums["product"].items():
        product = found.get(key)
        out["product"].append(_fact("product", key, product.name if product else "", product.code if product else "",
                                    total, category=product.category if product else ""))
    out["salesperson"] = [_fact("salesperson", key, names.get(key, ""), "", total)
                          for key, total in sums["salesperson"].items()]
    regions: dict[str, list[SalesFact]] = {}
    for key, total in sums["customer"].items():
        ref = refs.get(key)
        fact = _fact("customer", key, ref.name if ref else "", ref.code if ref else "", total,
                     region=ref.region if ref else "")
        out["customer"].append(fact)
        regions.setdefault(fact.region, []).append(fact)
    out["region"] = [SalesFact("region", region, region, "", sum((f.quantity for f in facts), Decimal(0)),
                               sum((f.amount for f in facts), Decimal(0)), sum((f.cost for f in facts), Decimal(0)),
                               sum((f.uncosted_amount for f in facts), Decimal(0)), sum(f.orders for f in facts),
                               sum(f.lines for f in facts)) for region, facts in regions.items()]
    return out
