"""The work dashboard (工作台) over the real modules: grouped and counted items of the fixed sales
data set, opening their records, loading in the background, and the shell's item sources (where
sync conflicts will come from) shown only when one is registered."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from neiqin.app import gui
from neiqin.core.contributions import DashboardItem
from neiqin.ui.context import UiContext
from neiqin.ui.main_window import MainWindow
from tests.unit.reports.conftest import make_sales_world

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _window(qtbot, db, actor, runner, tmp_path, provider=gui.dashboard_provider) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(UiContext(db=db, actor=actor, runner=runner), gui.tab_specs(actor), provider,
                        gui.search_provider, settings=settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.dashboard.loading, timeout=10000)
    return window


def _items(window, group):
    for index in range(window.dashboard.tree.topLevelItemCount()):
        head = window.dashboard.tree.topLevelItem(index)
        if head.text(0).rsplit(" (", 1)[0] == group:
            return [head.child(n) for n in range(head.childCount())]
    return []


def test_the_department_head_sees_the_order_to_review_and_opens_it(qtbot, db, admin, clerk, reviewer, runner,
                                                                   tmp_path):
    world = make_sales_world(db, admin, clerk, reviewer)  # O4 is submitted, O9 returned
    window = _window(qtbot, db, reviewer, runner, tmp_path)
    counts = window.dashboard.group_counts()
    assert counts["Orders awaiting review"] == 1
    assert "Orders returned for correction" not in counts  # the head does not correct orders
    assert "Sync conflicts" not in counts
    (row,) = _items(window, "Orders awaiting review")
    assert row.text(0).endswith("广州丙贸易有限公司")
    window.dashboard.tree.itemActivated.emit(row, 0)
    tab = window.module_tab("orders")
    assert window.tabs.currentWidget() is window.lazy_tabs["orders"]
    assert tab.current_id() == world.orders["O4"]


def test_the_clerk_sees_her_returned_order(qtbot, db, admin, clerk, reviewer, runner, tmp_path):
    world = make_sales_world(db, admin, clerk, reviewer)
    window = _window(qtbot, db, clerk, runner, tmp_path)
    counts = window.dashboard.group_counts()
    assert counts["Orders returned for correction"] == 1 and "Orders awaiting review" not in counts
    (row,) = _items(window, "Orders returned for correction")
    window.dashboard.tree.itemActivated.emit(row, 0)
    assert window.module_tab("orders").current_id() == world.orders["O9"]


def test_loading_runs_in_the_background(qtbot, db, clerk, runner, tmp_path):
    release, started = threading.Event(), threading.Event()

    def slow(session, actor, today):
        started.set()
        release.wait(10)
        return [DashboardItem("orders", "Orders awaiting review", "SO-1 某公司", "x")]

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(UiContext(db=db, actor=clerk, runner=runner), [], slow, gui.search_provider,
                        settings=settings)
    qtbot.addWidget(window)
    assert started.wait(5)
    qtbot.wait(50)  # the event loop runs while the provider works
    assert window.dashboard.loading and window.dashboard.tree.topLevelItemCount() == 0
    window.dashboard.refresh()  # a second refresh meanwhile is skipped, not queued
    release.set()
    qtbot.waitUntil(lambda: not window.dashboard.loading, timeout=5000)
    assert window.dashboard.group_counts() == {"Orders awaiting review": 1}


def test_shell_sources_show_only_when_registered(qtbot, db, clerk, runner, tmp_path, monkeypatch):
    with db.read() as session:
        assert not [i for i in gui.dashboard_provider(session, clerk, date.today()) if i.group == "Sync conflicts"]

    def conflicts(session, actor, today):
        return [DashboardItem("sync", "Sync conflicts", "客户 北京甲：电话", "r1", severity="warning")]

    monkeypatch.setattr(gui, "SHELL_DASHBOARD_SOURCES", [conflicts])
    window = _window(qtbot, db, clerk, runner, tmp_path)
    assert window.dashboard.group_counts().get("Sync conflicts") == 1


def test_long_groups_show_their_first_items_and_their_real_count(qtbot, db, clerk, runner, tmp_path):
    def many(session, actor, today):
        review = [DashboardItem("orders", "Orders awaiting review", f"SO-{n:03d}", f"o{n}", due=f"2026-11-{n + 1:02d}")
                  for n in range(25)]
        risk = [DashboardItem("orders", "Delivery risk", f"SO-R{n}", f"r{n}", group_total=120) for n in range(3)]
        return review + risk

    window = _window(qtbot, db, clerk, runner, tmp_path, provider=many)
    assert window.dashboard.group_counts() == {"Orders awaiting review": 25, "Delivery risk": 120}
    review = _items(window, "Orders awaiting review")
    assert len(review) == 11 and review[-1].text(0) == "Show all 25…"
    assert [row.text(0) for row in review[:2]] == ["SO-000", "SO-001"]  # due first
    risk = _items(window, "Delivery risk")
    assert risk[-1].text(0) == "117 more in the module's tab" and len(risk) == 4
    window.dashboard.tree.itemActivated.emit(review[-1], 0)
    assert len(_items(window, "Orders awaiting review")) == 25


def test_the_orders_dashboard_counts_beyond_its_first_rows(db, admin, clerk, reviewer, monkeypatch):
    from neiqin.modules.orders import dashboard as orders_dashboard
    from neiqin.modules.orders import service as orders

    world = make_sales_world(db, admin, clerk, reviewer)
    with db.unit_of_work(clerk) as uow:  # O9, corrected, goes back to review: two orders await it
        orders.transition(uow, world.orders["O9"], "submit")
    monkeypatch.setattr(orders_dashboard, "LIMIT", 1)
    with db.read() as session:
        items = [i for i in orders_dashboard.dashboard_items(session, reviewer, date.today())
                 if i.group == "Orders awaiting review"]
    assert len(items) == 1 and items[0].group_total == 2
