"""Claim use cases: claims entered (for oneself or a colleague), edited, read, receipts attached.

Every function takes a unit of work (one transaction per user action) and checks the actor's
permission itself. The approval chain is in `approval.py`, budgets in `budgets.py`.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core import attachments
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from neiqin.core.numbering import next_number
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.duplicates import DuplicatesFound, find_duplicates, note_of
from neiqin.modules.reimbursements.models import Claim, ClaimLine, ClaimTransition
from neiqin.modules.reimbursements.rules import (
    LIMITS,
    CleanLine,
    clean_lines,
    receipt_kind,
    save_standards,
    standards,
)
from neiqin.modules.reimbursements.schemas import (
    ClaimInput,
    ClaimView,
    LineView,
    PersonChoice,
    ReceiptView,
    Standard,
    TransitionView,
)

PREFIX = "BX"
LINE_TABLE = ClaimLine.__tablename__
CLAIM_TABLE = Claim.__tablename__


def local_today(uow_or_now) -> date:
    now = uow_or_now.now() if isinstance(uow_or_now, UnitOfWork) else uow_or_now
    return now.astimezone().date()


# --- people ----------------------------------------------------------------------------------------


def department_of(session: Session, user_id: str) -> str | None:
    return session.scalar(select(User.department).where(User.id == user_id))


def people(session: Session, actor: Actor) -> list[PersonChoice]:
    """Who a claim may be for: everyone active for a clerk who enters for colleagues, else oneself."""
    actor.require("reimbursements.view")
    query = select(User).where(User.active.is_(True), User.deleted_at.is_(None)).order_by(User.department,
                                                                                          User.display_name)
    if not actor.can("reimbursements.enter_for_others"):
        query = query.where(User.id == actor.user_id)
    return [PersonChoice(u.id, u.display_name, u.department or "") for u in session.scalars(query)]


def is_department_head(session: Session, actor: Actor, department: str) -> bool:
    """A reviewer of the claim's department, or an administrator."""
    if actor.role == "admin":
        return True
    return actor.role == "reviewer" and (department_of(session, actor.user_id) or "") == department


# --- views -----------------------------------------------------------------------------------------


def live_lines(session: Session, claim_id: str) -> list[ClaimLine]:
    return list(session.scalars(select(ClaimLine).where(ClaimLine.claim_id == claim_id,
                                                        ClaimLine.deleted_at.is_(None))
                                .order_by(ClaimLine.line_no)))


def line_receipts(session: Session, lines: list[ClaimLine]) -> dict[str, tuple[ReceiptView, ...]]:
    out = {}
    for line in lines:
        out[line.id] = tuple(ReceiptView(a.id, a.sha256, a.filename, a.size)
                             for a in attachments.attachments_of(session, LINE_TABLE, line.id))
    return out


def claim_view(session: Session, claim: Claim) -> ClaimView:
    lines = live_lines(session, claim.id)
    receipts = line_receipts(session, lines)
    views = tuple(LineView(li.id, li.line_no, li.expense_date, li.category, li.purpose, li.amount,
                           li.invoice_number or "", li.days, li.duplicate_note or "", li.return_reason or "",
                           receipts[li.id]) for li in lines)
    return ClaimView(claim.id, claim.number, claim.status, claim.claimant_id, claim.claimant_name, claim.department,
                     claim.entered_by_id, claim.entered_by_name, claim.claim_date, claim.notes or "",
                     claim.total_amount, claim.has_duplicates, claim.over_budget, claim.paid_on,
                     claim.paid_method or "", claim.updated_at, views)


def can_see(actor: Actor, claim: Claim) -> bool:
    return actor.can("reimbursements.view_all") or actor.user_id in (claim.claimant_id, claim.entered_by_id)


def visible_claim(actor: Actor, claim: Claim | None) -> Claim:
    actor.require("reimbursements.view")
    if claim is None or claim.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such expense claim."))
    if not can_see(actor, claim):
        raise PermissionDenied("reimbursements.view_all", actor.username)
    return claim


def get_claim(session: Session, actor: Actor, claim_id: str) -> ClaimView:
    return claim_view(session, visible_claim(actor, session.get(Claim, claim_id)))


def get_claim_by_number(session: Session, actor: Actor, number: str) -> ClaimView:
    claim = session.scalar(select(Claim).where(Claim.number == (number or "").strip().upper()))
    if claim is None:
        actor.require("reimbursements.view")
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No expense claim numbered {number}."), number=number)
    return claim_view(session, visible_claim(actor, claim))


