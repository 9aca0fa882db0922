"""KPI report: the orders' and customers' indicators per clerk on the fixed data set, targets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from neiqin.app.reporting import collect_kpis
from neiqin.core.db.types import utcnow
from neiqin.core.errors import PermissionDenied, ValidationError
from neiqin.core.settings import get_setting
from neiqin.modules.orders.models import OrderTransition
from neiqin.modules.reports import service
from neiqin.modules.reports.kpi import TARGETS_SETTING
from neiqin.modules.reports.periods import Period

MINE = ("orders.timeliness", "orders.on_time_delivery", "orders.accuracy", "customers.completeness")


def _specs():
    return [spec for spec in collect_kpis() if spec.code in MINE]


def _period() -> Period:  # the transitions happen now; deliveries tomorrow
    today = utcnow().astimezone().date()
    return Period("custom", today - timedelta(days=40), today + timedelta(days=5))


def _late_first_order(db, world) -> None:
    """O1 was recorded 30 hours before its approval: not in time for the 24-hour target."""
    order_id = world.orders["O1"]
    with db.engine.begin() as connection:
        approved = connection.execute(select(OrderTransition.at).where(OrderTransition.order_id == order_id,
                                                                       OrderTransition.action == "approve")).scalar()
        connection.execute(update(OrderTransition).where(OrderTransition.order_id == order_id,
                                                         OrderTransition.action == "create")
                           .values(at=approved - timedelta(hours=30)))


def _values(row):
    return {line.code: (None if line.value.value is None else round(line.value.value, 2),
                        line.value.numerator, line.value.denominator, line.met) for line in row.lines}


def test_every_module_offers_its_kpis():
    codes = [spec.code for spec in collect_kpis()]
    assert set(MINE) <= set(codes) and len(codes) == len(set(codes))
    for spec in collect_kpis():
        assert spec.unit in ("percent", "hours", "days") and spec.better in ("higher", "lower")


def test_kpis_overall_and_per_clerk(db, reviewer, sales_world):
    _late_first_order(db, sales_world)
    with db.read() as session:
        report = service.kpi_report(session, reviewer, _specs(), _period())
    assert [(row.clerk_id, row.name) for row in report.clerks] == [(None, ""), (sales_world.clerk_id, "王芳")]
    overall, clerk = report.clerks
    assert _values(overall) == {
        # approved O1 O2 O3 O5 O6 O7 O8, O1 late; target 90
        "orders.timeliness": (85.71, 6, 7, False),
        # O3 delivered tomorrow, due in ten days; target 95
        "orders.on_time_delivery": (100.0, 1, 1, True),
        # nine submissions, O9 returned; target 95
        "orders.accuracy": (88.89, 8, 9, False),
        # 北京甲 and 天津丁 complete, 上海乙 (no industry, no contact) and 广州丙 not; target 90
        "customers.completeness": (50.0, 2, 4, False),
    }
    assert _values(clerk) == {
        "orders.timeliness": (80.0, 4, 5, False),  # O1 O2 O5 O6 O7
        "orders.on_time_delivery": (None, 0, 0, None),  # nothing of hers delivered
        "orders.accuracy": (85.71, 6, 7, False),  # O1 O2 O4 O5 O6 O7 O9
        "customers.completeness": (100.0, 1, 1, True),  # 天津丁 is hers
    }


def test_a_clerk_sees_only_her_own_row(db, clerk, admin, sales_world):
    with db.read() as session:
        own = service.kpi_report(session, clerk, _specs(), _period())
        chosen = service.kpi_report(session, admin, _specs(), _period(), clerk_ids=[])
    assert [row.name for row in own.clerks] == ["", "王芳"]
    assert [row.clerk_id for row in chosen.clerks] == [None]


def test_targets_are_set_by_the_department_head_only(db, clerk, reviewer, sales_world):
    specs = _specs()
    with db.read() as session:
        assert service.kpi_targets(session, specs) == {"orders.timeliness": 90, "orders.on_time_delivery": 95,
                                                       "orders.accuracy": 95, "customers.completeness": 90}
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service.set_targets(uow, specs, {"orders.accuracy": 80})
    for bad in ({"orders.accuracy": 85, "orders.timeliness": 120}, {"orders.accuracy": "很多"},
                {"nobody.knows": 3}, {"orders.accuracy": float("nan")}):
        with pytest.raises(ValidationError), db.unit_of_work(reviewer) as uow:
            service.set_targets(uow, specs, bad)
    with db.read() as session:
        assert get_setting(session, TARGETS_SETTING) is None  # nothing changed
    with db.unit_of_work(reviewer) as uow:
        service.set_targets(uow, specs, {"orders.accuracy": "85"})
    with db.read() as session:
        report = service.kpi_report(session, reviewer, specs, _period())
    accuracy = [(line.target, line.met) for row in report.clerks for line in row.lines if line.code == "orders.accuracy"]
    assert accuracy == [(85.0, True), (85.0, True)]  # 88.9 % and 85.7 %


def test_a_failing_indicator_is_shown_as_failed_and_the_others_still_count(db, reviewer, sales_world):
    from neiqin.core.contributions import KpiSpec

    def broken(session, since, until, clerk_id):
        raise RuntimeError("no table")

    specs = [*_specs(), KpiSpec("test.broken", "Broken", "percent", "higher", 50, broken)]
    with db.read() as session:
        report = service.kpi_report(session, reviewer, specs, _period())
    line = report.clerks[0].lines[-1]
    assert line.error and line.met is None and line.value.value is None
    assert report.clerks[0].lines[2].value.numerator == 8
