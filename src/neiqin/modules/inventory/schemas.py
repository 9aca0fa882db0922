"""What the inventory slice hands to its UI and to other slices (orders read stock through it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.ledger.counts import APPROVED, CANCELLED, COUNTING, REASONS, STATUS_TITLES, SUBMITTED
from neiqin.core.ledger.movements import ADJUSTMENT, OPENING, RECEIPT, RETURN, SCRAP, SHIPMENT

SUPPLIER_RETURN = "supplier_return"
#: the count states and reasons of the shared count rules, re-exported for this slice's UI
COUNT_NAMES = (APPROVED, CANCELLED, COUNTING, REASONS, STATUS_TITLES, SUBMITTED)
KIND_TITLES = {
    OPENING: QT_TRANSLATE_NOOP("inventory", "Opening stock"),
    RECEIPT: QT_TRANSLATE_NOOP("inventory", "Receipt"),
    SHIPMENT: QT_TRANSLATE_NOOP("inventory", "Shipment"),
    RETURN: QT_TRANSLATE_NOOP("inventory", "Customer return"),
    ADJUSTMENT: QT_TRANSLATE_NOOP("inventory", "Count adjustment"),
    SCRAP: QT_TRANSLATE_NOOP("inventory", "Scrap"),
    SUPPLIER_RETURN: QT_TRANSLATE_NOOP("inventory", "Return to supplier"),
}
#: kinds a clerk enters by hand (the sign is given by the kind)
ENTRY_KINDS = (RECEIPT, SCRAP, RETURN)
FREQUENCIES = {"weekly": QT_TRANSLATE_NOOP("inventory", "Weekly"),
               "monthly": QT_TRANSLATE_NOOP("inventory", "Monthly")}
SCOPES = {"all": QT_TRANSLATE_NOOP("inventory", "All products"),
          "category": QT_TRANSLATE_NOOP("inventory", "Category"),
          "location": QT_TRANSLATE_NOOP("inventory", "Location")}
HANDLING_ACTIONS = {"promotion": QT_TRANSLATE_NOOP("inventory", "Promotion"),
                    "return": QT_TRANSLATE_NOOP("inventory", "Return to supplier"),
                    "scrap": QT_TRANSLATE_NOOP("inventory", "Scrap")}
HANDLING_STATES = {"planned": QT_TRANSLATE_NOOP("inventory", "Planned"),
                   "done": QT_TRANSLATE_NOOP("inventory", "Done"),
                   "cancelled": QT_TRANSLATE_NOOP("inventory", "Cancelled")}


@dataclass(frozen=True)
class EntryInput:
    """A receipt, scrap or customer return typed in by the clerk."""

    kind: str
    product_id: str
    quantity: object  # text or Decimal, checked by the service
    location: str = ""
    unit_cost: Decimal | None = None
    reference: str = ""  # delivery note, order number of a return
    note: str = ""
    moved_on: date | None = None


@dataclass(frozen=True)
class OrderStock:
    """An order's lines as stock sees them (orders hand this over when shipping)."""

    order_id: str
    number: str
    lines: tuple[tuple[str, Decimal], ...]  # (product_id, quantity)


@dataclass(frozen=True)
class MovementView:
    id: str
    product_id: str
    location: str
    kind: str
    quantity: Decimal
    moved_at: datetime
    source_type: str
    source_number: str
    note: str
    reverses_id: str | None = None
    balance_after: Decimal | None = None
    product_code: str = ""
    product_name: str = ""


@dataclass(frozen=True)
class StockRow:
    product_id: str
    code: str
    name: str
    spec: str
    unit: str
    category: str
    location: str
    quantity: Decimal
    reorder_point: int


@dataclass(frozen=True)
class PlanInput:
    name: str
    frequency: str
    scope_kind: str
    scope_value: str = ""
    blind: bool = True
    next_due: date | None = None
    active: bool = True
    note: str = ""


@dataclass(frozen=True)
class PlanView:
    id: str
    name: str
    frequency: str
    scope_kind: str
    scope_value: str
    blind: bool
    next_due: date
    active: bool
    note: str

    def is_due(self, today: date) -> bool:
        return self.active and self.next_due <= today


@dataclass(frozen=True)
class CountStart:
    title: str = ""
    scope_kind: str = "all"
    scope_value: str = ""
    blind: bool = True
    plan_id: str | None = None
    counter_name: str = ""
    product_ids: tuple[str, ...] = ()  # an explicit list instead of a scope


@dataclass(frozen=True)
class CountLineView:
    id: str
    product_id: str
    code: str
    name: str
    spec: str
    unit: str
    location: str
    book_quantity: Decimal
    moved_before_count: Decimal
    counted_quantity: Decimal | None
    variance: Decimal | None
    reason: str
    note: str


@dataclass(frozen=True)
class CountView:
    id: str
    number: str
    title: str
    scope: str
    status: str
    blind: bool
    started_at: datetime
    counter_name: str
    plan_id: str | None
    submitted_by: str | None
    approved_at: datetime | None
    approved_by: str | None
    archive_sha256: str | None
    lines: tuple[CountLineView, ...] = ()
    line_accuracy: Decimal | None = None
    quantity_accuracy: Decimal | None = None
    counted: int = 0

    @property
    def total(self) -> int:
        return len(self.lines)


@dataclass(frozen=True)
class AccuracyRow:
    count_id: str
    number: str
    title: str
    approved_at: datetime | None
    lines: int
    matching: int
    line_accuracy: Decimal | None
    quantity_accuracy: Decimal | None
    net_variance: Decimal


@dataclass(frozen=True)
class AccuracyReport:
    rows: tuple[AccuracyRow, ...]
    lines: int
    matching: int
    line_accuracy: Decimal | None
    quantity_accuracy: Decimal | None
    by_reason: dict[str, tuple[int, Decimal]] = field(default_factory=dict)


@dataclass(frozen=True)
class TurnoverRow:
    key: str  # product id or category
    code: str
    name: str
    category: str
    opening: Decimal
    closing: Decimal
    outflow: Decimal  # shipped less returned in the period
    turnover: Decimal | None  # outflow / average stock
    days_of_stock: Decimal | None  # closing / daily outflow


@dataclass(frozen=True)
class ReplenishmentRow:
    product_id: str
    code: str
    name: str
    spec: str
    unit: str
    category: str
    available: Decimal
    daily_sales: Decimal
    lead_time_days: int
    reorder_point: int
    reorder_level: Decimal  # reorder point + expected sales during the lead time
    suggested: Decimal
    cost: Decimal | None


@dataclass(frozen=True)
class SlowMovingRow:
    product_id: str
    code: str
    name: str
    category: str
    quantity: Decimal
    last_moved_at: datetime | None
    idle_days: int | None
    plan_id: str | None
    plan_action: str
    plan_status: str


@dataclass(frozen=True)
class HandlingPlanView:
    id: str
    product_id: str
    code: str
    name: str
    action: str
    status: str
    due_date: date | None
    note: str
    result: str
    done_at: datetime | None


@dataclass(frozen=True)
class TransitionView:
    action: str
    from_state: str | None
    to_state: str
    actor_name: str
    at: datetime
    comment: str