def timeline(session: Session, actor: Actor, claim_id: str) -> list[TransitionView]:
    visible_claim(actor, session.get(Claim, claim_id))
    rows = session.scalars(select(ClaimTransition).where(ClaimTransition.claim_id == claim_id)
                           .order_by(ClaimTransition.at, ClaimTransition.id))
    return [TransitionView(r.id, r.action, r.from_state, r.to_state, r.actor_id, r.actor_name, r.at,
                           r.comment or "", json.loads(r.extra) if r.extra else {}) for r in rows]


def action_title(code: str) -> str:
    """The English title of a timeline step (context "reimbursements")."""
    if code == "create":
        return QT_TRANSLATE_NOOP("reimbursements", "Entered")
    action = sm.ACTIONS.get(code)
    return action.title if action else code


# --- writing ---------------------------------------------------------------------------------------


def _claimant(uow: UnitOfWork, data: ClaimInput) -> User:
    claimant_id = data.claimant_id or uow.actor.user_id
    if claimant_id != uow.actor.user_id:
        uow.actor.require("reimbursements.enter_for_others")
    user = uow.session.get(User, claimant_id)
    if user is None or user.deleted_at is not None or not user.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose who the claim is for."), field="claimant")
    return user


def _header(data: ClaimInput, claimant: User) -> tuple[str, str]:
    department = (data.department or "").strip() or (claimant.department or "").strip()
    if not department:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the claimant's department."), field="department")
    if len(department) > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is longer than {limit} characters."),
                              field="department", limit=100)
    notes = (data.notes or "").strip()
    if len(notes) > LIMITS["notes"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is longer than {limit} characters."),
                              field="notes", limit=LIMITS["notes"])
    return department, notes


def _write_lines(uow: UnitOfWork, claim: Claim, lines: list[CleanLine], hits) -> None:
    """Lines are matched by position: rows (and their receipts) are updated in place, extra rows
    are tombstoned."""
    existing = live_lines(uow.session, claim.id)
    for index, line in enumerate(lines):
        row = existing[index] if index < len(existing) else ClaimLine(claim_id=claim.id)
        row.line_no, row.expense_date, row.category = line.line_no, line.expense_date, line.category
        row.purpose, row.amount = line.purpose, line.amount
        row.invoice_number, row.days = line.invoice_number or None, line.days
        row.duplicate_note = note_of(hits, line.line_no)
        if index >= len(existing):
            uow.session.add(row)
    for row in existing[len(lines):]:
        row.deleted_at = uow.now()
    claim.line_count = len(lines)
    claim.total_amount = sum((line.amount for line in lines), Decimal("0"))
    claim.has_duplicates = bool(hits)


def create_claim(uow: UnitOfWork, data: ClaimInput, confirm_duplicates: bool = False) -> ClaimView:
    """Save a new claim as a draft. A line that looks claimed before raises DuplicatesFound unless
    the person confirmed it (`confirm_duplicates`)."""
    uow.actor.require("reimbursements.create")
    claimant = _claimant(uow, data)
    department, notes = _header(data, claimant)
    today = local_today(uow)
    lines = clean_lines(data.lines, today)
    hits = find_duplicates(uow.session, lines, claimant.id, None)
    if hits and not confirm_duplicates:
        raise DuplicatesFound(hits)
    branch = get_setting(uow.session, BRANCH_CODE)
    if not branch:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The branch code is not set up."), field="branch_code")
    claim_date = data.claim_date or today
    if claim_date > today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The claim date {date} is in the future."),
                              field="claim_date", date=claim_date.isoformat())
    claim = Claim(number=next_number(uow.session, PREFIX, branch, claim_date.year), status=sm.DRAFT,
                  claimant_id=claimant.id, claimant_name=claimant.display_name, department=department,
                  entered_by_id=uow.actor.user_id, entered_by_name=uow.actor.display_name or uow.actor.username,
                  claim_date=claim_date, notes=notes or None, status_changed_at=uow.now(),
                  status_changed_by=uow.actor.user_id)
    uow.session.add(claim)
    uow.session.flush()
    _write_lines(uow, claim, lines, hits)
    sm.record(uow, claim, "create", None)
    uow.session.flush()
    return claim_view(uow.session, claim)


def check_owner(uow: UnitOfWork, claim: Claim) -> None:
    """The claimant, whoever entered the claim, or a clerk who enters claims for colleagues."""
    if uow.actor.user_id in (claim.claimant_id, claim.entered_by_id):
        return
    uow.actor.require("reimbursements.enter_for_others")


