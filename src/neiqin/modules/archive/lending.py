"""Lending (档案借阅) as a state machine of data: request → approval by the department head (a higher
role for a higher confidentiality level) → issue against the borrower's signature → renewals and
reminders → return with a condition check and signature. Every step writes a `LendingStep`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from neiqin.core.signatures import store_signature
from neiqin.modules.archive import rules
from neiqin.modules.archive.models import ArchiveItem, Lending, LendingStep
from neiqin.modules.archive.schemas import LendingInput, LendingView, ReminderDue, StepView
from neiqin.modules.archive.service import actor_name, load_item, local_today, new_number

PREFIX = "JY"
REQUESTED, APPROVED, REJECTED, ISSUED, RETURNED, CANCELLED = (
    "requested", "approved", "rejected", "issued", "returned", "cancelled")
STATES = {
    REQUESTED: QT_TRANSLATE_NOOP("archive", "Awaiting approval"),
    APPROVED: QT_TRANSLATE_NOOP("archive", "Approved"),
    REJECTED: QT_TRANSLATE_NOOP("archive", "Rejected"),
    ISSUED: QT_TRANSLATE_NOOP("archive", "Issued"),
    RETURNED: QT_TRANSLATE_NOOP("archive", "Returned"),
    CANCELLED: QT_TRANSLATE_NOOP("archive", "Cancelled"),
}
TONES = {REQUESTED: "info", APPROVED: "info", REJECTED: "danger", ISSUED: "warning", RETURNED: "success",
         CANCELLED: "neutral"}
STATE_WORDS = {REQUESTED: "待审批", APPROVED: "已批准", REJECTED: "未批准", ISSUED: "借出中", RETURNED: "已归还",
               CANCELLED: "已取消"}
OPEN = frozenset({REQUESTED, APPROVED, ISSUED})


@dataclass(frozen=True)
class Action:
    code: str
    title: str
    sources: frozenset[str]
    target: str
    permission: str
    needs_comment: bool = False


ACTIONS: dict[str, Action] = {a.code: a for a in (
    Action("approve", QT_TRANSLATE_NOOP("archive", "Approve"), frozenset({REQUESTED}), APPROVED, "archive.lend.approve"),
    Action("reject", QT_TRANSLATE_NOOP("archive", "Reject"), frozenset({REQUESTED}), REJECTED, "archive.lend.approve",
           needs_comment=True),
    Action("issue", QT_TRANSLATE_NOOP("archive", "Issue"), frozenset({APPROVED}), ISSUED, "archive.lend"),
    Action("renew", QT_TRANSLATE_NOOP("archive", "Renew"), frozenset({ISSUED}), ISSUED, "archive.lend"),
    Action("remind", QT_TRANSLATE_NOOP("archive", "Reminder"), frozenset({ISSUED}), ISSUED, "archive.lend"),
    Action("return", QT_TRANSLATE_NOOP("archive", "Return"), frozenset({ISSUED}), RETURNED, "archive.lend"),
    Action("cancel", QT_TRANSLATE_NOOP("archive", "Cancel"), frozenset({REQUESTED, APPROVED}), CANCELLED,
           "archive.lend", needs_comment=True),
)}


def step_title(code: str) -> str:
    if code == "request":
        return QT_TRANSLATE_NOOP("archive", "Requested")
    action = ACTIONS.get(code)
    return action.title if action else code


# --- reading ---------------------------------------------------------------------------------------


def _steps(session: Session, lending_id: str) -> tuple[StepView, ...]:
    rows = session.scalars(select(LendingStep).where(LendingStep.lending_id == lending_id)
                           .order_by(LendingStep.at, LendingStep.id))
    return tuple(StepView(r.action, r.from_state, r.to_state, r.actor_name, r.at, r.comment or "",
                          json.loads(r.extra) if r.extra else {}) for r in rows)


def lending_view(session: Session, row: Lending, with_steps: bool = True) -> LendingView:
    return LendingView(
        row.id, row.number, row.item_id, row.item_number, row.item_title, row.confidentiality, row.borrower_name,
        row.borrower_department or "", row.purpose, row.mode, row.may_copy, row.may_photo, row.requested_on,
        row.due_on, row.status, row.approved_by or "", row.approved_at, row.issued_at, row.renewals,
        row.returned_at, row.return_condition or "", row.reminders,
        _steps(session, row.id) if with_steps else ())


def _load(session: Session, lending_id: str) -> Lending:
    row = session.get(Lending, lending_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such lending."))
    return row


def get_lending(session: Session, actor: Actor, lending_id: str) -> LendingView:
    actor.require("archive.view")
    return lending_view(session, _load(session, lending_id))


def get_lending_by_number(session: Session, actor: Actor, number: str) -> LendingView:
    actor.require("archive.view")
    row = session.scalar(select(Lending).where(Lending.number == (number or "").strip().upper(),
                                               Lending.deleted_at.is_(None)))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No lending numbered {number}."), number=number)
    return lending_view(session, row)


def lendings_of_item(session: Session, actor: Actor, item_id: str) -> list[LendingView]:
    actor.require("archive.view")
    rows = session.scalars(select(Lending).where(Lending.item_id == item_id, Lending.deleted_at.is_(None))
                           .order_by(Lending.requested_on.desc(), Lending.id.desc()))
    return [lending_view(session, row, with_steps=False) for row in rows]


def open_lending_of(session: Session, item_id: str) -> Lending | None:
    return session.scalar(select(Lending).where(Lending.item_id == item_id, Lending.status.in_(OPEN),
                                                Lending.deleted_at.is_(None)).limit(1))


# --- the rule of who approves ---------------------------------------------------------------------------


def approval_problem(session: Session, actor: Actor, lending: LendingView | Lending) -> tuple[str, dict] | None:
    """None when `actor` may approve this lending; otherwise the English reason and its parameters.

    Approval is the department head's (a reviewer of the borrower's department) or an
    administrator's; the item's confidentiality level sets the least role (`rules.APPROVAL_ROLE`)."""
    if not actor.can("archive.lend.approve"):
        return QT_TRANSLATE_NOOP("errors", "You do not have the right to do this ({permission})."), \
            {"permission": "archive.lend.approve"}
    level = lending.confidentiality
    if not rules.role_may_approve(actor.role, level):
        return QT_TRANSLATE_NOOP("errors", "{number} is {level}: lending it needs the approval of {role}."), \
            {"number": lending.item_number, "level": rules.LEVEL_WORDS[level],
             "role": rules.ROLE_WORDS[rules.approval_role(level)]}
    if rules.ROLE_RANK.get(actor.role, -1) < rules.ROLE_RANK["admin"]:
        user = session.get(User, actor.user_id)
        mine = (user.department or "").strip() if user is not None else ""
        theirs = (lending.borrower_department or "").strip()
        if mine and theirs and mine != theirs:
            return QT_TRANSLATE_NOOP("errors", "Only the head of {department} (or an administrator) approves "
                                               "this lending."), {"department": theirs}
    return None


# --- writing -----------------------------------------------------------------------------------------


def _step(uow: UnitOfWork, row: Lending, action: str, to_state: str, comment: str = "",
          extra: dict[str, Any] | None = None) -> None:
    uow.session.add(LendingStep(
        lending_id=row.id, action=action, from_state=row.status if action != "request" else None, to_state=to_state,
        actor_id=uow.actor.user_id, actor_name=actor_name(uow.actor), at=uow.now(), comment=comment or None,
        extra=json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None))
    row.status = to_state


def lendable(session: Session, item: ArchiveItem) -> None:
    """Raise when the item cannot be lent now: destroyed, missing, or lent or requested already."""
    if item.status == rules.DESTROYED:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} was destroyed and cannot be lent."), number=item.number)
    if item.status == rules.MISSING:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is recorded as missing and cannot be lent."),
                       number=item.number)
    current = open_lending_of(session, item.id)
    if item.status == rules.ON_LOAN or (current is not None and current.status == ISSUED):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is on loan already ({lending}, due {due})."),
                       number=item.number, lending=current.number if current else "",
                       due=current.due_on.isoformat() if current else "")
    if current is not None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} has an open lending request already ({lending})."),
                       number=item.number, lending=current.number)


def request_lending(uow: UnitOfWork, data: LendingInput) -> LendingView:
    """Record a lending request (借阅申请); the due date defaults to today + 7 days."""
    uow.actor.require("archive.lend")
    session = uow.session
    item = load_item(session, data.item_id)
    lendable(session, item)
    today = local_today(uow)
    borrower = rules.text(data.borrower_name, "borrower_name", 100, True)
    purpose = rules.text(data.purpose, "purpose", 1000, True)
    mode = rules.choice(data.mode, rules.MODES, "mode")
    if data.may_copy is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Answer whether copying is allowed."), field="may_copy")
    if data.may_photo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Answer whether photographing is allowed."),
                              field="may_photo")
    due = data.due_on or today + timedelta(days=rules.DEFAULT_LOAN_DAYS)
    if due < today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The due date {date} is before today."), field="due_on",
                              date=due.isoformat())
    row = Lending(number=new_number(uow, PREFIX, today), item_id=item.id, item_number=item.number,
                  item_title=item.title, confidentiality=item.confidentiality, borrower_name=borrower,
                  borrower_department=rules.text(data.borrower_department, "borrower_department", 100) or None,
                  purpose=purpose, mode=mode, may_copy=bool(data.may_copy), may_photo=bool(data.may_photo),
                  requested_on=today, due_on=due, status=REQUESTED, renewals=0, reminders=0)
    session.add(row)
    session.flush()
    _step(uow, row, "request", REQUESTED)
    session.flush()
    return lending_view(session, row)


def _begin(uow: UnitOfWork, lending_id: str, code: str, comment: str = "") -> tuple[Lending, Action]:
    action = ACTIONS[code]
    uow.actor.require(action.permission)
    row = _load(uow.session, lending_id)
    if row.status not in action.sources:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Lending {number} is {state}: “{action}” is not possible now."),
                       number=row.number, state=STATE_WORDS[row.status], action=code)
    if action.needs_comment and not (comment or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason."), field="comment")
    return row, action


def approve(uow: UnitOfWork, lending_id: str, comment: str = "") -> LendingView:
    row, action = _begin(uow, lending_id, "approve")
    problem = approval_problem(uow.session, uow.actor, row)
    if problem is not None:
        message, params = problem
        if "permission" in params:
            raise PermissionDenied(params["permission"], uow.actor.username)
        raise ValidationError(message, field="approver", **params)
    row.approved_by = actor_name(uow.actor)
    row.approved_at = uow.now()
    _step(uow, row, action.code, action.target, comment.strip(), {"role": uow.actor.role})
    uow.session.flush()
    return lending_view(uow.session, row)


def reject(uow: UnitOfWork, lending_id: str, comment: str) -> LendingView:
    row, action = _begin(uow, lending_id, "reject", comment)
    problem = approval_problem(uow.session, uow.actor, row)
    if problem is not None:
        raise ValidationError(problem[0], field="approver", **problem[1])
    _step(uow, row, action.code, action.target, comment.strip())
    uow.session.flush()
    return lending_view(uow.session, row)


def cancel(uow: UnitOfWork, lending_id: str, comment: str) -> LendingView:
    row, action = _begin(uow, lending_id, "cancel", comment)
    _step(uow, row, action.code, action.target, comment.strip())
    uow.session.flush()
    return lending_view(uow.session, row)


def _signature_facts(uow: UnitOfWork, row: Lending, signature: bytes | None, signed_on_paper: bool,
                     signer: str) -> dict[str, str]:
    if signature:
        view = store_signature(uow, Lending.__tablename__, row.id, signature, signer)
        return {"signed": "pad", "signature": view.sha256}
    if signed_on_paper:
        return {"signed": "paper"}
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "The borrower signs: on the signature pad or on the printed "
                                                      "lending slip."), field="signature")


def issue(uow: UnitOfWork, lending_id: str, signature: bytes | None = None, signed_on_paper: bool = False,
          comment: str = "") -> LendingView:
    """Hand the item over against the borrower's signature (pad or printed slip)."""
    row, action = _begin(uow, lending_id, "issue")
    item = load_item(uow.session, row.item_id)
    if item.status != rules.IN_STORE:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is not in store ({state}) and cannot be issued."),
                       number=item.number, state=rules.ITEM_WORDS.get(item.status, item.status))
    facts = _signature_facts(uow, row, signature, signed_on_paper, row.borrower_name)
    item.status = rules.ON_LOAN
    row.issued_at = uow.now()
    _step(uow, row, action.code, action.target, comment.strip(), facts)
    uow.session.flush()
    return lending_view(uow.session, row)


