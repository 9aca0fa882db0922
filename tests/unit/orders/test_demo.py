"""Demo orders: every status, transitions that follow the machine, numbers that continue."""

from __future__ import annotations

import random
from collections import Counter

from sqlalchemy import select

from neiqin.core.auth.actor import system_actor
from neiqin.core.db.types import utcnow
from neiqin.core.demo import DemoContext
from neiqin.modules.orders import service
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.contributions import demo_data
from neiqin.modules.orders.models import OrderLine, OrderTransition, SalesOrder
from neiqin.modules.products import service as products
from tests.unit.orders.conftest import order_input


def _context(db, connection, admin, world, orders, shared=None):
    with db.read() as session:
        views = list(products.get_products(session, world.product_ids).values())
    actor = system_actor(admin.branch_id, frozenset({"*"}))
    return DemoContext(connection=connection, actor=actor, branch_id=admin.branch_id, branch_code="BJ01",
                       rng=random.Random(7), now=utcnow(), scale={"orders": orders},
                       shared=shared if shared is not None else {
                           "customer_ids": [world.customer_id, world.other_customer_id], "products": views},
                       users={"clerk": [admin.user_id], "reviewer": [admin.user_id]})


def test_demo_orders_cover_every_status_and_follow_the_machine(db, admin, clerk, world):
    with db.connect() as connection:
        made = demo_data(_context(db, connection, admin, world, 1500))
    assert made["orders"] == 1500 and made["order_lines"] > 1500 and made["order_transitions"] > 1500
    with db.read() as session:
        statuses = Counter(session.scalars(select(SalesOrder.status)))
        assert set(statuses) == set(sm.STATES)
        steps = session.execute(select(OrderTransition.order_id, OrderTransition.action, OrderTransition.from_state,
                                       OrderTransition.to_state).order_by(OrderTransition.order_id,
                                                                          OrderTransition.at, OrderTransition.id))
        by_order: dict[str, list] = {}
        for row in steps:
            by_order.setdefault(row.order_id, []).append(row)
        final = dict(session.execute(select(SalesOrder.id, SalesOrder.status)).all())
        for order_id, rows in by_order.items():
            assert rows[0].action == "create"
            for previous, current in zip(rows, rows[1:], strict=False):
                assert current.from_state == previous.to_state
                assert current.from_state in sm.ACTIONS[current.action].sources
            assert rows[-1].to_state == final[order_id]
        totals = session.execute(select(SalesOrder.id, SalesOrder.total_amount)).all()
        lines = session.execute(select(OrderLine.order_id, OrderLine.amount)).all()
    summed: dict[str, object] = {}
    for order_id, amount in lines:
        summed[order_id] = summed.get(order_id, 0) + amount
    assert all(summed.get(order_id, 0) == total for order_id, total in totals)
    with db.unit_of_work(clerk) as uow:  # numbering continues after the demo's numbers
        view = service.create_order(uow, order_input(world))
    with db.read() as session:
        assert session.scalar(select(SalesOrder.id).where(SalesOrder.number == view.number)) == view.id
        assert session.query(SalesOrder).count() == 1501


def test_no_orders_without_customers_or_products(db, admin, world):
    with db.connect() as connection:
        assert demo_data(_context(db, connection, admin, world, 100, shared={})) == {"orders": 0}


def test_bulk_rows_read_back_through_the_column_types(db, admin, world):
    import uuid
    from datetime import datetime
    from decimal import Decimal

    from neiqin.modules.orders.demo import IdBlock

    with db.connect() as connection:
        demo_data(_context(db, connection, admin, world, 50))
    with db.read() as session:
        order = session.scalars(select(SalesOrder).where(SalesOrder.line_count > 0)).first()
        line = session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)).first()
        step = session.scalars(select(OrderTransition).where(OrderTransition.order_id == order.id)).first()
    assert isinstance(order.created_at, datetime) and order.created_at.tzinfo is not None
    assert isinstance(line.quantity, Decimal) and line.quantity >= 1 and line.quantity == line.quantity.to_integral()
    assert isinstance(line.unit_price, Decimal) and isinstance(order.total_amount, Decimal)
    assert step.at == order.created_at and step.action == "create"
    ids = [IdBlock()() for _ in range(3)]
    block = IdBlock()
    many = [block() for _ in range(1000)]
    assert all(uuid.UUID(i).version == 7 for i in ids + many)
    assert many == sorted(many) and len(set(many)) == 1000
