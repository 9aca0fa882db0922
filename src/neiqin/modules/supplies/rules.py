"""The document states of the slice as data: purchase plans, issues and loss reports. Each action
names the states it leaves, the state it reaches and the permission it needs; `apply` is the only
way a document changes state and writes one `SupplyTransition` row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from neiqin.modules.supplies.models import SupplyTransition

# purchase plans
DRAFT, SUBMITTED, APPROVED, RECEIVED, CLOSED = "draft", "submitted", "approved", "received", "closed"
# issues (a return is "posted" when made)
AWAITING, CLEARED, ISSUED, REJECTED, POSTED = "awaiting_approval", "approved", "issued", "rejected", "posted"
# loss reports
REPORTED, ACCEPTED = "reported", "accepted"

PLAN_STATES = {
    DRAFT: QT_TRANSLATE_NOOP("supplies", "Draft"),
    SUBMITTED: QT_TRANSLATE_NOOP("supplies", "Awaiting approval"),
    APPROVED: QT_TRANSLATE_NOOP("supplies", "Approved"),
    RECEIVED: QT_TRANSLATE_NOOP("supplies", "Received"),
    CLOSED: QT_TRANSLATE_NOOP("supplies", "Closed"),
}
ISSUE_STATES = {
    AWAITING: QT_TRANSLATE_NOOP("supplies", "Over standard: awaiting approval"),
    CLEARED: QT_TRANSLATE_NOOP("supplies", "Approved, to hand out"),
    ISSUED: QT_TRANSLATE_NOOP("supplies", "Issued"),
    REJECTED: QT_TRANSLATE_NOOP("supplies", "Rejected"),
    POSTED: QT_TRANSLATE_NOOP("supplies", "Returned to store"),
}
LOSS_STATES = {
    REPORTED: QT_TRANSLATE_NOOP("supplies", "Reported"),
    ACCEPTED: QT_TRANSLATE_NOOP("supplies", "Approved"),
    REJECTED: QT_TRANSLATE_NOOP("supplies", "Rejected"),
}
TONES = {DRAFT: "neutral", SUBMITTED: "warning", APPROVED: "info", RECEIVED: "success", CLOSED: "neutral",
         AWAITING: "warning", CLEARED: "info", ISSUED: "success", REJECTED: "danger", POSTED: "neutral",
         REPORTED: "warning", ACCEPTED: "success"}
#: printed words (zh_CN: forms are filed in the office's language)
STATE_WORDS = {DRAFT: "草稿", SUBMITTED: "待审批", APPROVED: "已审批", RECEIVED: "已验收", CLOSED: "已关闭",
               AWAITING: "超标待审批", CLEARED: "已审批待发放", ISSUED: "已发放", REJECTED: "已拒绝",
               POSTED: "已退库", REPORTED: "已上报", ACCEPTED: "已批准"}

LOSS_KINDS = {"loss": QT_TRANSLATE_NOOP("supplies", "Lost"), "damage": QT_TRANSLATE_NOOP("supplies", "Damaged")}
LOSS_WORDS = {"loss": "丢失", "damage": "损坏"}
PERIODS = {"month": QT_TRANSLATE_NOOP("supplies", "per month"), "quarter": QT_TRANSLATE_NOOP("supplies", "per quarter"),
           "year": QT_TRANSLATE_NOOP("supplies", "per year")}
PERIOD_WORDS = {"month": "月", "quarter": "季度", "year": "年"}
PER = {"person": QT_TRANSLATE_NOOP("supplies", "per person"),
       "department": QT_TRANSLATE_NOOP("supplies", "per department")}
PER_WORDS = {"person": "人", "department": "部门"}


@dataclass(frozen=True)
class Action:
    code: str
    title: str
    sources: frozenset[str]
    target: str
    permission: str
    needs_comment: bool = False


def _actions(*actions: Action) -> dict[str, Action]:
    return {action.code: action for action in actions}


PLAN_ACTIONS = _actions(
    Action("submit", QT_TRANSLATE_NOOP("supplies", "Submit for approval"), frozenset({DRAFT}), SUBMITTED,
           "supplies.plan"),
    Action("approve", QT_TRANSLATE_NOOP("supplies", "Approve"), frozenset({SUBMITTED}), APPROVED,
           "supplies.approve_plan"),
    Action("return", QT_TRANSLATE_NOOP("supplies", "Return for correction"), frozenset({SUBMITTED}), DRAFT,
           "supplies.approve_plan", needs_comment=True),
    Action("receive", QT_TRANSLATE_NOOP("supplies", "Fully received"), frozenset({APPROVED}), RECEIVED,
           "supplies.receive"),
    Action("close", QT_TRANSLATE_NOOP("supplies", "Close"), frozenset({DRAFT, APPROVED}), CLOSED, "supplies.plan",
           needs_comment=True),
)
ISSUE_ACTIONS = _actions(
    Action("approve", QT_TRANSLATE_NOOP("supplies", "Approve over standard"), frozenset({AWAITING}), CLEARED,
           "supplies.approve_over_standard"),
    Action("reject", QT_TRANSLATE_NOOP("supplies", "Reject"), frozenset({AWAITING}), REJECTED,
           "supplies.approve_over_standard", needs_comment=True),
    Action("hand_out", QT_TRANSLATE_NOOP("supplies", "Hand out"), frozenset({CLEARED}), ISSUED, "supplies.issue"),
)
LOSS_ACTIONS = _actions(
    Action("approve", QT_TRANSLATE_NOOP("supplies", "Approve"), frozenset({REPORTED}), ACCEPTED,
           "supplies.approve_loss"),
    Action("reject", QT_TRANSLATE_NOOP("supplies", "Reject"), frozenset({REPORTED}), REJECTED,
           "supplies.approve_loss", needs_comment=True),
)
MACHINES = {"plan": PLAN_ACTIONS, "issue": ISSUE_ACTIONS, "loss": LOSS_ACTIONS}


def record(uow: UnitOfWork, doc_type: str, doc, action: str, from_state: str | None,
           comment: str | None = None) -> SupplyTransition:
    """Write the history row of a step (also for the creation of a document)."""
    row = SupplyTransition(doc_type=doc_type, doc_id=doc.id, action=action, from_state=from_state,
                           to_state=doc.status, actor_id=uow.actor.user_id,
                           actor_name=uow.actor.display_name or uow.actor.username, at=uow.now(),
                           comment=(comment or "").strip() or None)
    uow.session.add(row)
    return row


def apply(uow: UnitOfWork, doc_type: str, doc, code: str, comment: str | None = None) -> Action:
    """Check and apply one action of a document's state machine."""
    action = MACHINES[doc_type].get(code)
    if action is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown action {action}."), field="action", action=code)
    uow.actor.require(action.permission)
    if doc.status not in action.sources:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is {state}: “{action}” is not possible now."),
                       number=doc.number, state=STATE_WORDS.get(doc.status, doc.status), action=action.code)
    if action.needs_comment and not (comment or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason."), field="comment")
    before = doc.status
    doc.status = action.target
    record(uow, doc_type, doc, code, before, comment)
    uow.session.flush()
    return action


def period_bounds(period: str, day: date) -> tuple[date, date]:
    """First and last day of the month, quarter or year containing `day`."""
    if period == "month":
        start = day.replace(day=1)
        end = (start.replace(year=start.year + 1, month=1) if start.month == 12
               else start.replace(month=start.month + 1))
    elif period == "quarter":
        first_month = (day.month - 1) // 3 * 3 + 1
        start = date(day.year, first_month, 1)
        end = date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    elif period == "year":
        start, end = date(day.year, 1, 1), date(day.year + 1, 1, 1)
    else:
        raise ValueError(f"unknown period {period!r}")
    return start, date.fromordinal(end.toordinal() - 1)
