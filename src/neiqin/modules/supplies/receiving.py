"""Receiving inspection (验收入库) against an approved purchase plan: per line the quantity
received, the spec and quality check, the quantity rejected with its reason; the accepted quantity
is posted as a receipt at the purchase price, which becomes the item's last price."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from neiqin.core.ledger.movements import RECEIPT, Source, parse_quantity
from neiqin.core.money import parse_money, round_money
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.models import (
    PurchasePlan,
    PurchasePlanLine,
    Receiving,
    ReceivingLine,
    SupplyItem,
)
from neiqin.modules.supplies.plans import load_plan
from neiqin.modules.supplies.schemas import ReceivingInput, ReceivingView
from neiqin.modules.supplies.service import LEDGER, local_today, new_number, text

PREFIX = "YS"
SOURCE = "supply_receiving"


def _view(session: Session, doc: Receiving) -> ReceivingView:
    lines = list(session.scalars(select(ReceivingLine).where(ReceivingLine.receiving_id == doc.id)))
    plan = session.get(PurchasePlan, doc.plan_id)
    return ReceivingView(doc.id, doc.number, plan.number if plan else "", doc.received_on, doc.inspector,
                         doc.total_amount, sum((line.accepted_quantity for line in lines), Decimal(0)),
                         sum((line.rejected_quantity for line in lines), Decimal(0)))


def receivings_of(session: Session, actor: Actor, plan_id: str) -> list[ReceivingView]:
    actor.require("supplies.view")
    docs = session.scalars(select(Receiving).where(Receiving.plan_id == plan_id, Receiving.deleted_at.is_(None))
                           .order_by(Receiving.received_on, Receiving.number))
    return [_view(session, doc) for doc in docs]


def receive(uow: UnitOfWork, data: ReceivingInput) -> ReceivingView:
    """Inspect and receive goods of an approved plan; nothing is written when a line is wrong."""
    uow.actor.require("supplies.receive")
    plan = load_plan(uow.session, data.plan_id)
    if plan.status != rules.APPROVED:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Purchase plan {number} is not approved and open; goods are "
                                                   "received against approved plans."), number=plan.number)
    inspector = text(data.inspector, "inspector", True)
    if not data.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter what was received."), field="lines")
    day = data.received_on or local_today(uow)
    doc = Receiving(number=new_number(uow, PREFIX, day), plan_id=plan.id, received_on=day,
                    supplier=text(data.supplier, "supplier") or None, inspector=inspector,
                    notes=text(data.notes, "notes") or None)
    uow.session.add(doc)
    uow.session.flush()
    source = Source(SOURCE, doc.id, doc.number)
    total = Decimal("0.00")
    seen = set()
    for index, line in enumerate(data.lines):
        plan_line = uow.session.get(PurchasePlanLine, line.plan_line_id)
        if plan_line is None or plan_line.plan_id != plan.id or plan_line.deleted_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A line is not part of plan {number}."),
                                  field="lines", number=plan.number)
        if plan_line.id in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A plan line is received twice."), field="lines")
        seen.add(plan_line.id)
        item = uow.session.get(SupplyItem, plan_line.item_id)
        received = parse_quantity(line.received_quantity, "received_quantity")
        rejected = parse_quantity(line.rejected_quantity or 0, "rejected_quantity")
        if not received:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name}: enter the quantity received."),
                                  field="received_quantity", name=item.name)
        if rejected > received:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name}: more rejected than received."),
                                  field="rejected_quantity", name=item.name)
        reason = text(line.reject_reason, "notes")
        failed = not (line.spec_ok and line.quality_ok)
        if failed and rejected != received:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} failed the spec or quality check: reject "
                                                              "everything received of it."),
                                  field="rejected_quantity", name=item.name)
        if rejected and not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name}: give the reason for rejecting."),
                                  field="reject_reason", name=item.name)
        accepted = received - rejected
        still_open = plan_line.quantity - plan_line.received_quantity
        if accepted > still_open:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name}: {accepted} accepted but the plan only "
                                                              "expects {open} more."),
                                  field="received_quantity", name=item.name, accepted=_plain(accepted),
                                  open=_plain(max(still_open, Decimal(0))))
        price = plan_line.unit_price if line.unit_price in (None, "") else parse_money(line.unit_price, "unit_price")
        if price < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A price cannot be negative."), field="unit_price")
        amount = round_money(accepted * price)
        uow.session.add(ReceivingLine(
            receiving_id=doc.id, line_no=index + 1, plan_line_id=plan_line.id, item_id=item.id,
            received_quantity=received, rejected_quantity=rejected, accepted_quantity=accepted,
            reject_reason=reason or None, spec_ok=bool(line.spec_ok), quality_ok=bool(line.quality_ok),
            unit_price=price, amount=amount))
        if accepted:
            LEDGER.post(uow.session, item_id=item.id, quantity=accepted, kind=RECEIPT, moved_at=uow.now(),
                        unit_cost=price, source=source, note=f"{plan.number} 验收入库")
            plan_line.received_quantity += accepted
            item.last_price = price
            if doc.supplier:
                item.supplier = doc.supplier
        total += amount
    doc.total_amount = total
    uow.session.flush()
    lines = [line for line in uow.session.scalars(select(PurchasePlanLine).where(
        PurchasePlanLine.plan_id == plan.id, PurchasePlanLine.deleted_at.is_(None)))]
    if all(line.received_quantity >= line.quantity for line in lines):
        rules.apply(uow, "plan", plan, "receive", doc.number)
    return _view(uow.session, doc)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
