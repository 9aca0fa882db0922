"""The sales report read from the orders' sales summary equals the report read from every sold
line, for every grouping and comparison, on random order traffic (tests/unit/orders/sales_churn)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from neiqin.modules.orders import service as orders
from neiqin.modules.reports import service
from neiqin.modules.reports.periods import parse_period
from tests.unit.orders.sales_churn import SalesChurn

PERIODS = [("monthly", "2026-09", None, None), ("monthly", "2026-10", None, None), ("monthly", "2026-11", None, None),
           ("weekly", "2026-W40", None, None), ("daily", "2026-10-01", None, None),
           ("custom", None, "2026-08-25", "2026-10-09"), ("custom", None, "2026-06-01", "2026-11-30")]


def _both(db, actor, period):
    with db.read() as session:
        fast = service.sales_report(session, actor, period)
        slow = service.sales_report(session, actor, period, from_lines=True)
    return replace(fast, generated_at=None), replace(slow, generated_at=None)


@pytest.mark.parametrize("seed", [5, 6])
def test_the_summary_gives_the_report_of_the_lines(db, admin, clerk, reviewer, seed):
    churn = SalesChurn.start(db, admin, [admin.user_id, clerk.user_id, reviewer.user_id], seed)
    churn.run(250)
    for kind, text, since, until in PERIODS:
        period = parse_period(kind, text, since, until)
        fast, slow = _both(db, admin, period)
        assert fast == slow, period
    october = _both(db, admin, parse_period("monthly", "2026-10"))[0]
    assert october.totals.orders >= 2 and october.previous.orders >= 1  # the traffic made sales to compare
    assert all(october.breakdowns[dimension] for dimension in ("customer", "product", "category", "salesperson"))
    with db.unit_of_work(admin) as uow:  # the same after the summary caught up with product changes
        orders.refresh_sales_summary(uow.session)
    for kind, text, since, until in PERIODS[:3]:
        fast, slow = _both(db, admin, parse_period(kind, text, since, until))
        assert fast == slow
