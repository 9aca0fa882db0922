"""Change requests (订单变更) and revisions: a written request on a confirmed order, the clerk's
first check, impact notes of production, purchasing, logistics and finance, approval or rejection
with a reason. An approved change makes a new revision of the order (same number, revision
suffix); the old revision stays readable as a snapshot, and the customer confirms again."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.numbering import next_number
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import ChangeRequest, ImpactNote, OrderRevision, OrderTransition, SalesOrder
from neiqin.modules.orders.schemas import ChangeInput, ChangeView, DiffRow, ImpactView, LineInput
from neiqin.modules.orders.service import local_today, order_view, write_lines
from neiqin.modules.orders.validation import CleanLine, clean_lines

OPEN = ("requested", "checked")
HEADER_FIELDS = {
    "delivery_date": QT_TRANSLATE_NOOP("orders", "Delivery date"),
    "delivery_place": QT_TRANSLATE_NOOP("orders", "Delivery place"),
    "total_amount": QT_TRANSLATE_NOOP("orders", "Total"),
}


def snapshot(session: Session, order: SalesOrder) -> dict:
    """Header and lines of the order as plain JSON values (a revision, a proposal)."""
    view = order_view(session, order)
    return {
        "revision": view.revision, "delivery_date": view.delivery_date.isoformat() if view.delivery_date else None,
        "delivery_place": view.delivery_place, "total_amount": str(view.total_amount),
        "lines": [{"product_id": li.product_id, "product_code": li.product_code, "product_name": li.product_name,
                   "spec": li.spec, "unit": li.unit, "quantity": f"{li.quantity.normalize():f}",
                   "unit_price": str(li.unit_price), "discount_percent": f"{li.discount_percent.normalize():f}",
                   "amount": str(li.amount)} for li in view.lines],
    }


def _clean_to_json(lines: list[CleanLine]) -> list[dict]:
    return [{"product_id": li.product_id, "product_code": li.product_code, "product_name": li.product_name,
             "spec": li.spec, "unit": li.unit, "quantity": f"{li.quantity.normalize():f}",
             "unit_price": str(li.unit_price), "discount_percent": f"{li.discount_percent.normalize():f}",
             "amount": str(li.amount)} for li in lines]


def _change(session: Session, change_id: str) -> ChangeRequest:
    change = session.get(ChangeRequest, change_id)
    if change is None or change.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such change request."))
    return change


def _view(session: Session, change: ChangeRequest) -> ChangeView:
    impacts = session.scalars(select(ImpactNote).where(ImpactNote.change_id == change.id,
                                                       ImpactNote.deleted_at.is_(None))
                              .order_by(ImpactNote.created_at, ImpactNote.id))
    return ChangeView(change.id, change.order_id, change.number, change.status, change.requested_on,
                      change.requested_by or "", change.description, json.loads(change.proposal),
                      change.check_note or "", change.checked_by or "", change.decision_reason or "",
                      change.decided_by or "", change.base_revision, change.new_revision,
                      tuple(ImpactView(i.department, i.note, i.author, i.created_at) for i in impacts))


def _who(uow: UnitOfWork) -> str:
    return uow.actor.display_name or uow.actor.username


def request_change(uow: UnitOfWork, order_id: str, data: ChangeInput) -> ChangeView:
    uow.actor.require("orders.change.request")
    order = sm.load_order(uow, order_id)
    if order.status not in sm.CHANGEABLE:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Order {number} is {state}: changes are requested on confirmed "
                                                   "orders that are not shipped yet."),
                       number=order.number, state=order.status)
    if uow.session.scalar(select(ChangeRequest.id).where(ChangeRequest.order_id == order.id,
                                                         ChangeRequest.status.in_(OPEN))):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Order {number} has an open change request already."),
                       number=order.number)
    description = (data.description or "").strip()
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe what the customer asks to change."),
                              field="description")
    proposal = snapshot(uow.session, order)
    changed = False
    if data.delivery_date is not None and data.delivery_date.isoformat() != proposal["delivery_date"]:
        if data.delivery_date < local_today(uow):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The delivery date {date} is in the past."),
                                  field="delivery_date", date=data.delivery_date.isoformat())
        proposal["delivery_date"], changed = data.delivery_date.isoformat(), True
    if data.delivery_place is not None and data.delivery_place.strip() != proposal["delivery_place"]:
        proposal["delivery_place"], changed = data.delivery_place.strip(), True
    if data.lines is not None:
        if not data.lines:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The order has no lines."), field="lines")
        lines = _clean_to_json(clean_lines(uow.session, data.lines))
        if lines != proposal["lines"]:
            proposal["lines"], changed = lines, True
            proposal["total_amount"] = str(sum((Decimal(li["amount"]) for li in lines), Decimal("0")))
    if not changed:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The request changes nothing."), field="description")
    today = local_today(uow)
    change = ChangeRequest(order_id=order.id, number=next_number(uow.session, "CR", get_setting(uow.session, BRANCH_CODE),
                                                                 today.year),
                           status="requested", requested_on=data.requested_on or today,
                           requested_by=(data.requested_by or "").strip() or None, description=description,
                           proposal=json.dumps(proposal, ensure_ascii=False), base_revision=order.revision)
    uow.session.add(change)
    uow.session.flush()
    return _view(uow.session, change)


def check_change(uow: UnitOfWork, change_id: str, note: str) -> ChangeView:
    """The clerk's first check (feasible, complete) before the departments and the approver."""
    uow.actor.require("orders.change.review")
    change = _change(uow.session, change_id)
    if change.status != "requested":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Change request {number} is {state}."), number=change.number,
                       state=change.status)
    if not (note or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the result of the check."), field="note")
    change.status, change.check_note, change.checked_by = "checked", note.strip(), _who(uow)
    uow.session.flush()
    return _view(uow.session, change)


def add_impact(uow: UnitOfWork, change_id: str, department: str, note: str) -> ChangeView:
    uow.actor.require("orders.change.review")
    change = _change(uow.session, change_id)
    if change.status not in OPEN:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Change request {number} is {state}."), number=change.number,
                       state=change.status)
    if department not in sm.DEPARTMENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the department."), field="department")
    if not (note or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the impact on the department."), field="note")
    uow.session.add(ImpactNote(change_id=change.id, department=department, note=note.strip(), author=_who(uow)))
    uow.session.flush()
    return _view(uow.session, change)


def decide_change(uow: UnitOfWork, change_id: str, approve: bool, reason: str = "") -> ChangeView:
    """Approve (a new revision of the order, the customer confirms again) or reject with a reason."""
    uow.actor.require("orders.change.approve")
    change = _change(uow.session, change_id)
    if change.status != "checked":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Change request {number} must be checked by the clerk first."),
                       number=change.number)
    reason = (reason or "").strip()
    if not approve and not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason."), field="reason")
    order = sm.load_order(uow, change.order_id)
    if order.revision != change.base_revision or order.status not in sm.CHANGEABLE:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Order {number} changed since the request was made."),
                       number=order.number)
    change.decision_reason, change.decided_by, change.decided_at = reason or None, _who(uow), uow.now()
    if not approve:
        change.status = "rejected"
        uow.session.flush()
        return _view(uow.session, change)
    _apply(uow, order, change)
    change.status, change.new_revision = "approved", order.revision
    uow.session.flush()
    return _view(uow.session, change)


