"""The sales report (销售日报 / 周报 / 月报): totals, trend, breakdowns and the largest movers
against the previous period and the same period last year, from the orders' sales facts."""

from __future__ import annotations

import heapq
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

import neiqin.modules.orders.service as orders
from neiqin.core.auth.actor import Actor
from neiqin.modules.reports.periods import Period
from neiqin.modules.reports.schemas import (
    DIMENSIONS,
    MOVER_DIMENSIONS,
    ZERO,
    BreakdownRow,
    Figures,
    Mover,
    SalesReport,
    TrendPoint,
)

#: how many rises and how many falls are named per dimension and comparison
MOVERS = 3
ZERO_FIGURES = Figures()


def _figures(fact) -> Figures:
    return Figures(fact.amount, fact.quantity, fact.cost, fact.uncosted_amount, fact.orders)


def _by_key(facts) -> dict[str, Figures]:
    return {fact.key: _figures(fact) for fact in facts}


def _total(days: dict[str, Figures]) -> Figures:
    total = Figures()
    for figures in days.values():  # each order has one day: the day figures add up to the period's
        total = total + figures
    return total


def _months(since: date, until: date) -> list[str]:
    out, day = [], since.replace(day=1)
    while day <= until:
        out.append(f"{day.year}-{day.month:02d}")
        day = (day + timedelta(days=32)).replace(day=1)
    return out


def _buckets(period: Period, days: dict[str, Figures]) -> list[tuple[str, Figures]]:
    """The period's trend: every day (or every month of a long period), empty ones included."""
    if period.trend_by_month():
        sums: dict[str, Figures] = {label: Figures() for label in _months(period.since, period.until)}
        for day, figures in days.items():
            sums[day[:7]] = sums.get(day[:7], Figures()) + figures
        return list(sums.items())
    return [(label, days.get(label, Figures())) for label in
            ((period.since + timedelta(days=n)).isoformat() for n in range(period.days))]


def _trend(period: Period, previous: Period, current_days, previous_days) -> tuple[TrendPoint, ...]:
    now, before = _buckets(period, current_days), _buckets(previous, previous_days)
    return tuple(TrendPoint(label, figures, before[n][1] if n < len(before) else Figures())
                 for n, (label, figures) in enumerate(now))


class _Period:
    """A period's facts with each dimension's figures by key, worked out once."""

    def __init__(self, facts: dict) -> None:
        self.facts = facts
        self.keyed = {dimension: _by_key(items) for dimension, items in facts.items()}


def _breakdown(dimension: str, now: _Period, before: _Period, year: _Period, total: Decimal) -> tuple[BreakdownRow, ...]:
    described = {fact.key: fact for fact in (*year.facts[dimension], *before.facts[dimension], *now.facts[dimension])}
    current, previous, last_year = now.keyed[dimension], before.keyed[dimension], year.keyed[dimension]
    rows = []
    for key in {*current, *previous}:
        fact = described[key]
        figures = current.get(key, ZERO_FIGURES)
        extra = fact.region if dimension == "customer" else fact.category if dimension == "product" else ""
        rows.append(BreakdownRow(key, fact.label, fact.code, extra, figures, previous.get(key, ZERO_FIGURES),
                                 last_year.get(key, ZERO_FIGURES),
                                 (figures.amount * 100 / total).quantize(Decimal("0.1")) if total else None))
    rows.sort(key=lambda row: (-row.current.amount, -row.previous.amount, row.label, row.key))
    return tuple(rows)


def _movers(dimension: str, now: _Period, compared: _Period, basis: str) -> list[Mover]:
    current, before = now.keyed[dimension], compared.keyed[dimension]
    labels = {fact.key: fact.label for fact in (*compared.facts[dimension], *now.facts[dimension])}
    changes = []
    for key in {*current, *before}:
        old, new = before.get(key, ZERO_FIGURES).amount, current.get(key, ZERO_FIGURES).amount
        if old != new:
            changes.append((new - old, labels[key], key, old, new))
    rises = heapq.nsmallest(MOVERS, (c for c in changes if c[0] > 0), key=lambda c: (-c[0], c[1], c[2]))
    falls = heapq.nsmallest(MOVERS, (c for c in changes if c[0] < 0), key=lambda c: (c[0], c[1], c[2]))
    return [Mover(dimension, key, label, basis, old, new) for _delta, label, key, old, new in rises + falls]


def sales_report(session: Session, actor: Actor, period: Period, from_lines: bool = False) -> SalesReport:
    """The report of a period; the figures come from the orders' sales summary (`from_lines`: from
    every sold line instead, the slow way, for checking)."""
    actor.require("reports.view")
    previous_period, last_year_period = period.previous(), period.last_year()
    now, before, year = (_Period(facts) for facts in orders.sales_facts_of(
        session, actor, [(p.since, p.until) for p in (period, previous_period, last_year_period)],
        from_lines=from_lines))
    totals = _total(now.keyed["day"])
    breakdowns = {dimension: _breakdown(dimension, now, before, year, totals.amount) for dimension in DIMENSIONS}
    movers = []
    for dimension in MOVER_DIMENSIONS:
        movers += _movers(dimension, now, before, "previous")
        movers += _movers(dimension, now, year, "last_year")
    return SalesReport(period, previous_period, last_year_period, totals, _total(before.keyed["day"]),
                       _total(year.keyed["day"]), _trend(period, previous_period, now.keyed["day"], before.keyed["day"]),
                       breakdowns, tuple(movers), datetime.now().astimezone(), actor.display_name or actor.username)


def summary_stale(session: Session) -> bool:
    """Whether a product's cost or category changed since the sales summary recorded it (reports
    are still right, but slower until `refresh_summary`)."""
    return bool(orders.stale_products(session))


def refresh_summary(session: Session, limit: int | None = None) -> int:
    """Bring the sales summary up to date with the products' costs and categories (of `limit`
    changed products at most; in a write transaction); returns how many orders changed."""
    return orders.refresh_sales_summary(session, limit)


__all__ = ["MOVERS", "ZERO", "refresh_summary", "sales_report", "summary_stale"]