def update_claim(uow: UnitOfWork, claim_id: str, data: ClaimInput, expected_updated_at: datetime | None = None,
                 confirm_duplicates: bool = False) -> ClaimView:
    uow.actor.require("reimbursements.create")
    claim = sm.load_claim(uow, claim_id)
    check_owner(uow, claim)
    if claim.status not in sm.EDITABLE:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Claim {number} is {state} and can no longer be edited."),
                       number=claim.number, state=sm.STATE_WORDS.get(claim.status, claim.status))
    if expected_updated_at is not None and claim.updated_at != expected_updated_at:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Someone else changed this claim in the meantime. Reload it and "
                                                   "edit again."))
    claimant = _claimant(uow, data)
    department, notes = _header(data, claimant)
    lines = clean_lines(data.lines, local_today(uow))
    hits = find_duplicates(uow.session, lines, claimant.id, claim.id, claim.number)
    if hits and not confirm_duplicates:
        raise DuplicatesFound(hits)
    claim.claimant_id, claim.claimant_name = claimant.id, claimant.display_name
    claim.department, claim.notes = department, notes or None
    if data.claim_date is not None:
        claim.claim_date = data.claim_date
    _write_lines(uow, claim, lines, hits)
    uow.session.flush()
    return claim_view(uow.session, claim)


# --- receipts and scans ----------------------------------------------------------------------------


def _store(uow: UnitOfWork, source: Path):
    receipt_kind(source)  # an image or a PDF of at most 20 MB, by its content
    if uow.db.path is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Files can only be attached to a database file."),
                              field="receipt")
    return attachments.store(uow.db.path, Path(source))


def attach_receipt(uow: UnitOfWork, claim_id: str, line_no: int, source: str | Path) -> ReceiptView:
    """Attach the scan or photo of a receipt to one line of a claim."""
    uow.actor.require("reimbursements.create")
    claim = sm.load_claim(uow, claim_id)
    if claim.status in (sm.PAID, sm.CANCELLED):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Claim {number} is {state}: receipts can no longer be added."),
                       number=claim.number, state=sm.STATE_WORDS.get(claim.status, claim.status))
    if not (claim.status == sm.APPROVED and uow.actor.can("reimbursements.check")):
        check_owner(uow, claim)
    line = next((li for li in live_lines(uow.session, claim.id) if li.line_no == line_no), None)
    if line is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Claim {number} has no line {line}."), field="line",
                              number=claim.number, line=line_no)
    ref = _store(uow, Path(source))
    view = attachments.attach(uow, LINE_TABLE, line.id, ref, note=f"{claim.number} #{line_no}")
    return ReceiptView(view.id, view.sha256, view.filename, view.size)


def remove_receipt(uow: UnitOfWork, claim_id: str, attachment_id: str) -> None:
    uow.actor.require("reimbursements.create")
    claim = sm.load_claim(uow, claim_id)
    check_owner(uow, claim)
    if claim.status not in sm.EDITABLE:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Claim {number} is {state} and can no longer be edited."),
                       number=claim.number, state=sm.STATE_WORDS.get(claim.status, claim.status))
    line_ids = {li.id for li in live_lines(uow.session, claim.id)}
    row = uow.session.get(attachments.Attachment, attachment_id)
    if row is None or row.owner_table != LINE_TABLE or row.owner_id not in line_ids:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such attachment."))
    attachments.detach(uow, attachment_id)


def store_scan(uow: UnitOfWork, claim_id: str, source: str | Path) -> str:
    """Store the scan of a paper approval, attach it to the claim; returns its sha256. Attaching is
    part of approving: it needs the head's right to approve or the clerk's to record paper approvals."""
    if not uow.actor.can("reimbursements.approve"):
        uow.actor.require("reimbursements.record_paper")
    claim = sm.load_claim(uow, claim_id)
    ref = _store(uow, Path(source))
    attachments.attach(uow, CLAIM_TABLE, claim.id, ref, note="paper approval")
    return ref.sha256


def receipt_path(session: Session, actor: Actor, db_path: Path, claim_id: str, sha256: str) -> Path:
    get_claim(session, actor, claim_id)
    return attachments.open_path(db_path, sha256)


# --- standards -------------------------------------------------------------------------------------


def get_standards(session: Session, actor: Actor) -> dict[str, Standard]:
    actor.require("reimbursements.view")
    return standards(session)


def set_standards(uow: UnitOfWork, values: dict[str, Standard]) -> dict[str, Standard]:
    """The company's reimbursement standards per category (first review checks lines against them)."""
    uow.actor.require("reimbursements.standards")
    save_standards(uow.session, values, uow.actor.user_id)
    uow.session.flush()
    return standards(uow.session)
