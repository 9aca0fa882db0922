"""The orders list: columns, search and filters, all in SQL (a million orders are paged, never
loaded), and its Excel export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.excel.columns import ExcelColumn
from neiqin.core.excel.writer import export_rows
from neiqin.core.listing import Column, ListQuery, ListState
from neiqin.core.search import matching_ids
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import SalesOrder
from neiqin.modules.orders.service import local_today
from neiqin.modules.orders.statemachine import STATE_WORDS

T = SalesOrder.__table__.c
NUMBER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("orders", "Number"), T.number),
    Column("revision", QT_TRANSLATE_NOOP("orders", "Rev."), T.revision, kind="int"),
    Column("customer_name", QT_TRANSLATE_NOOP("orders", "Customer"), T.customer_name),
    Column("order_date", QT_TRANSLATE_NOOP("orders", "Order date"), T.order_date, kind="date"),
    Column("delivery_date", QT_TRANSLATE_NOOP("orders", "Delivery date"), T.delivery_date, kind="date"),
    Column("status", QT_TRANSLATE_NOOP("orders", "Status"), T.status, kind="status",
           status_titles=sm.STATES, status_tones=sm.STATE_TONES),
    Column("total_amount", QT_TRANSLATE_NOOP("orders", "Amount"), T.total_amount, kind="money", total=True),
    Column("line_count", QT_TRANSLATE_NOOP("orders", "Lines"), T.line_count, kind="int"),
    Column("salesperson_name", QT_TRANSLATE_NOOP("orders", "Salesperson"), T.salesperson_name),
    Column("is_major", QT_TRANSLATE_NOOP("orders", "Major"), T.is_major, kind="bool"),
)


def _search(text: str) -> Any:
    """An order number (or its start) through the unique index; otherwise the customer's name,
    short name or pinyin through the customers' full-text index."""
    upper = text.strip().upper()
    clauses = []
    if upper and set(upper) <= NUMBER_CHARS:
        clauses.append(and_(T.number >= upper, T.number < upper + "\uffff"))
    ids = matching_ids(text, "customer", prefix="oq")
    if ids is not None:
        clauses.append(T.customer_id.in_(ids))
    return or_(*clauses) if clauses else None


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."),
                              field="date", value=value) from None


def _status(value: Any) -> Any:
    values = [value] if isinstance(value, str) else list(value)
    values = [v.strip() for v in values for v in str(v).split(",") if v.strip()]
    unknown = [v for v in values if v not in sm.STATES]
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown order status {status}."), field="status",
                              status=unknown[0])
    return T.status.in_(values)


def _overdue(today: date):
    """Open orders whose delivery date has passed (not yet delivered)."""
    return and_(T.delivery_date < today, T.status.in_(sm.OPEN_STATES))


def _truthy(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "y", "是")


def order_list(today: date) -> ListQuery:
    filters = {
        "status": _status,
        "customer_id": lambda v: T.customer_id == v,
        "date_from": lambda v: T.order_date >= _date(v),
        "date_to": lambda v: T.order_date <= _date(v),
        "delivery_from": lambda v: T.delivery_date >= _date(v),
        "delivery_to": lambda v: T.delivery_date <= _date(v),
        "salesperson_id": lambda v: T.salesperson_id == v,
        "overdue": lambda v: _overdue(today) if _truthy(v) else None,
        "major": lambda v: T.is_major.is_(True) if _truthy(v) else None,
    }
    return ListQuery(SalesOrder, COLUMNS, T.id, default_sort=("order_date", True), search=_search,
                     filters=filters, context="orders")


# --- export ----------------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    ExcelColumn("number", "订单编号", "Number", width=22),
    ExcelColumn("revision", "版本", "Revision", "int"),
    ExcelColumn("customer_name", "客户", "Customer", width=30),
    ExcelColumn("order_date", "订单日期", "Order date", "date"),
    ExcelColumn("delivery_date", "交货日期", "Delivery date", "date"),
    ExcelColumn("status", "状态", "Status", "choice", choices=STATE_WORDS),
    ExcelColumn("total_amount", "金额", "Amount", "money"),
    ExcelColumn("line_count", "行数", "Lines", "int"),
    ExcelColumn("salesperson_name", "业务员", "Salesperson"),
    ExcelColumn("is_major", "重大订单", "Major order", "bool"),
)
#: the command line's `--filter key=value` names
FILTER_KEYS = ("status", "customer_id", "date_from", "date_to", "delivery_from", "delivery_to", "salesperson_id",
               "overdue", "major", "text")


def export_orders(uow: UnitOfWork, path: Path, filters: dict, progress=None) -> int:
    """The filtered orders list to .xlsx (`neiqin export orders --filter status=submitted`)."""
    uow.actor.require("orders.export")
    unknown = set(filters) - set(FILTER_KEYS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown filter {name}; use {names}."), field="filter",
                              name=sorted(unknown)[0], names=", ".join(FILTER_KEYS))
    query = order_list(local_today(uow))
    state = ListState(text=str(filters.get("text", "")),
                      filters={k: v for k, v in filters.items() if k != "text"})
    keys = [c.key for c in query.columns]
    total = query.count(uow.session, state)
    rows = (dict(zip(keys, row.values, strict=True)) for row in query.iter_all(uow.session, state))
    return export_rows(Path(path), "订单", EXPORT_COLUMNS, rows, progress=progress, total=total)
