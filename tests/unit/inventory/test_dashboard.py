"""The stock items of the work dashboard."""

from __future__ import annotations

from datetime import date

from neiqin.modules.inventory.dashboard import dashboard_items
from tests.unit.inventory.conftest import receive


def test_a_product_never_received_is_low_stock_at_zero(db, admin, items):
    """Reorder points 20, 10, 5 and none; no movement at all yet: the three with a reorder point
    are low, shown as 0 of their point; the chair (no point) is not."""
    with db.read() as session:
        low = {item.title: item.detail for item in dashboard_items(session, admin, date.today())
               if item.group == "Low stock"}
    assert low == {"OF-PAP-011 复印纸": "0 / 20 箱", "OF-PAP-012 复印纸(优选)": "0 / 10 箱",
                   "OF-TON-011 硒鼓": "0 / 5 个"}


def test_stock_above_the_reorder_point_is_not_low(db, admin, items):
    receive(db, admin, items["OF-PAP-011"], 21)
    receive(db, admin, items["OF-TON-011"], 5)
    with db.read() as session:
        low = {item.title: item.detail for item in dashboard_items(session, admin, date.today())
               if item.group == "Low stock"}
    assert low == {"OF-PAP-012 复印纸(优选)": "0 / 10 箱", "OF-TON-011 硒鼓": "5 / 5 个"}