def renew(uow: UnitOfWork, lending_id: str, new_due: date, comment: str = "") -> LendingView:
    row, action = _begin(uow, lending_id, "renew")
    if row.renewals >= rules.MAX_RENEWALS:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Lending {number} was renewed {count} times already: return the "
                                                   "item and lend it anew."), number=row.number, count=row.renewals)
    new_due = rules.as_date(new_due, "due_on")
    if new_due <= row.due_on or new_due < local_today(uow):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The new due date must be after {date} and not before "
                                                          "today."), field="due_on", date=row.due_on.isoformat())
    old = row.due_on
    row.due_on = new_due
    row.renewals += 1
    _step(uow, row, action.code, action.target, comment.strip(), {"from": old.isoformat(), "to": new_due.isoformat()})
    uow.session.flush()
    return lending_view(uow.session, row)


def return_item(uow: UnitOfWork, lending_id: str, condition: str, note: str = "", signature: bytes | None = None,
                signed_on_paper: bool = False) -> LendingView:
    """Take the item back: its condition checked (a note when not intact) and the borrower's signature."""
    row, action = _begin(uow, lending_id, "return")
    condition = rules.choice(condition, rules.CONDITIONS, "condition")
    note = rules.text(note, "note", 1000)
    if condition != "intact" and not note:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe the damage or the missing pages."), field="note")
    facts = _signature_facts(uow, row, signature, signed_on_paper, row.borrower_name)
    facts["condition"] = condition
    item = load_item(uow.session, row.item_id)
    item.status = rules.IN_STORE
    row.returned_at = uow.now()
    row.return_condition = condition
    _step(uow, row, action.code, action.target, note, facts)
    uow.session.flush()
    return lending_view(uow.session, row)


