"""Receipts, scrap, returns, order shipments and cancellations on the stock ledger; the review's
stock check; opening stock import."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from neiqin.core.db.types import utcnow
from neiqin.core.errors import Conflict, PermissionDenied, ValidationError, ValidationErrors
from neiqin.core.ledger.movements import RETURN, SCRAP, SHIPMENT
from neiqin.modules.inventory import service, service_excel
from neiqin.modules.inventory.models import StockMovement
from neiqin.modules.orders import review
from neiqin.modules.orders import service as orders
from neiqin.modules.orders.schemas import LineInput
from tests.unit.inventory.conftest import receive, stock
from tests.unit.orders.conftest import make_world, order_input

SHIP = {"carrier": "顺丰速运", "tracking_number": "SF1", "eta": "2026-12-01"}
STEPS = [("submit", {}), ("approve", {}), ("confirm", {"channel": "phone", "confirmed_by": "张伟",
                                                       "confirmed_on": "2026-11-20"}),
         ("dispatch", {"departments": {"logistics": "按期发货"}}), ("start", {})]


def _movements(db):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(StockMovement))


def test_receipt_scrap_and_reversal(db, clerk, items):
    paper = items["OF-PAP-011"]
    receive(db, clerk, paper, "100", reference="DN-001")
    receive(db, clerk, paper, "3", SCRAP, note="受潮")
    assert stock(db, paper) == 97 and stock(db, paper, "A区-01") == 97
    mistyped = receive(db, clerk, paper, "10")
    with db.unit_of_work(clerk) as uow:
        service.reverse_entry(uow, mistyped.id, "数量录错")
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service.reverse_entry(uow, mistyped.id, "再冲一次")
    assert stock(db, paper) == 97
    with db.read() as session:
        history = service.movement_history(session, clerk, paper)
        assert [m.balance_after for m in history] == [Decimal(97), Decimal(107), Decimal(97), Decimal(100)]
        assert service.balance_mismatches(session) == []


@pytest.mark.parametrize("bad", ["-5", "abc", "", "0", "1.2345"])
def test_bad_entry_quantities_change_nothing(db, clerk, items, bad):
    with pytest.raises(ValidationError):
        receive(db, clerk, items["OF-PAP-011"], bad)
    assert _movements(db) == 0


def test_finance_cannot_post(db, finance, items):
    with pytest.raises(PermissionDenied):
        receive(db, finance, items["OF-PAP-011"], "1")


def _ship(db, clerk, reviewer, order_id):
    for action, data in STEPS:
        with db.unit_of_work(reviewer if action == "approve" else clerk) as uow:
            orders.transition(uow, order_id, action, **data)
    with db.unit_of_work(clerk) as uow:
        return orders.transition(uow, order_id, "ship", **SHIP)


def test_shipping_an_order_posts_shipments_and_a_return_comes_back(db, admin, clerk, reviewer):
    world = make_world(db, admin)
    first, second = world.product_ids[0], world.product_ids[1]
    receive(db, clerk, first, "5")
    with db.unit_of_work(clerk) as uow:
        order = orders.create_order(uow, order_input(world, lines=(
            LineInput(first, Decimal(8), Decimal("12.50")), LineInput(second, Decimal(2), Decimal("12.50")))))
    with db.read() as session:  # the review sees the real stock: 5 of 8, none of 2
        checks = {c.code: c for c in review.review_checks(session, reviewer, order.id, utcnow()).checks}
    assert checks["stock"].outcome == "warning" and checks["stock"].params["count"] == 2
    assert "P001 8 / 5" in checks["stock"].params["lines"]
    shipped = _ship(db, clerk, reviewer, order.id)
    assert shipped.status == "shipped"
    assert stock(db, first) == -3 and stock(db, second) == -2  # the goods left; the book lags
    with db.read() as session:
        kinds = session.execute(select(StockMovement.kind, StockMovement.source_number)
                                .where(StockMovement.kind == SHIPMENT)).all()
        assert sorted(kinds) == [(SHIPMENT, order.number)] * 2
        negative = service.negative_balances(session)
        assert {item for item, _loc, _qty in negative} == {first, second}
    receive(db, clerk, first, "3", RETURN, reference=order.number, note="包装破损退回")
    assert stock(db, first) == 0
    with pytest.raises(ValidationError) as caught:  # only 5 more can come back of the 8 shipped
        receive(db, clerk, first, "6", RETURN, reference=order.number)
    assert "Only {open}" in caught.value.message and caught.value.params["open"] == "5"
    with pytest.raises(ValidationError):
        receive(db, clerk, first, "1", RETURN, reference="SO-NONE")


def test_cancelling_reverses_what_an_order_took(db, admin, clerk, reviewer):
    world = make_world(db, admin)
    product = world.product_ids[0]
    receive(db, clerk, product, "10")
    with db.unit_of_work(clerk) as uow:
        order = orders.create_order(uow, order_input(world, lines=(LineInput(product, Decimal(4), Decimal("1")),)))
    with db.unit_of_work(clerk) as uow:  # stock posted for the order by its shipment service
        from neiqin.modules.inventory.schemas import OrderStock
        service.post_order_shipment(uow, OrderStock(order.id, order.number, ((product, Decimal(4)),)))
    assert stock(db, product) == 6
    with db.unit_of_work(clerk) as uow:
        orders.transition(uow, order.id, "cancel", comment="客户取消")
    assert stock(db, product) == 10
    with db.unit_of_work(clerk) as uow:  # a second reversal finds nothing left
        assert service.reverse_order_stock(uow, order.id, order.number) == []


def _sheet(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["产品编码", "库位", "期初数量", "单位成本", "期初日期"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_opening_stock_import_all_or_nothing(db, clerk, items, tmp_path):
    bad = _sheet(tmp_path / "bad.xlsx", [["OF-PAP-011", "", 50, 60, None], ["NOPE-1", "", 5, None, None],
                                         ["OF-TON-011", "B区-01", -2, None, None],
                                         ["OF-PAP-011", "A区-01", 1, None, None]])
    with pytest.raises(ValidationErrors) as caught, db.unit_of_work(clerk) as uow:
        service_excel.import_opening(uow, bad)
    rows = sorted(e.row for e in caught.value.errors)
    assert rows == [3, 4, 5]
    assert _movements(db) == 0
    good = _sheet(tmp_path / "good.xlsx", [["OF-PAP-011", "", 50, 60, None], ["OF-TON-011", "外仓", 7, None, None]])
    with db.unit_of_work(clerk) as uow:
        assert service_excel.import_opening(uow, good) == 2
    assert stock(db, items["OF-PAP-011"], "A区-01") == 50 and stock(db, items["OF-TON-011"], "外仓") == 7
    with pytest.raises(ValidationErrors), db.unit_of_work(clerk) as uow:  # twice: movements exist already
        service_excel.import_opening(uow, good)
    assert _movements(db) == 2
    with db.read() as session:
        assert service.balance_mismatches(session) == []
