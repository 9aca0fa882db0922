"""What needs the clerk today from stock: counts due, counts awaiting approval, stock below zero,
stock at or below the reorder point, handling plans of slow-moving stock that are due."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

import neiqin.modules.products.service as products
from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import DashboardItem, SearchHit
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.ledger.counts import SUBMITTED
from neiqin.modules.inventory import service, service_counts
from neiqin.modules.inventory.ledger import LEDGER
from neiqin.modules.inventory.models import HandlingPlan, StockCount

LIMIT = 50


def dashboard_items(session: Session, actor: Actor, today: date) -> list[DashboardItem]:
    if not actor.can("inventory.view"):
        return []
    items: list[DashboardItem] = []
    group = QT_TRANSLATE_NOOP("dashboard", "Counts due")
    for plan in service_counts.due_plans(session, today)[:LIMIT]:
        items.append(DashboardItem("inventory", group, plan.name, plan.id, plan.scope_value,
                                   plan.next_due.isoformat(), "overdue" if plan.next_due < today else "warning",
                                   kind="plan"))
    if actor.can("inventory.approve_count"):
        group = QT_TRANSLATE_NOOP("dashboard", "Counts awaiting approval")
        for count in session.scalars(select(StockCount).where(StockCount.status == SUBMITTED,
                                                              StockCount.deleted_at.is_(None))
                                     .order_by(StockCount.submitted_at).limit(LIMIT)):
            items.append(DashboardItem("inventory", group, f"{count.number} {count.title}", count.id,
                                       kind="count"))
    negative = service.negative_balances(session, LIMIT)
    found = products.get_products(session, [item for item, _loc, _qty in negative], include_deleted=True)
    group = QT_TRANSLATE_NOOP("dashboard", "Stock below zero: count or record the missing receipt")
    for item, location, quantity in negative:
        p = found.get(item)
        if p is not None:
            items.append(DashboardItem("inventory", group, f"{p.code} {p.name}", p.id,
                                       f"{location} {format(quantity.normalize(), 'f')} {p.unit}", "", "overdue",
                                       kind="product"))
    group = QT_TRANSLATE_NOOP("dashboard", "Low stock")
    stock = LEDGER.balances(session)
    low = [p for p in products.find_products(session)
           if p.reorder_point > 0 and 0 <= stock.get(p.id, Decimal(0)) <= p.reorder_point]
    for p in low[:LIMIT]:
        items.append(DashboardItem("inventory", group, f"{p.code} {p.name}", p.id,
                                   f"{format(stock.get(p.id, Decimal(0)).normalize(), 'f')} / {p.reorder_point} {p.unit}",
                                   "", "warning", kind="product"))
    group = QT_TRANSLATE_NOOP("dashboard", "Slow-moving stock to handle")
    for plan in session.scalars(select(HandlingPlan).where(HandlingPlan.status == "planned",
                                                           HandlingPlan.due_date <= today,
                                                           HandlingPlan.deleted_at.is_(None))
                                .order_by(HandlingPlan.due_date).limit(LIMIT)):
        p = products.get_product(session, plan.item_id)
        items.append(DashboardItem("inventory", group, f"{p.code} {p.name}", p.id, plan.note or "",
                                   plan.due_date.isoformat() if plan.due_date else "", "warning", kind="product"))
    return items


def search(session: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    """Count sessions by number."""
    if not actor.can("inventory.view") or len(text.strip()) < 3 or limit <= 0:
        return []
    rows = session.scalars(select(StockCount).where(StockCount.number.contains(text.strip().upper()),
                                                    StockCount.deleted_at.is_(None))
                           .order_by(StockCount.started_at.desc()).limit(limit))
    return [SearchHit("inventory", "count", c.id, c.number, c.title, 0.8) for c in rows]
