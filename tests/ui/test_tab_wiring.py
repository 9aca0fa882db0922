"""The composition root hands the customers tab the orders slice's transactions provider."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QTableWidget

from neiqin.app.gui import tab_specs
from neiqin.ui.context import UiContext


def _customers_tab(qtbot, db, actor, runner):
    spec = next(spec for spec in tab_specs(actor) if spec.module_id == "customers")
    tab = spec.factory(UiContext(db=db, actor=actor, runner=runner))
    qtbot.addWidget(tab)
    return tab


def test_customers_tab_shows_orders_for_those_who_may_read_them(qtbot, db, clerk, runner):
    assert clerk.can("orders.view")
    tab = _customers_tab(qtbot, db, clerk, runner)
    assert tab.findChild(QTableWidget, "customers.transactions") is not None


def test_no_transactions_without_the_right_to_read_orders(qtbot, db, clerk, runner):
    limited = replace(clerk, permissions=clerk.permissions - {"orders.view"})
    tab = _customers_tab(qtbot, db, limited, runner)
    assert tab.findChild(QTableWidget, "customers.transactions") is None
