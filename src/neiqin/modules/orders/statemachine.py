"""The order state machine as data (DESIGN.md §2): states, the actions between them, the
permission each action needs and the facts it must carry.

`transition(uow, order_id, action, **data)` is the only way an order changes state: it checks the
action is allowed from the current state (nobody skips a state), the actor's permission and the
required facts, then writes one `OrderTransition` row.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.step_facts import step_facts
from neiqin.modules.orders.models import OrderTransition, SalesOrder

# states
INQUIRY, RECORDED, SUBMITTED, APPROVED, RETURNED, REJECTED = (
    "inquiry", "recorded", "submitted", "approved", "returned", "rejected")
CONFIRMED, DISPATCHED, IN_PROGRESS, SHIPPED, DELIVERED, CLOSED, CANCELLED = (
    "confirmed", "dispatched", "in_progress", "shipped", "delivered", "closed", "cancelled")

STATES: dict[str, str] = {
    INQUIRY: QT_TRANSLATE_NOOP("orders", "Inquiry"),
    RECORDED: QT_TRANSLATE_NOOP("orders", "Recorded"),
    SUBMITTED: QT_TRANSLATE_NOOP("orders", "Awaiting review"),
    APPROVED: QT_TRANSLATE_NOOP("orders", "Approved"),
    RETURNED: QT_TRANSLATE_NOOP("orders", "Returned for correction"),
    REJECTED: QT_TRANSLATE_NOOP("orders", "Rejected"),
    CONFIRMED: QT_TRANSLATE_NOOP("orders", "Confirmed with customer"),
    DISPATCHED: QT_TRANSLATE_NOOP("orders", "Dispatched"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("orders", "In progress"),
    SHIPPED: QT_TRANSLATE_NOOP("orders", "Shipped"),
    DELIVERED: QT_TRANSLATE_NOOP("orders", "Delivered"),
    CLOSED: QT_TRANSLATE_NOOP("orders", "Closed / archived"),
    CANCELLED: QT_TRANSLATE_NOOP("orders", "Cancelled"),
}
STATE_TONES: dict[str, str] = {
    INQUIRY: "neutral", RECORDED: "neutral", SUBMITTED: "info", APPROVED: "info", RETURNED: "warning",
    REJECTED: "danger", CONFIRMED: "info", DISPATCHED: "info", IN_PROGRESS: "info", SHIPPED: "info",
    DELIVERED: "success", CLOSED: "success", CANCELLED: "danger",
}
#: states in which the order's content may still be edited by the clerk
EDITABLE = frozenset({INQUIRY, RECORDED, RETURNED})
#: states of an order that is not finished (open orders count against credit)
OPEN_STATES = frozenset({RECORDED, SUBMITTED, APPROVED, RETURNED, CONFIRMED, DISPATCHED, IN_PROGRESS, SHIPPED})
#: states after confirmation in which a change request may be made
CHANGEABLE = frozenset({CONFIRMED, DISPATCHED, IN_PROGRESS})

CHANNELS = ("phone", "email", "fax", "wechat", "visit")
DEPARTMENTS = ("production", "purchasing", "logistics", "finance")


@dataclass(frozen=True)
class Field:
    """A fact an action must (or may) carry; `check` turns the raw value into the stored one."""

    name: str
    label: str
    required: bool = True
    check: Callable[[Any], Any] | None = None


@dataclass(frozen=True)
class Action:
    code: str
    title: str
    sources: frozenset[str]
    target: str | None  # None: the order stays in its state (re-confirmation after a change)
    permission: str
    fields: tuple[Field, ...] = ()
    #: a comment is required (a reason for rejecting, the notes of a return)
    needs_comment: bool = False


def _text(value: Any) -> str:
    return str(value or "").strip()


def _channel(value: Any) -> str:
    value = _text(value)
    if value not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how the customer confirmed: {choices}."),
                              field="channel", choices=", ".join(CHANNELS))
    return value


def _iso_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(_text(value)).isoformat()
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."),
                              field="date", value=value) from None


def _departments(value: Any) -> dict[str, str]:
    """{department: the note it receives}; at least one department."""
    if not isinstance(value, Mapping):
        value = {}
    out = {k: _text(v) for k, v in value.items() if k in DEPARTMENTS and _text(v)}
    unknown = [k for k in value if k not in DEPARTMENTS]
    if unknown or not out:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Dispatch to at least one department (production, purchasing, "
                                        "logistics) with the note it receives."), field="departments")
    return out


def _paper(value: Any) -> dict[str, str] | None:
    """An approval recorded on paper: who approved, on which day, the scan's sha256."""
    if not value:
        return None
    if not isinstance(value, Mapping) or not _text(value.get("by")):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A paper approval needs the name of who signed it."),
                              field="paper")
    out = {"by": _text(value["by"]), "on": _iso_date(value.get("on"))}
    sha = _text(value.get("sha256")).lower()
    if sha:
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The scan of the paper approval is not a stored "
                                                              "attachment."), field="paper")
        out["sha256"] = sha
    return out


