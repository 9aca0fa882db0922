"""Communication log (沟通纪要) and follow-up visits (回访), and service cases (咨询/投诉)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.models import User
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.numbering import next_number
from neiqin.modules.customers.models import CaseNote, Communication, Customer, ServiceCase
from neiqin.modules.customers.schemas import (
    CASE_DAYS,
    CASE_KINDS,
    CHANNELS,
    LOG_KINDS,
    CaseInput,
    CaseNoteView,
    CaseView,
    CommunicationInput,
    CommunicationView,
)
from neiqin.modules.customers.service import _live, branch_code

CASE_PREFIX = "SC"


def _text(value, field: str, limit: int, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is required."), field=field)
    if len(value) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is too long: at most {limit} characters."),
                              field=field, limit=limit)
    return value


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(User.id, User.display_name)).all())


# --- communication log and follow-ups ------------------------------------------------------------


def _log_view(entry: Communication, customer_name: str, names: dict[str, str]) -> CommunicationView:
    return CommunicationView(entry.id, entry.customer_id, customer_name, entry.occurred_on, entry.kind,
                             entry.channel, entry.contact_name or "", entry.summary, entry.next_follow_up,
                             entry.follow_up_done_on, names.get(entry.created_by, ""))


def log_communication(uow, customer_id: str, data: CommunicationInput) -> CommunicationView:
    """A dated entry. When it records a visit or call, open follow-ups of the customer due by then
    are done."""
    uow.actor.require("customers.edit")
    customer = _live(uow.session, customer_id)
    if data.channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown channel: {value}."), field="channel",
                              value=data.channel)
    if data.kind not in LOG_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown entry kind: {value}."), field="kind",
                              value=data.kind)
    if not isinstance(data.occurred_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is required."), field="occurred_on")
    if data.occurred_on > uow.now().date() + timedelta(days=1):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The date of a conversation cannot be in the future."),
                              field="occurred_on")
    if data.next_follow_up is not None and data.next_follow_up < data.occurred_on:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The next follow-up must be after the conversation."),
                              field="next_follow_up")
    summary = _text(data.summary, "summary", 4000, required=True)
    contact = _text(data.contact_name, "contact_name", 60)
    for due in uow.session.scalars(select(Communication).where(
            Communication.customer_id == customer_id, Communication.deleted_at.is_(None),
            Communication.next_follow_up.is_not(None), Communication.next_follow_up <= data.occurred_on,
            Communication.follow_up_done_on.is_(None))):
        due.follow_up_done_on = data.occurred_on
    entry = Communication(customer_id=customer_id, occurred_on=data.occurred_on, kind=data.kind,
                          channel=data.channel, contact_name=contact or None, summary=summary,
                          next_follow_up=data.next_follow_up)
    uow.session.add(entry)
    uow.session.flush()
    return _log_view(entry, customer.name, _names(uow.session))


def complete_follow_up(uow, entry_id: str, done_on: date) -> None:
    uow.actor.require("customers.edit")
    entry = uow.session.get(Communication, entry_id)
    if entry is None or entry.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The entry no longer exists."))
    if entry.next_follow_up is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This entry has no follow-up."), field="next_follow_up")
    entry.follow_up_done_on = done_on


def communications(session: Session, customer_id: str) -> list[CommunicationView]:
    customer = _live(session, customer_id)
    names = _names(session)
    rows = session.scalars(select(Communication).where(Communication.customer_id == customer_id,
                                                       Communication.deleted_at.is_(None))
                           .order_by(Communication.occurred_on.desc(), Communication.created_at.desc()))
    return [_log_view(row, customer.name, names) for row in rows]


def follow_ups_due(session: Session, today: date, owner_id: str | None = None,
                   limit: int = 200) -> list[CommunicationView]:
    """Follow-ups due today or overdue and not done, oldest first."""
    query = (select(Communication, Customer.name).join(Customer, Customer.id == Communication.customer_id)
             .where(Communication.deleted_at.is_(None), Customer.deleted_at.is_(None),
                    Communication.next_follow_up <= today, Communication.follow_up_done_on.is_(None))
             .order_by(Communication.next_follow_up).limit(limit))
    if owner_id:
        query = query.where(Customer.owner_id == owner_id)
    names = _names(session)
    return [_log_view(entry, name, names) for entry, name in session.execute(query)]


# --- service cases -------------------------------------------------------------------------------


def _case_view(case: ServiceCase, customer_name: str, notes=()) -> CaseView:
    return CaseView(case.id, case.number, case.customer_id, customer_name, case.kind, case.subject,
                    case.description or "", case.received_on, case.due_on, case.department or "", case.status,
                    case.assigned_on, case.resolved_on, case.result or "", case.satisfaction, tuple(notes))


def _case(session: Session, case_id: str) -> ServiceCase:
    case = session.get(ServiceCase, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The service case no longer exists."))
    return case


def open_case(uow, customer_id: str, data: CaseInput) -> CaseView:
    uow.actor.require("customers.edit")
    customer = _live(uow.session, customer_id)
    if data.kind not in CASE_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown case kind: {value}."), field="kind", value=data.kind)
    subject = _text(data.subject, "subject", 200, required=True)
    description = _text(data.description, "description", 4000)
    department = _text(data.department, "department", 60)
    received = data.received_on or uow.now().date()
    due = data.due_on or received + timedelta(days=CASE_DAYS)
    if due < received:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The promised date cannot be before the case was received."),
                              field="due_on")
    case = ServiceCase(number=next_number(uow.session, CASE_PREFIX, branch_code(uow.session), received.year),
                       customer_id=customer_id, kind=data.kind, subject=subject, description=description or None,
                       received_on=received, due_on=due, department=department or None,
                       status="assigned" if department else "open", assigned_on=received if department else None)
    uow.session.add(case)
    uow.session.flush()
    return _case_view(case, customer.name)


def assign_case(uow, case_id: str, department: str, on: date) -> CaseView:
    """Hand the case to a department."""
    uow.actor.require("customers.edit")
    case = _case(uow.session, case_id)
    if case.status == "resolved":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "The case is resolved already."))
    case.department = _text(department, "department", 60, required=True)
    case.status, case.assigned_on = "assigned", on
    uow.session.add(CaseNote(case_id=case.id, noted_at=uow.now(), note=f"→ {case.department}"))
    uow.session.flush()
    return get_case(uow.session, case_id)


def add_case_note(uow, case_id: str, note: str) -> CaseNoteView:
    """A progress note."""
    uow.actor.require("customers.edit")
    case = _case(uow.session, case_id)
    if case.status == "resolved":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "The case is resolved already."))
    row = CaseNote(case_id=case_id, noted_at=uow.now(), note=_text(note, "note", 4000, required=True))
    uow.session.add(row)
    uow.session.flush()
    return CaseNoteView(row.id, row.noted_at, row.note, uow.actor.display_name)


def resolve_case(uow, case_id: str, result: str, satisfaction: int, on: date) -> CaseView:
    """Closed with the result told to the customer and the customer's satisfaction (1–5)."""
    uow.actor.require("customers.edit")
    case = _case(uow.session, case_id)
    if case.status == "resolved":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "The case is resolved already."))
    if not isinstance(satisfaction, int) or isinstance(satisfaction, bool) or not 1 <= satisfaction <= 5:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Satisfaction is a score from 1 to 5."),
                              field="satisfaction")
    if on < case.received_on:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A case cannot be resolved before it was received."),
                              field="resolved_on")
    case.result = _text(result, "result", 4000, required=True)
    case.satisfaction, case.status, case.resolved_on = satisfaction, "resolved", on
    uow.session.flush()
    return get_case(uow.session, case_id)


