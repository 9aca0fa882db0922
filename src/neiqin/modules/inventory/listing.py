"""The stock list (products with their book quantity) and the count sessions list, in SQL."""

from __future__ import annotations

from sqlalchemy import BigInteger, and_, case, func, literal, or_, select, type_coerce

import neiqin.modules.products.service as products
from neiqin.core.db.types import Quantity
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.ledger.counts import STATUS_TITLES, STATUS_TONES
from neiqin.core.listing import Column, ListQuery
from neiqin.core.search import matching_ids
from neiqin.modules.inventory.models import StockBalance, StockCount

STOCK_STATES = {
    "negative": QT_TRANSLATE_NOOP("inventory", "Below zero"),
    "low": QT_TRANSLATE_NOOP("inventory", "At or below reorder point"),
    "ok": QT_TRANSLATE_NOOP("inventory", "In stock"),
    "none": QT_TRANSLATE_NOOP("inventory", "None"),
}
STOCK_TONES = {"negative": "danger", "low": "warning", "ok": "success", "none": "neutral"}


def _stock():
    table = StockBalance.__table__
    sums = (select(table.c.item_id, func.sum(type_coerce(table.c.quantity, BigInteger)).label("qty"),
                   func.max(table.c.last_moved_at).label("last_moved"))
            .group_by(table.c.item_id).subquery("stock"))
    return sums


def stock_list() -> ListQuery:
    p = products.catalogue_table().c
    sums = _stock()
    raw = func.coalesce(sums.c.qty, 0)
    quantity = type_coerce(raw, Quantity())
    state = case((raw < 0, literal("negative")),
                 (and_(p.reorder_point > 0, raw <= p.reorder_point * 1000), literal("low")),
                 (raw == 0, literal("none")), else_=literal("ok"))
    joined = products.catalogue_table().outerjoin(sums, sums.c.item_id == p.id)

    def search(text: str):
        ids = matching_ids(text, "product", prefix="st")
        upper = text.strip().upper()
        clauses = [p.code.startswith(upper)] if upper else []
        if ids is not None:
            clauses.append(p.id.in_(ids))
        return or_(*clauses) if clauses else None

    columns = [
        Column("code", QT_TRANSLATE_NOOP("inventory", "Code"), p.code),
        Column("name", QT_TRANSLATE_NOOP("inventory", "Product name"), p.name),
        Column("spec", QT_TRANSLATE_NOOP("inventory", "Specification"), p.spec),
        Column("unit", QT_TRANSLATE_NOOP("inventory", "Unit"), p.unit),
        Column("category", QT_TRANSLATE_NOOP("inventory", "Category"), p.category),
        Column("location", QT_TRANSLATE_NOOP("inventory", "Location"), p.location),
        Column("quantity", QT_TRANSLATE_NOOP("inventory", "Book quantity"), quantity, kind="qty"),
        Column("reorder_point", QT_TRANSLATE_NOOP("inventory", "Reorder point"), p.reorder_point, kind="int"),
        Column("state", QT_TRANSLATE_NOOP("inventory", "Stock"), state, kind="status", status_titles=STOCK_STATES,
               status_tones=STOCK_TONES),
        Column("last_moved", QT_TRANSLATE_NOOP("inventory", "Last movement"), sums.c.last_moved, kind="datetime"),
    ]
    filters = {
        "category": lambda value: p.category == value,
        "location": lambda value: p.location == value,
        "state": lambda value: state == value,
        "active": lambda value: p.active.is_(True) if value else None,
    }
    return ListQuery(joined, columns, p.id, default_sort=("code", False), search=search, filters=filters,
                     context="inventory")


def count_list() -> ListQuery:
    t = StockCount.__table__.c
    columns = [
        Column("number", QT_TRANSLATE_NOOP("inventory", "Number"), t.number),
        Column("title", QT_TRANSLATE_NOOP("inventory", "Count"), t.title),
        Column("status", QT_TRANSLATE_NOOP("inventory", "Status"), t.status, kind="status",
               status_titles=STATUS_TITLES, status_tones=STATUS_TONES),
        Column("started_at", QT_TRANSLATE_NOOP("inventory", "Started"), t.started_at, kind="datetime"),
        Column("counter_name", QT_TRANSLATE_NOOP("inventory", "Counter"), t.counter_name),
        Column("approved_at", QT_TRANSLATE_NOOP("inventory", "Approved"), t.approved_at, kind="datetime"),
    ]
    return ListQuery(StockCount, columns, t.id, default_sort=("started_at", True),
                     search=lambda text: t.number.contains(text.strip().upper()),
                     filters={"status": lambda value: t.status == value}, context="inventory")
