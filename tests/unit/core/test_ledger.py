"""The shared ledger and count rules, on tables of their own in a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import ForeignKey, String, UniqueConstraint, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from neiqin.core.audit import AuditEntry
from neiqin.core.auth.actor import Actor
from neiqin.core.db.base import Base, Synced
from neiqin.core.db.engine import sqlite_engine
from neiqin.core.db.session import Database
from neiqin.core.errors import Conflict, ValidationError
from neiqin.core.ledger import counts
from neiqin.core.ledger.movements import (
    ADJUSTMENT,
    ISSUE,
    RECEIPT,
    SHIPMENT,
    BalanceColumns,
    Ledger,
    MovementColumns,
    Source,
    parse_quantity,
)


class LedgerBase(DeclarativeBase):
    pass


class Move(MovementColumns, Synced, LedgerBase):
    __tablename__ = "test_move"


class Balance(BalanceColumns, LedgerBase):
    __tablename__ = "test_balance"


class Count(counts.CountSessionColumns, Synced, LedgerBase):
    __tablename__ = "test_count"
    __table_args__ = (UniqueConstraint("number"),)


class CountLine(counts.CountLineColumns, Synced, LedgerBase):
    __tablename__ = "test_count_line"
    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("test_count.id"), nullable=False)


LEDGER = Ledger(Move, Balance)
BOOK = counts.CountBook(LEDGER, Count, CountLine, "test_count")
ACTOR = Actor("u-1", "clerk", "王小明", "clerk", "b-1")
T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def _database(path) -> Database:
    engine = sqlite_engine(path)
    Base.metadata.create_all(engine, tables=[AuditEntry.__table__])
    LedgerBase.metadata.create_all(engine)
    return Database(engine, path)


@pytest.fixture
def ledger_db(tmp_path):
    database = _database(tmp_path / "ledger.db")
    yield database
    database.dispose()


def _post(db, item, qty, kind=RECEIPT, at=T0, location="A-01", **kw):
    with db.unit_of_work(ACTOR) as uow:
        return LEDGER.post(uow.session, item_id=item, quantity=Decimal(qty), kind=kind, moved_at=at,
                           location=location, **kw).id


def _balance(db, item, location=None):
    with db.read() as session:
        return LEDGER.balance(session, item, location)


def test_balance_is_the_sum_of_movements_per_location(ledger_db):
    _post(ledger_db, "p1", "100")
    _post(ledger_db, "p1", "-30.5", SHIPMENT)
    _post(ledger_db, "p1", "7", location="B-02")
    assert _balance(ledger_db, "p1", "A-01") == Decimal("69.5")
    assert _balance(ledger_db, "p1") == Decimal("76.5")
    with ledger_db.read() as session:
        assert LEDGER.ledger_sum(session, "p1") == Decimal("76.5")
        assert LEDGER.balances(session, ["p1"]) == {"p1": Decimal("76.5")}
        assert LEDGER.mismatches(session) == []
        # every movement is audited like any other row
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.table_name == "test_move")) == 3


def test_forbid_negative_refuses_and_changes_nothing(ledger_db):
    _post(ledger_db, "pen", "5")
    with pytest.raises(ValidationError) as caught, ledger_db.unit_of_work(ACTOR) as uow:
        LEDGER.post(uow.session, item_id="pen", quantity=Decimal("-6"), kind=ISSUE, moved_at=T0,
                    location="A-01", forbid_negative=True)
    assert "Only 5 in stock" in str(caught.value)
    assert _balance(ledger_db, "pen") == 5
    with ledger_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Move)) == 1


def test_reverse_posts_the_opposite_of_a_document_once(ledger_db):
    order = Source("order", "o-1", "SO-1")
    _post(ledger_db, "p1", "50")
    _post(ledger_db, "p1", "-8", SHIPMENT, source=order)
    _post(ledger_db, "p2", "-2", SHIPMENT, source=order, location="B")
    with ledger_db.unit_of_work(ACTOR) as uow:
        rows = LEDGER.reverse(uow.session, order, T0 + timedelta(hours=1), note="订单取消")
        assert sorted(row.quantity for row in rows) == [2, 8]
    with ledger_db.unit_of_work(ACTOR) as uow:
        assert LEDGER.reverse(uow.session, order, T0 + timedelta(hours=2)) == []  # nothing left to reverse
    assert _balance(ledger_db, "p1") == 50 and _balance(ledger_db, "p2") == 0


def test_rebuild_restores_a_damaged_cache(ledger_db):
    _post(ledger_db, "p1", "12")
    _post(ledger_db, "p1", "-2", SHIPMENT)
    with ledger_db.connect() as connection:
        connection.execute(Balance.__table__.update().values(quantity=Decimal(999)))
    with ledger_db.read() as session:
        assert LEDGER.mismatches(session) == [("p1", "A-01", Decimal(999), Decimal(10))]
    with ledger_db.unit_of_work(ACTOR) as uow:
        assert LEDGER.rebuild(uow.session) == 1
    with ledger_db.read() as session:
        assert LEDGER.mismatches(session) == []
    assert _balance(ledger_db, "p1") == 10


@pytest.mark.parametrize("value", ["-1", "abc", "", None, "1.2345", "NaN", "1e12", True])
def test_bad_quantities_are_refused(value):
    with pytest.raises(ValidationError):
        parse_quantity(value)


def test_quantities_accept_text_with_separators_and_decimals():
    assert parse_quantity(" 1,234.5 ") == Decimal("1234.5")
    assert parse_quantity(0.1) == Decimal("0.1")
    assert parse_quantity("-3", allow_negative=True) == Decimal(-3)


# ---------------------------------------------------------------------- counts


def _start(db, targets, blind=True):
    with db.unit_of_work(ACTOR) as uow:
        count = Count(number="PD-1", title="月度盘点", blind=blind, started_at=T0)
        counts.start(uow.session, BOOK, count, targets, uow.now())
        return count.id


def _line(session, count_id, item):
    return session.scalar(select(CountLine).where(CountLine.session_id == count_id, CountLine.item_id == item))


def _enter(db, count_id, item, qty, **kw):
    with db.unit_of_work(ACTOR) as uow:
        count = uow.session.get(Count, count_id)
        line = _line(uow.session, count_id, item)
        counts.enter(uow.session, BOOK, count, line, qty, ACTOR.user_id, uow.now(), **kw)
        return line.variance


def test_a_full_count_with_a_shipment_during_it(ledger_db):
    early = datetime(2026, 1, 1, tzinfo=UTC)
    _post(ledger_db, "p1", "100", at=early)
    _post(ledger_db, "p2", "20", at=early)
    count_id = _start(ledger_db, [("p1", "A-01"), ("p2", "A-01")])
    with ledger_db.read() as session:
        assert _line(session, count_id, "p1").book_quantity == 100  # frozen at the start
    _post(ledger_db, "p1", "-30", SHIPMENT, at=datetime.now(UTC))  # shipped while counting
    assert _enter(ledger_db, count_id, "p1", "70") == 0  # not a shortage: the shipment explains it
    assert _enter(ledger_db, count_id, "p2", "18") == -2
    with pytest.raises(Conflict):
        _enter(ledger_db, count_id, "p2", "17")  # counting the same item twice
    assert _enter(ledger_db, count_id, "p2", "17", correct=True) == -3
    with ledger_db.unit_of_work(ACTOR) as uow:
        count = uow.session.get(Count, count_id)
        with pytest.raises(ValidationError):  # the variance has no reason yet
            counts.submit(uow.session, BOOK, count, ACTOR.user_id, uow.now())
    with ledger_db.unit_of_work(ACTOR) as uow:
        count = uow.session.get(Count, count_id)
        counts.explain(count, _line(uow.session, count_id, "p2"), "damage", "外包装破损")
        counts.submit(uow.session, BOOK, count, ACTOR.user_id, uow.now())
    with ledger_db.unit_of_work(ACTOR) as uow:
        count = uow.session.get(Count, count_id)
        posted = counts.approve(uow.session, BOOK, count, "u-2", uow.now())
        assert [(m["item_id"], m["quantity"], m["kind"]) for m in posted] == [("p2", Decimal(-3), ADJUSTMENT)]
    assert _balance(ledger_db, "p1") == 70 and _balance(ledger_db, "p2") == 17
    with ledger_db.unit_of_work(ACTOR) as uow:
        count = uow.session.get(Count, count_id)
        with pytest.raises(Conflict):
            counts.approve(uow.session, BOOK, count, "u-2", uow.now())
        with pytest.raises(Conflict):
            counts.enter(uow.session, BOOK, count, _line(uow.session, count_id, "p1"), "1", None, uow.now(),
                         correct=True)
        figures = counts.figures(BOOK.lines(uow.session, count))
        assert (figures.counted, figures.matching, figures.line_accuracy) == (2, 1, Decimal("0.5"))
        assert figures.quantity_accuracy == (1 - Decimal(3) / Decimal(90)).quantize(Decimal("0.0001"))
        assert counts.variance_by_reason(BOOK.lines(uow.session, count)) == {"damage": (1, Decimal(-3))}


def test_listing_an_item_twice_or_nothing_is_refused(ledger_db):
    with pytest.raises(ValidationError):
        _start(ledger_db, [("p1", "A"), ("p1", "A ")])
    with pytest.raises(ValidationError):
        _start(ledger_db, [])
    with ledger_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Count)) == 0


def test_bad_counted_quantities_change_nothing(ledger_db):
    _post(ledger_db, "p1", "5")
    count_id = _start(ledger_db, [("p1", "A-01")])
    for bad in ("-1", "五", "", "1.00001"):
        with pytest.raises(ValidationError):
            _enter(ledger_db, count_id, "p1", bad)
    with ledger_db.read() as session:
        line = _line(session, count_id, "p1")
        assert line.counted_quantity is None and line.variance is None


MOVES = st.lists(st.tuples(st.sampled_from(["p1", "p2", "p3"]), st.sampled_from(["A", "B"]),
                           st.decimals(min_value=-500, max_value=500, places=3).filter(lambda d: d != 0),
                           st.booleans()),
                 min_size=1, max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=MOVES, counted=st.dictionaries(st.sampled_from(["p1", "p2", "p3"]),
                                            st.decimals(min_value=0, max_value=900, places=3), min_size=1))
def test_property_balance_equals_ledger_and_cache_after_moves_and_counts(tmp_path_factory, moves, counted):
    db = _database(tmp_path_factory.mktemp("prop") / "ledger.db")
    try:
        for item, location, qty, count_now in moves:
            _post(db, item, qty, location=location)
            if count_now and item in counted:
                count_id = _start_numbered(db, [(item, location)])
                _enter(db, count_id, item, counted[item])
                with db.unit_of_work(ACTOR) as uow:
                    count = uow.session.get(Count, count_id)
                    line = _line(uow.session, count_id, item)
                    if line.variance:
                        counts.explain(count, line, "miscount")
                    counts.submit(uow.session, BOOK, count, ACTOR.user_id, uow.now())
                    counts.approve(uow.session, BOOK, count, "u-2", uow.now())
                assert _balance(db, item, location) == counted[item]
        expected: dict[tuple[str, str], Decimal] = {}
        with db.read() as session:
            for move in session.scalars(select(Move)):
                expected[(move.item_id, move.location)] = expected.get((move.item_id, move.location), 0) + move.quantity
            assert LEDGER.mismatches(session) == []
            for (item, location), total in expected.items():
                assert LEDGER.balance(session, item, location) == total
                assert LEDGER.ledger_sum(session, item, location) == total
    finally:
        db.dispose()


def _start_numbered(db, targets):
    with db.unit_of_work(ACTOR) as uow:
        number = uow.session.scalar(select(func.count()).select_from(Count)) + 1
        count = Count(number=f"PD-{number}", title="抽盘", started_at=T0)
        counts.start(uow.session, BOOK, count, targets, uow.now())
        return count.id