ALL_BEFORE_SHIPPING = frozenset({INQUIRY, RECORDED, SUBMITTED, APPROVED, RETURNED, CONFIRMED, DISPATCHED,
                                 IN_PROGRESS})

ACTIONS: dict[str, Action] = {action.code: action for action in (
    Action("record", QT_TRANSLATE_NOOP("orders", "Record as order"), frozenset({INQUIRY}), RECORDED, "orders.edit"),
    Action("submit", QT_TRANSLATE_NOOP("orders", "Submit for review"), frozenset({RECORDED, RETURNED}), SUBMITTED,
           "orders.submit"),
    Action("approve", QT_TRANSLATE_NOOP("orders", "Approve"), frozenset({SUBMITTED}), APPROVED, "orders.approve",
           (Field("paper", QT_TRANSLATE_NOOP("orders", "Approved on paper"), False, _paper),)),
    Action("return", QT_TRANSLATE_NOOP("orders", "Return for correction"), frozenset({SUBMITTED}), RETURNED,
           "orders.approve", needs_comment=True),
    Action("reject", QT_TRANSLATE_NOOP("orders", "Reject"), frozenset({SUBMITTED}), REJECTED, "orders.approve",
           needs_comment=True),
    Action("confirm", QT_TRANSLATE_NOOP("orders", "Confirm with customer"), frozenset({APPROVED}), CONFIRMED,
           "orders.confirm",
           (Field("channel", QT_TRANSLATE_NOOP("orders", "Confirmed by"), True, _channel),
            Field("confirmed_by", QT_TRANSLATE_NOOP("orders", "Customer's person"), True, _text),
            Field("confirmed_on", QT_TRANSLATE_NOOP("orders", "Confirmed on"), True, _iso_date))),
    Action("dispatch", QT_TRANSLATE_NOOP("orders", "Dispatch to departments"), frozenset({CONFIRMED}), DISPATCHED,
           "orders.dispatch",
           (Field("departments", QT_TRANSLATE_NOOP("orders", "Departments"), True, _departments),)),
    Action("start", QT_TRANSLATE_NOOP("orders", "Start work"), frozenset({DISPATCHED}), IN_PROGRESS, "orders.track"),
    Action("ship", QT_TRANSLATE_NOOP("orders", "Ship"), frozenset({IN_PROGRESS}), SHIPPED, "orders.ship",
           (Field("carrier", QT_TRANSLATE_NOOP("orders", "Carrier"), True, _text),
            Field("tracking_number", QT_TRANSLATE_NOOP("orders", "Tracking number"), True, _text),
            Field("eta", QT_TRANSLATE_NOOP("orders", "Expected arrival"), True, _iso_date))),
    Action("deliver", QT_TRANSLATE_NOOP("orders", "Mark delivered"), frozenset({SHIPPED}), DELIVERED,
           "orders.deliver",
           (Field("delivered_on", QT_TRANSLATE_NOOP("orders", "Delivered on"), True, _iso_date),)),
    Action("close", QT_TRANSLATE_NOOP("orders", "Close and archive"), frozenset({DELIVERED}), CLOSED,
           "orders.close"),
    Action("cancel", QT_TRANSLATE_NOOP("orders", "Cancel order"), ALL_BEFORE_SHIPPING, CANCELLED, "orders.cancel",
           needs_comment=True),
    Action("reconfirm", QT_TRANSLATE_NOOP("orders", "Customer re-confirms the change"), CHANGEABLE, None,
           "orders.confirm",
           (Field("channel", QT_TRANSLATE_NOOP("orders", "Confirmed by"), True, _channel),
            Field("confirmed_by", QT_TRANSLATE_NOOP("orders", "Customer's person"), True, _text),
            Field("confirmed_on", QT_TRANSLATE_NOOP("orders", "Confirmed on"), True, _iso_date))),
)}


