"""A whole count sheet at once: counted quantities from a pasted list (by product code, id or line,
with the location where a product is kept at several places), reasons for many lines, action
results without the lines; audited and captured for sync like one entry at a time."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from neiqin.core import audit_chain
from neiqin.core.audit import AuditEntry
from neiqin.core.errors import Conflict, NotFound, ValidationError
from neiqin.core.ledger.movements import SCRAP
from neiqin.core.sync import capture
from neiqin.modules.inventory import service, service_counts
from neiqin.modules.inventory.count_lines import parse_count_list
from neiqin.modules.inventory.schemas import CountStart
from tests.unit.inventory.conftest import receive, stock


@pytest.fixture
def sheet(db, clerk, items):
    """Paper 100 at A区-01 and 5 at C区-09, the better paper 40, toner 9: a count of 办公耗材."""
    receive(db, clerk, items["OF-PAP-011"], "100")
    receive(db, clerk, items["OF-PAP-011"], "5", location="C区-09")
    receive(db, clerk, items["OF-PAP-012"], "40")
    receive(db, clerk, items["OF-TON-011"], "9")
    with db.unit_of_work(clerk) as uow:
        return service_counts.start_count(uow, CountStart(scope_kind="category", scope_value="办公耗材"))


def _enter(db, actor, count_id, entries, **kw):
    with db.unit_of_work(actor) as uow:
        return service_counts.enter_counts(uow, count_id, entries, **kw)


def _lines(db, actor, count_id):
    with db.read() as session:
        return {(line.code, line.location): line for line in service_counts.get_count(session, actor, count_id).lines}


def _numbers(pair):
    return [None if value is None else Decimal(value) for value in pair]


def test_a_pasted_list_is_recorded_whole_or_not_at_all(db, clerk, items, sheet):
    assert sorted(_lines(db, clerk, sheet.id)) == [("OF-PAP-011", "A区-01"), ("OF-PAP-011", "C区-09"),
                                                   ("OF-PAP-012", "A区-01"), ("OF-TON-011", "B区-01")]
    refused = [([("of-pap-012", "38"), ("FU-CHR-011", "1")], ValidationError, 2),  # not on this sheet
               ([("NO-SUCH", "1")], ValidationError, 1),
               ([("OF-TON-011", "10"), ("OF-PAP-011", "98")], ValidationError, 2),  # which location?
               ([("OF-TON-011", "10"), ("OF-PAP-012", "-1")], ValidationError, 2),
               ([("OF-TON-011", "10"), ("of-ton-011", "11")], Conflict, 2)]  # the same product twice
    for entries, error, row in refused:
        with pytest.raises(error) as caught:
            _enter(db, clerk, sheet.id, entries)
        assert caught.value.params["row"] == row
    with pytest.raises(ValidationError):
        _enter(db, clerk, sheet.id, [])
    assert all(line.counted_quantity is None for line in _lines(db, clerk, sheet.id).values())

    receive(db, clerk, items["OF-PAP-011"], "10", SCRAP, location="A区-01")  # scrapped while counting
    assert _enter(db, clerk, sheet.id, [("of-pap-012", "38"), (items["OF-TON-011"], "10"),
                                        ("OF-PAP-011", "88", "A区-01"), ("OF-PAP-011", "5", " C区-09 ")]) == 4
    lines = _lines(db, clerk, sheet.id)
    assert lines[("OF-PAP-011", "A区-01")].moved_before_count == -10
    assert {key: line.variance for key, line in lines.items()} == {
        ("OF-PAP-011", "A区-01"): -2, ("OF-PAP-011", "C区-09"): 0, ("OF-PAP-012", "A区-01"): -2,
        ("OF-TON-011", "B区-01"): 1}
    with pytest.raises(Conflict):  # counted already
        _enter(db, clerk, sheet.id, [("OF-TON-011", "11")])
    assert _enter(db, clerk, sheet.id, [(lines[("OF-TON-011", "B区-01")].id, "11")], correct=True) == 1
    with db.read() as session:
        changes = [json.loads(entry.changes) for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.row_id == lines[("OF-TON-011", "B区-01")].id,
                                     AuditEntry.op == "update").order_by(AuditEntry.seq))]
        assert [_numbers(c["counted_quantity"]) for c in changes] == [[None, 10], [10, 11]]
        assert _numbers(changes[1]["variance"]) == [1, 2] and changes[0]["counted_by"] == [None, clerk.user_id]
    with db.engine.connect() as connection:
        assert audit_chain.verify(connection).ok


def test_one_reason_for_many_lines_then_approval(db, clerk, reviewer, items, sheet):
    _enter(db, clerk, sheet.id, [("OF-PAP-011", "98", "A区-01"), ("OF-PAP-011", "5", "C区-09"),
                                 ("OF-PAP-012", "38"), ("OF-TON-011", "10")])
    lines = _lines(db, clerk, sheet.id)
    varied = [lines[key].id for key in (("OF-PAP-011", "A区-01"), ("OF-PAP-012", "A区-01"), ("OF-TON-011", "B区-01"))]
    with pytest.raises(NotFound) as unknown, db.unit_of_work(clerk) as uow:
        service_counts.explain_lines(uow, sheet.id, [(varied[0], "damage", ""), ("no-such-line", "damage", "")])
    assert unknown.value.params["row"] == 2
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        service_counts.explain_lines(uow, sheet.id, [(varied[0], "damage", "长" * 501)])
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        service_counts.explain_lines(uow, sheet.id, [(varied[0], "weather", "")])
    assert all(not line.reason for line in _lines(db, clerk, sheet.id).values())
    with db.unit_of_work(clerk) as uow:
        assert service_counts.explain_lines(uow, sheet.id, [(line_id, "miscount", "复盘确认") for line_id in varied]) == 3
        submitted = service_counts.submit_count(uow, sheet.id)
    assert submitted.status == "submitted" and submitted.lines == ()  # an action's result: header and figures
    assert {line.reason for line in _lines(db, clerk, sheet.id).values()} == {"miscount", ""}
    with db.unit_of_work(reviewer) as uow:
        approved = service_counts.approve_count(uow, sheet.id, archive=False)
    # 1 of 4 lines without variance; by quantity 1 − (2 + 2 + 1) / (100 + 5 + 40 + 9)
    assert (approved.status, approved.counted, approved.line_accuracy) == ("approved", 4, Decimal("0.25"))
    assert approved.quantity_accuracy == (1 - Decimal(5) / Decimal(154)).quantize(Decimal("0.0001"))
    with db.read() as session:
        full = service_counts.get_count(session, clerk, sheet.id)
        header = service_counts.get_count(session, clerk, sheet.id, with_lines=False)
        assert service.balance_mismatches(session) == []
    assert (full.line_accuracy, full.quantity_accuracy, full.counted) == (
        header.line_accuracy, header.quantity_accuracy, header.counted)
    assert stock(db, items["OF-PAP-011"]) == 103 and stock(db, items["OF-PAP-012"]) == 38
    assert stock(db, items["OF-TON-011"]) == 10
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service_counts.enter_counts(uow, sheet.id, [("OF-TON-011", "3")], correct=True)
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service_counts.explain_lines(uow, sheet.id, [(varied[0], "other", "")])


def test_a_batch_is_captured_for_sync_in_one_transaction(db, clerk, items, sheet):
    with db.engine.begin() as connection:
        capture.install(connection, "branch-x", "postgresql://server/db")
    capture.attach(db.engine)
    try:
        _enter(db, clerk, sheet.id, [("OF-PAP-011", "98", "A区-01"), ("OF-PAP-011", "5", "C区-09"),
                                     ("OF-PAP-012", "38"), ("OF-TON-011", "10")])
        with db.engine.connect() as connection:
            queued = [dict(r._mapping) for r in connection.execute(text(
                "SELECT * FROM sync_outbox WHERE table_name = 'stock_count_line' AND op = 'update'"))]
    finally:
        capture.detach(db.engine)
    lines = _lines(db, clerk, sheet.id)
    assert {row["row_id"] for row in queued} == {line.id for line in lines.values()}
    assert len({row["tx"] for row in queued}) == 1
    # an update queues the previous values of the columns it changed; the push reads the new ones
    before = {row["row_id"]: json.loads(row["old"]) for row in queued}
    assert before[lines[("OF-PAP-012", "A区-01")].id]["counted_quantity"] is None  # not counted before
    assert all({"counted_quantity", "counted_at", "updated_at"} <= set(old) for old in before.values())
    assert all(row["hlc"] for row in queued)


def test_a_list_is_read_from_an_excel_paste_or_typed_rows():
    pasted = "OF-PAP-011\t98\tA区-01\r\n\nof-ton-011\t1,200\n  OF-PAP-012  38 \nOF-X,3，B区-02\nOF-Y\n"
    assert parse_count_list(pasted) == [(1, ("OF-PAP-011", "98", "A区-01")), (3, ("of-ton-011", "1,200", None)),
                                        (4, ("OF-PAP-012", "38", None)), (5, ("OF-X", "3", "B区-02")),
                                        (6, ("OF-Y", "", None))]
    assert parse_count_list("  \n") == []
