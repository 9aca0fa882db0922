"""Plain data handed between the orders service and its callers (UI, command line, other slices)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class LineInput:
    product_id: str
    quantity: Any  # Decimal, int or text as typed
    unit_price: Any  # yuan, at most two decimals
    discount_percent: Any = 0  # 0–100, at most two decimals


@dataclass(frozen=True)
class OrderInput:
    customer_id: str | None
    lines: tuple[LineInput, ...] = ()
    contact: str = ""
    phone: str = ""
    delivery_date: date | None = None
    delivery_place: str = ""
    payment_terms: str = ""
    prepayment_percent: int = 0
    notes: str = ""
    order_date: date | None = None  # default: today
    salesperson_id: str | None = None  # default: the signed-in user


@dataclass(frozen=True)
class LineView:
    id: str
    line_no: int
    product_id: str
    product_code: str
    product_name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    amount: Decimal


@dataclass(frozen=True)
class TransitionView:
    id: str
    action: str
    from_state: str | None
    to_state: str
    actor_name: str
    at: datetime
    comment: str
    extra: dict[str, Any]


@dataclass(frozen=True)
class OrderView:
    id: str
    number: str
    revision: int
    status: str
    customer_id: str
    customer_name: str
    contact: str
    phone: str
    order_date: date
    delivery_date: date | None
    delivery_place: str
    payment_terms: str
    prepayment_percent: int
    notes: str
    salesperson_id: str | None
    salesperson_name: str
    total_amount: Decimal
    is_major: bool
    reconfirm_pending: bool
    updated_at: datetime | None
    lines: tuple[LineView, ...] = ()

    @property
    def display_number(self) -> str:
        """The number with its revision suffix once changed: SO-BJ01-2026-000001-R1."""
        return f"{self.number}-R{self.revision}" if self.revision else self.number

    def as_input(self) -> OrderInput:
        return OrderInput(
            customer_id=self.customer_id,
            lines=tuple(LineInput(li.product_id, li.quantity, li.unit_price, li.discount_percent)
                        for li in self.lines),
            contact=self.contact, phone=self.phone, delivery_date=self.delivery_date,
            delivery_place=self.delivery_place, payment_terms=self.payment_terms,
            prepayment_percent=self.prepayment_percent, notes=self.notes, order_date=self.order_date,
            salesperson_id=self.salesperson_id,
        )


@dataclass(frozen=True)
class Problem:
    """One thing missing or wrong, named by field (and line number for lines)."""

    field: str
    message: str  # English source text, context "errors"
    params: dict[str, Any] = field(default_factory=dict)
    line_no: int | None = None


@dataclass(frozen=True)
class Check:
    """One computed review check: ok, warning (the reviewer decides) or failed."""

    code: str  # completeness | credit_limit | overdue | rating | new_customer | stock
    title: str  # English source, context "orders"
    outcome: str  # ok | warning | failed | unknown
    detail: str  # English source with {params}, context "orders"
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewChecks:
    order_id: str
    checks: tuple[Check, ...]
    problems: tuple[Problem, ...]

    @property
    def passed(self) -> bool:
        return all(check.outcome != "failed" for check in self.checks)


@dataclass(frozen=True)
class ActionState:
    """An action of the order's state machine as the UI shows it."""

    code: str
    title: str
    enabled: bool
    reason: str = ""  # English source with {state}/{permission}, context "orders"
    params: dict[str, Any] = field(default_factory=dict)
    fields: tuple[str, ...] = ()
    needs_comment: bool = False


@dataclass(frozen=True)
class ChangeInput:
    """What the customer asks to change; None keeps the current value."""

    description: str
    requested_by: str = ""
    delivery_date: date | None = None
    delivery_place: str | None = None
    lines: tuple[LineInput, ...] | None = None
    requested_on: date | None = None


@dataclass(frozen=True)
class ImpactView:
    department: str
    note: str
    author: str
    at: datetime | None


@dataclass(frozen=True)
class ChangeView:
    id: str
    order_id: str
    number: str
    status: str
    requested_on: date
    requested_by: str
    description: str
    proposal: dict[str, Any]
    check_note: str
    checked_by: str
    decision_reason: str
    decided_by: str
    base_revision: int
    new_revision: int | None
    impacts: tuple[ImpactView, ...] = ()


@dataclass(frozen=True)
class DiffRow:
    """One difference between two revisions: a header field or a line (by product)."""

    what: str  # field name, or "line"
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class EventInput:
    kind: str  # progress | exception
    description: str
    department: str = ""
    occurred_at: datetime | None = None
    progress_percent: int | None = None
    category: str = ""  # exceptions: material_shortage | equipment_failure | transport_delay | other
    cause: str = ""
    customer_notified_at: datetime | None = None
    notified_how: str = ""
    solution: str = ""


@dataclass(frozen=True)
class EventView:
    id: str
    order_id: str
    kind: str
    occurred_at: datetime
    department: str
    description: str
    progress_percent: int | None
    category: str
    cause: str
    customer_notified_at: datetime | None
    notified_how: str
    solution: str
    resolved_at: datetime | None


@dataclass(frozen=True)
class KpiRow:
    period: str  # "2026-11" or "2026-W47"
    recorded: int
    approved_in_time: int
    approved: int
    delivered: int
    delivered_on_time: int
    submitted: int
    returned: int

    @property
    def timeliness(self) -> float | None:
        return self.approved_in_time / self.approved if self.approved else None

    @property
    def on_time_rate(self) -> float | None:
        return self.delivered_on_time / self.delivered if self.delivered else None

    @property
    def returned_rate(self) -> float | None:
        return self.returned / self.submitted if self.submitted else None
