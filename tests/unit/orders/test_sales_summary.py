"""The sales summary kept by the database: worked-out figures for one order's life, any writer
(plain SQL as a sync pull writes), random traffic against a recomputation from the orders, the
stale-basis path, rebuild, demo data and the migration's triggers."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import text

from neiqin.modules.customers import service as customers
from neiqin.modules.customers.schemas import CustomerInput
from neiqin.modules.orders import changes, service
from neiqin.modules.orders import sales_summary as summary
from neiqin.modules.orders.contributions import demo_data
from neiqin.modules.orders.sales_summary_read import split_period
from neiqin.modules.orders.schemas import ChangeInput, LineInput, OrderInput
from neiqin.modules.products import service as products
from neiqin.modules.products.schemas import ProductInput
from tests.unit.orders.conftest import tomorrow
from tests.unit.orders.sales_churn import SalesChurn, periods
from tests.unit.orders.test_demo import _context

DAY = date(2026, 10, 5)
CONFIRM = {"channel": "phone", "confirmed_by": "张伟", "confirmed_on": None}


def _rows(db, query: str) -> list[tuple]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(text(query))]


def _sums(db):
    """(product month rows by product code, customer month rows) as plain tuples."""
    product = _rows(db, "SELECT p.code, s.quantity, s.amount, s.lines, s.orders, s.counted_orders, s.category_orders "
                        "FROM sales_summary_product s JOIN product p ON p.id = s.product_id WHERE s.span = 'M' "
                        "ORDER BY p.code")
    customer = _rows(db, "SELECT month, quantity, amount, lines, orders, cost, uncosted FROM sales_summary_customer")
    return product, customer


@pytest.fixture
def shop(db, admin):
    """One customer; products A (cost 6, 紧固件), B (cost 2, 紧固件), C (no cost, no category)."""
    with db.unit_of_work(admin) as uow:
        customer = customers.create_customer(uow, CustomerInput(name="北京甲机械有限公司", region="华北",
                                                                phone="010-11111111"))
        made = {code: products.create_product(uow, ProductInput(code=code, name=f"产品{code}", unit="箱", category=cat,
                                                                list_price=D("10"), cost=cost)).id
                for code, cat, cost in (("A", "紧固件", D("6")), ("B", "紧固件", D("2")), ("C", "", None))}
    return customer.id, made


def _order(db, actor, customer_id, made, lines) -> str:
    data = OrderInput(customer_id=customer_id, contact="张伟", phone="13800000001",
                      delivery_date=tomorrow() + timedelta(days=9), delivery_place="客户仓库", order_date=DAY,
                      lines=tuple(LineInput(made[code], D(qty), D(price)) for code, qty, price in lines))
    with db.unit_of_work(actor) as uow:
        return service.create_order(uow, data).id


def _do(db, actor, order_id, *actions):
    facts = {"confirm": {**CONFIRM, "confirmed_on": tomorrow().isoformat()}, "cancel": {"comment": "客户取消"}}
    for action in actions:
        with db.unit_of_work(actor) as uow:
            service.transition(uow, order_id, action, **facts.get(action, {}))


def test_an_order_counts_from_approval_until_cancelled(db, admin, shop):
    customer_id, made = shop
    # A twice (10 × 10 and 2 × 10), B 5 × 4: one order, three lines, two products of one category
    order = _order(db, admin, customer_id, made, [("A", "10", "10"), ("B", "5", "4"), ("A", "2", "10")])
    _do(db, admin, order, "submit")
    assert _sums(db) == ([], [])  # recorded and submitted orders are no sales
    _do(db, admin, order, "approve")
    product, customer = _sums(db)
    # code, quantity (thousandths), amount (fen), lines, orders containing it; the order and the
    # category are counted once, on one of the two products
    assert [row[:5] for row in product] == [("A", 12000, 12000, 2, 1), ("B", 5000, 2000, 1, 1)]
    assert sum(row[5] for row in product) == 1 and sum(row[6] for row in product) == 1
    # cost: 12 × 6.00 + 5 × 2.00 = 82.00 yuan = 8,200 fen × 1000
    assert customer == [("2026-10-01", 17000, 14000, 3, 1, 8_200_000, 0)]
    _do(db, admin, order, "confirm")
    assert _sums(db) == (product, customer)  # still sold
    _do(db, admin, order, "cancel")
    assert _sums(db) == ([], [])
    assert _rows(db, "SELECT count(*) FROM sales_summary") == [(0,)]


def test_a_revision_replaces_the_lines_and_uncosted_sales_stay_out_of_the_cost(db, admin, shop):
    customer_id, made = shop
    order = _order(db, admin, customer_id, made, [("A", "10", "10")])
    _do(db, admin, order, "submit", "approve", "confirm")
    with db.unit_of_work(admin) as uow:
        change = changes.request_change(uow, order, ChangeInput(description="改数量", lines=(
            LineInput(made["A"], D("4"), D("10")), LineInput(made["C"], D("3"), D("50")))))
        changes.check_change(uow, change.id, "可行")
        changes.decide_change(uow, change.id, True)
    product, customer = _sums(db)
    assert [row[:5] for row in product] == [("A", 4000, 4000, 1, 1), ("C", 3000, 15000, 1, 1)]
    # A and C are in different categories (紧固件, none): the order counts once for each
    assert sum(row[5] for row in product) == 1 and sum(row[6] for row in product) == 2
    # cost 4 × 6.00 = 24.00; C's 150.00 has no cost
    assert customer == [("2026-10-01", 7000, 19000, 2, 1, 2_400_000, 15000)]


def test_any_writer_keeps_it_right(db, admin, shop):
    """Plain SQL, as a sync pull applies rows: status, day, customer, salesperson and lines."""
    customer_id, made = shop
    first = _order(db, admin, customer_id, made, [("A", "1", "10"), ("B", "2", "4")])
    second = _order(db, admin, customer_id, made, [("C", "1", "50")])
    with db.unit_of_work(admin) as uow:
        other = customers.create_customer(uow, CustomerInput(name="上海乙电子有限公司", phone="021-22222222")).id
    statements = [
        ("UPDATE sales_order SET status = 'approved' WHERE id = :o", {"o": first}),
        ("UPDATE sales_order SET status = 'closed' WHERE id = :o", {"o": second}),
        ("UPDATE sales_order SET order_date = '2026-11-02' WHERE id = :o", {"o": first}),
        ("UPDATE sales_order SET customer_id = :c, salesperson_id = NULL WHERE id = :o", {"o": second, "c": other}),
        ("UPDATE sales_order_line SET quantity = 7000, amount = 70000 WHERE order_id = :o AND line_no = 1",
         {"o": first}),
        ("UPDATE sales_order_line SET product_id = :p WHERE order_id = :o AND line_no = 2",
         {"o": first, "p": made["A"]}),
        ("UPDATE sales_order_line SET order_id = :o2 WHERE order_id = :o AND line_no = 2", {"o": first, "o2": second}),
        ("UPDATE sales_order SET deleted_at = '2026-11-03 00:00:00' WHERE id = :o", {"o": second}),
        ("UPDATE sales_order SET deleted_at = NULL WHERE id = :o", {"o": second}),
        ("UPDATE sales_order_line SET deleted_at = '2026-11-03 00:00:00' WHERE order_id = :o", {"o": first}),
        # as a sync pull writes: upserts of whole rows, a line arriving on its own
        ("INSERT INTO sales_order SELECT * FROM sales_order WHERE id = :o "
         "ON CONFLICT (id) DO UPDATE SET status = 'approved', salesperson_id = excluded.salesperson_id", {"o": first}),
        ("INSERT INTO sales_order_line (id, order_id, line_no, product_id, product_code, product_name, unit, quantity, "
         "unit_price, discount_bp, amount) VALUES ('pulled-line', :o, 9, :p, 'C', '产品C', '箱', 2000, 5000, 0, 10000)",
         {"o": first, "p": made["C"]}),
        ("INSERT INTO sales_order_line SELECT * FROM sales_order_line WHERE id = 'pulled-line' "
         "ON CONFLICT (id) DO UPDATE SET quantity = 3000, amount = 15000", {}),
    ]
    for statement, values in statements:
        with db.connect() as connection:
            connection.execute(text(statement), values)
            assert summary.summary_mismatches(connection) == [], statement
    with db.read() as session:
        # second order: the moved line (A 2 × 4) and C 1 × 50, salesperson none; first order: the
        # pulled line C 3 × 50 (its own lines were deleted)
        rows = session.execute(text("SELECT order_id = :o, sum(amount), sum(lines), min(salesperson_id) "
                                    "FROM sales_summary GROUP BY order_id ORDER BY 1"), {"o": first}).all()
    assert [tuple(row) for row in rows] == [(0, 5800, 2, ""), (1, 15000, 1, admin.user_id)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_traffic_keeps_the_summary_equal_to_the_orders(db, admin, clerk, reviewer, seed):
    churn = SalesChurn.start(db, admin, [admin.user_id, clerk.user_id, reviewer.user_id], seed)

    def check(move: str) -> None:
        with db.read() as session:
            assert summary.summary_mismatches(session) == [], move

    churn.run(150, after_each=check)
    # the traffic went through what changes the summary
    assert min(churn.done[k] for k in ("approve", "cancel_sold", "revision", "product_change")) >= 1, \
        churn.done
    with db.read() as session:
        sold = session.execute(text("SELECT count(DISTINCT order_id), count(*) FROM sales_summary")).one()
        stale = summary.stale_products(session)
        for since, until in periods():
            fast = service.sales_facts(session, admin, since, until)
            slow = service.sales_facts(session, admin, since, until, from_lines=True)
            for dimension in fast:
                assert sorted(fast[dimension], key=lambda f: f.key) == sorted(slow[dimension], key=lambda f: f.key), \
                    (since, until, dimension)
    assert sold[0] >= 5  # the traffic made sales
    with db.connect() as connection:
        assert summary.refresh_sales_summary(connection) >= 0
        assert summary.stale_products(connection) == set()
        assert summary.summary_mismatches(connection) == []
    if stale:
        with db.read() as session:  # after the refresh the month sums are used again: same figures
            for since, until in periods():
                fast = service.sales_facts(session, admin, since, until)
                slow = service.sales_facts(session, admin, since, until, from_lines=True)
                assert {k: sorted(v, key=lambda f: f.key) for k, v in fast.items()} == \
                       {k: sorted(v, key=lambda f: f.key) for k, v in slow.items()}


def test_a_changed_cost_is_read_exactly_then_refreshed(db, admin, shop):
    customer_id, made = shop
    order = _order(db, admin, customer_id, made, [("A", "10", "10"), ("B", "1", "4")])
    _do(db, admin, order, "submit", "approve")
    with db.unit_of_work(admin) as uow:
        products.update_product(uow, made["A"], ProductInput(code="A", name="产品A", unit="箱", category="密封件",
                                                             list_price=D("10"), cost=D("7.5")))
    month = (date(2026, 10, 1), date(2026, 10, 31))
    with db.read() as session:
        assert summary.stale_products(session) == {made["A"]}
        facts = service.sales_facts(session, admin, *month)
    # 10 × 7.50 + 1 × 2.00: the current cost, not the recorded 6.00; A and B now in two categories
    assert [(f.cost, f.orders) for f in facts["customer"]] == [(D("77.00"), 1)]
    assert {f.key: f.orders for f in facts["category"]} == {"密封件": 1, "紧固件": 1}
    with db.connect() as connection:
        assert summary.refresh_sales_summary(connection) == 1
        assert summary.stale_products(connection) == set()
    assert _rows(db, "SELECT cost FROM sales_summary_customer") == [(7_700_000,)]
    with db.read() as session:
        assert service.sales_facts(session, admin, *month) == facts


def test_rebuild_gives_what_the_triggers_kept(db, admin, clerk, reviewer):
    SalesChurn.start(db, admin, [admin.user_id, clerk.user_id], 11).run(60)
    with db.connect() as connection:  # products changed cost and category: the basis catches up
        summary.refresh_sales_summary(connection)
    queries = {table: f"SELECT * FROM {table}" for table in ("sales_summary", "sales_summary_product",
                                                               "sales_summary_customer")}
    queries["sales_summary_basis"] = "SELECT * FROM sales_summary_basis WHERE product_id IN " \
                                     "(SELECT product_id FROM sales_summary)"
    before = {table: sorted(_rows(db, query)) for table, query in queries.items()}
    with db.connect() as connection:
        assert summary.rebuild_sales_summary(connection) == len(before["sales_summary"])
        assert summary.summary_mismatches(connection) == []
    assert {table: sorted(_rows(db, query)) for table, query in queries.items()} == before
    assert before["sales_summary"]


def test_the_database_has_the_triggers_of_this_release(db):
    stored = _rows(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sales_summary_%' "
                       "ORDER BY name")
    assert sorted(sql for (sql,) in stored) == sorted(summary.trigger_statements())
    assert all("('approved', 'confirmed', 'dispatched', 'in_progress', 'shipped', 'delivered', 'closed')" in sql
               for (sql,) in stored if "status" in sql)


def test_periods_split_into_whole_months_and_days():
    assert split_period(date(2026, 10, 1), date(2026, 10, 31)) == ([date(2026, 10, 1)], [])
    assert split_period(date(2026, 10, 5), date(2026, 10, 11)) == ([], [(date(2026, 10, 5), date(2026, 10, 11))])
    assert split_period(date(2026, 1, 15), date(2026, 3, 14)) == (
        [date(2026, 2, 1)], [(date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 3, 1), date(2026, 3, 14))])
    assert split_period(date(2026, 2, 1), date(2026, 2, 27)) == ([], [(date(2026, 2, 1), date(2026, 2, 27))])
    assert split_period(date(2025, 12, 1), date(2026, 2, 28))[0] == [date(2025, 12, 1), date(2026, 1, 1),
                                                                     date(2026, 2, 1)]


def test_demo_orders_come_with_their_summary(db, admin, world):
    with db.connect() as connection:
        demo_data(_context(db, connection, admin, world, 600))
    with db.read() as session:
        assert summary.summary_mismatches(session) == []
        sold = session.execute(text(f"SELECT count(*) FROM sales_order WHERE status IN {summary.SOLD_SQL}")).scalar()
        counted = session.execute(text("SELECT count(DISTINCT order_id) FROM sales_summary")).scalar()
    assert counted == sold > 100
    assert sorted(name for (name,) in _rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name "
                                                "LIKE 'sales_summary_%'")) == sorted(
        sql.split()[2] for sql in summary.trigger_statements())  # set aside during the demo, back after


def test_the_migration_summarises_the_orders_already_there(db, admin, clerk):
    """A database from before the summary: the upgrade fills it from the orders."""
    from alembic import command

    from neiqin.core.db import migrate

    SalesChurn.start(db, admin, [admin.user_id, clerk.user_id], 21).run(60)
    with db.connect() as connection:
        summary.refresh_sales_summary(connection)
    expected = sorted(_rows(db, "SELECT * FROM sales_summary_customer"))
    assert expected
    command.downgrade(migrate.alembic_config(db.engine), "orders@-1")
    assert _rows(db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sales_summary%'") == [(0,)]
    command.upgrade(migrate.alembic_config(db.engine), "heads")
    assert sorted(_rows(db, "SELECT * FROM sales_summary_customer")) == expected
    with db.read() as session:
        assert summary.summary_mismatches(session) == []
