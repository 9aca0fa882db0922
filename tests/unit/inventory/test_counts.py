"""Count plans and sessions on the stock ledger: freeze, entry by code, a shipment during the
count, variances with reasons, approval by another person, archived sheet, bad input, accuracy."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from neiqin.core import attachments
from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.core.ledger.movements import SCRAP
from neiqin.modules.inventory import service, service_analysis, service_counts
from neiqin.modules.inventory.ledger import LEDGER
from neiqin.modules.inventory.models import StockCountLine, StockMovement
from neiqin.modules.inventory.schemas import CountStart, OrderStock, PlanInput
from tests.unit.inventory.conftest import receive, stock


def _start(db, actor, **kw):
    with db.unit_of_work(actor) as uow:
        return service_counts.start_count(uow, CountStart(**kw))


def _enter(db, actor, count_id, code, qty, **kw):
    with db.unit_of_work(actor) as uow:
        return service_counts.enter_count(uow, count_id, code, qty, **kw)


def _line_id(view, code):
    return next(line.id for line in view.lines if line.code == code)


def test_plan_to_approved_count_with_a_shipment_during_it(db, clerk, reviewer, items):
    paper, toner = items["OF-PAP-011"], items["OF-TON-011"]
    receive(db, clerk, paper, "100")
    receive(db, clerk, items["OF-PAP-012"], "40")
    receive(db, clerk, toner, "9")
    today = date.today()
    with db.unit_of_work(clerk) as uow:
        plan = service_counts.create_plan(uow, PlanInput("耗材月盘", "monthly", "category", "办公耗材",
                                                         next_due=today - timedelta(days=1)))
    with db.read() as session:
        assert [p.id for p in service_counts.due_plans(session, today)] == [plan.id]
    count = _start(db, clerk, plan_id=plan.id)
    assert count.blind and count.title == "耗材月盘"
    assert sorted(line.code for line in count.lines) == ["OF-PAP-011", "OF-PAP-012", "OF-TON-011"]
    with db.read() as session:  # the plan moved on to next month
        assert service_counts.due_plans(session, today) == []
    with db.unit_of_work(clerk) as uow:  # 30 boxes shipped while counting
        service.post_order_shipment(uow, OrderStock("o-1", "SO-BJ01-2026-000001", ((paper, Decimal(30)),)))
    line = _enter(db, clerk, count.id, "of-pap-011", "70")
    assert line.moved_before_count == -30 and line.variance == 0  # not a shortage
    assert _enter(db, clerk, count.id, "OF-PAP-012", "38").variance == -2
    assert _enter(db, clerk, count.id, "OF-TON-011", "10").variance == 1
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:  # reasons missing
        service_counts.submit_count(uow, count.id)
    with db.unit_of_work(clerk) as uow:
        service_counts.explain_line(uow, count.id, _line_id(count, "OF-PAP-012"), "damage", "外箱破损")
        service_counts.explain_line(uow, count.id, _line_id(count, "OF-TON-011"), "unrecorded_receipt")
        service_counts.submit_count(uow, count.id)
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service_counts.approve_count(uow, count.id)
    with db.unit_of_work(reviewer) as uow:
        approved = service_counts.approve_count(uow, count.id)
    assert approved.status == "approved" and approved.archive_sha256
    assert stock(db, paper) == 70 and stock(db, items["OF-PAP-012"]) == 38 and stock(db, toner) == 10
    assert approved.line_accuracy == Decimal("0.3333")
    with db.read() as session:
        files = attachments.attachments_of(session, "stock_count", count.id)
        assert [f.sha256 for f in files] == [approved.archive_sha256]
        assert attachments.verify(db.path, approved.archive_sha256)
        steps = [(t.action, t.to_state) for t in service_counts.timeline(session, clerk, count.id)]
        assert steps == [("start", "counting"), ("submit", "submitted"), ("approve", "approved")]
        report = service_analysis.accuracy_report(session, clerk, today - timedelta(days=1), today)
        assert (report.lines, report.matching) == (3, 1)
        assert report.by_reason == {"damage": (1, Decimal(-2)), "unrecorded_receipt": (1, Decimal(1))}
        assert service.balance_mismatches(session) == []
    # approving twice and editing the approved session are refused, nothing changes
    with pytest.raises(Conflict), db.unit_of_work(reviewer) as uow:
        service_counts.approve_count(uow, count.id)
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service_counts.enter_count(uow, count.id, "OF-PAP-011", "1", correct=True)
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service_counts.explain_line(uow, count.id, _line_id(count, "OF-PAP-011"), "other")
    assert stock(db, paper) == 70


def test_bad_counts_are_refused_and_change_nothing(db, clerk, items):
    receive(db, clerk, items["OF-PAP-011"], "12")
    count = _start(db, clerk, scope_kind="location", scope_value="A区-01", blind=False)
    assert [line.code for line in count.lines] == ["OF-PAP-011", "OF-PAP-012"]
    for bad in ("-1", "十二", "", "abc"):
        with pytest.raises(ValidationError):
            _enter(db, clerk, count.id, "OF-PAP-011", bad)
    with pytest.raises(ValidationError):
        _enter(db, clerk, count.id, "OF-TON-011", "3")  # not on this sheet
    with pytest.raises(ValidationError):
        _enter(db, clerk, count.id, "NO-SUCH", "3")
    _enter(db, clerk, count.id, "OF-PAP-011", "11")
    with pytest.raises(Conflict):  # the same product twice
        _enter(db, clerk, count.id, "OF-PAP-011", "12")
    with db.read() as session:
        line = session.scalar(select(StockCountLine).where(StockCountLine.session_id == count.id,
                                                           StockCountLine.item_id == items["OF-PAP-011"]))
        assert line.counted_quantity == 11 and line.variance == -1
    assert _enter(db, clerk, count.id, "OF-PAP-011", "12", correct=True).variance == 0
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        service_counts.cancel_count(uow, count.id, "")
    with db.unit_of_work(clerk) as uow:
        assert service_counts.cancel_count(uow, count.id, "重新安排").status == "cancelled"
    assert stock(db, items["OF-PAP-011"]) == 12


def test_admin_may_approve_own_count_and_send_back(db, admin, items):
    receive(db, admin, items["FU-CHR-011"], "4")
    count = _start(db, admin, product_ids=(items["FU-CHR-011"],))
    _enter(db, admin, count.id, "FU-CHR-011", "4")
    with db.unit_of_work(admin) as uow:
        service_counts.submit_count(uow, count.id)
        assert service_counts.send_back_count(uow, count.id, "请复盘").status == "counting"
        service_counts.submit_count(uow, count.id)
        assert service_counts.approve_count(uow, count.id).status == "approved"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(StockMovement)
                              .where(StockMovement.kind == "count_adjustment")) == 0


def test_analysis_turnover_replenishment_and_slow_moving(db, clerk, items):
    paper, chair = items["OF-PAP-011"], items["FU-CHR-011"]
    receive(db, clerk, paper, "40")
    receive(db, clerk, chair, "6")
    with db.unit_of_work(clerk) as uow:
        service.post_order_shipment(uow, OrderStock("o-9", "SO-9", ((paper, Decimal(36)),)))
    today = date.today()
    with db.read() as session:
        rows = {r.code: r for r in service_analysis.turnover(session, clerk, today, today)}
        # opening 0, closing 4, sold 36: average stock 2 → turnover 18; 4 / 36 per day → 0.1 days
        assert rows["OF-PAP-011"].turnover == Decimal("18.00") and rows["OF-PAP-011"].days_of_stock == Decimal("0.1")
        by_cat = {r.key: r for r in service_analysis.turnover(session, clerk, today, today, by="category")}
        assert by_cat["办公耗材"].outflow == 36
        suggestions = {r.code: r for r in service_analysis.replenishment(session, clerk, today, 30, 30)}
        # 36 in 30 days = 1.2/day; level = 20 + 1.2×3 = 23.6; order up to 23.6 + 36 = 59.6 → 56
        assert suggestions["OF-PAP-011"].suggested == 56
        assert "OF-TON-011" in suggestions and "FU-CHR-011" not in suggestions
        assert service_analysis.slow_moving(session, clerk, today + timedelta(days=40), 30)[0].code in (
            "FU-CHR-011", "OF-PAP-011")
    with db.unit_of_work(clerk) as uow:
        plan = service_analysis.plan_handling(uow, chair, "scrap", today, "长期积压")
        with pytest.raises(ValidationError):
            service_analysis.plan_handling(uow, chair, "promotion", today)
    with db.unit_of_work(clerk) as uow:
        done = service_analysis.complete_handling(uow, plan.id, "报废两把", "2")
    assert done.status == "done" and stock(db, chair) == 4
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service_analysis.complete_handling(uow, plan.id, "again")


MOVES = st.lists(st.tuples(st.sampled_from(["OF-PAP-011", "OF-TON-011", "FU-CHR-011"]),
                           st.sampled_from(["receipt", "scrap", "ship", "count"]),
                           st.decimals(min_value=1, max_value=500, places=3)), min_size=1, max_size=12)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=MOVES)
def test_property_balance_equals_ledger_sum_and_cache(tmp_path_factory, template_db, moves):
    import shutil

    from neiqin.app import open_database
    from tests.helpers.fixtures import _sign_in

    path = tmp_path_factory.mktemp("prop") / "neiqin.db"
    shutil.copy(template_db, path)
    db = open_database(path)
    try:
        admin = _sign_in(db, "admin")
        from tests.unit.inventory.conftest import items as make_items
        ids = make_items.__wrapped__(db, admin)
        expected = dict.fromkeys(ids.values(), Decimal(0))
        for code, kind, qty in moves:
            pid = ids[code]
            if kind == "receipt":
                receive(db, admin, pid, qty)
                expected[pid] += qty
            elif kind == "scrap":
                receive(db, admin, pid, qty, SCRAP)
                expected[pid] -= qty
            elif kind == "ship":
                with db.unit_of_work(admin) as uow:
                    service.post_order_shipment(uow, OrderStock("o", "SO", ((pid, qty),)))
                expected[pid] -= qty
            else:
                count = _start(db, admin, product_ids=(pid,))
                line = _enter(db, admin, count.id, code, qty)
                with db.unit_of_work(admin) as uow:
                    if line.variance:
                        service_counts.explain_line(uow, count.id, line.id, "miscount")
                    service_counts.submit_count(uow, count.id)
                    service_counts.approve_count(uow, count.id, archive=False)
                expected[pid] = qty
        with db.read() as session:
            assert service.balance_mismatches(session) == []
            for pid, total in expected.items():
                assert service.stock_of(session, pid) == total
                assert LEDGER.ledger_sum(session, pid) == total
    finally:
        db.dispose()
