"""The reports tab after a product's cost changed: the report shows the current cost at once, and
the sales summary catches up in the background."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from neiqin.modules.orders import sales_summary
from neiqin.modules.products import service as products
from neiqin.modules.reports.ui.tab import ReportsTab
from neiqin.ui.context import UiContext
from neiqin.ui.tasks import TaskRunner
from tests.unit.reports.conftest import make_sales_world

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_a_changed_cost_shows_at_once_and_the_summary_catches_up(qtbot, db, admin, clerk, reviewer, runner):
    world = make_sales_world(db, admin, clerk, reviewer)
    with db.read() as session:
        p1 = products.get_product(session, world.products["P1"])
    with db.unit_of_work(admin) as uow:
        products.update_product(uow, p1.id, replace(p1.as_input(), cost=Decimal("7")))
    with db.read() as session:
        assert sales_summary.stale_products(session) == {p1.id}
    tab = ReportsTab(UiContext(db=db, actor=clerk, runner=runner), today=lambda: date(2026, 10, 31))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=10000)
    # October: O1 10 × 7.00 + 5 × 2.00, O3 20 × 7.00 (P1 now costs 7.00, no longer 6.00)
    assert tab.report.totals.cost == Decimal("220.00")

    def caught_up() -> bool:
        with db.read() as session:
            return not sales_summary.stale_products(session)

    qtbot.waitUntil(caught_up, timeout=10000)
    with db.read() as session:
        assert sales_summary.summary_mismatches(session) == []
