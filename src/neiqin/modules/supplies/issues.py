"""Issuing supplies (发放/领用) and returns of unused items (退库).

An issue goes to a person of a department and is checked against each item's issue standard for
the period; going over needs a department head's approval (given on the spot by someone with the
right, or requested and given later). The recipient signs on the pad (the PNG is kept with the
issue) or on the printed issue slip. Issuing more than is in stock is refused.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.db.session import UnitOfWork
from neiqin.core.db.types import QTY_SCALE
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.ledger.movements import ISSUE, RETURN, Source, parse_quantity, plain_decimal
from neiqin.core.money import round_money
from neiqin.core.signatures import check_signature, store_signature
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.models import SupplyIssue, SupplyIssueLine, SupplyItem
from neiqin.modules.supplies.schemas import (
    IssueInput,
    IssueLineView,
    IssueView,
    ReturnInput,
    StandardCheck,
)
from neiqin.modules.supplies.service import LEDGER, load_item, local_today, new_number, text

ISSUE_PREFIX, RETURN_PREFIX = "LY", "TK"
SOURCE = "supply_issue"
#: issues that count against the standard
COUNTED = (rules.ISSUED, rules.CLEARED, rules.POSTED)


def _line_views(session: Session, issue_id: str) -> tuple[IssueLineView, ...]:
    rows = session.execute(select(SupplyIssueLine, SupplyItem).join(SupplyItem, SupplyItem.id == SupplyIssueLine.item_id)
                           .where(SupplyIssueLine.issue_id == issue_id, SupplyIssueLine.deleted_at.is_(None))
                           .order_by(SupplyIssueLine.line_no))
    return tuple(IssueLineView(line.id, line.line_no, item.id, item.code, item.name, item.spec or "", item.unit,
                               line.quantity, line.unit_cost, line.amount, line.standard_left, line.over_standard,
                               line.returned_quantity) for line, item in rows)


def issue_view(session: Session, doc: SupplyIssue) -> IssueView:
    return IssueView(doc.id, doc.number, doc.kind, doc.status, doc.issued_on, doc.recipient_user_id,
                     doc.recipient_name, doc.department, doc.purpose or "", doc.issue_id, doc.total_amount,
                     doc.over_standard, doc.approved_by or "", doc.approval_note or "", doc.sign_mode,
                     doc.signature_sha256, doc.signed_at, doc.issuer_name or "", _line_views(session, doc.id))


def load_issue(session: Session, issue_id: str) -> SupplyIssue:
    doc = session.get(SupplyIssue, issue_id)
    if doc is None or doc.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such issue slip."))
    return doc


def get_issue(session: Session, actor: Actor, issue_id: str) -> IssueView:
    actor.require("supplies.view")
    return issue_view(session, load_issue(session, issue_id))


def get_issue_by_number(session: Session, actor: Actor, number: str) -> IssueView:
    actor.require("supplies.view")
    doc = session.scalar(select(SupplyIssue).where(SupplyIssue.number == (number or "").strip().upper(),
                                                   SupplyIssue.deleted_at.is_(None)))
    if doc is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No issue slip numbered {number}."), number=number)
    return issue_view(session, doc)


def list_issues(session: Session, actor: Actor, statuses: tuple[str, ...] = (), limit: int = 500) -> list[IssueView]:
    actor.require("supplies.view")
    query = select(SupplyIssue).where(SupplyIssue.deleted_at.is_(None))
    if statuses:
        query = query.where(SupplyIssue.status.in_(statuses))
    docs = session.scalars(query.order_by(SupplyIssue.issued_on.desc(), SupplyIssue.number.desc()).limit(limit))
    return [issue_view(session, doc) for doc in docs]


# --- the issue standard --------------------------------------------------------------------------


def used_in_period(session: Session, item: SupplyItem, day: date, recipient_user_id: str | None,
                   recipient_name: str, department: str) -> Decimal:
    """What the person (or department) took of an item in the standard's period, net of returns."""
    start, end = rules.period_bounds(item.standard_period, day)
    query = (select(func.coalesce(func.sum(type_coerce(SupplyIssueLine.quantity, BigInteger)), 0))
             .join(SupplyIssue, SupplyIssue.id == SupplyIssueLine.issue_id)
             .where(SupplyIssueLine.item_id == item.id, SupplyIssueLine.deleted_at.is_(None),
                    SupplyIssue.deleted_at.is_(None), SupplyIssue.status.in_(COUNTED),
                    SupplyIssue.issued_on >= start, SupplyIssue.issued_on <= end))
    if item.standard_per == "department":
        query = query.where(SupplyIssue.department == department)
    elif recipient_user_id:
        query = query.where(SupplyIssue.recipient_user_id == recipient_user_id)
    else:
        query = query.where(SupplyIssue.recipient_name == recipient_name)
    return plain_decimal(Decimal(int(session.scalar(query) or 0)) / QTY_SCALE)


