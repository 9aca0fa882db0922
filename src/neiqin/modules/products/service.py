"""The product catalogue: entry, edit, (de)activation, lookup by id, code or search text."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.search import IndexRow, index_record, matching_ids, search
from neiqin.modules.products.models import Product
from neiqin.modules.products.schemas import ProductFilter, ProductInput, ProductView

MAX_LENGTHS = {"code": 40, "name": 200, "spec": 200, "unit": 10, "category": 60, "location": 60, "notes": 2000}
MAX_MONEY = Decimal("100000000")  # 1亿: a catalogue price above this is a typing error
_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-_./]*$")


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _money(value, field: str, required: bool) -> Decimal | None:
    if value is None or value == "":
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is required."), field=field)
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not an amount."), field=field,
                              value=value) from None
    if amount < 0 or amount >= MAX_MONEY or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} must be between 0 and 99,999,999.99 (2 decimals)."),
                              field=field)
    return amount


def clean_product(data: ProductInput) -> ProductInput:
    values = {}
    for key, limit in MAX_LENGTHS.items():
        value = _text(getattr(data, key))
        if len(value) > limit:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is too long: at most {limit} characters."),
                                  field=key, limit=limit)
        values[key] = value
    if not values["code"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The product code is required."), field="code")
    if not _CODE.match(values["code"]):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The product code may contain letters, digits and - _ . / only."),
                              field="code")
    if not values["name"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The product name is required."), field="name")
    if not values["unit"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The unit is required."), field="unit")
    for key in ("reorder_point", "lead_time_days"):
        number = getattr(data, key)
        if not isinstance(number, int) or isinstance(number, bool) or number < 0 or number > 1_000_000:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} must be a whole number of 0 or more."),
                                  field=key)
    return ProductInput(
        code=values["code"].upper(), name=values["name"], unit=values["unit"], spec=values["spec"],
        category=values["category"], list_price=_money(data.list_price, "list_price", True),
        cost=_money(data.cost, "cost", False), reorder_point=data.reorder_point, lead_time_days=data.lead_time_days,
        location=values["location"], active=bool(data.active), notes=values["notes"],
    )


def view(product: Product) -> ProductView:
    p = product
    return ProductView(p.id, p.code, p.name, p.spec or "", p.unit, p.category or "", p.list_price, p.cost,
                       p.reorder_point, p.lead_time_days, p.location or "", bool(p.active), p.notes or "",
                       p.updated_at)


def index_row(product_id: str, data) -> IndexRow:
    subtitle = " · ".join(x for x in (data.code, data.spec, data.unit) if x)
    return IndexRow("product", product_id, "products", data.name, subtitle,
                    [data.code, data.spec, data.category, data.location], [data.name])


def _reindex(session: Session, product: Product) -> None:
    row = index_row(product.id, view(product))
    index_record(session, row.entity, row.entity_id, row.module, row.title, row.subtitle, row.texts, row.pinyin_texts)


def _apply(product: Product, data: ProductInput) -> None:
    for key in ("code", "name", "unit", "list_price", "cost", "reorder_point", "lead_time_days", "active"):
        setattr(product, key, getattr(data, key))
    for key in ("spec", "category", "location", "notes"):
        setattr(product, key, getattr(data, key) or None)


def _code_taken(session: Session, code: str, exclude_id: str | None = None) -> bool:
    query = select(Product.id).where(func.upper(Product.code) == code.upper())
    if exclude_id:
        query = query.where(Product.id != exclude_id)
    return session.scalar(query) is not None


def create_product(uow, data: ProductInput) -> ProductView:
    uow.actor.require("products.edit")
    data = clean_product(data)
    if _code_taken(uow.session, data.code):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The product code {code} is in use already."),
                              field="code", code=data.code)
    product = Product()
    _apply(product, data)
    uow.session.add(product)
    uow.session.flush()
    _reindex(uow.session, product)
    return view(product)


def _live(session: Session, product_id: str) -> Product:
    product = session.get(Product, product_id)
    if product is None or product.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The product no longer exists."))
    return product


def update_product(uow, product_id: str, data: ProductInput,
                   expected_updated_at: datetime | None = None) -> ProductView:
    uow.actor.require("products.edit")
    data = clean_product(data)
    product = _live(uow.session, product_id)
    if expected_updated_at is not None and product.updated_at != expected_updated_at:
        raise Conflict(QT_TRANSLATE_NOOP(
            "errors", "Someone else changed this product in the meantime. Reload it and edit again."))
    if _code_taken(uow.session, data.code, exclude_id=product_id):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The product code {code} is in use already."),
                              field="code", code=data.code)
    _apply(product, data)
    uow.session.flush()
    _reindex(uow.session, product)
    return view(product)


def set_active(uow, product_id: str, active: bool) -> ProductView:
    """Inactive products stay on old orders but cannot be chosen for new ones."""
    uow.actor.require("products.edit")
    product = _live(uow.session, product_id)
    product.active = active
    uow.session.flush()
    return view(product)


def get_product(session: Session, product_id: str) -> ProductView:
    """A product by id (also an inactive one, for old orders)."""
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The product no longer exists."))
    return view(product)


def get_product_by_code(session: Session, code: str) -> ProductView:
    product = session.scalar(select(Product).where(func.upper(Product.code) == _text(code).upper(),
                                                   Product.deleted_at.is_(None)))
    if product is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No product with code {code}."), code=code)
    return view(product)


def get_products(session: Session, product_ids: list[str], include_deleted: bool = False) -> dict[str, ProductView]:
    """Several products at once (order lines), by id; deleted products are left out unless asked."""
    if not product_ids:
        return {}
    query = select(Product).where(Product.id.in_(set(product_ids)))
    if not include_deleted:
        query = query.where(Product.deleted_at.is_(None))
    return {p.id: view(p) for p in session.scalars(query)}


def catalogue_table():
    """The product table, for read-only joins in other slices' SQL lists (stock per product)."""
    return Product.__table__


