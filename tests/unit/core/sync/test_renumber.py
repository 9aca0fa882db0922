"""Renumbering drafts into a desk's block on the computer (no server): which columns hold document
numbers, which rows are drafts, and that row, waiting change, copies of the number, search entry and
history all follow."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from neiqin.core.numbering import set_desk
from neiqin.core.sync import capture, renumber
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.outbox import read_changes
from neiqin.modules.customers import service as customers
from neiqin.modules.customers import service_credit
from neiqin.modules.customers.schemas import CustomerInput, PaymentInput
from neiqin.modules.orders import service as orders
from neiqin.modules.orders.schemas import LineInput, OrderInput
from neiqin.modules.products import service as products
from neiqin.modules.products.schemas import ProductInput

YEAR = date.today().year

#: every column a service fills with `next_number`/`reserve_block` (read off their callers)
DRAWN = {
    ("sales_order", "number"), ("sales_order_change", "number"), ("customer", "code"),
    ("customer_service_case", "number"), ("reimbursement_claim", "number"), ("stock_count", "number"),
    ("meeting", "number"), ("supply_plan", "number"), ("supply_receiving", "number"), ("supply_issue", "number"),
    ("supply_loss", "number"), ("supply_count", "number"), ("archive_item", "number"),
    ("archive_contract", "number"), ("archive_document", "number"), ("archive_lending", "number"),
    ("archive_check", "number"), ("archive_destruction", "number"),
}


def test_every_numbered_document_and_every_copy_of_a_number_is_found():
    from neiqin.modules import load_all_models

    load_all_models()
    tables = sync_tables()
    assert set(renumber.numbered_columns(tables)) >= DRAWN
    assert set(renumber.reference_columns(tables)) >= {
        ("archive_lending", "item_number"), ("customer_payment", "order_number"), ("stock_movement", "source_number")}


@pytest.fixture
def synced(db):
    with db.engine.begin() as connection:
        capture.install(connection, "branch-x", "postgresql://server/db")
    capture.attach(db.engine)
    yield db
    capture.detach(db.engine)


def test_drafts_move_into_the_desk_block_with_their_copies_search_entry_and_history(synced, admin):
    db = synced
    with db.unit_of_work(admin) as uow:
        product = products.create_product(uow, ProductInput(code="P-R1", name="档案盒", unit="个",
                                                            list_price=Decimal("8.00")))
    with db.unit_of_work(admin) as uow:
        customer = customers.create_customer(uow, CustomerInput(name="草稿客户有限公司", phone="010-66667777"))
    with db.unit_of_work(admin) as uow:
        order = orders.create_order(uow, OrderInput(customer_id=customer.id, delivery_date=date.today() + timedelta(days=5),
                                                    lines=(LineInput(product.id, Decimal(2), Decimal("8.00")),)))
    with db.unit_of_work(admin) as uow:
        payment = service_credit.add_payment_record(uow, customer.id, PaymentInput(
            Decimal("16.00"), date.today() + timedelta(days=30), order.number, order.id))
    old_code, old_order = f"CU-BJ01-{YEAR}-000001", f"SO-BJ01-{YEAR}-000001"
    assert (customer.code, order.number) == (old_code, old_order)
    tables = sync_tables()
    with db.engine.begin() as connection:
        assert renumber.candidates(connection, tables, 0) == []  # desk 0: the numbers are right already
        drafts = renumber.candidates(connection, tables, 3)
        assert [(d.table, d.old) for d in drafts] == [("customer", old_code), ("sales_order", old_order)]
        session = Session(bind=connection)
        set_desk(session, 3)
        session.flush()
        done = renumber.renumber(connection, tables, drafts)
    new_code, new_order = f"CU-BJ01-{YEAR}-3000001", f"SO-BJ01-{YEAR}-3000001"
    assert [(d.old, d.new) for d in done] == [(old_code, new_code), (old_order, new_order)]
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT code FROM customer WHERE id = :i"), {"i": customer.id}).scalar() == new_code
        assert connection.execute(text("SELECT order_number FROM customer_payment WHERE id = :i"),
                                  {"i": payment.id}).scalar() == new_order
        sent = [{**(c.old or {}), **(c.new or {})} for c in read_changes(connection, tables, 0, 100_000)
                if c.table != "audit_entry"]  # what the next push sends
        titles = connection.execute(text("SELECT title, subtitle, body FROM search_index WHERE entity_id = :i"),
                                    {"i": customer.id}).all()
        history = connection.execute(text(
            "SELECT changes, seq FROM audit_entry WHERE row_id = :i AND note = :n"),
            {"i": order.id, "n": renumber.NOTE}).all()
        queued = connection.execute(text("SELECT count(*) FROM sync_outbox WHERE table_name = 'audit_entry' "
                                          "AND row_id IN (SELECT id FROM audit_entry WHERE note = :n)"), {"n": renumber.NOTE}).scalar()
    # the old numbers never leave the computer: the waiting inserts carry the new ones
    assert not [v for v in sent if old_code in v.values() or old_order in v.values()]
    assert any(v.get("code") == new_code for v in sent) and any(v.get("number") == new_order for v in sent)
    assert any(v.get("order_number") == new_order for v in sent)
    assert titles and all(old_code not in " ".join(t) for t in titles)
    assert any(new_code.lower() in t.body for t in titles)
    assert [json.loads(c) for c, _ in history] == [{"number": [old_order, new_order]}]
    assert all(seq is not None for _, seq in history)  # sealed into the audit chain
    assert queued == 2  # the history entries go to the server like any other
    with db.unit_of_work(admin) as uow:  # the next number continues the block
        assert orders.create_order(uow, OrderInput(customer_id=customer.id, lines=(
            LineInput(product.id, Decimal(1), Decimal("8.00")),))).number == f"SO-BJ01-{YEAR}-3000002"
