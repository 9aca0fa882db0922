"""The catalogue list of the supplies tab: stock from the balance cache, minimum, low-stock flag,
searched, filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, and_, case, func, or_, select, type_coerce

from neiqin.core.db.types import Quantity
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.listing import Column, ListQuery
from neiqin.modules.supplies.models import SupplyBalance, SupplyItem

T = SupplyItem.__table__.c
_B = SupplyBalance.__table__.c
STOCK = (select(_B.item_id.label("item_id"), func.sum(type_coerce(_B.quantity, BigInteger)).label("raw"))
         .group_by(_B.item_id).subquery("stock"))
RAW_STOCK = func.coalesce(STOCK.c.raw, 0)
STOCK_EXPR = type_coerce(RAW_STOCK, Quantity())
LOW = and_(T.active.is_(True), type_coerce(T.minimum_stock, BigInteger) > RAW_STOCK)
STATE_TITLES = {"low": QT_TRANSLATE_NOOP("supplies", "Below minimum"), "ok": QT_TRANSLATE_NOOP("supplies", "In stock"),
                "inactive": QT_TRANSLATE_NOOP("supplies", "Not in use")}
STATE_TONES = {"low": "warning", "ok": "success", "inactive": "neutral"}
STATE_EXPR = case((T.active.is_(False), "inactive"), (LOW, "low"), else_="ok")

COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("supplies", "Code"), T.code),
    Column("name", QT_TRANSLATE_NOOP("supplies", "Name"), T.name),
    Column("spec", QT_TRANSLATE_NOOP("supplies", "Specification"), T.spec),
    Column("unit", QT_TRANSLATE_NOOP("supplies", "Unit"), T.unit),
    Column("category", QT_TRANSLATE_NOOP("supplies", "Category"), T.category),
    Column("stock", QT_TRANSLATE_NOOP("supplies", "Stock"), STOCK_EXPR, kind="qty"),
    Column("minimum_stock", QT_TRANSLATE_NOOP("supplies", "Minimum"), T.minimum_stock, kind="qty"),
    Column("state", QT_TRANSLATE_NOOP("supplies", "State"), STATE_EXPR, kind="status",
           status_titles=STATE_TITLES, status_tones=STATE_TONES),
    Column("last_price", QT_TRANSLATE_NOOP("supplies", "Last price"), T.last_price, kind="money"),
    Column("supplier", QT_TRANSLATE_NOOP("supplies", "Supplier"), T.supplier),
)


def _search(text: str) -> Any:
    like = f"%{text.strip()}%"
    return or_(T.code.ilike(like), T.name.like(like), T.spec.like(like), T.category.like(like),
               T.supplier.like(like))


def catalogue_list() -> ListQuery:
    filters = {
        "category": lambda v: T.category == v,
        "low": lambda v: LOW if v else None,
        "active": lambda v: T.active.is_(True) if v else None,
    }
    source = SupplyItem.__table__.outerjoin(STOCK, STOCK.c.item_id == T.id)
    return ListQuery(source, COLUMNS, T.id, default_sort=("code", False), search=_search, filters=filters,
                     context="supplies")
