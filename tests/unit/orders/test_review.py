"""The review's computed checks: completeness, credit (limit vs open orders + overdue, rating, new
customer), and stock said honestly to be unknown."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from neiqin.core.db.types import utcnow
from neiqin.modules.customers import service_credit
from neiqin.modules.customers.schemas import PaymentInput
from neiqin.modules.orders import review, service
from neiqin.modules.orders.schemas import LineInput
from tests.unit.orders.conftest import order_input


def _checks(db, actor, order_id):
    with db.read() as session:
        result = review.review_checks(session, actor, order_id, utcnow())
    return result, {check.code: check for check in result.checks}


def test_a_complete_order_of_a_new_unrated_customer(db, clerk, reviewer, world):
    with db.unit_of_work(clerk) as uow:
        order = service.create_order(uow, order_input(world))
    result, checks = _checks(db, reviewer, order.id)
    assert checks["completeness"].outcome == "ok" and result.problems == ()
    assert checks["new_customer"].outcome == "warning"
    assert checks["rating"].outcome == "warning"
    assert checks["credit_limit"].outcome == "warning"  # no limit set
    assert checks["stock"].outcome == "unknown" and "No stock data" in checks["stock"].detail
    assert result.passed


def test_credit_limit_counts_open_orders_and_overdue_amounts(db, clerk, reviewer, admin, world):
    today = utcnow().astimezone().date()
    with db.unit_of_work(admin) as uow:
        service_credit.change_rating(uow, world.customer_id, "A", Decimal("5000"), "年度评审")
        service_credit.add_payment_record(uow, world.customer_id, PaymentInput(
            order_number="SO-OLD-1", amount=Decimal("1000"), due_on=today - timedelta(days=10)))
    with db.unit_of_work(clerk) as uow:
        first = service.create_order(uow, order_input(world, lines=(LineInput(world.product_ids[0], 100, "30"),)))
        second = service.create_order(uow, order_input(world, lines=(LineInput(world.product_ids[1], 40, "25"),)))
    # 3,000 + 1,000 (second) + 1,000 overdue = 5,000: at the limit
    _result, checks = _checks(db, reviewer, second.id)
    assert checks["credit_limit"].outcome == "ok"
    assert checks["credit_limit"].params == {"exposure": "¥5,000.00", "limit": "¥5,000.00"}
    assert checks["overdue"].outcome == "warning" and checks["rating"].outcome == "ok"
    with db.unit_of_work(clerk) as uow:
        service.update_order(uow, second.id, order_input(world, lines=(LineInput(world.product_ids[1], 41, "25"),)))
    result, checks = _checks(db, reviewer, second.id)
    assert checks["credit_limit"].outcome == "failed" and not result.passed
    # a clerk without the confidential right sees the outcome, not the figures
    _result, clerk_view = _checks(db, clerk, second.id)
    assert clerk_view["credit_limit"].outcome == "failed" and clerk_view["credit_limit"].params == {}
    assert first.id != second.id


def test_incomplete_order_lists_the_problems(db, clerk, reviewer, world):
    with db.unit_of_work(clerk) as uow:
        order = service.create_order(uow, order_input(world, lines=0, phone=""))
    result, checks = _checks(db, reviewer, order.id)
    assert checks["completeness"].outcome == "failed" and checks["completeness"].params == {"count": 2}
    assert sorted(p.field for p in result.problems) == ["lines", "phone"]