def actions_from(state: str) -> list[Action]:
    return [action for action in ACTIONS.values() if state in action.sources]


def why_not(order_status: str, reconfirm_pending: bool, action: Action, permissions: frozenset[str]) -> str | None:
    """None when the action is allowed now; otherwise the English reason (for a tooltip)."""
    if order_status not in action.sources:
        return QT_TRANSLATE_NOOP("orders", "Not possible while the order is {state}.")
    if action.code == "reconfirm" and not reconfirm_pending:
        return QT_TRANSLATE_NOOP("orders", "There is no approved change waiting for the customer.")
    if action.permission not in permissions:
        return QT_TRANSLATE_NOOP("orders", "You do not have the right to do this ({permission}).")
    return None


def apply_transition(uow: UnitOfWork, order: SalesOrder, action_code: str, data: Mapping[str, Any],
                     before: Callable[[SalesOrder, Action], None] | None = None) -> OrderTransition:
    """Check and apply one action on a loaded order; `before` runs extra checks (completeness)."""
    action = ACTIONS.get(action_code)
    if action is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown order action {action}."), field="action",
                              action=action_code)
    uow.actor.require(action.permission)
    if order.status not in action.sources:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Order {number} is {state}: “{action}” is not possible now."),
                       number=order.number, state=order.status, action=action.code)
    if action.code == "reconfirm" and not order.reconfirm_pending:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Order {number} has no approved change waiting for the "
                                                   "customer."), number=order.number)
    comment = _text(data.get("comment"))
    if action.needs_comment and not comment:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason."), field="comment")
    facts = step_facts(action.fields, data)
    if before is not None:
        before(order, action)
    now = uow.now()
    row = OrderTransition(
        order_id=order.id, action=action.code, from_state=order.status, to_state=action.target or order.status,
        actor_id=uow.actor.user_id, actor_name=uow.actor.display_name or uow.actor.username, at=now,
        comment=comment or None, extra=json.dumps(facts, ensure_ascii=False, sort_keys=True) if facts else None,
    )
    uow.session.add(row)
    if action.target is not None:
        order.status = action.target
        order.status_changed_at = now
    if action.code == "reconfirm":
        order.reconfirm_pending = False
    if action.code == "deliver":
        order.delivered_on = date.fromisoformat(facts["delivered_on"])
    uow.session.flush()
    return row


def load_order(uow: UnitOfWork, order_id: str) -> SalesOrder:
    order = uow.session.get(SalesOrder, order_id)
    if order is None or order.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such order."))
    return order


#: printed words of the forms (zh_CN; the forms are legal documents in the customer's language)
STATE_WORDS = {
    INQUIRY: "客户咨询", RECORDED: "已记录", SUBMITTED: "待审核", APPROVED: "审核通过",
    RETURNED: "退回修改", REJECTED: "已拒绝", CONFIRMED: "已确认", DISPATCHED: "已下达",
    IN_PROGRESS: "执行中", SHIPPED: "已发货", DELIVERED: "已交付", CLOSED: "已归档",
    CANCELLED: "已取消",
}
