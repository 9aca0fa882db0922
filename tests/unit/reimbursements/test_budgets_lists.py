"""Budgets proposed and approved, their usage; the claims list (mine, waiting for me), the Excel
export and the dashboard."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.core.listing import ListState
from neiqin.modules.reimbursements import approval, budgets, dashboard, listing, service
from tests.unit.reimbursements.conftest import SALES, claim_input, line, set_budget, today


def test_a_budget_counts_once_management_approves_it(db, admin, finance, clerk):
    year = today().year
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        budgets.propose_budget(uow, SALES, "travel", year, "50000")
    with db.unit_of_work(finance) as uow:
        proposed = budgets.propose_budget(uow, SALES, "travel", year, "50,000.00", "年度差旅预算")
    assert not proposed.approved and proposed.amount == 0 and proposed.proposed_amount == Decimal("50000.00")
    with pytest.raises(PermissionDenied), db.unit_of_work(finance) as uow:
        budgets.approve_budget(uow, proposed.id)
    with db.unit_of_work(admin) as uow:
        approved = budgets.approve_budget(uow, proposed.id)
    assert approved.approved and approved.amount == Decimal("50000.00") and approved.approved_by == "系统管理员"
    with db.unit_of_work(finance) as uow:
        raised = budgets.propose_budget(uow, SALES, "travel", year, "60000")
    assert raised.id == approved.id and raised.amount == Decimal("50000.00")  # the old amount holds meanwhile
    with pytest.raises(Conflict), db.unit_of_work(admin) as uow:
        budgets.approve_budget(uow, budgets.approve_budget(uow, raised.id).id)
    for bad in ({"amount": "-1"}, {"amount": "1.001"}, {"category": "coffee"}, {"year": 1899}):
        values = dict(department=SALES, category="travel", year=year, amount="1") | bad
        with pytest.raises(ValidationError), db.unit_of_work(finance) as uow:
            budgets.propose_budget(uow, **values)


def test_usage_sums_committed_and_pending_claims(db, admin, people, clerk):
    set_budget(db, admin, "transport", "500.00")
    with db.unit_of_work(people.sales) as uow:
        committed = service.create_claim(uow, claim_input(line("transport", "120.40"), line("office", "15.00", "笔",
                                                                                               ago=2)))
        approval.transition(uow, committed.id, "submit")
        pending = service.create_claim(uow, claim_input(line("transport", "30.00", ago=3)))
        approval.transition(uow, pending.id, "submit")
        service.create_claim(uow, claim_input(line("transport", "99.00", ago=4)))  # a draft counts nowhere
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, committed.id, "approve")
    with db.read() as session:
        rows = {(r.department, r.category): r for r in budgets.budget_usage(session, admin, today().year)}
    transport = rows[(SALES, "transport")]
    assert (transport.budget, transport.used, transport.pending) == (Decimal("500.00"), Decimal("120.40"),
                                                                     Decimal("30.00"))
    assert transport.remaining == Decimal("379.60") and transport.percent == Decimal("24.1")
    office = rows[(SALES, "office")]
    assert office.budget == 0 and office.used == Decimal("15.00") and office.percent is None
    with db.read() as session:
        assert SALES in budgets.departments(session)


def _claims(db, people, clerk):
    with db.unit_of_work(people.sales) as uow:
        mine = service.create_claim(uow, claim_input(line()))
        approval.transition(uow, mine.id, "submit")
    with db.unit_of_work(clerk) as uow:
        other = service.create_claim(uow, claim_input(line("office", "20.00", "纸"), department="行政部"))
        approval.transition(uow, other.id, "submit")
    return mine, other


def _numbers(db, actor, **filters):
    with db.read() as session:
        query = listing.claim_list(actor, service.department_of(session, actor.user_id))
        return sorted(row.values[0] for row in query.page(session, ListState(filters=filters), 0, 100))


def test_lists_mine_and_waiting_for_me(db, people, clerk, admin, finance):
    mine, other = _claims(db, people, clerk)
    assert _numbers(db, people.sales, mine=True) == [mine.number]
    assert _numbers(db, people.head, waiting=True) == [mine.number]  # only the head's department
    assert _numbers(db, admin, waiting=True) == sorted([mine.number, other.number])
    assert _numbers(db, finance, waiting=True) == []
    assert _numbers(db, clerk, department="行政部") == [other.number]
    assert _numbers(db, clerk, status="submitted", date_from=today().isoformat()) == sorted([mine.number,
                                                                                            other.number])
    with pytest.raises(ValidationError):
        _numbers(db, clerk, status="lost")


def test_export_to_excel_with_filters(db, people, clerk, tmp_path):
    mine, _other = _claims(db, people, clerk)
    with db.unit_of_work(clerk) as uow:
        written = listing.export_claims(uow, tmp_path / "claims.xlsx", {"department": SALES})
    assert written == 1
    sheet = load_workbook(tmp_path / "claims.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("报销单号", "报销日期", "报销人", "部门", "状态")
    assert rows[1][0] == mine.number and rows[1][4] == "待部门审批" and rows[1][5] == pytest.approx(86.5)
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        listing.export_claims(uow, tmp_path / "x.xlsx", {"colour": "red"})
    with db.unit_of_work(clerk) as uow:
        assert listing.export_budget_usage(uow, tmp_path / "usage.xlsx", {"year": str(today().year)}) == 2


def test_dashboard_shows_waiting_claims_and_the_claimants_changes(db, people, clerk):
    mine, _other = _claims(db, people, clerk)
    with db.read() as session:
        waiting = dashboard.dashboard_items(session, people.head, today())
    assert [(i.group, i.record_id) for i in waiting] == [("Expense claims waiting for you", mine.id)]
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, mine.id, "return", comment="请补充客户名称")
    with db.read() as session:
        items = dashboard.dashboard_items(session, people.sales, today())
        hits = dashboard.search(session, people.sales, mine.number, 10)
        by_name = dashboard.search(session, people.sales, "刘洋", 10)
    changed = [i for i in items if i.group == "Your expense claims that changed"]
    assert [(i.record_id, i.severity, i.detail) for i in changed] == [(mine.id, "warning",
                                                                       "Returned for correction")]
    assert [h.record_id for h in hits] == [mine.id] == [h.record_id for h in by_name]
