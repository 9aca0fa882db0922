"""Purchase plans (采购计划): suggested from stock, minimum and recent usage, edited while a draft,
submitted, approved by a department head, then received against (see receiving.py)."""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.ledger.movements import ISSUE, RETURN, parse_quantity
from neiqin.core.money import parse_money, round_money
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.models import PurchasePlan, PurchasePlanLine, SupplyItem
from neiqin.modules.supplies.schemas import PlanInput, PlanLineView, PlanView, Suggestion
from neiqin.modules.supplies.service import LEDGER, list_items, load_item, local_today, new_number, text

PREFIX = "CG"
USAGE_DAYS = 90
USAGE_MONTHS = Decimal(3)


def monthly_usage(session: Session, now) -> dict[str, Decimal]:
    """Average net quantity issued per month over the last three months, per item."""
    sums = LEDGER.sums_by_item(session, since=now - timedelta(days=USAGE_DAYS), kinds=(ISSUE, RETURN))
    return {item: (-total / USAGE_MONTHS).quantize(Decimal("0.001")) for item, total in sums.items() if total < 0}


def suggest(session: Session, actor: Actor, now) -> list[Suggestion]:
    """Items to buy: stock below minimum plus a month's usage, rounded up to whole units."""
    actor.require("supplies.plan")
    usage = monthly_usage(session, now)
    out = []
    for item in list_items(session, actor):
        per_month = usage.get(item.id, Decimal(0))
        target = item.minimum_stock + per_month
        if item.stock >= target or target <= 0:
            continue
        quantity = (target - item.stock).to_integral_value(rounding=ROUND_CEILING)
        out.append(Suggestion(item.id, item.code, item.name, item.spec, item.unit, item.stock, item.minimum_stock,
                              per_month, quantity, item.last_price or Decimal("0.00"), item.supplier))
    return out


def _line_view(line: PurchasePlanLine, item: SupplyItem) -> PlanLineView:
    return PlanLineView(line.id, line.line_no, item.id, item.code, item.name, item.spec or "", item.unit,
                        line.quantity, line.unit_price, line.amount, line.supplier or "", line.stock_then,
                        line.monthly_usage, line.received_quantity, line.note or "")


def plan_lines(session: Session, plan_id: str) -> list[tuple[PurchasePlanLine, SupplyItem]]:
    return list(session.execute(
        select(PurchasePlanLine, SupplyItem).join(SupplyItem, SupplyItem.id == PurchasePlanLine.item_id)
        .where(PurchasePlanLine.plan_id == plan_id, PurchasePlanLine.deleted_at.is_(None))
        .order_by(PurchasePlanLine.line_no)))


def plan_view(session: Session, plan: PurchasePlan) -> PlanView:
    lines = tuple(_line_view(line, item) for line, item in plan_lines(session, plan.id))
    return PlanView(plan.id, plan.number, plan.status, plan.plan_date, plan.title, plan.total_amount,
                    plan.prepared_by or "", plan.approved_by or "", plan.notes or "", lines)


def load_plan(session: Session, plan_id: str) -> PurchasePlan:
    plan = session.get(PurchasePlan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such purchase plan."))
    return plan


def get_plan(session: Session, actor: Actor, plan_id: str) -> PlanView:
    actor.require("supplies.view")
    return plan_view(session, load_plan(session, plan_id))


def get_plan_by_number(session: Session, actor: Actor, number: str) -> PlanView:
    actor.require("supplies.view")
    plan = session.scalar(select(PurchasePlan).where(PurchasePlan.number == (number or "").strip().upper(),
                                                     PurchasePlan.deleted_at.is_(None)))
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No purchase plan numbered {number}."), number=number)
    return plan_view(session, plan)


def list_plans(session: Session, actor: Actor, statuses: tuple[str, ...] = ()) -> list[PlanView]:
    actor.require("supplies.view")
    query = select(PurchasePlan).where(PurchasePlan.deleted_at.is_(None))
    if statuses:
        query = query.where(PurchasePlan.status.in_(statuses))
    plans = session.scalars(query.order_by(PurchasePlan.plan_date.desc(), PurchasePlan.number.desc()))
    return [plan_view(session, plan) for plan in plans]


def _write_lines(uow: UnitOfWork, plan: PurchasePlan, data: PlanInput) -> None:
    if not data.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The plan has no lines."), field="lines")
    seen = set()
    usage = monthly_usage(uow.session, uow.now())
    existing = [line for line, _item in plan_lines(uow.session, plan.id)] if plan.id else []
    total = Decimal("0.00")
    for index, line_input in enumerate(data.lines):
        item = load_item(uow.session, line_input.item_id)
        if item.id in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} is listed twice."), field="lines",
                                  name=item.name)
        seen.add(item.id)
        quantity = parse_quantity(line_input.quantity, "quantity")
        if not quantity:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name}: enter a quantity above zero."),
                                  field="quantity", name=item.name)
        price = (item.last_price or Decimal("0.00")) if line_input.unit_price in (None, "") \
            else parse_money(line_input.unit_price, "unit_price")
        if price < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A price cannot be negative."), field="unit_price")
        row = existing[index] if index < len(existing) else PurchasePlanLine(plan_id=plan.id)
        row.line_no, row.item_id, row.quantity, row.unit_price = index + 1, item.id, quantity, price
        row.amount = round_money(quantity * price)
        row.supplier = text(line_input.supplier, "supplier") or item.supplier
        row.note = text(line_input.note, "notes") or None
        row.stock_then = LEDGER.balance(uow.session, item.id)
        row.monthly_usage = usage.get(item.id, Decimal(0))
        total += row.amount
        if index >= len(existing):
            uow.session.add(row)
    for row in existing[len(data.lines):]:
        row.deleted_at = uow.now()
    plan.total_amount = total


def create_plan(uow: UnitOfWork, data: PlanInput) -> PlanView:
    uow.actor.require("supplies.plan")
    title = text(data.title, "title", True)
    day = data.plan_date or local_today(uow)
    plan = PurchasePlan(number=new_number(uow, PREFIX, day), status=rules.DRAFT, plan_date=day, title=title,
                        prepared_by=uow.actor.display_name or uow.actor.username,
                        notes=text(data.notes, "notes") or None)
    uow.session.add(plan)
    uow.session.flush()
    _write_lines(uow, plan, data)
    rules.record(uow, "plan", plan, "create", None)
    uow.session.flush()
    return plan_view(uow.session, plan)


def update_plan(uow: UnitOfWork, plan_id: str, data: PlanInput) -> PlanView:
    uow.actor.require("supplies.plan")
    plan = load_plan(uow.session, plan_id)
    if plan.status != rules.DRAFT:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Purchase plan {number} is no longer a draft and cannot be "
                                                   "edited."), number=plan.number)
    plan.title = text(data.title, "title", True)
    plan.notes = text(data.notes, "notes") or None
    if data.plan_date:
        plan.plan_date = data.plan_date
    _write_lines(uow, plan, data)
    uow.session.flush()
    return plan_view(uow.session, plan)


def plan_action(uow: UnitOfWork, plan_id: str, code: str, comment: str = "") -> PlanView:
    """submit / approve / return / close a plan (rules.PLAN_ACTIONS)."""
    plan = load_plan(uow.session, plan_id)
    rules.apply(uow, "plan", plan, code, comment)
    if code == "approve":
        plan.approved_by = uow.actor.display_name or uow.actor.username
        plan.approved_at = uow.now()
    return plan_view(uow.session, plan)