def check_standards(session: Session, actor: Actor, data: IssueInput) -> list[StandardCheck]:
    """Each line against its item's standard (used so far in the period, what is asked now)."""
    actor.require("supplies.view")
    day = data.issued_on or date.today()
    name, department = (data.recipient_name or "").strip(), (data.department or "").strip()
    out = []
    for line in data.lines:
        item = load_item(session, line.item_id)
        quantity = parse_quantity(line.quantity, "quantity")
        if item.standard_quantity is None:
            out.append(StandardCheck(item.id, item.name, quantity, None, Decimal(0), "", ""))
            continue
        used = used_in_period(session, item, day, data.recipient_user_id, name, department)
        out.append(StandardCheck(item.id, item.name, quantity, item.standard_quantity, used, item.standard_per,
                                 item.standard_period))
    return out


# --- issuing -------------------------------------------------------------------------------------


def _recipient(session: Session, data: IssueInput) -> tuple[str | None, str, str]:
    user_id = data.recipient_user_id or None
    name = text(data.recipient_name, "recipient_name")
    department = text(data.department, "department")
    if user_id:
        user = session.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "No such user."), field="recipient_name")
        name = name or user.display_name
        department = department or (user.department or "")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Who receives the supplies?"), field="recipient_name")
    if not department:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the recipient's department."), field="department")
    return user_id, name, department


def _over_message(check: StandardCheck) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "{name}: {quantity} is over the issue standard ({standard} {per} {period}, "
                                    "{used} taken already). A department head must approve it."),
        field="lines", name=check.name, quantity=_plain(check.quantity), standard=_plain(check.standard),
        used=_plain(check.used), per=rules.PER_WORDS.get(check.per, check.per),
        period=rules.PERIOD_WORDS.get(check.period, check.period))


def create_issue(uow: UnitOfWork, data: IssueInput, signature_png: bytes | None = None) -> IssueView:
    """Issue supplies now (posted, signed), or keep an over-standard issue waiting for approval."""
    uow.actor.require("supplies.issue")
    session = uow.session
    user_id, name, department = _recipient(session, data)
    if not data.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one item to issue."), field="lines")
    items = [load_item(session, line.item_id) for line in data.lines]
    if len({item.id for item in items}) != len(items):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An item is listed twice."), field="lines")
    for item, line in zip(items, data.lines, strict=True):
        if not parse_quantity(line.quantity, "quantity"):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name}: enter a quantity above zero."),
                                  field="quantity", name=item.name)
    day = data.issued_on or local_today(uow)
    checks = check_standards(session, uow.actor, IssueInput(name, department, data.lines, user_id,
                                                             issued_on=day))
    over = [check for check in checks if check.over]
    status = rules.ISSUED
    if over and data.approve_over_standard:
        if not uow.actor.can("supplies.approve_over_standard"):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only a department head may approve an issue over "
                                                              "the standard; ask for approval instead."),
                                  field="approve_over_standard")
    elif over and data.request_approval:
        status = rules.AWAITING
    elif over:
        raise _over_message(over[0])
    if status == rules.ISSUED and not data.sign_on_paper:
        check_signature(signature_png)
    doc = SupplyIssue(number=new_number(uow, ISSUE_PREFIX, day), kind="issue", status=status, issued_on=day,
                      recipient_user_id=user_id, recipient_name=name, department=department,
                      purpose=text(data.purpose, "notes") or None, over_standard=bool(over),
                      sign_mode="paper" if data.sign_on_paper else "pad",
                      issuer_name=uow.actor.display_name or uow.actor.username)
    if over and status == rules.ISSUED:
        doc.approved_by = uow.actor.display_name or uow.actor.username
        doc.approved_at = uow.now()
        doc.approval_note = text(data.approval_note, "notes") or None
    session.add(doc)
    session.flush()
    total = Decimal("0.00")
    for index, (item, check) in enumerate(zip(items, checks, strict=True)):
        quantity = check.quantity
        cost = item.last_price or Decimal("0.00")
        row = SupplyIssueLine(issue_id=doc.id, line_no=index + 1, item_id=item.id, quantity=quantity,
                              unit_cost=cost, amount=round_money(quantity * cost), standard_left=check.left,
                              over_standard=check.over)
        session.add(row)
        total += row.amount
    doc.total_amount = total
    rules.record(uow, "issue", doc, "issue" if status == rules.ISSUED else "request", None,
                 doc.approval_note if over and status == rules.ISSUED else None)
    session.flush()
    if status == rules.ISSUED:
        _post_and_sign(uow, doc, signature_png)
    return issue_view(session, doc)


