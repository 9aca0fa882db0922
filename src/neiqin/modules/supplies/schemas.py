"""Plain data handed between the office-supplies services and the UI (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class ItemInput:
    code: str
    name: str
    unit: str
    spec: str = ""
    category: str = ""
    minimum_stock: Decimal | str | int = 0
    standard_quantity: Decimal | str | int | None = None
    standard_per: str = ""  # person | department
    standard_period: str = ""  # month | quarter | year
    supplier: str = ""
    last_price: Decimal | str | None = None
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class ItemView:
    id: str
    code: str
    name: str
    spec: str
    unit: str
    category: str
    minimum_stock: Decimal
    standard_quantity: Decimal | None
    standard_per: str
    standard_period: str
    supplier: str
    last_price: Decimal | None
    active: bool
    notes: str
    stock: Decimal
    updated_at: datetime | None = None

    @property
    def below_minimum(self) -> bool:
        return self.active and self.stock < self.minimum_stock

    @property
    def label(self) -> str:
        return f"{self.code} {self.name} {self.spec}".strip()


@dataclass(frozen=True)
class MovementView:
    id: str
    moved_at: datetime
    kind: str
    quantity: Decimal
    unit_cost: Decimal | None
    source_number: str
    note: str


@dataclass(frozen=True)
class PlanLineInput:
    item_id: str
    quantity: Decimal | str | int
    unit_price: Decimal | str | None = None  # None: the item's last price
    supplier: str = ""
    note: str = ""


@dataclass(frozen=True)
class PlanInput:
    title: str
    lines: tuple[PlanLineInput, ...]
    plan_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class PlanLineView:
    id: str
    line_no: int
    item_id: str
    code: str
    name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    supplier: str
    stock_then: Decimal
    monthly_usage: Decimal
    received_quantity: Decimal
    note: str

    @property
    def open_quantity(self) -> Decimal:
        return max(Decimal(0), self.quantity - self.received_quantity)


@dataclass(frozen=True)
class PlanView:
    id: str
    number: str
    status: str
    plan_date: date
    title: str
    total_amount: Decimal
    prepared_by: str
    approved_by: str
    notes: str
    lines: tuple[PlanLineView, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """One line of a suggested plan and why: stock below minimum plus a month of usage."""

    item_id: str
    code: str
    name: str
    spec: str
    unit: str
    stock: Decimal
    minimum_stock: Decimal
    monthly_usage: Decimal
    quantity: Decimal
    unit_price: Decimal
    supplier: str


@dataclass(frozen=True)
class ReceivingLineInput:
    plan_line_id: str
    received_quantity: Decimal | str | int
    rejected_quantity: Decimal | str | int = 0
    reject_reason: str = ""
    spec_ok: bool = True
    quality_ok: bool = True
    unit_price: Decimal | str | None = None  # None: the plan's price


@dataclass(frozen=True)
class ReceivingInput:
    plan_id: str
    inspector: str
    lines: tuple[ReceivingLineInput, ...]
    received_on: date | None = None
    supplier: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ReceivingView:
    id: str
    number: str
    plan_number: str
    received_on: date
    inspector: str
    total_amount: Decimal
    accepted: Decimal
    rejected: Decimal


@dataclass(frozen=True)
class IssueLineInput:
    item_id: str
    quantity: Decimal | str | int


@dataclass(frozen=True)
class IssueInput:
    recipient_name: str
    department: str
    lines: tuple[IssueLineInput, ...]
    recipient_user_id: str | None = None
    purpose: str = ""
    issued_on: date | None = None
    #: the issuer has the right and approves going over the standard now
    approve_over_standard: bool = False
    approval_note: str = ""
    #: over the standard and nobody here may approve: keep it waiting for approval
    request_approval: bool = False
    #: the recipient signs the printed slip instead of the pad
    sign_on_paper: bool = False


@dataclass(frozen=True)
class StandardCheck:
    item_id: str
    name: str
    quantity: Decimal
    standard: Decimal | None
    used: Decimal
    per: str
    period: str

    @property
    def left(self) -> Decimal | None:
        return None if self.standard is None else self.standard - self.used

    @property
    def over(self) -> bool:
        return self.standard is not None and self.used + self.quantity > self.standard


@dataclass(frozen=True)
class IssueLineView:
    id: str
    line_no: int
    item_id: str
    code: str
    name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_cost: Decimal
    amount: Decimal
    standard_left: Decimal | None
    over_standard: bool
    returned_quantity: Decimal


@dataclass(frozen=True)
class IssueView:
    id: str
    number: str
    kind: str
    status: str
    issued_on: date
    recipient_user_id: str | None
    recipient_name: str
    department: str
    purpose: str
    issue_id: str | None
    total_amount: Decimal
    over_standard: bool
    approved_by: str
    approval_note: str
    sign_mode: str
    signature_sha256: str | None
    signed_at: datetime | None
    issuer_name: str
    lines: tuple[IssueLineView, ...] = ()


@dataclass(frozen=True)
class ReturnInput:
    issue_id: str
    lines: tuple[tuple[str, Decimal | str | int], ...]  # (issue line id, quantity)
    note: str = ""
    returned_on: date | None = None


@dataclass(frozen=True)
class LossInput:
    item_id: str
    quantity: Decimal | str | int
    kind: str  # loss | damage
    person_name: str
    description: str
    department: str = ""
    compensation: Decimal | str | int = 0
    reported_on: date | None = None


@dataclass(frozen=True)
class LossView:
    id: str
    number: str
    status: str
    kind: str
    reported_on: date
    item_id: str
    item_name: str
    quantity: Decimal
    person_name: str
    department: str
    description: str
    unit_cost: Decimal
    compensation: Decimal
    decided_by: str
    decision_note: str


@dataclass(frozen=True)
class CountLineView:
    id: str
    item_id: str
    code: str
    name: str
    spec: str
    unit: str
    book_quantity: Decimal
    counted_quantity: Decimal | None
    variance: Decimal | None
    reason: str
    note: str


@dataclass(frozen=True)
class CountView:
    id: str
    number: str
    title: str
    status: str
    blind: bool
    started_at: datetime
    counter_name: str
    lines: tuple[CountLineView, ...] = ()

    @property
    def book_equals_physical(self) -> bool:
        return all(line.counted_quantity is not None and not line.variance for line in self.lines)


@dataclass(frozen=True)
class UsageRow:
    issue_id: str
    issued_on: date
    number: str
    kind: str
    recipient_name: str
    department: str
    code: str
    name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_cost: Decimal
    amount: Decimal
    signed: bool


@dataclass(frozen=True)
class UsageFilter:
    date_from: date | None = None
    date_to: date | None = None
    department: str = ""
    recipient: str = ""
    item_id: str = ""


@dataclass(frozen=True)
class UsageTotal:
    key: str  # a person, department, item or month
    quantity: Decimal
    amount: Decimal


@dataclass
class UsageStatistics:
    top_items: list[UsageTotal] = field(default_factory=list)
    by_department: list[UsageTotal] = field(default_factory=list)
    by_person: list[UsageTotal] = field(default_factory=list)
    #: {department: {"2026-03": amount}}
    trend: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    months: list[str] = field(default_factory=list)
    total_amount: Decimal = Decimal("0.00")