def get_case(session: Session, case_id: str) -> CaseView:
    case = _case(session, case_id)
    customer = session.get(Customer, case.customer_id)
    names = _names(session)
    notes = [CaseNoteView(n.id, n.noted_at, n.note, names.get(n.created_by, ""))
             for n in session.scalars(select(CaseNote).where(CaseNote.case_id == case_id, CaseNote.deleted_at.is_(None))
                                      .order_by(CaseNote.noted_at, CaseNote.id))]
    return _case_view(case, customer.name if customer else "", notes)


def cases_of(session: Session, customer_id: str) -> list[CaseView]:
    customer = _live(session, customer_id)
    rows = session.scalars(select(ServiceCase).where(ServiceCase.customer_id == customer_id,
                                                     ServiceCase.deleted_at.is_(None))
                           .order_by(ServiceCase.received_on.desc(), ServiceCase.number.desc()))
    return [_case_view(row, customer.name) for row in rows]


def overdue_cases(session: Session, today: date, limit: int = 200) -> list[CaseView]:
    """Cases not resolved by their promised date."""
    query = (select(ServiceCase, Customer.name).join(Customer, Customer.id == ServiceCase.customer_id)
             .where(ServiceCase.deleted_at.is_(None), ServiceCase.status != "resolved", ServiceCase.due_on < today)
             .order_by(ServiceCase.due_on).limit(limit))
    return [_case_view(case, name) for case, name in session.execute(query)]


def open_cases(session: Session, limit: int = 500) -> list[CaseView]:
    query = (select(ServiceCase, Customer.name).join(Customer, Customer.id == ServiceCase.customer_id)
             .where(ServiceCase.deleted_at.is_(None), ServiceCase.status != "resolved")
             .order_by(ServiceCase.due_on).limit(limit))
    return [_case_view(case, name) for case, name in session.execute(query)]
