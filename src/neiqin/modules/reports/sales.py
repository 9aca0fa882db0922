"""The sales report (销售日报 / 周报 / 月报): totals, trend, breakdowns and the largest movers
against the previous period and the same period last year, from the orders' sales facts."""

from __future__ import annotations

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


def _figures(fact) -> Figures:
    return Figures(fact.amount, fact.quantity, fact.cost, fact.uncosted_amount, fact.orders)


def _by_key(facts) -> dict[str, Figures]:
    return {fact.key: _figures(fact) for fact in facts}


def _total(facts) -> Figures:
    total = Figures()
    for fact in facts:  # each order has one day: the day figures add up to the period's
        total = total + _figures(fact)
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


def _breakdown(dimension: str, current, previous, last_year, total: Decimal) -> tuple[BreakdownRow, ...]:
    before, year = _by_key(previous), _by_key(last_year)
    described = {fact.key: fact for fact in (*last_year, *previous, *current)}
    now = _by_key(current)
    rows = []
    for key in {*now, *before}:
        fact = described[key]
        figures = now.get(key, Figures())
        extra = fact.region if dimension == "customer" else fact.category if dimension == "product" else ""
        rows.append(BreakdownRow(key, fact.label, fact.code, extra, figures, before.get(key, Figures()),
                                 year.get(key, Figures()),
                                 (figures.amount * 100 / total).quantize(Decimal("0.1")) if total else None))
    rows.sort(key=lambda row: (-row.current.amount, -row.previous.amount, row.label, row.key))
    return tuple(rows)


def _movers(dimension: str, current, compared, basis: str) -> list[Mover]:
    now, before = _by_key(current), _by_key(compared)
    labels = {fact.key: fact.label for fact in (*compared, *current)}
    changes = [Mover(dimension, key, labels[key], basis, before.get(key, Figures()).amount,
                     now.get(key, Figures()).amount) for key in {*now, *before}]
    rises = sorted((m for m in changes if m.delta > 0), key=lambda m: (-m.delta, m.label, m.key))[:MOVERS]
    falls = sorted((m for m in changes if m.delta < 0), key=lambda m: (m.delta, m.label, m.key))[:MOVERS]
    return rises + falls


def sales_report(session: Session, actor: Actor, period: Period) -> SalesReport:
    actor.require("reports.view")
    previous_period, last_year_period = period.previous(), period.last_year()
    now = orders.sales_facts(session, actor, period.since, period.until)
    before = orders.sales_facts(session, actor, previous_period.since, previous_period.until)
    year = orders.sales_facts(session, actor, last_year_period.since, last_year_period.until)
    totals = _total(now["day"])
    breakdowns = {dimension: _breakdown(dimension, now[dimension], before[dimension], year[dimension],
                                        totals.amount) for dimension in DIMENSIONS}
    movers = []
    for dimension in MOVER_DIMENSIONS:
        movers += _movers(dimension, now[dimension], before[dimension], "previous")
        movers += _movers(dimension, now[dimension], year[dimension], "last_year")
    return SalesReport(period, previous_period, last_year_period, totals, _total(before["day"]), _total(year["day"]),
                       _trend(period, previous_period, _by_key(now["day"]), _by_key(before["day"])), breakdowns,
                       tuple(movers), datetime.now().astimezone(), actor.display_name or actor.username)


__all__ = ["MOVERS", "ZERO", "sales_report"]
