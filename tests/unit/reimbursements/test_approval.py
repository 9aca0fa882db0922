"""The approval chain: department head → first review (checklist, standards) → final review → paid;
returns with reasons, paper approvals, budgets, and nobody approving their own claim."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError, ValidationErrors
from neiqin.core.settings import get_setting
from neiqin.modules.reimbursements import approval, rules, service
from neiqin.modules.reimbursements.models import ClaimTransition
from neiqin.modules.reimbursements.schemas import Standard
from tests.unit.reimbursements.conftest import claim_input, line, set_budget, today

TICKS = {key: True for key in ("receipts_present", "receipts_real", "receipts_legal", "complete")}


def status(db, actor, claim_id):
    with db.read() as session:
        return service.get_claim(session, actor, claim_id).status


def steps(db, claim_id):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ClaimTransition)
                              .where(ClaimTransition.claim_id == claim_id))


def submitted(db, actor, *lines, **overrides):
    with db.unit_of_work(actor) as uow:
        claim = service.create_claim(uow, claim_input(*lines, **overrides))
        approval.transition(uow, claim.id, "submit")
    return claim


def test_a_claim_through_every_step(db, people, clerk, finance):
    claim = submitted(db, people.sales, line("travel", "1,200.00", "赴上海", days=3))
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve", comment="同意")
    with db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "check", checklist=TICKS)
    with db.unit_of_work(finance) as uow:
        approval.transition(uow, claim.id, "final")
    with db.unit_of_work(finance) as uow:
        paid = approval.transition(uow, claim.id, "pay", paid_on=today().isoformat(), method="transfer")
    assert paid.status == "paid" and paid.paid_on == today() and paid.paid_method == "transfer"
    with db.read() as session:
        history = service.timeline(session, people.sales, claim.id)
    assert [(s.action, s.to_state) for s in history] == [
        ("create", "draft"), ("submit", "submitted"), ("approve", "approved"), ("check", "checked"),
        ("final", "final"), ("pay", "paid")]
    assert [s.actor_name for s in history[2:]] == ["张经理", "王芳", "赵会计", "赵会计"]
    assert history[3].extra["checklist"] == TICKS


def test_nobody_approves_their_own_claim_and_nothing_changes(db, people, admin, clerk):
    claim = submitted(db, people.head, line())
    with pytest.raises(ValidationError) as error, db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve")
    assert "your own claim" in error.value.render()
    assert status(db, admin, claim.id) == "submitted" and steps(db, claim.id) == 2
    with db.unit_of_work(admin) as uow:  # the administrator approves the head's claim
        approval.transition(uow, claim.id, "approve")
    own = submitted(db, clerk, line(), department="销售部")
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, own.id, "approve")
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        approval.transition(uow, own.id, "check", checklist=TICKS)  # the clerk's own first review
    assert status(db, admin, own.id) == "approved"
    with db.read() as session:
        view = service.get_claim(session, clerk, own.id)
        reasons = {a.code: a for a in approval.available_actions(session, clerk, view)}
    assert not reasons["check"].enabled and "own claim" in reasons["check"].reason


def test_only_the_head_of_the_claimants_department_approves(db, people, reviewer):
    claim = submitted(db, people.sales, line())
    for outsider in (reviewer, people.other_head):  # no department / another department
        with pytest.raises(ValidationError) as error, db.unit_of_work(outsider) as uow:
            approval.transition(uow, claim.id, "approve")
        assert "Only the head of 销售部" in error.value.render()
    with pytest.raises(ValidationError), db.unit_of_work(people.other_head) as uow:
        approval.transition(uow, claim.id, "return", comment="x")  # only the head returns from here
    with pytest.raises(PermissionDenied), db.unit_of_work(people.sales) as uow:
        approval.transition(uow, claim.id, "approve")
    assert status(db, people.head, claim.id) == "submitted"


def test_an_approval_signed_on_paper_is_recorded_by_the_clerk_with_its_scan(db, people, clerk, receipt):
    claim = submitted(db, people.sales, line())
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "approve", paper={"by": "张经理", "on": today().isoformat()})
    assert error.value.field == "paper_scan"
    with db.unit_of_work(clerk) as uow:
        sha = service.store_scan(uow, claim.id, receipt)
        approval.transition(uow, claim.id, "approve", paper={"by": "张经理", "on": today().isoformat(),
                                                             "sha256": sha})
    with db.read() as session:
        step = service.timeline(session, clerk, claim.id)[-1]
    assert step.action == "approve" and step.actor_name == "王芳"
    assert step.extra["paper"] == {"by": "张经理", "on": today().isoformat(), "sha256": sha}
    other = submitted(db, people.sales, line("office", "12.00", "笔"))
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        approval.transition(uow, other.id, "approve", paper={"by": "刘洋", "on": today().isoformat(),
                                                             "sha256": sha})
    assert error.value.field == "paper_by"  # the claimant cannot sign for the department


def test_a_return_at_first_review_with_line_reasons_then_corrected(db, people, clerk):
    claim = submitted(db, people.sales, line(), line("office", "35.00", "文件夹"))
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve")
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "return")  # a reason is required
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "return", comment="发票不合规", lines={"9": "?"})
    with db.unit_of_work(clerk) as uow:
        returned = approval.transition(uow, claim.id, "return", comment="发票不合规", lines={2: "发票抬头不是本公司"})
    assert returned.status == "returned"
    assert [li.return_reason for li in returned.lines] == ["", "发票抬头不是本公司"]
    with db.unit_of_work(people.sales) as uow:
        service.update_claim(uow, claim.id, claim_input(line(), line("office", "34.00", "文件夹（换票）")))
        again = approval.transition(uow, claim.id, "submit")
    assert again.status == "submitted" and [li.return_reason for li in again.lines] == ["", ""]


def test_first_review_needs_every_tick_and_amounts_within_standards(db, people, clerk, admin):
    claim = submitted(db, people.sales, line("travel", "1,600.00", "赴广州", days=3))  # 500 a day: 1,500
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve")
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "check", checklist=dict(TICKS, receipts_legal=False))
    assert error.value.field == "checklist"
    with pytest.raises(ValidationErrors) as errors, db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "check", checklist=TICKS)
    assert "Line 1 is over the company standard" in errors.value.render()
    with db.read() as session:
        info = approval.review_info(session, clerk, claim.id)
    assert not info.within_standards and info.lines_without_receipt == (1,)
    with db.unit_of_work(admin) as uow:
        uow.actor.require("reimbursements.standards")
        rules.save_standards(uow.session, {"travel": Standard("travel", Decimal("600"), None)}, admin.user_id)
    with db.read() as session:
        assert get_setting(session, rules.STANDARDS_SETTING)["travel"]["per_day"] == "600.00"
    with db.unit_of_work(clerk) as uow:
        assert approval.transition(uow, claim.id, "check", checklist=TICKS).status == "checked"


def test_over_budget_is_flagged_and_needs_the_right(db, people, admin, finance, clerk):
    set_budget(db, admin, "entertainment", "1000.00")
    first = submitted(db, people.sales, line("entertainment", "700.00", "客户午餐"))
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, first.id, "approve")
    claim = submitted(db, people.sales, line("entertainment", "400.00", "客户晚餐", ago=2))
    with db.read() as session:
        info = approval.review_info(session, people.head, claim.id)
        assert service.get_claim(session, people.head, claim.id).over_budget
    (budget,) = info.budget
    assert (budget.budget, budget.used, budget.remaining, budget.claimed) == (
        Decimal("1000.00"), Decimal("700.00"), Decimal("300.00"), Decimal("400.00"))
    assert budget.over
    with pytest.raises(ValidationError) as error, db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve")
    assert "over the 业务招待费 budget of 销售部 by 100.00" in error.value.render()
    assert status(db, admin, claim.id) == "submitted"
    with db.unit_of_work(admin) as uow:  # management may approve over budget
        approval.transition(uow, claim.id, "approve", comment="特批")
    with db.read() as session:
        step = service.timeline(session, admin, claim.id)[-1]
    assert step.extra["over_budget"] == {"entertainment": "100.00"}


def test_a_claim_within_a_category_without_budget_is_not_over(db, people):
    claim = submitted(db, people.sales, line("other", "50.00", "快递费"))
    with db.read() as session:
        (budget,) = approval.review_info(session, people.head, claim.id).budget
    assert budget.budget is None and not budget.over


def test_steps_out_of_order_and_withdrawing(db, people, finance):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input())
    with pytest.raises(Conflict), db.unit_of_work(finance) as uow:
        approval.transition(uow, claim.id, "pay", paid_on=today().isoformat(), method="cash")
    with pytest.raises(ValidationError), db.unit_of_work(people.sales) as uow:
        approval.transition(uow, claim.id, "cancel")
    with db.unit_of_work(people.sales) as uow:
        assert approval.transition(uow, claim.id, "cancel", comment="不报了").status == "cancelled"


def test_payment_needs_date_and_method(db, people, clerk, finance):
    claim = submitted(db, people.sales, line())
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve")
    with db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "check", checklist=TICKS)
    with db.unit_of_work(finance) as uow:
        approval.transition(uow, claim.id, "final")
    for data in ({"method": "transfer"}, {"paid_on": today().isoformat(), "method": "bitcoin"},
                 {"paid_on": (today() - timedelta(days=1)).isoformat()}):
        with pytest.raises(ValidationError), db.unit_of_work(finance) as uow:
            approval.transition(uow, claim.id, "pay", **data)
    assert status(db, finance, claim.id) == "final"
