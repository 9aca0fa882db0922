"""Offices edit offline, then sync in random orders: every office converges to the server's rows
(per-table checksums), every losing edit is kept in sync_conflict, ledgers add up exactly."""

from __future__ import annotations

import json
import random
from decimal import Decimal

import pytest
from sqlalchemy import text

from neiqin.modules.customers.models import Customer
from neiqin.modules.products.models import Product
from tests.integration import sync_edits as e
from tests.integration.sync_servers import BRANCH_B, DIALECTS, Office, server_database

pytestmark = pytest.mark.server


@pytest.fixture(params=DIALECTS)
def server_url(request):
    with server_database(request.param, prepared=True) as url:
        yield url


@pytest.fixture
def offices(server_url, template_db, tmp_path):
    made = []

    def make(name, branch_id=None, backfill=False, fault=None):
        path = tmp_path / f"{name}.db"
        path.write_bytes(template_db.read_bytes())
        office = Office(path, server_url, branch_id=branch_id, backfill=backfill, fault=fault, name=name)
        made.append(office)
        return office

    yield make
    for office in made:
        office.close()


def quiet(*offices) -> None:
    """Sync everyone twice so every change has reached every office."""
    for _ in range(2):
        for office in offices:
            office.client.sync()


def assert_converged(*offices) -> None:
    for office in offices:
        different = [c.table for c in office.client.check() if not c.ok]
        assert different == [], f"{office.name}: tables differ from the server: {different}"
        assert office.client.waiting() == 0


def server_conflicts(url):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        rows = [dict(r._mapping) for r in connection.execute(text("SELECT * FROM sync_conflict"))]
    engine.dispose()
    return rows


def test_two_offices_same_field_conflict_is_kept(offices, server_url):
    a = offices("a", backfill=True)
    b = offices("b")
    quiet(a, b)
    customer = e.add_customer(a, "C001", "上海东方机电")
    quiet(a, b)
    e.edit(a, Customer, customer, phone="021-1111", address="上海市浦东新区")
    e.edit(b, Customer, customer, phone="021-2222", region="华东")  # later HLC: b wins the phone
    quiet(a, b)
    assert_converged(a, b)
    # different fields both apply; the same field goes to the later change
    assert e.value(a, Customer, customer, "address") == "上海市浦东新区"
    assert e.value(a, Customer, customer, "region") == "华东"
    assert e.value(a, Customer, customer, "phone") == "021-2222"
    conflicts = [c for c in server_conflicts(server_url) if c["row_id"] == customer]
    assert [(c["column_name"], json.loads(c["winner_value"]), json.loads(c["loser_value"])) for c in conflicts] == \
        [("phone", "021-2222", "021-1111")]
    # both offices hold the conflict locally for the Conflicts view
    assert [c["column_name"] for c in a.client.conflicts() if c["row_id"] == customer] == ["phone"]
    assert [c["column_name"] for c in b.client.conflicts() if c["row_id"] == customer] == ["phone"]


def test_edit_against_delete_keeps_the_row_and_flags_it(offices, server_url):
    a = offices("a", backfill=True)
    b = offices("b")
    quiet(a, b)
    customer = e.add_customer(a, "C002", "杭州西湖贸易")
    quiet(a, b)
    e.delete(a, Customer, customer)
    e.edit(b, Customer, customer, notes="客户要求月底前回电")
    quiet(a, b)
    assert_converged(a, b)
    assert e.value(a, Customer, customer, "deleted_at") is None
    assert e.value(b, Customer, customer, "notes") == "客户要求月底前回电"
    kinds = [c["kind"] for c in server_conflicts(server_url) if c["row_id"] == customer]
    assert kinds == ["edit_delete"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_offices_random_orders_converge(offices, server_url, seed):
    rng = random.Random(seed)
    a = offices("a", backfill=True)
    a2 = offices("a2")  # a second computer of the same branch
    b = offices("b", branch_id=BRANCH_B)
    quiet(a, a2, b)
    product = e.add_product(a, "P-100", "A4复印纸", "25.00")
    customer = e.add_customer(a, "C100", "北京朝阳商贸")
    quiet(a, a2, b)
    expected_stock = Decimal(0)
    edits = 0
    for round_no in range(4):
        for office in (a, a2, b):
            for _ in range(rng.randint(1, 3)):
                choice = rng.random()
                if choice < 0.35:
                    e.edit(office, Product, product, list_price=Decimal(rng.randint(1, 99)))
                elif choice < 0.6 and office is not b:
                    e.edit(office, Customer, customer, phone=f"010-{rng.randint(1000, 9999)}")
                elif choice < 0.8:
                    e.add_customer(office, f"C-{office.name}-{round_no}-{edits}", f"客户{edits}")
                else:
                    qty = Decimal(rng.randint(1, 50))
                    e.receive(office, product, str(qty))
                    if office is not b:
                        expected_stock += qty
                edits += 1
        for office in rng.sample([a, a2, b], 3):
            office.client.sync(push_batch=rng.choice([1, 3, 50]), pull_batch=rng.choice([1, 4, 100]))
    quiet(a, a2, b)
    assert_converged(a, a2, b)
    # the branch's stock is every receipt of its two computers, each counted once
    assert e.balance(a, product) == expected_stock
    assert e.balance(a2, product) == expected_stock
    assert e.value(a, Product, product, "list_price") == e.value(b, Product, product, "list_price")
    # every same-field conflict kept both values
    for conflict in server_conflicts(server_url):
        assert conflict["winner_value"] != conflict["loser_value"]


def test_first_office_uploads_existing_rows(offices, server_url):
    a = offices("a", backfill=True)
    a.client.sync(push_batch=5)
    fresh = offices("fresh")
    fresh.client.sync(pull_batch=2)  # initial load in small batches, cursor kept per batch
    assert_converged(a, fresh)
