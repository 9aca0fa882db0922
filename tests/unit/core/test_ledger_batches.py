"""Whole count sheets at once: `enter_many` / `explain_many` keep every rule of one entry, and the
bulk update under them (`core.db.bulk.update_synced`) is audited and stamped exactly like a flush."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from neiqin.core import audit_chain
from neiqin.core.audit import AuditEntry
from neiqin.core.db.bulk import update_synced
from neiqin.core.errors import Conflict, ValidationError
from neiqin.core.ledger import counts
from neiqin.core.ledger.movements import ADJUSTMENT, SHIPMENT
from tests.unit.core.test_ledger import ACTOR, BOOK, LEDGER, Count, CountLine, Move, _database, _post, _start

EARLY = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = _database(tmp_path / "batches.db")
    yield database
    database.dispose()


def _rows(session, count_id):
    count = session.get(Count, count_id)
    return count, {row.item_id: row for row in BOOK.line_rows(session, count)}


def _enter_many(db, count_id, pairs, **kw):
    with db.unit_of_work(ACTOR) as uow:
        count, rows = _rows(uow.session, count_id)
        return counts.enter_many(uow.session, BOOK, count, [(rows[item], qty) for item, qty in pairs],
                                 ACTOR.user_id, uow.now(), **kw)


def _line(db, count_id, item):
    with db.read() as session:
        return session.scalar(select(CountLine).where(CountLine.session_id == count_id, CountLine.item_id == item))


def _updates(session, row_id):
    return [json.loads(entry.changes) for entry in session.scalars(
        select(AuditEntry).where(AuditEntry.row_id == row_id, AuditEntry.op == "update"))]


def test_a_batch_is_audited_and_stamped_like_one_entry(db):
    _post(db, "p1", "20", at=EARLY)
    _post(db, "p2", "20", at=EARLY)
    count_id = _start(db, [("p1", "A-01"), ("p2", "A-01")])
    created = _line(db, count_id, "p2")
    with db.unit_of_work(ACTOR) as uow:  # one line the scanner's way, the other in a batch
        count, rows = _rows(uow.session, count_id)
        scanned = uow.session.scalar(select(CountLine).where(CountLine.id == rows["p1"].id))
        counts.enter(uow.session, BOOK, count, scanned, "18", ACTOR.user_id, uow.now())
        assert counts.enter_many(uow.session, BOOK, count, [(rows["p2"], "18")], ACTOR.user_id, uow.now()) == 1
        now = uow.now()
    batched = _line(db, count_id, "p2")
    assert (batched.counted_quantity, batched.variance, batched.counted_by) == (18, -2, "u-1")
    assert batched.updated_at == now and batched.updated_by == "u-1" and batched.hlc > created.hlc
    assert batched.created_at == created.created_at and batched.branch_id == created.branch_id == "b-1"
    with db.read() as session:
        expected = {"counted_at": [None, now.isoformat()], "counted_by": [None, "u-1"],
                    "counted_quantity": [None, "18"], "variance": [None, "-2"]}
        assert _updates(session, batched.id) == [expected]
        assert _updates(session, _line(db, count_id, "p1").id) == [expected]
    with db.engine.connect() as connection:
        assert audit_chain.verify(connection).ok


def test_a_batch_keeps_the_rules_of_one_entry_and_changes_nothing_when_refused(db):
    _post(db, "p1", "20", at=EARLY)
    _post(db, "p2", "20", at=EARLY)
    count_id = _start(db, [("p1", "A-01"), ("p2", "A-01")])
    for entries, at in (([("p1", "5"), ("p2", "-1")], 2), ([("p1", "abc"), ("p2", "5")], 1),
                        ([("p1", "5"), ("p2", "")], 2), ([("p1", "1.0001")], 1)):
        with pytest.raises(ValidationError) as refused:
            _enter_many(db, count_id, entries)
        assert refused.value.params["row"] == at
    with pytest.raises(Conflict) as twice:  # the same product twice in one list
        _enter_many(db, count_id, [("p1", "5"), ("p2", "20"), ("p1", "6")])
    assert twice.value.params["row"] == 3
    assert _line(db, count_id, "p1").counted_quantity is None and _line(db, count_id, "p2").counted_quantity is None
    _post(db, "p1", "-5", SHIPMENT, at=datetime.now(UTC))  # shipped while counting
    assert _enter_many(db, count_id, [("p1", "15"), ("p2", "19")]) == 2
    assert (_line(db, count_id, "p1").moved_before_count, _line(db, count_id, "p1").variance) == (-5, 0)
    with pytest.raises(Conflict):  # counted already
        _enter_many(db, count_id, [("p2", "18")])
    assert _enter_many(db, count_id, [("p2", "18")], correct=True) == 1
    assert _line(db, count_id, "p2").variance == -2


def test_reasons_in_a_batch_then_approval_posts_one_adjustment_per_line(db):
    for item in ("p1", "p2", "p3"):
        _post(db, item, "10", at=EARLY)
    count_id = _start(db, [("p1", "A-01"), ("p2", "A-01"), ("p3", "A-01")])
    _enter_many(db, count_id, [("p1", "10"), ("p2", "7"), ("p3", "12.5")])
    with db.unit_of_work(ACTOR) as uow:
        count, rows = _rows(uow.session, count_id)
        with pytest.raises(ValidationError) as wrong:
            counts.explain_many(uow.session, BOOK, count, [(rows["p2"], "damage", ""), (rows["p3"], "bogus", "")])
        assert wrong.value.params["row"] == 2
        with pytest.raises(ValidationError):  # p3 has no reason yet
            counts.submit(uow.session, BOOK, count, ACTOR.user_id, uow.now())
    with db.unit_of_work(ACTOR) as uow:
        count, rows = _rows(uow.session, count_id)
        assert counts.explain_many(uow.session, BOOK, count, [(rows["p2"], "damage", " 受潮 "),
                                                              (rows["p3"], "unrecorded_receipt", None)]) == 2
        counts.submit(uow.session, BOOK, count, ACTOR.user_id, uow.now())
    assert (_line(db, count_id, "p2").reason, _line(db, count_id, "p2").note) == ("damage", "受潮")
    with db.unit_of_work(ACTOR) as uow:
        count = uow.session.get(Count, count_id)
        posted = counts.approve(uow.session, BOOK, count, "u-2", uow.now())
    assert sorted((m["item_id"], m["quantity"]) for m in posted) == [("p2", -3), ("p3", Decimal("2.5"))]
    assert {m["kind"] for m in posted} == {ADJUSTMENT}
    with db.read() as session:
        assert LEDGER.balance(session, "p2") == 7 and LEDGER.balance(session, "p3") == Decimal("12.5")
        assert LEDGER.mismatches(session) == []
        assert session.scalar(select(func.count()).select_from(Move).where(Move.kind == ADJUSTMENT)) == 2
        count, rows = _rows(session, count_id)
        assert rows["p1"].adjustment_id is None
        assert {rows["p2"].adjustment_id, rows["p3"].adjustment_id} == {m["id"] for m in posted}
        # 1 of 3 lines without variance; |−3| + 2.5 over a book of 30
        figures = BOOK.figures(session, count)
        assert (figures.lines, figures.counted, figures.matching) == (3, 3, 1)
        assert (figures.book_total, figures.absolute_variance, figures.net_variance) == (30, Decimal("5.5"),
                                                                                         Decimal("-0.5"))
        assert figures == counts.figures(BOOK.lines(session, count))
    with db.unit_of_work(ACTOR) as uow:  # approved: closed for batches too
        count, rows = _rows(uow.session, count_id)
        with pytest.raises(Conflict):
            counts.enter_many(uow.session, BOOK, count, [(rows["p1"], "1")], ACTOR.user_id, uow.now(), correct=True)
        with pytest.raises(Conflict):
            counts.explain_many(uow.session, BOOK, count, [(rows["p1"], "other", "")])


def test_update_synced_leaves_unchanged_rows_alone_and_refuses_bookkeeping(db):
    count_id = _start(db, [("p1", "A-01")])
    before = _line(db, count_id, "p1")
    with db.unit_of_work(ACTOR) as uow:
        assert update_synced(uow.session, CountLine, [{"id": before.id, "note": None}]) == []
        with pytest.raises(ValueError):
            update_synced(uow.session, CountLine, [{"id": before.id, "hlc": "x"}])
        with pytest.raises(ValueError):
            update_synced(uow.session, CountLine, [{"id": before.id, "note": "a"}, {"id": before.id, "note": "b"}])
    after = _line(db, count_id, "p1")
    assert (after.hlc, after.updated_at) == (before.hlc, before.updated_at)
    with db.read() as session:
        assert _updates(session, before.id) == []
