"""Loss and damage reports (损坏/丢失): what was lost or broken, by whom, the compensation the person
pays under the company rules; approval posts the loss to the ledger."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from neiqin.core.ledger.movements import LOSS, Source, parse_quantity
from neiqin.core.money import parse_money
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.models import LossReport, SupplyItem
from neiqin.modules.supplies.schemas import LossInput, LossView
from neiqin.modules.supplies.service import LEDGER, load_item, local_today, new_number, text

PREFIX = "BS"
SOURCE = "supply_loss"


def loss_view(session: Session, row: LossReport) -> LossView:
    item = session.get(SupplyItem, row.item_id)
    return LossView(row.id, row.number, row.status, row.kind, row.reported_on, row.item_id,
                    f"{item.name} {item.spec or ''}".strip() if item else "", row.quantity, row.person_name,
                    row.department or "", row.description, row.unit_cost, row.compensation, row.decided_by or "",
                    row.decision_note or "")


def load_loss(session: Session, loss_id: str) -> LossReport:
    row = session.get(LossReport, loss_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such loss report."))
    return row


def list_losses(session: Session, actor: Actor, statuses: tuple[str, ...] = ()) -> list[LossView]:
    actor.require("supplies.view")
    query = select(LossReport).where(LossReport.deleted_at.is_(None))
    if statuses:
        query = query.where(LossReport.status.in_(statuses))
    return [loss_view(session, row) for row in
            session.scalars(query.order_by(LossReport.reported_on.desc(), LossReport.number.desc()))]


def report_loss(uow: UnitOfWork, data: LossInput) -> LossView:
    uow.actor.require("supplies.report_loss")
    item = load_item(uow.session, data.item_id)
    if data.kind not in rules.LOSS_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say whether the item was lost or damaged."),
                              field="kind")
    quantity = parse_quantity(data.quantity, "quantity")
    if not quantity:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a quantity above zero."), field="quantity")
    compensation = parse_money(data.compensation if data.compensation not in (None, "") else 0, "compensation")
    if compensation < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The compensation cannot be negative."),
                              field="compensation")
    person = text(data.person_name, "person_name", True)
    description = text(data.description, "description", True)
    day = data.reported_on or local_today(uow)
    row = LossReport(number=new_number(uow, PREFIX, day), status=rules.REPORTED, kind=data.kind, reported_on=day,
                     item_id=item.id, quantity=quantity, person_name=person,
                     department=text(data.department, "department") or None, description=description,
                     unit_cost=item.last_price or Decimal("0.00"), compensation=compensation)
    uow.session.add(row)
    uow.session.flush()
    rules.record(uow, "loss", row, "create", None)
    return loss_view(uow.session, row)


def loss_action(uow: UnitOfWork, loss_id: str, code: str, comment: str = "") -> LossView:
    """approve (posts the loss; refused when the stock is not there) or reject a report."""
    row = load_loss(uow.session, loss_id)
    rules.apply(uow, "loss", row, code, comment)
    row.decided_by = uow.actor.display_name or uow.actor.username
    row.decided_at = uow.now()
    row.decision_note = (comment or "").strip() or None
    if code == "approve":
        LEDGER.post(uow.session, item_id=row.item_id, quantity=-row.quantity, kind=LOSS, moved_at=uow.now(),
                    unit_cost=row.unit_cost, source=Source(SOURCE, row.id, row.number),
                    note=f"{rules.LOSS_WORDS[row.kind]} {row.person_name}", forbid_negative=True)
    uow.session.flush()
    return loss_view(uow.session, row)