# --- overdue and reminders ---------------------------------------------------------------------------


def level_due(days_overdue: int) -> int:
    """The highest reminder level due after `days_overdue` days (rules.REMINDER_STEPS)."""
    return max((level for level, days, _who in rules.REMINDER_STEPS if days_overdue >= days), default=0)


def reminder_recipient(level: int) -> str:
    return next((who for lvl, _days, who in rules.REMINDER_STEPS if lvl == level), "borrower")


def overdue_query(today: date):
    return (select(Lending).where(Lending.status == ISSUED, Lending.due_on < today, Lending.deleted_at.is_(None))
            .order_by(Lending.due_on, Lending.number))


def overdue(session: Session, actor: Actor, today: date, limit: int = 500) -> list[ReminderDue]:
    """Issued lendings past their due date, with the reminder level due by now."""
    actor.require("archive.view")
    out = []
    for row in session.scalars(overdue_query(today).limit(limit)):
        days = (today - row.due_on).days
        out.append(ReminderDue(row.id, row.number, row.item_number, row.item_title, row.borrower_name,
                               row.borrower_department or "", row.due_on, days, row.reminders, level_due(days)))
    return out


def record_reminder(uow: UnitOfWork, lending_id: str) -> LendingView:
    """Record that the reminder due now was sent (the printed notice): level 1 at due + 1 day, 2 at
    + 7, 3 (to the department head) at + 14."""
    row, action = _begin(uow, lending_id, "remind")
    days = (local_today(uow) - row.due_on).days
    level = level_due(days)
    if level == 0:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Lending {number} is not overdue yet."), number=row.number)
    if row.reminders >= level:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "The reminder due now for {number} was sent already."),
                       number=row.number)
    row.reminders = level
    _step(uow, row, action.code, action.target, "", {"level": str(level), "to": reminder_recipient(level),
                                                     "days_overdue": str(days)})
    uow.session.flush()
    return lending_view(uow.session, row)


def why_not(view: LendingView, code: str, actor: Actor, today: date) -> str | None:
    """None when the action is possible now; otherwise the English reason (context "archive")."""
    action = ACTIONS[code]
    if view.status not in action.sources:
        return QT_TRANSLATE_NOOP("archive", "Not possible while the lending is {state}.")
    if not actor.can(action.permission):
        return QT_TRANSLATE_NOOP("archive", "You do not have the right to do this.")
    if code == "approve" and not rules.role_may_approve(actor.role, view.confidentiality):
        return QT_TRANSLATE_NOOP("archive", "This item's confidentiality level needs a higher role to approve.")
    if code == "remind":
        level = level_due(view.days_overdue(today))
        if level == 0:
            return QT_TRANSLATE_NOOP("archive", "The lending is not overdue.")
        if view.reminders >= level:
            return QT_TRANSLATE_NOOP("archive", "The reminder due now was sent already.")
    if code == "renew" and view.renewals >= rules.MAX_RENEWALS:
        return QT_TRANSLATE_NOOP("archive", "Renewed as often as allowed.")
    return None
