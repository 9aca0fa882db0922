"""The product list as a declarative query (paged, searched, filtered and sorted in SQL)."""

from __future__ import annotations

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.listing import Column, ListQuery, ListState
from neiqin.core.search import matching_ids
from neiqin.modules.products.models import Product
from neiqin.modules.products.schemas import ProductFilter

ACTIVE_TITLES = {True: QT_TRANSLATE_NOOP("products", "Active"), False: QT_TRANSLATE_NOOP("products", "Inactive")}


def _search(text: str):
    ids = matching_ids(text, "product", prefix="pl")
    return None if ids is None else Product.id.in_(ids)


def _status(value: str):
    return Product.active.is_(value == "active")


def product_list() -> ListQuery:
    p = Product
    return ListQuery(
        Product,
        [
            Column("code", QT_TRANSLATE_NOOP("products", "Code"), p.code),
            Column("name", QT_TRANSLATE_NOOP("products", "Product name"), p.name),
            Column("spec", QT_TRANSLATE_NOOP("products", "Specification"), p.spec),
            Column("unit", QT_TRANSLATE_NOOP("products", "Unit"), p.unit),
            Column("category", QT_TRANSLATE_NOOP("products", "Category"), p.category),
            Column("list_price", QT_TRANSLATE_NOOP("products", "Unit price"), p.list_price, kind="money"),
            Column("reorder_point", QT_TRANSLATE_NOOP("products", "Reorder point"), p.reorder_point, kind="int"),
            Column("active", QT_TRANSLATE_NOOP("products", "Active"), p.active, kind="bool"),
        ],
        p.id,
        default_sort=("code", False),
        search=_search,
        filters={"category": lambda value: p.category == value, "status": _status},
        context="products",
    )


def filter_of(state: ListState) -> ProductFilter:
    return ProductFilter(text=state.text, category=state.filters.get("category") or "",
                         status=state.filters.get("status") or "")
