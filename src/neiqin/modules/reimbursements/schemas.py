"""Plain data handed between the reimbursements service and its callers (UI, command line)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class LineInput:
    expense_date: date | None
    category: str  # travel | entertainment | communication | office | transport | other
    purpose: str
    amount: Any  # Decimal or text, yuan with at most two decimals
    invoice_number: str = ""
    days: int | None = None  # travel days


@dataclass(frozen=True)
class ClaimInput:
    lines: tuple[LineInput, ...] = ()
    claimant_id: str | None = None  # default: the signed-in user
    department: str = ""  # default: the claimant's department
    claim_date: date | None = None  # default: today
    notes: str = ""


@dataclass(frozen=True)
class ReceiptView:
    id: str
    sha256: str
    filename: str
    size: int


@dataclass(frozen=True)
class LineView:
    id: str
    line_no: int
    expense_date: date
    category: str
    purpose: str
    amount: Decimal
    invoice_number: str
    days: int | None
    duplicate_note: str
    return_reason: str
    receipts: tuple[ReceiptView, ...] = ()


@dataclass(frozen=True)
class ClaimView:
    id: str
    number: str
    status: str
    claimant_id: str
    claimant_name: str
    department: str
    entered_by_id: str
    entered_by_name: str
    claim_date: date
    notes: str
    total_amount: Decimal
    has_duplicates: bool
    over_budget: bool
    paid_on: date | None
    paid_method: str
    updated_at: datetime | None
    lines: tuple[LineView, ...] = ()

    @property
    def receipt_count(self) -> int:
        return sum(len(line.receipts) for line in self.lines)

    def as_input(self) -> ClaimInput:
        return ClaimInput(tuple(LineInput(li.expense_date, li.category, li.purpose, li.amount, li.invoice_number,
                                          li.days) for li in self.lines),
                          self.claimant_id, self.department, self.claim_date, self.notes)


@dataclass(frozen=True)
class TransitionView:
    id: str
    action: str
    from_state: str | None
    to_state: str
    actor_id: str
    actor_name: str
    at: datetime
    comment: str
    extra: dict[str, Any]


@dataclass(frozen=True)
class DuplicateHit:
    """A line that matches another claim's line (or another line of the same claim)."""

    line_no: int
    reason: str  # invoice | amount_date
    other_number: str
    other_line_no: int
    other_claimant: str


@dataclass(frozen=True)
class Standard:
    category: str
    per_day: Decimal | None  # travel: yuan per day
    per_line: Decimal | None  # yuan per line (receipt)


@dataclass(frozen=True)
class StandardResult:
    line_no: int
    ok: bool
    message: str  # English source with {params}, context "reimbursements"
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BudgetLine:
    """A claim's amount in one category against its department's budget for the year."""

    category: str
    claimed: Decimal
    budget: Decimal | None  # None: no approved budget for this category
    used: Decimal  # other claims of the department and year that count against it
    remaining: Decimal | None  # budget - used, before this claim

    @property
    def over(self) -> bool:
        return self.remaining is not None and self.claimed > self.remaining


@dataclass(frozen=True)
class BudgetView:
    id: str
    department: str
    category: str
    year: int
    amount: Decimal
    approved: bool
    approved_by: str
    proposed_amount: Decimal | None
    proposed_by: str
    note: str


@dataclass(frozen=True)
class UsageRow:
    """Budget usage of one department and category in a year."""

    department: str
    category: str
    budget: Decimal
    used: Decimal  # approved by the department head or later
    pending: Decimal  # submitted, not yet approved
    budget_id: str | None = None
    awaiting_approval: bool = False

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.used

    @property
    def percent(self) -> Decimal | None:
        if not self.budget:
            return None
        return (self.used * 100 / self.budget).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class ActionState:
    code: str
    title: str
    enabled: bool
    reason: str = ""  # English source with {params}, context "reimbursements"
    params: dict[str, Any] = field(default_factory=dict)
    needs_comment: bool = False


@dataclass(frozen=True)
class PersonChoice:
    id: str
    name: str
    department: str


@dataclass(frozen=True)
class ReviewInfo:
    """What a reviewer sees computed: the budget of each category, the standards per line, the
    duplicate warnings, and the lines without a receipt scan."""

    claim_id: str
    budget: tuple[BudgetLine, ...]
    standards: tuple[StandardResult, ...]
    duplicates: tuple[DuplicateHit, ...]
    lines_without_receipt: tuple[int, ...]

    @property
    def over_budget(self) -> bool:
        return any(line.over for line in self.budget)

    @property
    def within_standards(self) -> bool:
        return all(result.ok for result in self.standards)
