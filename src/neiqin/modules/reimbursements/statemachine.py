"""The claim state machine as data: states, the actions between them, the permission each needs
and the facts it carries.

draft → submitted (awaiting the department head) → approved (awaiting the clerk's first review 初审)
→ checked (awaiting finance's final review 终审) → final (awaiting payment) → paid. Every review
step may return the claim with a reason (per line too); the claimant corrects and submits again.
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
from neiqin.modules.reimbursements.models import Claim, ClaimTransition

DRAFT, SUBMITTED, APPROVED, CHECKED, FINAL, PAID, RETURNED, CANCELLED = (
    "draft", "submitted", "approved", "checked", "final", "paid", "returned", "cancelled")

STATES: dict[str, str] = {
    DRAFT: QT_TRANSLATE_NOOP("reimbursements", "Draft"),
    SUBMITTED: QT_TRANSLATE_NOOP("reimbursements", "Awaiting department head"),
    APPROVED: QT_TRANSLATE_NOOP("reimbursements", "Awaiting first review"),
    CHECKED: QT_TRANSLATE_NOOP("reimbursements", "Awaiting final review"),
    FINAL: QT_TRANSLATE_NOOP("reimbursements", "Awaiting payment"),
    PAID: QT_TRANSLATE_NOOP("reimbursements", "Paid"),
    RETURNED: QT_TRANSLATE_NOOP("reimbursements", "Returned for correction"),
    CANCELLED: QT_TRANSLATE_NOOP("reimbursements", "Withdrawn"),
}
STATE_TONES = {DRAFT: "neutral", SUBMITTED: "info", APPROVED: "info", CHECKED: "info", FINAL: "info",
               PAID: "success", RETURNED: "warning", CANCELLED: "danger"}
#: printed words of the states (zh_CN, like the printed forms)
STATE_WORDS = {DRAFT: "草稿", SUBMITTED: "待部门审批", APPROVED: "待初审", CHECKED: "待终审", FINAL: "待支付",
               PAID: "已支付", RETURNED: "退回修改", CANCELLED: "已撤销"}
EDITABLE = frozenset({DRAFT, RETURNED})
#: states in which a claim uses its department's budget
COMMITTED = frozenset({APPROVED, CHECKED, FINAL, PAID})
#: states waiting for someone other than the claimant, with the permission of that step
WAITING = {SUBMITTED: "reimbursements.approve", APPROVED: "reimbursements.check",
           CHECKED: "reimbursements.final", FINAL: "reimbursements.pay"}
#: the steps nobody may take on their own claim
REVIEW_ACTIONS = frozenset({"approve", "check", "final", "pay", "return"})

CHECKLIST = {
    "receipts_present": QT_TRANSLATE_NOOP("reimbursements", "Receipts present for every line"),
    "receipts_real": QT_TRANSLATE_NOOP("reimbursements", "Receipts are real"),
    "receipts_legal": QT_TRANSLATE_NOOP("reimbursements", "Receipts are legal (proper invoices)"),
    "complete": QT_TRANSLATE_NOOP("reimbursements", "Claim is complete (purpose, dates, amounts)"),
}
PAY_METHODS = {
    "transfer": QT_TRANSLATE_NOOP("reimbursements", "Bank transfer"),
    "cash": QT_TRANSLATE_NOOP("reimbursements", "Cash"),
    "cheque": QT_TRANSLATE_NOOP("reimbursements", "Cheque"),
    "offset": QT_TRANSLATE_NOOP("reimbursements", "Offset against an advance"),
}
PAY_METHOD_WORDS = {"transfer": "银行转账", "cash": "现金", "cheque": "支票", "offset": "冲抵借款"}


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    required: bool = True
    check: Callable[[Any], Any] | None = None


@dataclass(frozen=True)
class Action:
    code: str
    title: str
    sources: frozenset[str]
    target: str
    #: None: the permission of the step the claim is waiting for (a return)
    permission: str | None
    fields: tuple[Field, ...] = ()
    needs_comment: bool = False


def _text(value: Any) -> str:
    return str(value or "").strip()


def iso_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(_text(value)).isoformat()
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."),
                              field="date", value=value) from None


def _paper(value: Any) -> dict[str, str] | None:
    """An approval signed on paper: who signed, on which day, and the scan (required)."""
    if not value:
        return None
    if not isinstance(value, Mapping) or not _text(value.get("by")):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A paper approval needs the name of who signed it."),
                              field="paper_by")
    sha = _text(value.get("sha256")).lower()
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Attach the scan of the signed paper approval."),
                              field="paper_scan")
    return {"by": _text(value["by"]), "on": iso_date(value.get("on")), "sha256": sha}


def _checklist(value: Any) -> dict[str, bool]:
    ticks = value if isinstance(value, Mapping) else {}
    missing = [key for key in CHECKLIST if ticks.get(key) is not True]
    if missing:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Tick every point of the first-review checklist, or "
                                                          "return the claim."), field="checklist")
    return {key: True for key in CHECKLIST}


def _method(value: Any) -> str:
    value = _text(value)
    if value not in PAY_METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how the claim was paid."), field="method")
    return value


def _line_reasons(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason for each returned line."), field="lines")
    out = {}
    for key, reason in value.items():
        try:
            line_no = int(key)
        except (TypeError, ValueError):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a line number."), field="lines",
                                  value=key) from None
        if _text(reason):
            out[str(line_no)] = _text(reason)
    return out


REVIEWING = frozenset(WAITING)

ACTIONS: dict[str, Action] = {action.code: action for action in (
    Action("submit", QT_TRANSLATE_NOOP("reimbursements", "Submit"), EDITABLE, SUBMITTED, "reimbursements.create"),
    Action("approve", QT_TRANSLATE_NOOP("reimbursements", "Department approval"), frozenset({SUBMITTED}), APPROVED,
           "reimbursements.approve", (Field("paper", QT_TRANSLATE_NOOP("reimbursements", "Approved on paper"), False,
                                            _paper),)),
    Action("check", QT_TRANSLATE_NOOP("reimbursements", "First review"), frozenset({APPROVED}), CHECKED,
           "reimbursements.check", (Field("checklist", QT_TRANSLATE_NOOP("reimbursements", "Checklist"), True,
                                          _checklist),)),
    Action("final", QT_TRANSLATE_NOOP("reimbursements", "Final review"), frozenset({CHECKED}), FINAL,
           "reimbursements.final"),
    Action("pay", QT_TRANSLATE_NOOP("reimbursements", "Record payment"), frozenset({FINAL}), PAID,
           "reimbursements.pay",
           (Field("paid_on", QT_TRANSLATE_NOOP("reimbursements", "Paid on"), True, iso_date),
            Field("method", QT_TRANSLATE_NOOP("reimbursements", "Payment method"), True, _method))),
    Action("return", QT_TRANSLATE_NOOP("reimbursements", "Return for correction"), REVIEWING, RETURNED, None,
           (Field("lines", QT_TRANSLATE_NOOP("reimbursements", "Returned lines"), False, _line_reasons),),
           needs_comment=True),
    Action("cancel", QT_TRANSLATE_NOOP("reimbursements", "Withdraw"), EDITABLE, CANCELLED, "reimbursements.create",
           needs_comment=True),
)}


def permission_for(action: Action, state: str) -> str:
    return action.permission or WAITING.get(state, "reimbursements.approve")


def facts_of(action: Action, data: Mapping[str, Any]) -> dict[str, Any]:
    return step_facts(action.fields, data)


def check_state(claim: Claim, action: Action) -> None:
    if claim.status not in action.sources:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Claim {number} is {state}: “{action}” is not possible now."),
                       number=claim.number, state=STATE_WORDS.get(claim.status, claim.status),
                       action=action.code)


def record(uow: UnitOfWork, claim: Claim, action: str, from_state: str | None, comment: str | None = None,
           facts: dict | None = None) -> ClaimTransition:
    """Write the transition row and move the claim to its new state (already set by the caller)."""
    row = ClaimTransition(
        claim_id=claim.id, action=action, from_state=from_state, to_state=claim.status,
        actor_id=uow.actor.user_id, actor_name=uow.actor.display_name or uow.actor.username, at=uow.now(),
        comment=comment or None, extra=json.dumps(facts, ensure_ascii=False, sort_keys=True) if facts else None,
    )
    uow.session.add(row)
    return row


def load_claim(uow: UnitOfWork, claim_id: str) -> Claim:
    claim = uow.session.get(Claim, claim_id)
    if claim is None or claim.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such expense claim."))
    return claim
