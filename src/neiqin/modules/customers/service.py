"""Customers and contacts: entry with duplicate detection, edit, delete, lookup, confidential reveal.

Every write takes a `UnitOfWork` and checks the actor's permissions itself. Reads that other
slices use (`get_customer_ref`, `lookup_customers`) take a plain session.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from neiqin.core.audit import log_event
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied
from neiqin.core.money import from_fen
from neiqin.core.numbering import next_number
from neiqin.core.search import index_record, matching_ids, remove_record, search
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.modules.customers.models import CONFIDENTIAL_PERMISSION, Contact, Customer, Payment
from neiqin.modules.customers.rules import (
    clean_contact,
    clean_customer,
    customer_index_row,
    name_key,
    phone_key,
)
from neiqin.modules.customers.schemas import (
    NEW_CUSTOMER_DAYS,
    ContactInput,
    ContactView,
    CreditCheck,
    CreditSummary,
    CustomerFilter,
    CustomerInput,
    CustomerRef,
    CustomerView,
    DuplicateMatch,
)

CODE_PREFIX = "CU"
CONFIDENTIAL_FIELDS = ("bank_name", "bank_account", "credit_rating", "credit_limit")


class DuplicateCustomer(Conflict):
    """The customer seems to exist already; `matches` lets the UI offer to open it."""

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        self.matches = matches
        first = matches[0]
        messages = {
            "name": QT_TRANSLATE_NOOP("errors", "This customer may exist already: {name} ({code}) has the same name."),
            "phone": QT_TRANSLATE_NOOP("errors", "This customer may exist already: {name} ({code}) has the same phone."),
            "tax_id": QT_TRANSLATE_NOOP("errors", "This customer may exist already: {name} ({code}) has the same tax id."),
        }
        super().__init__(messages[first.reason], name=first.name, code=first.code)


def branch_code(session: Session) -> str:
    return get_setting(session, BRANCH_CODE) or "HQ"


def _live(session: Session, customer_id: str) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The customer no longer exists."))
    return customer


def _contact_view(contact: Contact) -> ContactView:
    return ContactView(contact.id, contact.customer_id, contact.name, contact.title or "", contact.phone or "",
                       contact.email or "", contact.wechat or "", bool(contact.is_primary), contact.notes or "")


def _contacts(session: Session, customer_id: str) -> list[Contact]:
    return list(session.scalars(
        select(Contact).where(Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_primary.desc(), Contact.created_at, Contact.id)))


def _view(session: Session, customer: Customer, revealed: bool) -> CustomerView:
    owner = session.get(User, customer.owner_id) if customer.owner_id else None
    c = customer
    return CustomerView(
        id=c.id, code=c.code, name=c.name, short_name=c.short_name or "", customer_type=c.customer_type,
        industry=c.industry or "", region=c.region or "", grade=c.grade or "",
        legal_representative=c.legal_representative or "", business_scope=c.business_scope or "",
        address=c.address or "", phone=c.phone or "", tax_id=c.tax_id or "", notes=c.notes or "",
        tags=c.tags or "", organisation=c.organisation or "", decision_process=c.decision_process or "",
        plans=c.plans or "", owner_id=c.owner_id, owner_name=owner.display_name if owner else "",
        updated_at=c.updated_at, contacts=tuple(_contact_view(x) for x in _contacts(session, c.id)),
        revealed=revealed,
        bank_name=c.bank_name if revealed else None, bank_account=c.bank_account if revealed else None,
        credit_rating=c.credit_rating if revealed else None, credit_limit=c.credit_limit if revealed else None,
    )


def _reindex(session: Session, customer: Customer) -> None:
    row = customer_index_row(customer.id, customer.code, _as_input(customer), _contacts(session, customer.id))
    index_record(session, row.entity, row.entity_id, row.module, row.title, row.subtitle, row.texts,
                 row.pinyin_texts)


def _as_input(customer: Customer) -> CustomerInput:
    return CustomerInput(**{k: getattr(customer, k) or "" for k in (
        "name", "short_name", "region", "phone", "address", "tax_id", "industry", "tags",
        "legal_representative")})


# --- duplicates ----------------------------------------------------------------------------------


def find_duplicates(session: Session, name: str = "", phone: str = "", tax_id: str = "",
                    exclude_id: str | None = None) -> list[DuplicateMatch]:
    """Customers with the same folded name, the same phone (theirs or a contact's) or tax id."""
    checks = []
    key = name_key(name) if name else ""
    if key:
        checks.append(("name", Customer.name_key == key))
    phone_digits = phone_key(phone)
    if phone_digits:
        contact_ids = select(Contact.customer_id).where(Contact.phone_key == phone_digits,
                                                        Contact.deleted_at.is_(None))
        checks.append(("phone", or_(Customer.phone_key == phone_digits, Customer.id.in_(contact_ids))))
    tax = (tax_id or "").strip().upper()
    if tax:
        checks.append(("tax_id", Customer.tax_id == tax))
    matches: dict[str, DuplicateMatch] = {}
    for reason, condition in checks:
        query = select(Customer.id, Customer.code, Customer.name).where(condition, Customer.deleted_at.is_(None))
        if exclude_id:
            query = query.where(Customer.id != exclude_id)
        for row in session.execute(query.limit(10)):
            matches.setdefault(row.id, DuplicateMatch(row.id, row.code, row.name, reason))
    return list(matches.values())


# --- writes --------------------------------------------------------------------------------------


def _check_confidential_input(actor: Actor, data: CustomerInput) -> None:
    if (data.bank_name is not None or data.bank_account is not None) and not actor.can(CONFIDENTIAL_PERMISSION):
        raise PermissionDenied(CONFIDENTIAL_PERMISSION, actor.username)


def _apply(customer: Customer, data: CustomerInput) -> None:
    for key in ("name", "short_name", "customer_type", "industry", "region", "grade", "legal_representative",
                "business_scope", "address", "phone", "tax_id", "notes", "tags", "organisation",
                "decision_process", "plans"):
        value = getattr(data, key)
        setattr(customer, key, value if (value or key in ("name", "customer_type")) else None)
    if data.bank_name is not None:
        customer.bank_name = data.bank_name or None
    if data.bank_account is not None:
        customer.bank_account = data.bank_account or None
    customer.name_key = name_key(data.name)
    customer.phone_key = phone_key(data.phone)


def create_customer(uow, data: CustomerInput, contacts: list[ContactInput] = (),
                    allow_duplicate: bool = False) -> CustomerView:
    uow.actor.require("customers.edit")
    data = clean_customer(data)
    _check_confidential_input(uow.actor, data)
    cleaned_contacts = [clean_contact(c) for c in contacts]
    session = uow.session
    if not allow_duplicate:
        matches = find_duplicates(session, data.name, data.phone, data.tax_id)
        if matches:
            raise DuplicateCustomer(matches)
    customer = Customer(code=next_number(session, CODE_PREFIX, branch_code(session), uow.now().year),
                        owner_id=data.owner_id or uow.actor.user_id)
    _apply(customer, data)
    session.add(customer)
    session.flush()
    for contact in cleaned_contacts:
        _add_contact(session, customer.id, contact)
    session.flush()
    _reindex(session, customer)
    return _view(session, customer, revealed=False)


def update_customer(uow, customer_id: str, data: CustomerInput, expected_updated_at: datetime | None = None,
                    allow_duplicate: bool = False) -> CustomerView:
    uow.actor.require("customers.edit")
    data = clean_customer(data)
    _check_confidential_input(uow.actor, data)
    session = uow.session
    customer = _live(session, customer_id)
    if expected_updated_at is not None and customer.updated_at != expected_updated_at:
        raise Conflict(QT_TRANSLATE_NOOP(
            "errors", "Someone else changed this customer in the meantime. Reload it and edit again."))
    if not allow_duplicate:
        matches = find_duplicates(session, data.name, data.phone, data.tax_id, exclude_id=customer_id)
        if matches:
            raise DuplicateCustomer(matches)
    if data.owner_id and data.owner_id != customer.owner_id:
        uow.actor.require("customers.handover")
        customer.owner_id = data.owner_id
    _apply(customer, data)
    session.flush()
    _reindex(session, customer)
    return _view(session, customer, revealed=False)  # reading them back is a logged reveal


def delete_customer(uow, customer_id: str) -> None:
    """A soft delete (tombstone): orders keep pointing at the record."""
    uow.actor.require("customers.delete")
    customer = _live(uow.session, customer_id)
    customer.deleted_at = uow.now()
    remove_record(uow.session, "customer", customer_id)


def _add_contact(session: Session, customer_id: str, data: ContactInput) -> Contact:
    if data.is_primary:
        for other in _contacts(session, customer_id):
            other.is_primary = False
    contact = Contact(customer_id=customer_id, name=data.name, title=data.title or None, phone=data.phone or None,
                      email=data.email or None, wechat=data.wechat or None, is_primary=data.is_primary,
                      notes=data.notes or None, phone_key=phone_key(data.phone))
    session.add(contact)
    return contact


def add_contact(uow, customer_id: str, data: ContactInput) -> ContactView:
    uow.actor.require("customers.edit")
    data = clean_contact(data)
    customer = _live(uow.session, customer_id)
    contact = _add_contact(uow.session, customer_id, data)
    uow.session.flush()
    _reindex(uow.session, customer)
    return _contact_view(contact)


def update_contact(uow, contact_id: str, data: ContactInput) -> ContactView:
    uow.actor.require("customers.edit")
    data = clean_contact(data)
    contact = uow.session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The contact no longer exists."))
    if data.is_primary and not contact.is_primary:
        for other in _contacts(uow.session, contact.customer_id):
            other.is_primary = False
    for key in ("name", "title", "phone", "email", "wechat", "notes"):
        setattr(contact, key, getattr(data, key) or (data.name if key == "name" else None))
    contact.is_primary = data.is_primary
    contact.phone_key = phone_key(data.phone)
    uow.session.flush()
    _reindex(uow.session, _live(uow.session, contact.customer_id))
    return _contact_view(contact)


def remove_contact(uow, contact_id: str) -> None:
    uow.actor.require("customers.edit")
    contact = uow.session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The contact no longer exists."))
    contact.deleted_at = uow.now()
    uow.session.flush()
    _reindex(uow.session, _live(uow.session, contact.customer_id))


# --- reads ---------------------------------------------------------------------------------------


def get_customer(session: Session, actor: Actor, customer_id: str) -> CustomerView:
    """The customer without its confidential fields (reading them is `reveal_customer`)."""
    actor.require("customers.view")
    return _view(session, _live(session, customer_id), revealed=False)


def reveal_customer(uow, customer_id: str) -> CustomerView:
    """The customer with bank and credit fields; the view is logged with user and time."""
    uow.actor.require("customers.view")
    uow.actor.require(CONFIDENTIAL_PERMISSION)
    customer = _live(uow.session, customer_id)
    log_event(uow.session, uow.actor, uow.now(), "customer", customer_id, "view",
              note="confidential: " + ", ".join(CONFIDENTIAL_FIELDS))
    return _view(uow.session, customer, revealed=True)


def _ref(customer: Customer) -> CustomerRef:
    return CustomerRef(customer.id, customer.code, customer.name, customer.short_name or "", customer.region or "",
                       customer.phone or "", customer.address or "", customer.deleted_at is None)


def get_customer_ref(session: Session, customer_id: str) -> CustomerRef:
    """Who the customer is (also a deleted one, for old orders); NotFound when unknown."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The customer no longer exists."))
    return _ref(customer)


def get_customer_refs(session: Session, customer_ids) -> dict[str, CustomerRef]:
    """Several customers at once by id (also deleted ones, for old orders); unknown ids are left out."""
    wanted, out = sorted(set(customer_ids)), {}
    c = Customer
    columns = (c.id, c.code, c.name, c.short_name, c.region, c.phone, c.address, c.deleted_at)
    for start in range(0, len(wanted), 500):  # plain columns: reports ask for thousands at once
        for row in session.execute(select(*columns).where(c.id.in_(wanted[start:start + 500]))):
            out[row.id] = CustomerRef(row.id, row.code, row.name, row.short_name or "", row.region or "",
                                      row.phone or "", row.address or "", row.deleted_at is None)
    return out


def get_customer_by_code(session: Session, code: str) -> CustomerRef:
    customer = session.scalar(select(Customer).where(Customer.code == code.strip(), Customer.deleted_at.is_(None)))
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No customer with code {code}."), code=code)
    return _ref(customer)


def lookup_customers(session: Session, text: str, limit: int = 20) -> list[CustomerRef]:
    """Customers matching a search text (name, short name, pinyin, phone, code…), best first."""
    ids = [hit.entity_id for hit in search(session, text, ("customer",), limit * 2)]
    if not ids:
        return []
    rows = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids),
                                                                   Customer.deleted_at.is_(None)))}
    return [_ref(rows[i]) for i in ids if i in rows][:limit]


def customer_query(filters: CustomerFilter):
    """The filtered customers as a SELECT (list, export); confidential columns are not in it."""
    query = select(Customer).where(Customer.deleted_at.is_(None))
    if filters.text:
        ids = matching_ids(filters.text, "customer", prefix="cf")
        if ids is not None:
            query = query.where(Customer.id.in_(ids))
    for key in ("customer_type", "industry", "region", "grade", "owner_id"):
        value = getattr(filters, key)
        if value:
            query = query.where(getattr(Customer, key) == value)
    if filters.tag:
        query = query.where(Customer.tags.like(f"%{filters.tag}%"))
    return query


def count_customers(session: Session, filters: CustomerFilter) -> int:
    return session.scalar(select(func.count()).select_from(customer_query(filters).subquery())) or 0


def distinct_values(session: Session, column: str) -> list[str]:
    """Values in use for a classification (industry, region) for filter choices."""
    attr = getattr(Customer, column)
    return [v for v in session.scalars(select(attr).where(Customer.deleted_at.is_(None), attr.is_not(None))
                                       .distinct().order_by(attr)) if v]


# --- credit, for order rules ------------------------------------------------------------------


def _open_amounts(session: Session, customer_id: str, today: date) -> tuple[Decimal, Decimal]:
    """Outstanding and overdue totals in SQL (integer fen, so no float rounding)."""
    table = Payment.__table__
    fen = type_coerce(table.c.amount, BigInteger) - type_coerce(table.c.paid_amount, BigInteger)
    open_fen = func.max(fen, 0)
    base = select(func.coalesce(func.sum(open_fen), 0, type_=BigInteger)).where(
        table.c.customer_id == customer_id, table.c.deleted_at.is_(None))
    outstanding = session.scalar(base) or 0
    overdue = session.scalar(base.where(table.c.due_on < today)) or 0
    return from_fen(int(outstanding)), from_fen(int(overdue))


def credit_summary(session: Session, customer_id: str, today: date) -> CreditSummary:
    """Rating, limit, open and overdue amounts, new customer or not. For service rules (orders'
    credit check); never display these figures to a user without `customers.confidential`."""
    customer = _live(session, customer_id)
    outstanding, overdue = _open_amounts(session, customer_id, today)
    created = customer.created_at.date() if customer.created_at else today
    return CreditSummary(customer_id, customer.credit_rating, customer.credit_limit, outstanding, overdue,
                         is_new=(today - created) < timedelta(days=NEW_CUSTOMER_DAYS))


def credit_check(session: Session, customer_id: str, amount: Decimal, today: date) -> CreditCheck:
    """Whether an order of `amount` fits the credit limit, without revealing any figure."""
    summary = credit_summary(session, customer_id, today)
    available = summary.available()
    return CreditCheck(customer_id, available is None or Decimal(amount) <= available,
                       summary.overdue_amount > 0, summary.is_new)