def _post_and_sign(uow: UnitOfWork, doc: SupplyIssue, signature_png: bytes | None) -> None:
    source = Source(SOURCE, doc.id, doc.number)
    for line in uow.session.scalars(select(SupplyIssueLine).where(SupplyIssueLine.issue_id == doc.id)
                                    .order_by(SupplyIssueLine.line_no)):
        LEDGER.post(uow.session, item_id=line.item_id, quantity=-line.quantity, kind=ISSUE, moved_at=uow.now(),
                    unit_cost=line.unit_cost, source=source, note=f"{doc.department} {doc.recipient_name}",
                    forbid_negative=True)
    if doc.sign_mode == "pad":
        view = store_signature(uow, SupplyIssue.__tablename__, doc.id, signature_png, doc.recipient_name)
        doc.signature_sha256 = view.sha256
        doc.signed_at = uow.now()
    uow.session.flush()


def issue_action(uow: UnitOfWork, issue_id: str, code: str, comment: str = "") -> IssueView:
    """approve / reject an issue waiting for approval over the standard."""
    doc = load_issue(uow.session, issue_id)
    rules.apply(uow, "issue", doc, code, comment)
    if code == "approve":
        doc.approved_by = uow.actor.display_name or uow.actor.username
        doc.approved_at = uow.now()
        doc.approval_note = (comment or "").strip() or None
    return issue_view(uow.session, doc)


def hand_out(uow: UnitOfWork, issue_id: str, signature_png: bytes | None = None,
             sign_on_paper: bool = False) -> IssueView:
    """Hand out an approved over-standard issue: post it and take the recipient's signature."""
    doc = load_issue(uow.session, issue_id)
    if not sign_on_paper:
        check_signature(signature_png)
    doc.sign_mode = "paper" if sign_on_paper else "pad"
    rules.apply(uow, "issue", doc, "hand_out")
    _post_and_sign(uow, doc, signature_png)
    return issue_view(uow.session, doc)


# --- returns -------------------------------------------------------------------------------------


def create_return(uow: UnitOfWork, data: ReturnInput) -> IssueView:
    """Unused items given back to the store: a return slip against the issue, posted at the issue's cost."""
    uow.actor.require("supplies.issue")
    session = uow.session
    issue = load_issue(session, data.issue_id)
    if issue.kind != "issue" or issue.status != rules.ISSUED:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Only handed-out issues can take returns ({number})."),
                       number=issue.number)
    wanted = [(line_id, parse_quantity(quantity, "quantity")) for line_id, quantity in data.lines]
    wanted = [(line_id, quantity) for line_id, quantity in wanted if quantity]
    if not wanted:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the quantity given back."), field="quantity")
    day = data.returned_on or local_today(uow)
    doc = SupplyIssue(number=new_number(uow, RETURN_PREFIX, day), kind="return", status=rules.POSTED,
                      issued_on=day, recipient_user_id=issue.recipient_user_id, recipient_name=issue.recipient_name,
                      department=issue.department, purpose=text(data.note, "notes") or None, issue_id=issue.id,
                      sign_mode="paper", issuer_name=uow.actor.display_name or uow.actor.username)
    session.add(doc)
    session.flush()
    source = Source(SOURCE, doc.id, doc.number)
    total = Decimal("0.00")
    for index, (line_id, quantity) in enumerate(wanted):
        line = session.get(SupplyIssueLine, line_id)
        if line is None or line.issue_id != issue.id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A line is not part of issue {number}."),
                                  field="lines", number=issue.number)
        item = session.get(SupplyItem, line.item_id)
        left = line.quantity - line.returned_quantity
        if quantity > left:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name}: only {left} can still be returned."),
                                  field="quantity", name=item.name, left=_plain(left))
        line.returned_quantity += quantity
        amount = round_money(quantity * line.unit_cost)
        session.add(SupplyIssueLine(issue_id=doc.id, line_no=index + 1, item_id=item.id, quantity=-quantity,
                                    unit_cost=line.unit_cost, amount=-amount, returns_line_id=line.id))
        LEDGER.post(session, item_id=item.id, quantity=quantity, kind=RETURN, moved_at=uow.now(),
                    unit_cost=line.unit_cost, source=source, note=f"{issue.number} 退库")
        total -= amount
    doc.total_amount = total
    rules.record(uow, "issue", doc, "return", None, data.note)
    session.flush()
    return issue_view(session, doc)


def _plain(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")
