"""The orders list in SQL: filters, search, sorting on every column, export; the customer's orders."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from neiqin.core.errors import ValidationError
from neiqin.core.listing import ListState
from neiqin.modules.orders import lookups, service
from neiqin.modules.orders.listing import COLUMNS, export_orders, order_list
from neiqin.modules.orders.schemas import LineInput
from neiqin.modules.orders.transactions import customer_transactions
from tests.unit.orders.conftest import order_input, tomorrow


@pytest.fixture
def orders(db, clerk, world):
    today = tomorrow() - timedelta(days=1)
    with db.unit_of_work(clerk) as uow:
        small = service.create_order(uow, order_input(world, lines=1, order_date=today - timedelta(days=3)))
        big = service.create_order(uow, order_input(world, lines=(LineInput(world.product_ids[1], 100, "99.00"),),
                                                    customer_id=world.other_customer_id, order_date=today))
        late = service.create_order(uow, order_input(world, lines=2, order_date=today - timedelta(days=40),
                                                     delivery_date=today - timedelta(days=2)))
        service.transition(uow, big.id, "submit")
    return small, big, late, today


def _ids(db, query, state):
    with db.read() as session:
        return [row.id for row in query.page(session, state, 0, 100)]


def test_filters_and_search(db, orders, world):
    small, big, late, today = orders
    query = order_list(today)
    assert _ids(db, query, ListState()) == [big.id, small.id, late.id]  # newest first
    assert _ids(db, query, ListState(filters={"status": "submitted"})) == [big.id]
    assert _ids(db, query, ListState(filters={"customer_id": world.customer_id})) == [small.id, late.id]
    assert _ids(db, query, ListState(filters={"date_from": today - timedelta(days=5)})) == [big.id, small.id]
    assert _ids(db, query, ListState(filters={"date_to": (today - timedelta(days=5)).isoformat()})) == [late.id]
    assert _ids(db, query, ListState(filters={"overdue": True})) == [late.id]
    assert _ids(db, query, ListState(text=big.number.lower())) == [big.id]
    assert _ids(db, query, ListState(text="天河")) == [big.id]
    with pytest.raises(ValidationError):
        _ids(db, query, ListState(filters={"status": "lost"}))


@pytest.mark.parametrize("column", [c.key for c in COLUMNS])
def test_every_column_sorts_in_sql(db, orders, column):
    query = order_list(orders[3])
    up = _ids(db, query, ListState(sort_key=column))
    down = _ids(db, query, ListState(sort_key=column, descending=True))
    assert sorted(up) == sorted(down) and len(up) == 3
    key = query.index_of(column)
    with db.read() as session:
        values = [row.values[key] for row in query.page(session, ListState(sort_key=column), 0, 100)]
    assert values == sorted(values, key=lambda v: (v is not None, v))


def test_totals_and_export(db, clerk, orders, tmp_path):
    small, big, late, today = orders
    query = order_list(today)
    with db.read() as session:
        count, totals = query.summary(session, ListState())
    assert count == 3 and totals["total_amount"] == small.total_amount + big.total_amount + late.total_amount
    with db.unit_of_work(clerk) as uow:
        written = export_orders(uow, tmp_path / "orders.xlsx", {"status": "recorded"})
    assert written == 2
    rows = list(load_workbook(tmp_path / "orders.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0] == "订单编号" and {r[0] for r in rows[1:]} == {small.number, late.number}
    assert {r[5] for r in rows[1:]} == {"已记录"}
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        export_orders(uow, tmp_path / "bad.xlsx", {"colour": "red"})
    assert not (tmp_path / "bad.xlsx").exists()


def test_export_from_the_command_line(db, db_path, orders, tmp_path):
    from neiqin.__main__ import main

    out = tmp_path / "cli.xlsx"
    assert main(["export", "orders", "--out", str(out), "--filter", "status=submitted", "--db", str(db_path)]) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [orders[1].number]


def test_customer_transactions(db, clerk, orders, world):
    small, big, late, _today = orders
    with db.unit_of_work(clerk) as uow:
        service.transition(uow, late.id, "cancel", comment="客户取消")
    with db.read() as session:
        found = customer_transactions(session, clerk, world.customer_id)
    assert found.order_count == 1 and found.total_amount == small.total_amount  # cancelled left out
    assert [r.number for r in found.rows] == [small.number, late.number]


def test_lookups_for_the_editor(db, clerk, world):
    with db.read() as session:
        customers = lookups.customer_choices(session, "浦东")
        defaults = lookups.customer_defaults(session, clerk, world.customer_id)
        products = lookups.product_choices(session, "P003")
    assert customers[0][0] == world.customer_id
    assert (defaults.contact, defaults.phone) == ("张伟", "13800000001")
    assert products[0].code == "P003" and products[0].list_price == Decimal("12.50")
