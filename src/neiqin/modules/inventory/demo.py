"""Demo stock consistent with the demo orders: opening stock before the order history, monthly
receipts, every shipped order line as a shipment, one approved count and one in progress, count
plans, slow-moving stock with handling plans. Written with Core executemany."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, timedelta
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.orm import Session

import neiqin.modules.products.service as products
from neiqin.core.ids import new_id
from neiqin.core.ledger.movements import ADJUSTMENT, OPENING, RECEIPT, SHIPMENT
from neiqin.core.numbering import reserve_block
from neiqin.modules.inventory import service_analysis
from neiqin.modules.inventory.ledger import LEDGER, SOURCE_COUNT, SOURCE_ENTRY, SOURCE_ORDER
from neiqin.modules.inventory.models import (
    CountPlan,
    HandlingPlan,
    InventoryTransition,
    StockCount,
    StockCountLine,
    StockMovement,
)

HISTORY_DAYS = 740
REASONS = ("miscount", "damage", "unrecorded_receipt", "theft")


def make_demo(ctx) -> dict[str, int]:
    session = Session(bind=ctx.connection)
    catalogue = products.find_products(session)
    if not catalogue:
        return {"stock_movements": 0}
    rng, now = ctx.rng, ctx.now.astimezone(UTC)
    start = now - timedelta(days=HISTORY_DAYS)
    rows: list[dict] = []

    def move(item, location, kind, qty, at, source_type, source_id, number=None, note=None, cost=None):
        rows.append({"id": new_id(), **ctx.stamp(at), "item_id": item, "location": location, "kind": kind,
                     "quantity": Decimal(qty), "unit_cost": cost, "moved_at": at, "source_type": source_type,
                     "source_id": source_id, "source_number": number, "reverses_id": None, "note": note})

    places = {p.id: p.location for p in catalogue}
    opening = new_id()
    for p in catalogue:
        move(p.id, p.location, OPENING, rng.randint(20, 200), start, SOURCE_ENTRY, opening, note="期初导入", cost=p.cost)
    monthly: dict[tuple[str, int], Decimal] = defaultdict(Decimal)
    shipped = 0
    shipped_lines = ctx.shared.get("shipped_lines") or (lambda: ())
    for order_id, number, at, product_id, quantity in shipped_lines():
        if product_id not in places:
            continue
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        move(product_id, places[product_id], SHIPMENT, -quantity, at, SOURCE_ORDER, order_id, number, "Order shipped")
        monthly[(product_id, (at - start).days // 30)] += quantity
        shipped += 1
    for (product_id, month), quantity in monthly.items():
        at = start + timedelta(days=month * 30, hours=2)
        received = (quantity * Decimal(rng.uniform(0.95, 1.25))).quantize(Decimal(1))
        move(product_id, places[product_id], RECEIPT, max(received, Decimal(1)), at, SOURCE_ENTRY, new_id(),
             f"RK{at:%Y%m}{rng.randint(100, 999)}", "供应商到货")
    for batch in range(0, len(rows), 20000):
        ctx.connection.execute(insert(StockMovement), rows[batch:batch + 20000])
    LEDGER.rebuild(session)
    counts = _counts(ctx, session, catalogue, now)
    plans = _plans(ctx, now)
    handled = _handling(ctx, session, now)
    session.flush()
    return {"stock_movements": len(rows) + counts, "stock_shipments": shipped, "count_plans": plans,
            "handling_plans": handled}


def _counts(ctx, session: Session, catalogue, now) -> int:
    """One approved count of the office consumables a week ago and one under way at A区-01."""
    rng = ctx.rng
    numbers = reserve_block(session, "PD", ctx.branch_code, now.astimezone().year, 2)
    stock = LEDGER.balances(session, by_location=True)
    clerk = (ctx.users.get("clerk") or [ctx.actor.user_id])[0]
    reviewer = (ctx.users.get("reviewer") or [ctx.actor.user_id])[0]
    posted = 0
    for number, status, scope, pick in (
            (numbers[0], "approved", "category:办公耗材", lambda p: p.category == "办公耗材"),
            (numbers[1], "counting", "location:A区-01", lambda p: p.location == "A区-01")):
        started = now - timedelta(days=7 if status == "approved" else 0, hours=2)
        count_id = new_id()
        ctx.connection.execute(insert(StockCount), [{
            "id": count_id, **ctx.stamp(started), "number": number, "title": "办公耗材月度盘点" if status == "approved"
            else "A区-01 周盘", "scope": scope, "status": status, "blind": True, "started_at": started,
            "counter_name": "王芳", "plan_id": None, "submitted_at": started + timedelta(hours=3) if status ==
            "approved" else None, "submitted_by": clerk if status == "approved" else None,
            "approved_at": started + timedelta(hours=5) if status == "approved" else None,
            "approved_by": reviewer if status == "approved" else None, "note": None, "archive_sha256": None,
            "created_by": clerk}])
        lines, moves, steps = [], [], []
        for index, p in enumerate(x for x in catalogue if pick(x)):
            book = stock.get((p.id, p.location), Decimal(0))
            counted = variance = reason = adjustment = None
            if status == "approved" or index % 2 == 0:
                variance = Decimal(rng.choice((0, 0, 0, 0, 0, -1, -2, 1))) if book > 2 else Decimal(0)
                counted, reason = book + variance, (rng.choice(REASONS) if variance else None)
            if status == "approved" and variance:
                adjustment = new_id()
                moves.append({"id": adjustment, **ctx.stamp(started + timedelta(hours=5)), "item_id": p.id,
                              "location": p.location, "kind": ADJUSTMENT, "quantity": variance, "unit_cost": None,
                              "moved_at": started + timedelta(hours=5), "source_type": SOURCE_COUNT,
                              "source_id": count_id, "source_number": number, "reverses_id": None, "note": reason})
            lines.append({"id": new_id(), **ctx.stamp(started), "session_id": count_id, "item_id": p.id,
                          "location": p.location, "book_quantity": book, "counted_quantity": counted,
                          "moved_before_count": Decimal(0), "variance": variance,
                          "counted_at": started + timedelta(hours=1) if counted is not None else None,
                          "counted_by": clerk if counted is not None else None, "reason": reason, "note": None,
                          "adjustment_id": adjustment})
        path = [("start", None, "counting")] + ([("submit", "counting", "submitted"),
                                                  ("approve", "submitted", "approved")] if status == "approved" else [])
        for hours, (action, before, after) in enumerate(path):
            steps.append({"id": new_id(), **ctx.stamp(started), "record_type": "count", "record_id": count_id,
                          "action": action, "from_state": before, "to_state": after,
                          "actor_id": reviewer if action == "approve" else clerk,
                          "actor_name": "李建国" if action == "approve" else "王芳",
                          "at": started + timedelta(hours=hours * 2 + 1), "comment": None})
        if lines:
            ctx.connection.execute(insert(StockCountLine), lines)
        if moves:
            ctx.connection.execute(insert(StockMovement), moves)
        ctx.connection.execute(insert(InventoryTransition), steps)
        posted += len(moves)
    LEDGER.rebuild(session)
    return posted


def _plans(ctx, now) -> int:
    today = now.astimezone().date()
    plans = [("A区-01 每周盘点", "weekly", "location", "A区-01", today),
             ("办公耗材月度盘点", "monthly", "category", "办公耗材", today + timedelta(days=23)),
             ("电子配件月度盘点", "monthly", "category", "电子配件", today - timedelta(days=2)),
             ("外仓季末抽盘", "monthly", "location", "外仓", today + timedelta(days=9))]
    ctx.connection.execute(insert(CountPlan), [
        {"id": new_id(), **ctx.stamp(), "name": name, "frequency": freq, "scope_kind": kind, "scope_value": value,
         "blind": True, "next_due": due, "active": True, "note": None} for name, freq, kind, value, due in plans])
    return len(plans)


def _handling(ctx, session: Session, now) -> int:
    today = now.astimezone().date()
    slow = service_analysis.slow_moving(session, ctx.actor, today, 120)[:6]
    rows = []
    for index, item in enumerate(slow):
        action = ("promotion", "return", "scrap")[index % 3]
        done = index >= 4
        rows.append({"id": new_id(), **ctx.stamp(), "item_id": item.product_id, "action": action,
                     "status": "done" if done else "planned", "due_date": today + timedelta(days=index * 5 - 3),
                     "note": {"promotion": "搭配新品促销，九折清货", "return": "联系供应商协商退货",
                              "scrap": "包装老化，申请报废"}[action],
                     "result": "已完成" if done else None, "done_at": now if done else None})
    if rows:
        ctx.connection.execute(insert(HandlingPlan), rows)
    return len(rows)
