"""Plain report data handed to the tab, the PDF and the Excel writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from neiqin.core.contributions import KpiValue
from neiqin.modules.reports.periods import Period

ZERO = Decimal("0")
#: the breakdowns of a sales report, in the order they are shown
DIMENSIONS = ("customer", "region", "product", "category", "salesperson")
#: the dimensions whose largest movers are named
MOVER_DIMENSIONS = ("customer", "region", "product", "salesperson")


@dataclass(frozen=True)
class Figures:
    amount: Decimal = ZERO
    quantity: Decimal = ZERO
    cost: Decimal = ZERO
    uncosted_amount: Decimal = ZERO
    orders: int = 0

    @property
    def gross_profit(self) -> Decimal:
        return self.amount - self.uncosted_amount - self.cost

    @property
    def margin(self) -> Decimal | None:
        """Gross profit in percent of the sales that have a cost."""
        costed = self.amount - self.uncosted_amount
        return None if not costed else (self.gross_profit * 100 / costed).quantize(Decimal("0.1"))

    def __add__(self, other: Figures) -> Figures:
        return Figures(self.amount + other.amount, self.quantity + other.quantity, self.cost + other.cost,
                       self.uncosted_amount + other.uncosted_amount, self.orders + other.orders)


def change_percent(current, before) -> Decimal | None:
    """(current − before) / before in percent, one decimal; None when there was nothing before."""
    current, before = Decimal(current), Decimal(before)
    if not before:
        return None
    return ((current - before) * 100 / abs(before)).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class BreakdownRow:
    key: str
    label: str
    code: str
    extra: str  # a customer's region, a product's category
    current: Figures
    previous: Figures
    last_year: Figures
    share: Decimal | None  # of the period's sales amount, in percent


@dataclass(frozen=True)
class Mover:
    """A key whose sales amount changed most against a comparison period."""

    dimension: str
    key: str
    label: str
    basis: str  # "previous" | "last_year"
    before: Decimal
    after: Decimal

    @property
    def delta(self) -> Decimal:
        return self.after - self.before

    @property
    def percent(self) -> Decimal | None:
        return change_percent(self.after, self.before)


@dataclass(frozen=True)
class TrendPoint:
    label: str  # a day "2026-10-05" or a month "2026-10"
    current: Figures
    previous: Figures  # the same position in the previous period


@dataclass(frozen=True)
class SalesReport:
    period: Period
    previous_period: Period
    last_year_period: Period
    totals: Figures
    previous: Figures
    last_year: Figures
    trend: tuple[TrendPoint, ...]
    breakdowns: dict[str, tuple[BreakdownRow, ...]]
    movers: tuple[Mover, ...]
    generated_at: datetime | None = None
    generated_by: str = ""

    def movers_of(self, dimension: str, basis: str) -> tuple[list[Mover], list[Mover]]:
        """(largest rises, largest falls) of a dimension against a comparison period."""
        chosen = [m for m in self.movers if m.dimension == dimension and m.basis == basis]
        return [m for m in chosen if m.delta > 0], [m for m in chosen if m.delta < 0]


@dataclass(frozen=True)
class KpiLine:
    code: str
    title: str
    unit: str
    better: str
    target: float
    value: KpiValue
    error: str = ""

    @property
    def met(self) -> bool | None:
        """Whether the value reaches the target; None when nothing was measured."""
        if self.value.value is None or self.error:
            return None
        if self.better == "lower":
            return self.value.value <= self.target + 1e-9
        return self.value.value >= self.target - 1e-9


@dataclass(frozen=True)
class ClerkKpis:
    clerk_id: str | None  # None: everybody together
    name: str
    lines: tuple[KpiLine, ...]


@dataclass(frozen=True)
class KpiReport:
    period: Period
    clerks: tuple[ClerkKpis, ...]
    generated_at: datetime | None = None
    generated_by: str = ""
    specs: tuple[str, ...] = field(default_factory=tuple)
