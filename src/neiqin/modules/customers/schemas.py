"""What the customers slice hands to its UI, to other slices and to the shell: plain dataclasses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from neiqin.core.errors import QT_TRANSLATE_NOOP

CUSTOMER_TYPES = {
    "enterprise": QT_TRANSLATE_NOOP("customers", "Enterprise"),
    "individual": QT_TRANSLATE_NOOP("customers", "Individual"),
    "government": QT_TRANSLATE_NOOP("customers", "Public institution"),
    "distributor": QT_TRANSLATE_NOOP("customers", "Distributor"),
}
GRADES = ("A", "B", "C", "D")
CREDIT_RATINGS = ("AAA", "AA", "A", "B", "C")
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("customers", "Phone"),
    "visit": QT_TRANSLATE_NOOP("customers", "Visit"),
    "wechat": QT_TRANSLATE_NOOP("customers", "WeChat"),
    "email": QT_TRANSLATE_NOOP("customers", "Email"),
    "meeting": QT_TRANSLATE_NOOP("customers", "Meeting"),
    "other": QT_TRANSLATE_NOOP("customers", "Other"),
}
LOG_KINDS = {
    "log": QT_TRANSLATE_NOOP("customers", "Communication log"),
    "visit": QT_TRANSLATE_NOOP("customers", "Follow-up visit"),
}
CASE_KINDS = {
    "inquiry": QT_TRANSLATE_NOOP("customers", "Inquiry"),
    "complaint": QT_TRANSLATE_NOOP("customers", "Complaint"),
    "suggestion": QT_TRANSLATE_NOOP("customers", "Suggestion"),
}
CASE_STATUSES = {
    "open": QT_TRANSLATE_NOOP("customers", "Open"),
    "assigned": QT_TRANSLATE_NOOP("customers", "Handed to department"),
    "resolved": QT_TRANSLATE_NOOP("customers", "Resolved"),
}
DEPARTMENTS = ("销售部", "生产部门", "采购部门", "物流部门", "财务部门", "技术部", "售后服务部")
#: a customer is new (for order rules: prepayment, review) during this many days after creation
NEW_CUSTOMER_DAYS = 90
#: days a service case may stay open before it is overdue (the clerk may promise another date)
CASE_DAYS = 3


@dataclass
class CustomerInput:
    name: str
    short_name: str = ""
    customer_type: str = "enterprise"
    industry: str = ""
    region: str = ""
    grade: str = ""
    legal_representative: str = ""
    business_scope: str = ""
    address: str = ""
    phone: str = ""
    tax_id: str = ""
    notes: str = ""
    tags: str = ""
    organisation: str = ""
    decision_process: str = ""
    plans: str = ""
    owner_id: str | None = None
    #: confidential: applied only with `customers.confidential`
    bank_name: str | None = None
    bank_account: str | None = None


@dataclass
class ContactInput:
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    is_primary: bool = False
    notes: str = ""


@dataclass(frozen=True)
class ContactView:
    id: str
    customer_id: str
    name: str
    title: str
    phone: str
    email: str
    wechat: str
    is_primary: bool
    notes: str


@dataclass(frozen=True)
class CustomerRef:
    """The least another slice needs: who the customer is."""

    id: str
    code: str
    name: str
    short_name: str
    region: str
    phone: str
    address: str
    active: bool = True


@dataclass(frozen=True)
class CustomerView:
    id: str
    code: str
    name: str
    short_name: str
    customer_type: str
    industry: str
    region: str
    grade: str
    legal_representative: str
    business_scope: str
    address: str
    phone: str
    tax_id: str
    notes: str
    tags: str
    organisation: str
    decision_process: str
    plans: str
    owner_id: str | None
    owner_name: str
    updated_at: datetime | None
    contacts: tuple[ContactView, ...] = ()
    #: True when the confidential fields below were revealed (and the view logged)
    revealed: bool = False
    bank_name: str | None = None
    bank_account: str | None = None
    credit_rating: str | None = None
    credit_limit: Decimal | None = None

    def as_input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name, short_name=self.short_name, customer_type=self.customer_type,
            industry=self.industry, region=self.region, grade=self.grade,
            legal_representative=self.legal_representative, business_scope=self.business_scope,
            address=self.address, phone=self.phone, tax_id=self.tax_id, notes=self.notes, tags=self.tags,
            organisation=self.organisation, decision_process=self.decision_process, plans=self.plans,
            owner_id=self.owner_id,
            bank_name=self.bank_name if self.revealed else None,
            bank_account=self.bank_account if self.revealed else None,
        )


@dataclass(frozen=True)
class DuplicateMatch:
    customer_id: str
    code: str
    name: str
    reason: str  # name | phone | tax_id


@dataclass
class CustomerFilter:
    text: str = ""
    customer_type: str = ""
    industry: str = ""
    region: str = ""
    grade: str = ""
    owner_id: str = ""
    tag: str = ""

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> CustomerFilter:
        known = {k: str(v) for k, v in values.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class CommunicationInput:
    occurred_on: date
    channel: str
    summary: str
    kind: str = "log"
    contact_name: str = ""
    next_follow_up: date | None = None


@dataclass(frozen=True)
class CommunicationView:
    id: str
    customer_id: str
    customer_name: str
    occurred_on: date
    kind: str
    channel: str
    contact_name: str
    summary: str
    next_follow_up: date | None
    follow_up_done_on: date | None
    author_name: str


@dataclass
class CaseInput:
    kind: str
    subject: str
    description: str = ""
    received_on: date | None = None
    due_on: date | None = None
    department: str = ""


@dataclass(frozen=True)
class CaseNoteView:
    id: str
    noted_at: datetime
    note: str
    author_name: str


@dataclass(frozen=True)
class CaseView:
    id: str
    number: str
    customer_id: str
    customer_name: str
    kind: str
    subject: str
    description: str
    received_on: date
    due_on: date
    department: str
    status: str
    assigned_on: date | None
    resolved_on: date | None
    result: str
    satisfaction: int | None
    notes: tuple[CaseNoteView, ...] = ()

    def is_overdue(self, today: date) -> bool:
        return self.status != "resolved" and self.due_on < today


@dataclass
class PaymentInput:
    amount: Decimal
    due_on: date
    order_number: str = ""
    order_id: str | None = None
    paid_amount: Decimal = Decimal("0")
    paid_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class PaymentView:
    id: str
    order_number: str
    amount: Decimal
    due_on: date
    paid_amount: Decimal
    paid_on: date | None
    notes: str

    @property
    def open_amount(self) -> Decimal:
        return max(self.amount - self.paid_amount, Decimal("0"))

    def overdue_amount(self, today: date) -> Decimal:
        return self.open_amount if self.due_on < today else Decimal("0")


@dataclass(frozen=True)
class RatingChangeView:
    at: datetime
    actor_name: str
    old_rating: str | None
    new_rating: str | None
    old_limit: Decimal | None
    new_limit: Decimal | None
    reason: str


@dataclass(frozen=True)
class CreditSummary:
    """For order rules (service to service). Not for display to users without
    `customers.confidential`: they see `CreditCheck` only."""

    customer_id: str
    rating: str | None
    limit: Decimal | None
    outstanding_amount: Decimal
    overdue_amount: Decimal
    is_new: bool

    def available(self) -> Decimal | None:
        return None if self.limit is None else self.limit - self.outstanding_amount


@dataclass(frozen=True)
class CreditCheck:
    """What anyone entering an order may know: whether the amount fits, without the figures."""

    customer_id: str
    within_limit: bool
    has_overdue: bool
    is_new: bool


@dataclass(frozen=True)
class CreditFile:
    summary: CreditSummary
    payments: tuple[PaymentView, ...]
    history: tuple[RatingChangeView, ...]


@dataclass(frozen=True)
class TransactionRow:
    order_id: str
    number: str
    order_date: date
    status: str
    amount: Decimal


@dataclass(frozen=True)
class CustomerTransactions:
    """The customer's orders, for the Transactions sub-tab of the customer view.

    The orders slice provides a function `(session, actor, customer_id) -> CustomerTransactions`
    (`TransactionsProvider`); the composition root hands it to the customers tab, which never
    imports orders."""

    customer_id: str
    order_count: int
    total_amount: Decimal
    last_order_date: date | None
    rows: tuple[TransactionRow, ...] = field(default_factory=tuple)


TransactionsProvider = Callable[[Any, Any, str], CustomerTransactions]
