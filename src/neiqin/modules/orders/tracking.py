"""Tracking (订单跟踪): progress events from the departments and exceptions (异常) with their
cause, the notice to the customer and the agreed solution."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import OrderEvent
from neiqin.modules.orders.schemas import EventInput, EventView

CATEGORIES = {
    "material_shortage": QT_TRANSLATE_NOOP("orders", "Material shortage"),
    "equipment_failure": QT_TRANSLATE_NOOP("orders", "Equipment failure"),
    "transport_delay": QT_TRANSLATE_NOOP("orders", "Transport delay"),
    "other": QT_TRANSLATE_NOOP("orders", "Other"),
}
TRACKED = frozenset({sm.CONFIRMED, sm.DISPATCHED, sm.IN_PROGRESS, sm.SHIPPED})


def _view(event: OrderEvent) -> EventView:
    return EventView(event.id, event.order_id, event.kind, event.occurred_at, event.department or "",
                     event.description, event.progress_percent, event.category or "", event.cause or "",
                     event.customer_notified_at, event.notified_how or "", event.solution or "", event.resolved_at)


def add_event(uow: UnitOfWork, order_id: str, data: EventInput) -> EventView:
    uow.actor.require("orders.track")
    order = sm.load_order(uow, order_id)
    if order.status not in TRACKED:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Order {number} is {state}: progress is tracked from "
                                                   "confirmation to delivery."), number=order.number,
                       state=order.status)
    if data.kind not in ("progress", "exception"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An event is progress or an exception."), field="kind")
    description = (data.description or "").strip()
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe what happened."), field="description")
    if data.department and data.department not in sm.DEPARTMENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the department."), field="department")
    event = OrderEvent(order_id=order.id, kind=data.kind, occurred_at=data.occurred_at or uow.now(),
                       department=data.department or None, description=description)
    if data.kind == "progress":
        if data.progress_percent is not None and not 0 <= data.progress_percent <= 100:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Progress is a percentage from 0 to 100."),
                                  field="progress_percent")
        event.progress_percent = data.progress_percent
    else:
        if data.category not in CATEGORIES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the kind of exception."), field="category")
        if not data.cause.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the cause of the exception."), field="cause")
        event.category, event.cause = data.category, data.cause.strip()
        event.customer_notified_at = data.customer_notified_at
        event.notified_how = data.notified_how or None
        event.solution = data.solution.strip() or None
    uow.session.add(event)
    uow.session.flush()
    return _view(event)


def resolve_exception(uow: UnitOfWork, event_id: str, solution: str, notified_how: str = "",
                      customer_notified_at=None) -> EventView:
    """Record the solution agreed with the customer and close the exception."""
    uow.actor.require("orders.track")
    event = uow.session.get(OrderEvent, event_id)
    if event is None or event.deleted_at is not None or event.kind != "exception":
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such exception."))
    if event.resolved_at is not None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "The exception is resolved already."))
    if not (solution or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the solution agreed with the customer."),
                              field="solution")
    if event.customer_notified_at is None and not customer_notified_at:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Record when the customer was told."),
                              field="customer_notified_at")
    event.solution = solution.strip()
    event.customer_notified_at = event.customer_notified_at or customer_notified_at
    event.notified_how = notified_how or event.notified_how
    event.resolved_at = uow.now()
    uow.session.flush()
    return _view(event)


def events_of(session: Session, actor: Actor, order_id: str) -> list[EventView]:
    actor.require("orders.view")
    rows = session.scalars(select(OrderEvent).where(OrderEvent.order_id == order_id, OrderEvent.deleted_at.is_(None))
                           .order_by(OrderEvent.occurred_at, OrderEvent.id))
    return [_view(row) for row in rows]
