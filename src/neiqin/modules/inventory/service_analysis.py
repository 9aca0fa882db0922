"""Stock analyses: count accuracy (盘点准确率) and variance by reason, turnover rate (周转率) and
days of stock, replenishment suggestions (补货建议), slow-moving stock (呆滞品) with handling plans."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

import neiqin.modules.products.service as products
from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from neiqin.core.ids import new_id
from neiqin.core.ledger import counts
from neiqin.core.ledger.counts import APPROVED
from neiqin.core.ledger.movements import ADJUSTMENT, RETURN, SCRAP, SHIPMENT, ZERO, Source, parse_quantity
from neiqin.modules.inventory import statemachine as sm
from neiqin.modules.inventory.ledger import BOOK, LEDGER, SOURCE_HANDLING, SUPPLIER_RETURN
from neiqin.modules.inventory.models import HandlingPlan, StockCount
from neiqin.modules.inventory.schemas import (
    HANDLING_ACTIONS,
    AccuracyReport,
    AccuracyRow,
    HandlingPlanView,
    ReplenishmentRow,
    SlowMovingRow,
    TurnoverRow,
)

PLACES = Decimal("0.01")
SALES_KINDS = (SHIPMENT, RETURN)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _end_of(day: date) -> datetime:
    return _start_of(day + timedelta(days=1)) - timedelta(microseconds=1)


def _check_period(since: date, until: date) -> None:
    if until < since:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period ends before it starts."), field="until")


# --- accuracy -------------------------------------------------------------------------------------


def accuracy_report(session: Session, actor: Actor, since: date, until: date) -> AccuracyReport:
    """Approved counts of the period, each with its accuracy, the period's totals and the
    variance by reason."""
    actor.require("inventory.view")
    _check_period(since, until)
    rows, all_lines = [], []
    found = session.scalars(select(StockCount).where(StockCount.status == APPROVED,
                                                     StockCount.approved_at >= _start_of(since),
                                                     StockCount.approved_at <= _end_of(until),
                                                     StockCount.deleted_at.is_(None))
                            .order_by(StockCount.approved_at))
    for count in found:
        lines = BOOK.lines(session, count)
        all_lines += lines
        f = counts.figures(lines)
        rows.append(AccuracyRow(count.id, count.number, count.title, count.approved_at, f.counted, f.matching,
                                f.line_accuracy, f.quantity_accuracy, f.net_variance))
    total = counts.figures(all_lines)
    return AccuracyReport(tuple(rows), total.counted, total.matching, total.line_accuracy, total.quantity_accuracy,
                          counts.variance_by_reason(all_lines))


# --- turnover -------------------------------------------------------------------------------------


def turnover(session: Session, actor: Actor, since: date, until: date, by: str = "product") -> list[TurnoverRow]:
    """Per product (or category): outflow = shipped less returned in the period; turnover =
    outflow / average of opening and closing stock; days of stock = closing / daily outflow."""
    actor.require("inventory.view")
    _check_period(since, until)
    start, end = _start_of(since), _end_of(until)
    opening = LEDGER.sums_by_item(session, until=start)
    closing = LEDGER.sums_by_item(session, until=end)
    outflow = {k: -v for k, v in LEDGER.sums_by_item(session, since=start, until=end, kinds=SALES_KINDS).items()}
    catalogue = {p.id: p for p in products.find_products(session, active_only=False)}
    days = Decimal((until - since).days + 1)
    groups: dict[str, list] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    labels: dict[str, tuple[str, str, str]] = {}
    for pid in set(opening) | set(closing) | set(outflow) | set(catalogue):
        product = catalogue.get(pid)
        if product is None:
            continue
        key = pid if by == "product" else (product.category or "")
        labels[key] = ((product.code, product.name, product.category) if by == "product"
                       else ("", product.category or "", product.category or ""))
        group = groups[key]
        group[0] += opening.get(pid, ZERO)
        group[1] += closing.get(pid, ZERO)
        group[2] += outflow.get(pid, ZERO)
    out = []
    for key, (first, last, sold) in groups.items():
        if not first and not last and not sold:
            continue
        average = (first + last) / 2
        rate = (sold / average).quantize(PLACES) if average > 0 else None
        daily = sold / days
        cover = (last / daily).quantize(Decimal("0.1")) if daily > 0 else None
        code, name, category = labels[key]
        out.append(TurnoverRow(key, code, name, category, first, last, sold, rate, cover))
    return sorted(out, key=lambda r: (r.turnover is None, -(r.turnover or 0), r.code, r.name))


# --- replenishment --------------------------------------------------------------------------------


def replenishment(session: Session, actor: Actor, today: date, window_days: int = 90,
                  cover_days: int = 30) -> list[ReplenishmentRow]:
    """Products whose stock is at or below their reorder level (reorder point + the sales expected
    during the lead time): order enough for the lead time and `cover_days` more."""
    actor.require("inventory.view")
    if window_days <= 0 or cover_days < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The sales window must be at least one day."),
                              field="window_days")
    since = _start_of(today - timedelta(days=window_days - 1))
    sold = {k: -v for k, v in LEDGER.sums_by_item(session, since=since, kinds=SALES_KINDS).items()}
    stock = LEDGER.balances(session)
    out = []
    for p in products.find_products(session):
        rate = max(sold.get(p.id, ZERO), ZERO) / window_days
        available = stock.get(p.id, ZERO)
        level = Decimal(p.reorder_point) + rate * p.lead_time_days
        if (not p.reorder_point and not rate) or available > level:
            continue
        target = level + rate * cover_days
        suggested = max(ZERO, target - available).quantize(Decimal(1), rounding="ROUND_CEILING")
        if suggested <= 0:
            continue
        out.append(ReplenishmentRow(p.id, p.code, p.name, p.spec, p.unit, p.category, available,
                                    rate.quantize(Decimal("0.001")), p.lead_time_days, p.reorder_point,
                                    level.quantize(PLACES), suggested, p.cost))
    return sorted(out, key=lambda r: (r.available - r.reorder_level, r.code))


# --- slow-moving stock ----------------------------------------------------------------------------


def slow_moving(session: Session, actor: Actor, today: date, days: int = 90) -> list[SlowMovingRow]:
    """Products in stock that did not move (counts aside) for `days` days, with their open plan."""
    actor.require("inventory.view")
    if days <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a number of days above zero."), field="days")
    limit = _start_of(today - timedelta(days=days))
    moved = LEDGER.last_movement_times(session, kinds=None)
    adjusted_only = LEDGER.last_movement_times(session, kinds=[k for k in _real_kinds()])
    stock = LEDGER.balances(session)
    plans = _latest_plans(session)
    catalogue = {p.id: p for p in products.find_products(session, active_only=False)}
    out = []
    for pid, quantity in stock.items():
        if quantity <= 0 or pid not in catalogue:
            continue
        last = adjusted_only.get(pid) or moved.get(pid)
        last = last.replace(tzinfo=UTC) if last is not None and last.tzinfo is None else last
        if last is not None and last >= limit:
            continue
        p = catalogue[pid]
        plan = plans.get(pid)
        idle = (today - last.astimezone().date()).days if last else None
        out.append(SlowMovingRow(pid, p.code, p.name, p.category, quantity, last, idle,
                                 plan.id if plan else None, plan.action if plan else "", plan.status if plan else ""))
    return sorted(out, key=lambda r: (-(r.idle_days or 10**6), r.code))


def _real_kinds() -> list[str]:
    from neiqin.modules.inventory.schemas import KIND_TITLES

    return [kind for kind in KIND_TITLES if kind != ADJUSTMENT]


def _latest_plans(session: Session) -> dict[str, HandlingPlan]:
    out: dict[str, HandlingPlan] = {}
    for plan in session.scalars(select(HandlingPlan).where(HandlingPlan.deleted_at.is_(None))
                                .order_by(HandlingPlan.created_at)):
        out[plan.item_id] = plan
    return out


def _handling_view(session: Session, plan: HandlingPlan) -> HandlingPlanView:
    p = products.get_product(session, plan.item_id)
    return HandlingPlanView(plan.id, plan.item_id, p.code, p.name, plan.action, plan.status, plan.due_date,
                            plan.note or "", plan.result or "", plan.done_at)


def plan_handling(uow: UnitOfWork, product_id: str, action: str, due_date: date | None, note: str = "") -> \
        HandlingPlanView:
    """Decide what happens to a slow-moving product: promotion, return to supplier or scrap."""
    step = sm.check(uow, sm.HANDLING_ACTIONS, "plan", "", "")
    if action not in HANDLING_ACTIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose promotion, return or scrap."), field="action")
    products.get_product(uow.session, product_id)
    open_plan = uow.session.scalar(select(HandlingPlan.id).where(HandlingPlan.item_id == product_id,
                                                                 HandlingPlan.status == sm.PLANNED,
                                                                 HandlingPlan.deleted_at.is_(None)))
    if open_plan is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This product has an open handling plan already."),
                              field="action")
    plan = HandlingPlan(item_id=product_id, action=action, status=sm.PLANNED, due_date=due_date,
                        note=(note or "").strip() or None)
    uow.session.add(plan)
    uow.session.flush()
    sm.record(uow, "handling", plan.id, step, None, note)
    return _handling_view(uow.session, plan)


def _handling(session: Session, plan_id: str) -> HandlingPlan:
    plan = session.get(HandlingPlan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such handling plan."))
    return plan


def complete_handling(uow: UnitOfWork, plan_id: str, result: str, quantity=None) -> HandlingPlanView:
    """Close a plan with what was done; a scrap or return of `quantity` leaves the stock."""
    plan = _handling(uow.session, plan_id)
    step = sm.check(uow, sm.HANDLING_ACTIONS, "done", plan.status, HANDLING_ACTIONS[plan.action], result)
    if quantity not in (None, "") and plan.action in ("scrap", "return"):
        amount = parse_quantity(quantity)
        if amount:
            uow.actor.require("inventory.post")
            p = products.get_product(uow.session, plan.item_id)
            LEDGER.post(uow.session, item_id=plan.item_id, quantity=-amount,
                        kind=SCRAP if plan.action == "scrap" else SUPPLIER_RETURN, moved_at=uow.now(),
                        location=p.location, source=Source(SOURCE_HANDLING, new_id(), None),
                        note=result.strip()[:200])
    plan.status, plan.result, plan.done_at = step.target, result.strip(), uow.now()
    sm.record(uow, "handling", plan.id, step, sm.PLANNED, result)
    uow.session.flush()
    return _handling_view(uow.session, plan)


def cancel_handling(uow: UnitOfWork, plan_id: str, reason: str) -> HandlingPlanView:
    plan = _handling(uow.session, plan_id)
    step = sm.check(uow, sm.HANDLING_ACTIONS, "cancel", plan.status, HANDLING_ACTIONS[plan.action], reason)
    plan.status = step.target
    sm.record(uow, "handling", plan.id, step, sm.PLANNED, reason)
    uow.session.flush()
    return _handling_view(uow.session, plan)


def handling_plans(session: Session, actor: Actor, open_only: bool = False) -> list[HandlingPlanView]:
    actor.require("inventory.view")
    query = select(HandlingPlan).where(HandlingPlan.deleted_at.is_(None)).order_by(HandlingPlan.due_date)
    if open_only:
        query = query.where(HandlingPlan.status == sm.PLANNED)
    return [_handling_view(session, plan) for plan in session.scalars(query)]
