"""The services end to end: plan, receiving with a rejected part, signed issues within and over the
standard, returns, loss reports, counts; bad input changes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.core.ledger.movements import ISSUE, LOSS, RECEIPT, RETURN
from neiqin.core.signatures import signature_path, signatures_of
from neiqin.modules.supplies import counts, issues, losses, plans, receiving, rules, service, usage
from neiqin.modules.supplies.models import SupplyIssue, SupplyMovement
from neiqin.modules.supplies.schemas import (
    IssueInput,
    IssueLineInput,
    LossInput,
    PlanInput,
    PlanLineInput,
    ReceivingInput,
    ReceivingLineInput,
    ReturnInput,
    UsageFilter,
)
from tests.unit.supplies.conftest import make_items, signature_png


@pytest.fixture
def items(db, admin):
    return make_items(db, admin)


def stock(db, item_id):
    with db.read() as session:
        return service.LEDGER.balance(session, item_id)


def counts_of(db):
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(SupplyMovement)),
                session.scalar(select(func.count()).select_from(SupplyIssue)))


def issue(db, actor, item_id, qty, name="王芳", department="销售部", png=None, **kw):
    with db.unit_of_work(actor) as uow:
        return issues.create_issue(uow, IssueInput(name, department, (IssueLineInput(item_id, qty),), **kw),
                                   signature_png() if png is None else png)


def test_catalogue_rules(db, admin, clerk, reviewer, items):
    with db.read() as session:
        low = {item.code for item in service.low_stock(session, clerk)}
    assert low == {"BG004"}  # 0 staplers, minimum 1
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        service.create_item(uow, service_input(code="bg001"))
    assert caught.value.field == "code"
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        service.create_item(uow, service_input(standard_quantity=3, standard_per="team"))
    assert caught.value.field == "standard_per"
    with pytest.raises(PermissionDenied), db.unit_of_work(reviewer) as uow:  # reviewers do not keep the catalogue
        service.create_item(uow, service_input())
    with db.read() as session:
        assert len(service.list_items(session, clerk)) == 4
    assert stock(db, items["paper"]) == 40


def service_input(**kw):
    from neiqin.modules.supplies.schemas import ItemInput

    values = dict(code="BG099", name="文件夹", unit="个", spec="A4 蓝色")
    values.update(kw)
    return ItemInput(**values)


def test_plan_suggest_approve_and_receive_with_rejects(db, clerk, reviewer, items):
    issue(db, clerk, items["paper"], 2)  # usage of the last three months: 2 reams → 0.667 a month
    with db.unit_of_work(clerk) as uow:
        suggestions = {s.code: s for s in plans.suggest(uow.session, clerk, uow.now())}
    # paper: 38 ≥ 10 + 0.667; staplers: 0 < 1 → 1; toner 3 ≥ 2
    assert set(suggestions) == {"BG004"} and suggestions["BG004"].quantity == 1
    with db.unit_of_work(clerk) as uow:
        plan = plans.create_plan(uow, PlanInput("十一月办公用品采购", (
            PlanLineInput(items["stapler"], 5), PlanLineInput(items["paper"], 20, "21.80"))))
    assert plan.status == rules.DRAFT and plan.total_amount == Decimal("526.00")  # 5×18 + 20×21.80
    assert plan.number.startswith("CG-BJ01-")
    with db.unit_of_work(clerk) as uow:
        plans.plan_action(uow, plan.id, "submit")
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        plans.plan_action(uow, plan.id, "approve")
    with db.unit_of_work(reviewer) as uow:
        approved = plans.plan_action(uow, plan.id, "approve")
    assert approved.status == rules.APPROVED and approved.approved_by == "李经理"
    lines = {line.code: line for line in approved.lines}
    bad_input = ReceivingInput(plan.id, "王芳", (ReceivingLineInput(lines["BG001"].id, 20, 2),))  # no reason
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        receiving.receive(uow, bad_input)
    assert caught.value.field == "reject_reason"
    assert stock(db, items["paper"]) == 38
    with db.unit_of_work(clerk) as uow:
        doc = receiving.receive(uow, ReceivingInput(plan.id, "王芳", (
            ReceivingLineInput(lines["BG001"].id, 20, 2, "包装破损受潮"),
            ReceivingLineInput(lines["BG004"].id, 5, 5, "型号不符", spec_ok=False))))
    assert (doc.accepted, doc.rejected) == (18, 7)
    assert stock(db, items["paper"]) == 38 + 18 and stock(db, items["stapler"]) == 0
    with db.read() as session:
        assert service.get_item(session, clerk, items["paper"]).last_price == Decimal("21.80")
        view = plans.get_plan(session, clerk, plan.id)
        assert view.status == rules.APPROVED  # 2 paper and 5 staplers still to come
        receipt = session.scalar(select(SupplyMovement).where(SupplyMovement.kind == RECEIPT,
                                                              SupplyMovement.item_id == items["paper"]))
        assert receipt.quantity == 18 and receipt.unit_cost == Decimal("21.80")
    with db.unit_of_work(clerk) as uow:
        receiving.receive(uow, ReceivingInput(plan.id, "王芳", (ReceivingLineInput(lines["BG001"].id, 2),
                                                              ReceivingLineInput(lines["BG004"].id, 5))))
    with db.read() as session:
        assert plans.get_plan(session, clerk, plan.id).status == rules.RECEIVED


def test_issue_signed_within_standard_then_returned(db, clerk, items):
    view = issue(db, clerk, items["pen"], 4)
    assert view.status == rules.ISSUED and view.number.startswith("LY-") and view.signature_sha256
    assert view.total_amount == Decimal("8.00") and view.lines[0].standard_left == 5
    assert stock(db, items["pen"]) == 96
    with db.read() as session:
        kept = signatures_of(session, "supply_issue", view.id)
    assert len(kept) == 1 and signature_path(db.path, kept[0].sha256).read_bytes() == signature_png()
    with db.unit_of_work(clerk) as uow:
        back = issues.create_return(uow, ReturnInput(view.id, ((view.lines[0].id, 1),), "多领了一支"))
    assert back.kind == "return" and back.total_amount == Decimal("-2.00")
    assert stock(db, items["pen"]) == 97
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:  # only 3 left to return
        issues.create_return(uow, ReturnInput(view.id, ((view.lines[0].id, 4),)))
    # the return frees the standard again: 3 used of 5, so 2 more are within it
    assert issue(db, clerk, items["pen"], 2).status == rules.ISSUED


def test_bad_issues_change_nothing(db, clerk, reviewer, items):
    before = counts_of(db)
    with pytest.raises(ValidationError) as caught:
        issue(db, clerk, items["toner"], 4, approve_over_standard=False, request_approval=False)
    assert "over the issue standard" in str(caught.value)
    with pytest.raises(ValidationError) as caught:  # more than in stock (within no standard)
        issue(db, clerk, items["stapler"], 1)
    assert "Only 0 in stock" in str(caught.value)
    with pytest.raises(ValidationError) as caught:  # signed with an empty pad
        issue(db, clerk, items["pen"], 1, png=b"")
    assert caught.value.field == "signature"
    with pytest.raises(ValidationError):
        issue(db, clerk, items["pen"], 1, png=signature_png(blank=True))
    with pytest.raises(ValidationError) as caught:  # a clerk cannot approve going over
        issue(db, clerk, items["paper"], 3, approve_over_standard=True)
    assert caught.value.field == "approve_over_standard"
    assert counts_of(db) == before
    assert stock(db, items["pen"]) == 100 and stock(db, items["toner"]) == 3


def test_over_standard_approved_on_the_spot_or_requested(db, admin, clerk, reviewer, items):
    spot = issue(db, admin, items["paper"], 3, approve_over_standard=True, approval_note="新员工入职")
    assert spot.status == rules.ISSUED and spot.over_standard and spot.approved_by == "系统管理员"
    assert spot.lines[0].over_standard and spot.lines[0].standard_left == 2
    waiting = issue(db, clerk, items["toner"], 2, department="财务部", request_approval=True)
    assert waiting.status == rules.AWAITING and stock(db, items["toner"]) == 3
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        issues.issue_action(uow, waiting.id, "approve")
    with db.unit_of_work(reviewer) as uow:
        issues.issue_action(uow, waiting.id, "approve", "年底打印量大")
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        issues.hand_out(uow, waiting.id, b"")
    with db.unit_of_work(clerk) as uow:
        done = issues.hand_out(uow, waiting.id, signature_png())
    assert done.status == rules.ISSUED and done.approved_by == "李经理" and stock(db, items["toner"]) == 1


def test_usage_ledger_matches_the_movements(db, clerk, reviewer, items):
    issue(db, clerk, items["pen"], 3, "张三", "销售部")
    issue(db, clerk, items["pen"], 5, "李四", "财务部")
    third = issue(db, clerk, items["paper"], 2, "张三", "销售部")
    with db.unit_of_work(clerk) as uow:
        issues.create_return(uow, ReturnInput(third.id, ((third.lines[0].id, 1),)))
    expected = {"销售部": (Decimal(3) + 2 - 1, Decimal("6.00") + Decimal("45.00") - Decimal("22.50")),
                "财务部": (Decimal(5), Decimal("10.00"))}
    with db.read() as session:
        totals = {t.key: (t.quantity, t.amount) for t in usage.usage_totals(session, clerk, "department")}
        assert totals == expected
        moved = -(service.LEDGER.ledger_sum(session, kinds=(ISSUE, RETURN)))
        assert sum(q for q, _a in totals.values()) == moved == 9
        person = usage.usage_totals(session, clerk, "person", UsageFilter(department="销售部"))
        assert [(t.key, t.quantity) for t in person] == [("销售部 张三", 4)]
        stats = usage.statistics(session, clerk)
        assert stats.total_amount == Decimal("38.50")
        month = date.today().strftime("%Y-%m")
        assert stats.trend["销售部"][month] == Decimal("28.50")


def test_loss_report_posts_on_approval(db, clerk, reviewer, items):
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        losses.report_loss(uow, LossInput(items["toner"], 1, "stolen", "张三", "不见了"))
    with db.unit_of_work(clerk) as uow:
        report = losses.report_loss(uow, LossInput(items["toner"], 1, "damage", "张三", "摔坏", "销售部", "160.00"))
    assert report.compensation == Decimal("160.00") and stock(db, items["toner"]) == 3
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        losses.loss_action(uow, report.id, "approve")
    with db.unit_of_work(reviewer) as uow:
        done = losses.loss_action(uow, report.id, "approve", "按价赔偿一半")
    assert done.status == rules.ACCEPTED and stock(db, items["toner"]) == 2
    with db.read() as session:
        assert service.LEDGER.ledger_sum(session, items["toner"], kinds=(LOSS,)) == -1
    with pytest.raises(Conflict), db.unit_of_work(reviewer) as uow:
        losses.loss_action(uow, report.id, "approve")


def test_count_book_equals_physical_and_adjustments(db, clerk, reviewer, items):
    with db.unit_of_work(clerk) as uow:
        count = counts.start_count(uow, "", "王芳")
    assert {line.code: line.book_quantity for line in count.lines} == {"BG001": 40, "BG002": 100, "BG003": 3,
                                                                       "BG004": 0}
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        counts.start_count(uow, "second")
    lines = {line.code: line for line in count.lines}
    for code, counted in (("BG001", 40), ("BG002", 98), ("BG003", 3), ("BG004", 0)):
        with db.unit_of_work(clerk) as uow:
            counts.enter_count(uow, count.id, lines[code].id, counted, "miscount" if code == "BG002" else None)
    with db.unit_of_work(clerk) as uow:
        submitted = counts.submit_count(uow, count.id)
    assert not submitted.book_equals_physical
    with db.unit_of_work(reviewer) as uow:
        done = counts.approve_count(uow, count.id)
    assert done.status == "approved" and stock(db, items["pen"]) == 98
    with db.read() as session:
        assert service.LEDGER.mismatches(session) == []
