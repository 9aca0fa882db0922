"""Pulled stock movements keep the stock balance cache exact with per-key updates only: random
receipts and shipments made on two offices, some deleted, one moved to another location, pulled in
small batches of random size (keys first seen in a later batch, deletes of rows pulled earlier, an
office's own rows coming back). After every round each office's cache equals the expected sums
kept here, and equals a full rebuild from its ledger row for row (times included)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from neiqin.core.ids import new_id
from neiqin.modules.inventory.ledger import LEDGER
from neiqin.modules.inventory.models import StockMovement
from tests.integration import sync_edits as e
from tests.integration.sync_servers import DIALECTS, Office, server_database

pytestmark = pytest.mark.server

LOCATIONS = ("", "A-01", "B-07")
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(params=DIALECTS)
def offices(request, template_db, tmp_path):
    with server_database(request.param, prepared=True) as url:
        made = []
        for name, backfill in (("a", True), ("b", False)):
            path = tmp_path / f"{name}.db"
            path.write_bytes(template_db.read_bytes())
            made.append(Office(path, url, backfill=backfill, name=name))
        try:
            yield made
        finally:
            for office in made:
                office.close()


class Book:
    """The expected balances: every movement posted, deleted or moved in the test, summed here."""

    def __init__(self) -> None:
        self.moves: dict[str, tuple[str, str, Decimal]] = {}

    def expected(self) -> dict[tuple[str, str], Decimal]:
        sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        for item, location, quantity in self.moves.values():
            sums[(item, location)] += quantity
        return {key: value for key, value in sums.items() if value}


def post(office, book: Book, rng: random.Random, items: list[str], count: int, round_: int) -> None:
    rows = []
    for n in range(count):
        quantity = Decimal(rng.randint(1, 40)) if rng.random() < 0.6 else -Decimal(rng.randint(1, 15))
        rows.append({"item_id": rng.choice(items), "location": rng.choice(LOCATIONS), "quantity": quantity,
                     "kind": "receipt" if quantity > 0 else "shipment",
                     "moved_at": T0 + timedelta(hours=round_, minutes=rng.randint(0, 59), seconds=n)})
    with office.db.unit_of_work(office.actor) as uow:
        for row in LEDGER.post_many(uow.session, rows):
            book.moves[row["id"]] = (row["item_id"], row["location"], row["quantity"])


def delete_some(office, book: Book, rng: random.Random, count: int) -> None:
    """Delete movements as a sync would bring them (the ledger's own cache is put right after)."""
    for row_id in rng.sample(sorted(book.moves), min(count, len(book.moves))):
        e.delete(office, StockMovement, row_id)
        del book.moves[row_id]
    with office.db.unit_of_work(office.actor) as uow:
        LEDGER.rebuild(uow.session)


def move_one(office, book: Book, rng: random.Random) -> None:
    """Change the location of one movement (its old and new keys both change)."""
    row_id = rng.choice(sorted(book.moves))
    item, location, quantity = book.moves[row_id]
    other = next(x for x in LOCATIONS if x != location)
    e.edit(office, StockMovement, row_id, location=other)
    book.moves[row_id] = (item, other, quantity)
    with office.db.unit_of_work(office.actor) as uow:
        LEDGER.rebuild(uow.session)


def cache_rows(office) -> list[tuple]:
    with office.db.read() as session:
        return session.execute(text("SELECT item_id, location, quantity, last_moved_at FROM stock_balance "
                                    "ORDER BY item_id, location")).all()


def rebuilt_rows(office) -> list[tuple]:
    """The cache a full rebuild makes, read inside a transaction that is rolled back."""
    with office.db.engine.connect() as connection:
        from sqlalchemy.orm import Session

        session = Session(bind=connection)
        LEDGER.rebuild(session)
        rows = session.execute(text("SELECT item_id, location, quantity, last_moved_at FROM stock_balance "
                                    "ORDER BY item_id, location")).all()
        session.close()
        connection.rollback()
    return rows


def assert_exact(office, book: Book) -> None:
    with office.db.read() as session:
        cached = {key: value for key, value in LEDGER.balances(session, by_location=True).items() if value}
        assert LEDGER.mismatches(session) == [], office.name
    assert cached == book.expected(), office.name
    assert cache_rows(office) == rebuilt_rows(office), office.name


@pytest.mark.parametrize("seed", [7, 2026])
def test_pulled_movements_keep_every_balance_exact(offices, seed):
    a, b = offices
    rng = random.Random(seed)
    book = Book()
    items: list[str] = []
    for office in (a, b):
        office.client.sync()
    for round_ in range(6):
        items.extend(new_id() for _ in range(rng.randint(1, 3)))  # keys first seen in this round
        post(a, book, rng, items, rng.randint(20, 60), round_)
        if round_ % 2:
            post(b, book, rng, items, rng.randint(5, 15), round_)  # b's own rows come back to it
        if round_ >= 2:
            delete_some(a, book, rng, rng.randint(1, 6))  # rows b pulled in an earlier round
        if round_ == 4:
            move_one(a, book, rng)
        a.client.sync(pull_batch=rng.randint(5, 40))
        b.client.sync(pull_batch=rng.randint(3, 17))
        a.client.sync(pull_batch=rng.randint(5, 40))
        for office in (a, b):
            assert_exact(office, book)
    assert len(book.expected()) > len(LOCATIONS)


def test_own_receipts_count_once_and_a_pulled_delete_takes_its_quantity_back(offices):
    a, b = offices
    for office in (a, b):
        office.client.sync()
    product = e.add_product(a, "P-BAL", "订书机")
    e.receive(a, product, "12")
    a.client.sync()
    b.client.sync()
    e.receive(b, product, "3")  # waiting in b's outbox while b pulls
    first = e.receive(a, product, "4")
    a.client.sync()
    b.client.pull(batch_rows=1)
    assert e.balance(b, product) == Decimal(19)
    b.client.sync()
    a.client.sync()
    e.delete(a, StockMovement, first)
    a.client.sync()
    b.client.sync(pull_batch=1)  # the deletion of a movement b pulled earlier
    assert e.balance(b, product) == Decimal(15)
    with b.db.read() as session:
        assert LEDGER.mismatches(session) == []
