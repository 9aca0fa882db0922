"""Order use cases: inquiries and orders entered, edited, read, and moved through their states.

Every function takes a unit of work (one transaction per user action) and checks the actor's
permission itself. Change requests, tracking, review checks, KPIs and lists have their own files.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

import neiqin.modules.inventory.service as inventory
from neiqin.core import attachments
from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.numbering import next_number
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.modules.inventory.schemas import OrderStock
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import OrderLine, OrderTransition, SalesOrder
from neiqin.modules.orders.sales import SOLD_STATES, SalesFact, sales_facts, sales_facts_of  # noqa: F401 - reports
from neiqin.modules.orders.sales_summary import refresh_sales_summary, stale_products  # noqa: F401 - for reports
from neiqin.modules.orders.schemas import ActionState, LineView, OrderInput, OrderView, TransitionView
from neiqin.modules.orders.validation import (
    CleanLine,
    check_customer,
    check_header,
    clean_lines,
    completeness,
    raise_problems,
)

PREFIX = "SO"
MAJOR_AMOUNT_SETTING = "orders.major_amount"
DEFAULT_MAJOR_AMOUNT = Decimal("100000")
BP = Decimal(100)  # discount stored in hundredths of a percent


def major_amount(session: Session) -> Decimal:
    return Decimal(str(get_setting(session, MAJOR_AMOUNT_SETTING, str(DEFAULT_MAJOR_AMOUNT))))


def local_today(uow_or_now) -> date:
    now = uow_or_now.now() if isinstance(uow_or_now, UnitOfWork) else uow_or_now
    return now.astimezone().date()


# --- views ---------------------------------------------------------------------------------------


def _line_view(line: OrderLine) -> LineView:
    return LineView(line.id, line.line_no, line.product_id, line.product_code, line.product_name, line.spec or "",
                    line.unit, line.quantity, line.unit_price, Decimal(line.discount_bp) / BP, line.amount)


def _lines(session: Session, order_id: str) -> list[OrderLine]:
    return list(session.scalars(select(OrderLine).where(OrderLine.order_id == order_id,
                                                        OrderLine.deleted_at.is_(None))
                                .order_by(OrderLine.line_no)))


def order_view(session: Session, order: SalesOrder, with_lines: bool = True) -> OrderView:
    lines = tuple(_line_view(li) for li in _lines(session, order.id)) if with_lines else ()
    return OrderView(
        order.id, order.number, order.revision, order.status, order.customer_id, order.customer_name,
        order.contact or "", order.phone or "", order.order_date, order.delivery_date, order.delivery_place or "",
        order.payment_terms or "", order.prepayment_percent, order.notes or "", order.salesperson_id,
        order.salesperson_name or "", order.total_amount, order.is_major, order.reconfirm_pending, order.updated_at,
        lines,
    )


def get_order(session: Session, actor: Actor, order_id: str) -> OrderView:
    actor.require("orders.view")
    order = session.get(SalesOrder, order_id)
    if order is None or order.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such order."))
    return order_view(session, order)


def get_order_by_number(session: Session, actor: Actor, number: str) -> OrderView:
    actor.require("orders.view")
    base = (number or "").strip().upper()
    if "-R" in base[-5:]:
        base = base[: base.rindex("-R")]  # a revision suffix names the same order
    order = session.scalar(select(SalesOrder).where(SalesOrder.number == base, SalesOrder.deleted_at.is_(None)))
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No order numbered {number}."), number=number)
    return order_view(session, order)


def timeline(session: Session, actor: Actor, order_id: str) -> list[TransitionView]:
    actor.require("orders.view")
    rows = session.scalars(select(OrderTransition).where(OrderTransition.order_id == order_id)
                           .order_by(OrderTransition.at, OrderTransition.id))
    return [TransitionView(r.id, r.action, r.from_state, r.to_state, r.actor_name, r.at, r.comment or "",
                           json.loads(r.extra) if r.extra else {}) for r in rows]


def action_title(code: str) -> str:
    """The English title of a timeline step (context "orders")."""
    if code == "create":
        return QT_TRANSLATE_NOOP("orders", "Entered")
    if code == "revise":
        return QT_TRANSLATE_NOOP("orders", "New revision")
    action = sm.ACTIONS.get(code)
    return action.title if action else code


def available_actions(order: OrderView, actor: Actor) -> list[ActionState]:
    """Every action of the state machine with whether it is possible now and, if not, why."""
    out = []
    for action in sm.ACTIONS.values():
        reason = sm.why_not(order.status, order.reconfirm_pending, action, actor.permissions)
        out.append(ActionState(action.code, action.title, reason is None, reason or "",
                               {"state": order.status, "permission": action.permission},
                               tuple(f.name for f in action.fields), action.needs_comment))
    return out


# --- writing -------------------------------------------------------------------------------------


def _apply_header(order: SalesOrder, data: OrderInput, customer_name: str) -> None:
    order.customer_id = data.customer_id
    order.customer_name = customer_name
    order.contact = data.contact.strip() or None
    order.phone = data.phone.strip() or None
    order.delivery_date = data.delivery_date
    order.delivery_place = data.delivery_place.strip() or None
    order.payment_terms = data.payment_terms.strip() or None
    order.prepayment_percent = data.prepayment_percent
    order.notes = data.notes.strip() or None


def write_lines(uow: UnitOfWork, order: SalesOrder, lines: list[CleanLine]) -> None:
    """Lines are matched by position: rows are updated in place, extra rows are tombstoned."""
    existing = _lines(uow.session, order.id) if order.id else []
    for index, line in enumerate(lines):
        row = existing[index] if index < len(existing) else OrderLine(order_id=order.id)
        row.line_no = line.line_no
        row.product_id, row.product_code, row.product_name = line.product_id, line.product_code, line.product_name
        row.spec, row.unit = line.spec or None, line.unit
        row.quantity, row.unit_price = line.quantity, line.unit_price
        row.discount_bp = int(line.discount_percent * BP)
        row.amount = line.amount
        if index >= len(existing):
            uow.session.add(row)
    for row in existing[len(lines):]:
        row.deleted_at = uow.now()
    order.line_count = len(lines)
    order.total_amount = sum((line.amount for line in lines), Decimal("0"))
    order.is_major = order.total_amount >= major_amount(uow.session)


def _record(uow: UnitOfWork, order: SalesOrder, action: str, from_state: str | None, comment: str | None = None,
            extra: dict | None = None) -> None:
    uow.session.add(OrderTransition(
        order_id=order.id, action=action, from_state=from_state, to_state=order.status,
        actor_id=uow.actor.user_id, actor_name=uow.actor.display_name or uow.actor.username, at=uow.now(),
        comment=comment, extra=json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None,
    ))


def create_order(uow: UnitOfWork, data: OrderInput, inquiry: bool = False) -> OrderView:
    """Save a new order (status recorded) or, with `inquiry`, a customer inquiry."""
    uow.actor.require("orders.create")
    check_header(data)
    customer = check_customer(uow.session, data.customer_id)
    lines = clean_lines(uow.session, data.lines)
    order_date = data.order_date or local_today(uow)
    branch = get_setting(uow.session, BRANCH_CODE)
    if not branch:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The branch code is not set up."), field="branch_code")
    order = SalesOrder(number=next_number(uow.session, PREFIX, branch, order_date.year), revision=0,
                       status=sm.INQUIRY if inquiry else sm.RECORDED, order_date=order_date,
                       salesperson_id=data.salesperson_id or uow.actor.user_id,
                       salesperson_name=None, status_changed_at=uow.now())
    if order.salesperson_id == uow.actor.user_id:
        order.salesperson_name = uow.actor.display_name or uow.actor.username
    _apply_header(order, data, customer.name)
    uow.session.add(order)
    uow.session.flush()
    write_lines(uow, order, lines)
    _record(uow, order, "create", None)
    uow.session.flush()
    return order_view(uow.session, order)


def _editable(uow: UnitOfWork, order_id: str, expected_updated_at: datetime | None) -> SalesOrder:
    order = sm.load_order(uow, order_id)
    if order.status not in sm.EDITABLE:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Order {number} is {state} and can no longer be edited; "
                                                   "make a change request instead."),
                       number=order.number, state=order.status)
    if expected_updated_at is not None and order.updated_at != expected_updated_at:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Someone else changed this order in the meantime. "
                                                   "Reload it and edit again."))
    return order


def update_order(uow: UnitOfWork, order_id: str, data: OrderInput,
                 expected_updated_at: datetime | None = None) -> OrderView:
    uow.actor.require("orders.edit")
    order = _editable(uow, order_id, expected_updated_at)
    check_header(data)
    customer = check_customer(uow.session, data.customer_id)
    lines = clean_lines(uow.session, data.lines)
    _apply_header(order, data, customer.name)
    write_lines(uow, order, lines)
    uow.session.flush()
    return order_view(uow.session, order)


def problems_of(session: Session, order: SalesOrder, today: date):
    lines = [(li.line_no, li.quantity, li.unit_price) for li in _lines(session, order.id)]
    return completeness(order.customer_id, order.contact or "", order.phone or "", order.delivery_date,
                        order.delivery_place or "", lines, today)


def transition(uow: UnitOfWork, order_id: str, action: str, **data) -> OrderView:
    """Move an order one step along the state machine (see statemachine.ACTIONS)."""
    order = sm.load_order(uow, order_id)

    def before(current: SalesOrder, step: sm.Action) -> None:
        if step.code == "submit":
            check_customer(uow.session, current.customer_id)
            raise_problems(problems_of(uow.session, current, local_today(uow)))

    sm.apply_transition(uow, order, action, data, before)
    if action == "ship":  # the goods leave the stock ledger
        lines = tuple((line.product_id, line.quantity) for line in _lines(uow.session, order.id))
        inventory.post_order_shipment(uow, OrderStock(order.id, order.number, lines))
    elif action == "cancel":  # whatever stock the order took comes back
        inventory.reverse_order_stock(uow, order.id, order.number, data.get("comment", ""))
    return order_view(uow.session, order)


def shipped_lines(session: Session):
    """(order id, number, shipped at, product id, quantity) of every shipped order line, oldest
    first: how the stock ledger is made consistent with orders written in bulk (demo data)."""
    steps, lines = OrderTransition.__table__.c, OrderLine.__table__.c
    query = (select(steps.order_id, SalesOrder.__table__.c.number, steps.at, lines.product_id, lines.quantity)
             .join(SalesOrder.__table__, SalesOrder.__table__.c.id == steps.order_id)
             .join(OrderLine.__table__, lines.order_id == steps.order_id)
             .where(steps.action == "ship", lines.deleted_at.is_(None))
             .order_by(steps.at))
    yield from session.execute(query.execution_options(yield_per=20000))


def store_scan(uow: UnitOfWork, order_id: str, source: str | Path) -> str:
    """Store the scan of a paper approval and attach it to the order; returns its sha256 for the
    approval's facts. Attaching is part of approving: it needs the right to approve."""
    uow.actor.require("orders.approve")
    order = sm.load_order(uow, order_id)
    if uow.db.path is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Files can only be attached to a database file."),
                              field="scan")
    ref = attachments.store(uow.db.path, Path(source))
    attachments.attach(uow, SalesOrder.__tablename__, order.id, ref)
    return ref.sha256
