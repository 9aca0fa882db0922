"""Customer files: customers, contacts, communication log and follow-ups, service cases, credit."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.types import Money, UtcDateTime

CONFIDENTIAL_PERMISSION = "customers.confidential"


class Customer(Synced, Base):
    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_name_key", "name_key"),
        Index("ix_customer_phone_key", "phone_key"),
        Index("ix_customer_tax_id", "tax_id"),
        Index("ix_customer_owner_id", "owner_id"),
        Index("ix_customer_name", "name"),
    )
    __confidential__ = frozenset({"bank_name", "bank_account", "credit_rating", "credit_limit"})
    __confidential_permission__ = CONFIDENTIAL_PERMISSION

    code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    short_name: Mapped[str | None] = mapped_column(String(60))
    customer_type: Mapped[str] = mapped_column(String(20), nullable=False, default="enterprise")
    industry: Mapped[str | None] = mapped_column(String(60))
    region: Mapped[str | None] = mapped_column(String(60))
    grade: Mapped[str | None] = mapped_column(String(4))
    legal_representative: Mapped[str | None] = mapped_column(String(60))
    business_scope: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    tax_id: Mapped[str | None] = mapped_column(String(30))
    bank_name: Mapped[str | None] = mapped_column(String(100))
    bank_account: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str | None] = mapped_column(String(300))
    #: key customers: organisation, decision process, business plans
    organisation: Mapped[str | None] = mapped_column(Text)
    decision_process: Mapped[str | None] = mapped_column(Text)
    plans: Mapped[str | None] = mapped_column(Text)
    #: the clerk who looks after the customer (handover moves these)
    owner_id: Mapped[str | None] = mapped_column(String(36))
    credit_rating: Mapped[str | None] = mapped_column(String(4))
    credit_limit: Mapped[Decimal | None] = mapped_column(Money())
    #: folded name and digits-only phone for duplicate detection
    name_key: Mapped[str] = mapped_column(String(200), nullable=False)
    phone_key: Mapped[str | None] = mapped_column(String(40))


class Contact(Synced, Base):
    __tablename__ = "customer_contact"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True, nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    title: Mapped[str | None] = mapped_column(String(60))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    wechat: Mapped[str | None] = mapped_column(String(60))
    is_primary: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    phone_key: Mapped[str | None] = mapped_column(String(40), index=True)


class Communication(Synced, Base):
    """One entry of the communication log (沟通纪要) or a visit (回访), maybe with a follow-up date."""

    __tablename__ = "customer_communication"
    __table_args__ = (Index("ix_customer_communication_follow_up", "next_follow_up", "follow_up_done_on"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True, nullable=False)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default="log")  # log | visit
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    contact_name: Mapped[str | None] = mapped_column(String(60))
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    follow_up_done_on: Mapped[date | None] = mapped_column(Date)


class ServiceCase(Synced, Base):
    """A customer inquiry or complaint, handed to a department and tracked until resolved."""

    __tablename__ = "customer_service_case"
    __table_args__ = (Index("ix_customer_service_case_open", "status", "due_on"),)

    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # inquiry | complaint | suggestion
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    department: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="open")  # open|assigned|resolved
    assigned_on: Mapped[date | None] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(Integer)


class CaseNote(Synced, Base):
    __tablename__ = "customer_case_note"

    case_id: Mapped[str] = mapped_column(ForeignKey("customer_service_case.id"), index=True, nullable=False)
    noted_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)


class Payment(Synced, Base):
    """A receivable of the credit file: what is due by when for which order, and what was paid.
    Linked to an order by number (and an id without a foreign key: orders is another slice)."""

    __tablename__ = "customer_payment"
    __confidential__ = frozenset({"amount", "paid_amount"})
    __confidential_permission__ = CONFIDENTIAL_PERMISSION

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True, nullable=False)
    order_number: Mapped[str | None] = mapped_column(String(40), index=True)
    order_id: Mapped[str | None] = mapped_column(String(36))
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    paid_amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal("0"))
    paid_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class RatingChange(Synced, Base):
    """The credit rating history: old and new rating and limit, why; who and when are the
    bookkeeping columns."""

    __tablename__ = "customer_rating_change"
    __confidential__ = frozenset({"old_rating", "new_rating", "old_limit", "new_limit", "reason"})
    __confidential_permission__ = CONFIDENTIAL_PERMISSION

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True, nullable=False)
    old_rating: Mapped[str | None] = mapped_column(String(4))
    new_rating: Mapped[str | None] = mapped_column(String(4))
    old_limit: Mapped[Decimal | None] = mapped_column(Money())
    new_limit: Mapped[Decimal | None] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(Text, nullable=False)