def find_products(session: Session, *, category: str | None = None, location: str | None = None,
                  active_only: bool = True) -> list[ProductView]:
    """Live products of a category and/or a storage location (counts, stock analyses), by code."""
    query = select(Product).where(Product.deleted_at.is_(None))
    if category:
        query = query.where(Product.category == category)
    if location:
        query = query.where(Product.location == location)
    if active_only:
        query = query.where(Product.active.is_(True))
    return [view(p) for p in session.scalars(query.order_by(Product.code))]


def lookup_products(session: Session, text: str, limit: int = 20, active_only: bool = True) -> list[ProductView]:
    """Products matching a search text (code, name, spec, pinyin), best first; an exact code first."""
    found: list[ProductView] = []
    exact = session.scalar(select(Product).where(func.upper(Product.code) == _text(text).upper(),
                                                 Product.deleted_at.is_(None)))
    if exact is not None and (exact.active or not active_only):
        found.append(view(exact))
    ids = [hit.entity_id for hit in search(session, text, ("product",), limit * 2)]
    if ids:
        rows = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids),
                                                                      Product.deleted_at.is_(None)))}
        for product_id in ids:
            product = rows.get(product_id)
            if product is None or (active_only and not product.active) or (exact is not None and product.id == exact.id):
                continue
            found.append(view(product))
    return found[:limit]


def product_query(filters: ProductFilter):
    query = select(Product).where(Product.deleted_at.is_(None))
    if filters.text:
        ids = matching_ids(filters.text, "product", prefix="pf")
        if ids is not None:
            query = query.where(Product.id.in_(ids))
    if filters.category:
        query = query.where(Product.category == filters.category)
    if filters.status == "active":
        query = query.where(Product.active.is_(True))
    elif filters.status == "inactive":
        query = query.where(Product.active.is_(False))
    return query


def categories(session: Session) -> list[str]:
    return [c for c in session.scalars(select(Product.category).where(Product.deleted_at.is_(None),
                                                                      Product.category.is_not(None))
                                       .distinct().order_by(Product.category)) if c]
