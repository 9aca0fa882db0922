"""Sales report figures on the fixed data set of conftest.py, against values worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from neiqin.core.errors import ValidationError
from neiqin.modules.orders import service as orders
from neiqin.modules.reports import service
from neiqin.modules.reports.periods import parse_period


def _report(db, actor, kind, period=None, since=None, until=None):
    with db.read() as session:
        return service.sales_report(session, actor, parse_period(kind, period, since, until))


def test_monthly_totals_and_comparisons(db, clerk, sales_world):
    report = _report(db, clerk, "monthly", "2026-10")
    assert (report.period.since.isoformat(), report.period.until.isoformat()) == ("2026-10-01", "2026-10-31")
    assert report.previous_period.label == "2026-09" and report.last_year_period.label == "2025-10"
    # O1 120 + O2 100 + O3 200; O4 (submitted), O5 (cancelled), O9 (returned) are no sales
    t = report.totals
    assert (t.amount, t.quantity, t.orders) == (D("420.00"), D("37"), 3)
    assert t.cost == D("190.00")  # O1 10×6 + 5×2, O3 20×6; P3 has no cost
    assert t.uncosted_amount == D("100.00")
    assert t.gross_profit == D("130.00")  # 420 − 100 − 190
    assert t.margin == D("40.6")  # 130 / 320
    p = report.previous  # O6 300 + O7 40
    assert (p.amount, p.quantity, p.orders, p.cost, p.gross_profit) == (D("340.00"), D("40"), 2, D("200.00"),
                                                                         D("140.00"))
    y = report.last_year  # O8 50
    assert (y.amount, y.quantity, y.orders, y.gross_profit) == (D("50.00"), D("5"), 1, D("20.00"))


def test_monthly_breakdowns(db, clerk, sales_world):
    report = _report(db, clerk, "monthly", "2026-10")
    customer = {row.label: row for row in report.breakdowns["customer"]}
    assert [row.label for row in report.breakdowns["customer"]] == ["北京甲机械有限公司", "上海乙电子有限公司"]
    a, b = customer["北京甲机械有限公司"], customer["上海乙电子有限公司"]
    assert (a.current.amount, a.current.orders, a.current.gross_profit, a.share, a.extra) == (
        D("320.00"), 2, D("130.00"), D("76.2"), "华北")
    assert (a.previous.amount, a.last_year.amount) == (D("40.00"), D("0"))
    assert (b.current.amount, b.current.orders, b.current.gross_profit, b.share) == (D("100.00"), 1, D("0.00"),
                                                                                     D("23.8"))
    assert b.previous.amount == D("300.00")
    region = {row.key: (row.current.amount, row.current.orders, row.previous.amount)
              for row in report.breakdowns["region"]}
    assert region == {"华北": (D("320.00"), 2, D("40.00")), "华东": (D("100.00"), 1, D("300.00"))}
    product = {row.code: (row.current.quantity, row.current.amount, row.current.orders, row.current.gross_profit,
                          row.extra) for row in report.breakdowns["product"]}
    assert product == {"R-01": (D("30"), D("300.00"), 2, D("120.00"), "紧固件"),
                       "R-02": (D("5"), D("20.00"), 1, D("10.00"), "紧固件"),
                       "R-03": (D("2"), D("100.00"), 1, D("0.00"), "")}
    category = {row.key: (row.current.amount, row.current.orders) for row in report.breakdowns["category"]}
    assert category == {"紧固件": (D("320.00"), 2), "": (D("100.00"), 1)}  # O1 holds two fasteners: one order
    people = {row.label: (row.current.amount, row.current.orders) for row in report.breakdowns["salesperson"]}
    assert people == {"王芳": (D("220.00"), 2), "系统管理员": (D("200.00"), 1)}


def test_largest_movers_are_named(db, clerk, sales_world):
    report = _report(db, clerk, "monthly", "2026-10")
    rises, falls = report.movers_of("customer", "previous")
    assert [(m.label, m.before, m.after, m.delta, m.percent) for m in rises] == [
        ("北京甲机械有限公司", D("40.00"), D("320.00"), D("280.00"), D("700.0"))]
    assert [(m.label, m.delta, m.percent) for m in falls] == [("上海乙电子有限公司", D("-200.00"), D("-66.7"))]
    rises, falls = report.movers_of("customer", "last_year")
    assert [(m.label, m.delta, m.percent) for m in rises] == [("北京甲机械有限公司", D("320.00"), None),
                                                              ("上海乙电子有限公司", D("100.00"), None)]
    assert [(m.label, m.delta, m.percent) for m in falls] == [("广州丙贸易有限公司", D("-50.00"), D("-100.0"))]
    rises, falls = report.movers_of("product", "previous")
    # R-01 300 vs 300 does not move; R-03 new +100; R-02 20 vs 40
    assert [(m.label, m.delta) for m in rises] == [("定制垫圈", D("100.00"))]
    assert [(m.label, m.delta) for m in falls] == [("六角螺母", D("-20.00"))]


def test_trend_has_every_day_with_the_previous_period_beside_it(db, clerk, sales_world):
    report = _report(db, clerk, "monthly", "2026-10")
    assert len(report.trend) == 31 and report.trend[0].label == "2026-10-01"
    by_day = {point.label: point for point in report.trend}
    assert by_day["2026-10-05"].current.amount == D("220.00") and by_day["2026-10-05"].current.orders == 2
    assert by_day["2026-10-20"].current.amount == D("200.00")
    assert by_day["2026-10-10"].previous.amount == D("300.00")  # 10th day of September: O6
    assert by_day["2026-10-30"].previous.amount == D("40.00")  # 30th day: O7
    assert sum(p.current.amount for p in report.trend) == D("420.00")


def test_daily_weekly_and_custom_periods(db, clerk, sales_world):
    daily = _report(db, clerk, "daily", "2026-10-05")
    assert (daily.totals.amount, daily.totals.orders, daily.previous.amount) == (D("220.00"), 2, D("0"))
    assert daily.previous_period.label == "2026-10-04" and daily.last_year_period.label == "2025-10-05"
    weekly = _report(db, clerk, "weekly", "2026-W41")  # Monday 5 to Sunday 11 October
    assert (weekly.period.since.isoformat(), weekly.period.until.isoformat()) == ("2026-10-05", "2026-10-11")
    assert (weekly.totals.amount, weekly.previous.amount, weekly.last_year.amount) == (D("220.00"), D("40.00"), D("0"))
    assert weekly.last_year_period.range_text == "2025-10-06 – 2025-10-12"
    assert _report(db, clerk, "weekly", "2026-10-08").period == weekly.period  # any day names its week
    custom = _report(db, clerk, "custom", since="2026-09-01", until="2026-10-31")
    assert (custom.totals.amount, custom.totals.orders, custom.totals.gross_profit) == (D("760.00"), 5, D("270.00"))
    assert custom.previous_period.range_text == "2026-07-02 – 2026-08-31"
    year = _report(db, clerk, "custom", since="2025-10-01", until="2026-10-31")
    assert year.period.trend_by_month() and len(year.trend) == 13
    assert {p.label: p.current.amount for p in year.trend if p.current.amount} == {
        "2025-10": D("50.00"), "2026-09": D("340.00"), "2026-10": D("420.00")}


def test_sales_facts_of_the_orders_slice(db, clerk, sales_world):
    october = (date(2026, 10, 1), date(2026, 10, 31))
    with db.read() as session:
        sold = orders.sales_facts(session, clerk, *october)
        with_submitted = orders.sales_facts(session, clerk, *october, states=(*orders.SOLD_STATES, "submitted"))
    assert set(sold) == {"day", "customer", "region", "product", "category", "salesperson"}
    assert {f.key: (f.amount, f.orders, f.lines) for f in sold["day"]} == {
        "2026-10-05": (D("220.00"), 2, 3), "2026-10-20": (D("200.00"), 1, 1)}
    customer = {f.label: (f.code, f.region) for f in sold["customer"]}
    assert customer["北京甲机械有限公司"][1] == "华北" and customer["北京甲机械有限公司"][0].startswith("CU")
    assert sum(f.amount for f in with_submitted["day"]) == D("460.00")  # O4 40 more
    with db.read() as session:
        assert orders.sales_facts(session, clerk, date(2024, 1, 1), date(2024, 1, 31))["customer"] == []


def test_bad_periods_are_refused():
    for kind, text in (("monthly", "2026-13"), ("monthly", "十月"), ("weekly", "2026-W54"), ("daily", "2026-02-30"),
                       ("yearly", "2026")):
        with pytest.raises(ValidationError):
            parse_period(kind, text)
    with pytest.raises(ValidationError):
        parse_period("custom", since="2026-10-31", until="2026-10-01")