def _apply(uow: UnitOfWork, order: SalesOrder, change: ChangeRequest) -> None:
    uow.session.add(OrderRevision(order_id=order.id, revision=order.revision,
                                  snapshot=json.dumps(snapshot(uow.session, order), ensure_ascii=False),
                                  change_request_id=change.id))
    proposal = json.loads(change.proposal)
    order.delivery_date = date.fromisoformat(proposal["delivery_date"]) if proposal["delivery_date"] else None
    order.delivery_place = proposal["delivery_place"] or None
    lines = clean_lines(uow.session, tuple(LineInput(li["product_id"], li["quantity"], li["unit_price"],
                                                     li["discount_percent"]) for li in proposal["lines"]))
    write_lines(uow, order, lines)
    order.revision += 1
    order.reconfirm_pending = True
    uow.session.add(OrderTransition(
        order_id=order.id, action="revise", from_state=order.status, to_state=order.status,
        actor_id=uow.actor.user_id, actor_name=_who(uow), at=uow.now(), comment=change.description,
        extra=json.dumps({"revision": order.revision, "change": change.number}, ensure_ascii=False, sort_keys=True),
    ))
    uow.session.flush()


def changes_of(session: Session, actor: Actor, order_id: str) -> list[ChangeView]:
    actor.require("orders.view")
    rows = session.scalars(select(ChangeRequest).where(ChangeRequest.order_id == order_id,
                                                       ChangeRequest.deleted_at.is_(None))
                           .order_by(ChangeRequest.created_at, ChangeRequest.id))
    return [_view(session, change) for change in rows]


def revisions(session: Session, actor: Actor, order_id: str) -> dict[int, dict]:
    """Every revision of the order by number, the current one included."""
    actor.require("orders.view")
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such order."))
    out = {row.revision: json.loads(row.snapshot) for row in session.scalars(
        select(OrderRevision).where(OrderRevision.order_id == order_id).order_by(OrderRevision.revision))}
    out[order.revision] = snapshot(session, order)
    return out


def diff(old: dict, new: dict) -> list[DiffRow]:
    """What changed between two snapshots: header fields, then lines by product."""
    rows = [DiffRow(key, label, str(old.get(key) or ""), str(new.get(key) or ""))
            for key, label in HEADER_FIELDS.items() if old.get(key) != new.get(key)]

    def describe(line: dict | None) -> str:
        if line is None:
            return ""
        discount = f" -{line['discount_percent']}%" if line["discount_percent"] not in ("0", "") else ""
        return f"{line['quantity']} {line['unit']} × {line['unit_price']}{discount} = {line['amount']}"

    old_lines = {li["product_id"]: li for li in old["lines"]}
    new_lines = {li["product_id"]: li for li in new["lines"]}
    for product_id in list(old_lines) + [p for p in new_lines if p not in old_lines]:
        before, after = old_lines.get(product_id), new_lines.get(product_id)
        if describe(before) != describe(after):
            line = after or before
            rows.append(DiffRow("line", f"{line['product_code']} {line['product_name']}", describe(before),
                                describe(after)))
    return rows
