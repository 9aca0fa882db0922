"""What needs the clerk or the reviewer today: orders awaiting review, returned for correction,
at risk of late delivery, and open change requests."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import DashboardItem, SearchHit
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.search import matching_ids
from neiqin.core.settings import get_setting
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import ChangeRequest, OrderEvent, SalesOrder

RISK_DAYS_SETTING = "orders.risk_days"
DEFAULT_RISK_DAYS = 3
#: a progress event this recent counts as "expected progress"
PROGRESS_DAYS = 7
LIMIT = 50
NOT_YET_SHIPPED = (sm.APPROVED, sm.CONFIRMED, sm.DISPATCHED, sm.IN_PROGRESS)
NUMBER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def _item(group: str, order: SalesOrder, detail: str = "", due: date | None = None,
          severity: str = "normal", detail_context: str = "", total: int = 0) -> DashboardItem:
    return DashboardItem("orders", group, f"{order.number} {order.customer_name}", order.id, detail,
                         due.isoformat() if due else "", severity, kind="order", detail_context=detail_context,
                         group_total=total)


def _first(session: Session, query) -> tuple[list[SalesOrder], int]:
    """The first LIMIT orders of `query` and how many there are in all (counted only when cut)."""
    rows = list(session.scalars(query.limit(LIMIT)))
    if len(rows) < LIMIT:
        return rows, len(rows)
    return rows, session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


def delivery_risk_query(today: date, days: int, states=NOT_YET_SHIPPED):
    """Orders due within `days` (or late) that are not shipped and had no progress lately."""
    recent = datetime.combine(today - timedelta(days=PROGRESS_DAYS), time.min, UTC)
    progress = exists().where(OrderEvent.order_id == SalesOrder.id, OrderEvent.kind == "progress",
                              OrderEvent.occurred_at >= recent, OrderEvent.deleted_at.is_(None))
    return (select(SalesOrder)
            .where(SalesOrder.status.in_(states), SalesOrder.delivery_date <= today + timedelta(days=days),
                   SalesOrder.deleted_at.is_(None), ~progress)
            .order_by(SalesOrder.delivery_date, SalesOrder.id))


def _first_at_risk(session: Session, today: date, days: int) -> list[SalesOrder]:
    """The LIMIT most urgent orders at risk: one query per state walks its (status, delivery_date)
    index in order and stops early, where one query over all states sorts every match."""
    found = [order for state in NOT_YET_SHIPPED
             for order in session.scalars(delivery_risk_query(today, days, (state,)).limit(LIMIT))]
    return sorted(found, key=lambda order: (order.delivery_date, order.id))[:LIMIT]


def dashboard_items(session: Session, actor: Actor, today: date) -> list[DashboardItem]:
    if not actor.can("orders.view"):
        return []
    items: list[DashboardItem] = []
    live = SalesOrder.deleted_at.is_(None)
    if actor.can("orders.approve"):
        group = QT_TRANSLATE_NOOP("dashboard", "Orders awaiting review")
        rows, total = _first(session, select(SalesOrder).where(SalesOrder.status == sm.SUBMITTED, live)
                             .order_by(SalesOrder.status_changed_at))
        items.extend(_item(group, order, due=order.delivery_date, total=total) for order in rows)
    if actor.can("orders.edit"):
        group = QT_TRANSLATE_NOOP("dashboard", "Orders returned for correction")
        query = select(SalesOrder).where(SalesOrder.status == sm.RETURNED, live)
        if actor.role == "clerk":
            query = query.where(SalesOrder.salesperson_id == actor.user_id)
        rows, total = _first(session, query.order_by(SalesOrder.status_changed_at))
        items.extend(_item(group, order, severity="warning", total=total) for order in rows)
    days = int(get_setting(session, RISK_DAYS_SETTING, DEFAULT_RISK_DAYS))
    group = QT_TRANSLATE_NOOP("dashboard", "Delivery risk")
    for order in _first_at_risk(session, today, days):
        late = order.delivery_date < today
        items.append(_item(group, order, sm.STATES[order.status], order.delivery_date,
                           "overdue" if late else "warning", detail_context="orders"))
    group = QT_TRANSLATE_NOOP("dashboard", "Open change requests")
    rows = session.execute(select(ChangeRequest, SalesOrder)
                           .join(SalesOrder, and_(SalesOrder.id == ChangeRequest.order_id))
                           .where(ChangeRequest.status.in_(("requested", "checked")),
                                  ChangeRequest.deleted_at.is_(None))
                           .order_by(ChangeRequest.requested_on).limit(LIMIT))
    for change, order in rows:
        items.append(DashboardItem("orders", group, f"{change.number} {order.customer_name}", order.id,
                                   change.description[:80], change.requested_on.isoformat()))
    return items


def search(session: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    """Orders by number (or its start) and by customer name / pinyin."""
    if not actor.can("orders.view") or not text.strip() or limit <= 0:
        return []
    upper = text.strip().upper()
    hits: list[SearchHit] = []
    seen: set[str] = set()
    if set(upper) <= NUMBER_CHARS:
        rows = session.scalars(select(SalesOrder).where(SalesOrder.number >= upper,
                                                        SalesOrder.number < upper + "\uffff",
                                                        SalesOrder.deleted_at.is_(None))
                               .order_by(SalesOrder.number).limit(limit))
        for order in rows:
            seen.add(order.id)
            hits.append(SearchHit("orders", "order", order.id, order.number, order.customer_name, 1.0))
    ids = matching_ids(text, "customer", prefix="os")
    if ids is not None and len(hits) < limit:
        rows = session.scalars(select(SalesOrder).where(SalesOrder.customer_id.in_(ids),
                                                        SalesOrder.deleted_at.is_(None))
                               .order_by(SalesOrder.order_date.desc()).limit(limit - len(hits)))
        for order in rows:
            if order.id not in seen:
                hits.append(SearchHit("orders", "order", order.id, order.number,
                                      f"{order.customer_name} {order.order_date.isoformat()}", 0.5))
    return hits
