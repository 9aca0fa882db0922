"""Sales facts for the reports (销售统计): the sold order lines of a period summed by day, customer,
region, product, category and salesperson — one indexed scan of the period's lines (orders by
status and date, their lines by order), summed in one pass."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Integer, String, func, select, type_coerce
from sqlalchemy.orm import Session

import neiqin.modules.customers.service as customers
import neiqin.modules.products.service as products
from neiqin.core.auth.actor import Actor
from neiqin.core.db.types import QTY_SCALE
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import OrderLine, SalesOrder

#: an order is a sale from its approval on, until it is cancelled
SOLD_STATES = (sm.APPROVED, sm.CONFIRMED, sm.DISPATCHED, sm.IN_PROGRESS, sm.SHIPPED, sm.DELIVERED, sm.CLOSED)
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
    return (Decimal(int(fen or 0)) / 100).quantize(_FEN)


def _cost(fen_thousandths) -> Decimal:
    return (Decimal(int(fen_thousandths or 0)) / (QTY_SCALE * 100)).quantize(_FEN)


def _lines_query(since: date, until: date, states):
    """The period's sold lines with their order's day, customer and salesperson, as stored values."""
    o, li = SalesOrder.__table__.c, OrderLine.__table__.c
    return (select(type_coerce(o.order_date, String), o.id, o.customer_id, o.customer_name,
                   func.coalesce(o.salesperson_id, ""), o.salesperson_name, li.product_id, li.product_name,
                   type_coerce(li.quantity, Integer), type_coerce(li.amount, Integer))
            .select_from(SalesOrder.__table__.join(OrderLine.__table__, li.order_id == o.id))
            .where(o.order_date >= since, o.order_date <= until, o.status.in_(tuple(states)),
                   o.deleted_at.is_(None), li.deleted_at.is_(None)))


def sales_facts(session: Session, actor: Actor, since: date, until: date,
                states=SOLD_STATES) -> dict[str, list[SalesFact]]:
    """{dimension: facts} over orders dated `since`..`until` (inclusive) in `states`; every
    dimension of DIMENSIONS is present (empty lists when nothing was sold). One pass over the
    period's lines, summed in integers (fen, thousandths)."""
    actor.require("orders.view")
    rows = session.execute(_lines_query(since, until, states)).all()
    found = products.get_products(session, list({row[6] for row in rows}), include_deleted=True)
    costs = {pid: (None if p.cost is None else int(p.cost * 100)) for pid, p in found.items()}
    categories = {pid: p.category for pid, p in found.items()}
    # first per order (and per product and category, counting each order once), then the orders
    # into days, customers and salespeople: fewer steps per line than summing every dimension
    per_order: dict[str, list] = {}
    sums: dict[str, dict[str, list]] = {name: {} for name in ("day", "customer", "product", "category",
                                                              "salesperson")}
    labels: dict[str, dict[str, str]] = {name: {} for name in sums}
    pairs: set = set()
    for day, order_id, customer_id, customer_name, person_id, person_name, product_id, product_name, qty, amount \
            in rows:
        cost = costs.get(product_id)
        line_cost, uncosted = (0, amount) if cost is None else (qty * cost, 0)
        order = per_order.get(order_id)
        if order is None:
            per_order[order_id] = [day, customer_id, customer_name, person_id, person_name, qty, amount, line_cost,
                                   uncosted, 1]
        else:
            order[5] += qty
            order[6] += amount
            order[7] += line_cost
            order[8] += uncosted
            order[9] += 1
        category = categories.get(product_id, "")
        for dimension, key, label, pair in (("product", product_id, product_name, (order_id, product_id)),
                                            ("category", category, category, (order_id, None, category))):
            total = sums[dimension].get(key)
            if total is None:
                total = sums[dimension][key] = [0, 0, 0, 0, 0, 0]
                labels[dimension][key] = label or ""
            total[0] += qty
            total[1] += amount
            total[2] += line_cost
            total[3] += uncosted
            total[5] += 1
            if pair not in pairs:
                pairs.add(pair)
                total[4] += 1
    for day, customer_id, customer_name, person_id, person_name, qty, amount, line_cost, uncosted, lines \
            in per_order.values():
        for dimension, key, label in (("day", day, day), ("customer", customer_id, customer_name),
                                      ("salesperson", person_id, person_name)):
            total = sums[dimension].get(key)
            if total is None:
                total = sums[dimension][key] = [0, 0, 0, 0, 0, 0]
                labels[dimension][key] = label or ""
            total[0] += qty
            total[1] += amount
            total[2] += line_cost
            total[3] += uncosted
            total[4] += 1
            total[5] += lines
    out: dict[str, list[SalesFact]] = {name: [] for name in DIMENSIONS}
    for dimension, keyed in sums.items():
        out[dimension] = [SalesFact(dimension, key, labels[dimension][key],
                                    found[key].code if dimension == "product" and key in found else "",
                                    (Decimal(qty) / QTY_SCALE).normalize(), _money(amount), _cost(cost),
                                    _money(uncosted), orders, lines)
                          for key, (qty, amount, cost, uncosted, orders, lines) in keyed.items()]
    _describe(session, out)
    return out


def _describe(session: Session, out: dict[str, list[SalesFact]]) -> None:
    """Customers get their current name and region (and are summed into regions); products their
    category."""
    refs = customers.get_customer_refs(session, [fact.key for fact in out["customer"]])
    described, regions = [], {}
    for fact in out["customer"]:
        ref = refs.get(fact.key)
        region = ref.region if ref else ""
        described.append(SalesFact(**{**fact.__dict__, "label": ref.name if ref else fact.label,
                                      "code": ref.code if ref else "", "region": region}))
        regions.setdefault(region, []).append(fact)
    out["customer"] = described
    out["region"] = [SalesFact("region", region, region, "", sum((f.quantity for f in facts), Decimal(0)),
                               sum((f.amount for f in facts), Decimal(0)), sum((f.cost for f in facts), Decimal(0)),
                               sum((f.uncosted_amount for f in facts), Decimal(0)), sum(f.orders for f in facts),
                               sum(f.lines for f in facts)) for region, facts in regions.items()]
    found = products.get_products(session, [fact.key for fact in out["product"]], include_deleted=True)
    out["product"] = [SalesFact(**{**fact.__dict__, "category": found[fact.key].category if fact.key in found else ""})
                      for fact in out["product"]]
