"""Plain data handed between the archive services and their callers (UI, command line)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class ItemInput:
    title: str
    category: str
    kind: str = "paper"
    doc_date: date | None = None  # default: today
    number: str = ""  # empty: the next archive number
    customer_id: str | None = None
    order_number: str = ""
    contract_id: str | None = None
    room: str = ""
    cabinet: str = ""
    shelf: str = ""
    box: str = ""
    pages: int | None = None
    retention_years: int | None = 10  # None: permanent
    confidentiality: str = "internal"
    notes: str = ""


@dataclass(frozen=True)
class ItemView:
    id: str
    number: str
    kind: str
    category: str
    title: str
    doc_date: date
    customer_id: str | None
    customer_name: str
    order_id: str | None
    order_number: str
    contract_id: str | None
    contract_number: str
    room: str
    cabinet: str
    shelf: str
    box: str
    pages: int | None
    retention_years: int | None
    retention_until: date | None
    confidentiality: str
    status: str
    destroyed_on: date | None
    notes: str
    updated_at: datetime | None

    @property
    def location(self) -> str:
        return " / ".join(p for p in (self.room, self.cabinet, self.shelf, self.box) if p)

    def as_input(self) -> ItemInput:
        return ItemInput(self.title, self.category, self.kind, self.doc_date, self.number, self.customer_id,
                         self.order_number, self.contract_id, self.room, self.cabinet, self.shelf, self.box,
                         self.pages, self.retention_years, self.confidentiality, self.notes)


@dataclass(frozen=True)
class ContractInput:
    title: str
    customer_id: str | None
    signed_on: date | None
    amount: Any
    start_date: date | None
    end_date: date | None
    number: str = ""  # empty: the next HT number
    order_number: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContractView:
    id: str
    number: str
    title: str
    customer_id: str
    customer_name: str
    order_id: str | None
    order_number: str
    signed_on: date
    amount: Decimal
    start_date: date
    end_date: date
    notes: str
    updated_at: datetime | None

    @property
    def term_months(self) -> int:
        months = (self.end_date.year - self.start_date.year) * 12 + self.end_date.month - self.start_date.month
        return max(months + (1 if self.end_date.day >= self.start_date.day else 0), 0)


@dataclass(frozen=True)
class DocumentInput:
    direction: str
    title: str
    sender: str
    receiver: str
    doc_date: date | None = None
    reference: str = ""
    copies: int = 1
    distribution: str = ""
    urgency: str = "normal"
    confidentiality: str = "internal"
    notes: str = ""


@dataclass(frozen=True)
class ReaderView:
    id: str
    seq: int
    reader_name: str
    department: str
    signed_at: datetime | None
    comment: str


@dataclass(frozen=True)
class DocumentView:
    id: str
    number: str
    direction: str
    reference: str
    title: str
    sender: str
    receiver: str
    doc_date: date
    copies: int
    distribution: str
    urgency: str
    confidentiality: str
    status: str
    item_id: str | None
    notes: str
    readers: tuple[ReaderView, ...] = ()

    @property
    def next_reader(self) -> ReaderView | None:
        return next((r for r in self.readers if r.signed_at is None), None)


@dataclass(frozen=True)
class LendingInput:
    item_id: str
    borrower_name: str
    purpose: str
    mode: str  # in_room | take_out
    may_copy: bool | None  # None: not answered (the question must be answered)
    may_photo: bool | None
    borrower_department: str = ""
    due_on: date | None = None  # default: today + 7 days


@dataclass(frozen=True)
class StepView:
    action: str
    from_state: str | None
    to_state: str
    actor_name: str
    at: datetime
    comment: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LendingView:
    id: str
    number: str
    item_id: str
    item_number: str
    item_title: str
    confidentiality: str
    borrower_name: str
    borrower_department: str
    purpose: str
    mode: str
    may_copy: bool
    may_photo: bool
    requested_on: date
    due_on: date
    status: str
    approved_by: str
    approved_at: datetime | None
    issued_at: datetime | None
    renewals: int
    returned_at: datetime | None
    return_condition: str
    reminders: int
    steps: tuple[StepView, ...] = ()

    def days_overdue(self, today: date) -> int:
        return (today - self.due_on).days if self.status == "issued" and today > self.due_on else 0


@dataclass(frozen=True)
class ReminderDue:
    """An overdue lending and the reminder it needs now (0: every reminder due was sent)."""

    lending_id: str
    number: str
    item_number: str
    item_title: str
    borrower_name: str
    borrower_department: str
    due_on: date
    days_overdue: int
    sent: int  # reminders sent so far
    level_due: int  # the highest reminder level due by now


@dataclass(frozen=True)
class CheckLineView:
    id: str
    item_id: str
    item_number: str
    item_title: str
    location: str
    on_loan: bool
    result: str
    found_location: str
    resolution: str
    resolution_note: str
    resolved_by: str

    @property
    def is_discrepancy(self) -> bool:
        return self.result in ("missing", "misplaced")


@dataclass(frozen=True)
class CheckView:
    id: str
    number: str
    title: str
    room: str
    started_on: date
    status: str
    closed_by: str
    summary: str
    lines: tuple[CheckLineView, ...] = ()

    def count(self, result: str) -> int:
        return sum(1 for line in self.lines if line.result == result)

    @property
    def open_discrepancies(self) -> int:
        return sum(1 for line in self.lines if line.is_discrepancy and not line.resolution)


@dataclass(frozen=True)
class DestructionLineView:
    id: str
    item_id: str
    item_number: str
    item_title: str
    category: str
    doc_date: date | None
    retention_until: date | None
    confidentiality: str
    item_status: str
    decision: str
    keep_years: int | None
    reason: str


@dataclass(frozen=True)
class DestructionView:
    id: str
    number: str
    status: str
    created_on: date
    appraised_by: str
    approved_by: str
    approved_at: datetime | None
    decision_comment: str
    method: str
    place: str
    destroyed_on: date | None
    witnesses: tuple[str, ...]
    executed_by: str
    lines: tuple[DestructionLineView, ...] = ()
