import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from neiqin.core.audit import AuditEntry
from neiqin.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from neiqin.modules.customers import contributions, service, service_credit, service_log
from neiqin.modules.customers.schemas import CaseInput, CommunicationInput, CustomerInput, PaymentInput

TODAY = date.today()


@pytest.fixture
def customer(db, clerk):
    with db.unit_of_work(clerk) as uow:
        return service.create_customer(uow, CustomerInput(name="北京海淀中关村科技有限公司"))


def log(db, actor, customer_id, **kwargs):
    values = {"occurred_on": TODAY - timedelta(days=10), "channel": "phone", "summary": "电话沟通采购计划"}
    values.update(kwargs)
    with db.unit_of_work(actor) as uow:
        return service_log.log_communication(uow, customer_id, CommunicationInput(**values))


def test_follow_ups_due_on_dashboard_and_done_by_next_visit(db, clerk, reviewer, customer):
    log(db, clerk, customer.id, next_follow_up=TODAY - timedelta(days=2))
    log(db, clerk, customer.id, occurred_on=TODAY - timedelta(days=9), next_follow_up=TODAY + timedelta(days=5))
    with db.read() as session:
        due = service_log.follow_ups_due(session, TODAY)
        items = contributions.dashboard_items(session, clerk, TODAY)
    assert [e.next_follow_up for e in due] == [TODAY - timedelta(days=2)]
    assert [(i.record_id, i.severity) for i in items] == [(customer.id, "overdue")]
    visit = log(db, clerk, customer.id, occurred_on=TODAY, kind="visit", channel="visit", summary="上门回访")
    assert visit.author_name == "王芳"
    with db.read() as session:
        assert service_log.follow_ups_due(session, TODAY) == []
        entries = service_log.communications(session, customer.id)
    assert [e.kind for e in entries][0] == "visit" and len(entries) == 3


@pytest.mark.parametrize("kwargs,field", [
    ({"channel": "pigeon"}, "channel"),
    ({"summary": "  "}, "summary"),
    ({"summary": "长" * 5000}, "summary"),
    ({"occurred_on": TODAY + timedelta(days=30)}, "occurred_on"),
    ({"next_follow_up": TODAY - timedelta(days=30)}, "next_follow_up"),
])
def test_bad_log_entries(db, clerk, customer, kwargs, field):
    with pytest.raises(ValidationError) as error:
        log(db, clerk, customer.id, **kwargs)
    assert error.value.field == field
    with db.read() as session:
        assert service_log.communications(session, customer.id) == []


def test_service_case_lifecycle_and_overdue(db, clerk, customer):
    with db.unit_of_work(clerk) as uow:
        case = service_log.open_case(uow, customer.id, CaseInput("complaint", "到货数量不符",
                                                                 received_on=TODAY - timedelta(days=5)))
    assert case.number.startswith("SC-BJ01-") and case.status == "open"
    assert case.due_on == TODAY - timedelta(days=2)
    with db.read() as session:
        overdue = service_log.overdue_cases(session, TODAY)
        items = contributions.dashboard_items(session, clerk, TODAY)
    assert [c.id for c in overdue] == [case.id]
    assert any(i.group == "Service cases overdue" for i in items)
    with db.unit_of_work(clerk) as uow:
        service_log.assign_case(uow, case.id, "物流部门", TODAY)
        service_log.add_case_note(uow, case.id, "物流部门已安排补发")
        with pytest.raises(ValidationError) as error:
            service_log.resolve_case(uow, case.id, "已补发", 9, TODAY)
        assert error.value.field == "satisfaction"
        resolved = service_log.resolve_case(uow, case.id, "已补发,客户确认收货", 5, TODAY)
    assert resolved.status == "resolved" and resolved.satisfaction == 5
    assert [n.note for n in resolved.notes] == ["→ 物流部门", "物流部门已安排补发"]
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service_log.add_case_note(uow, case.id, "再补充")
    with db.read() as session:
        assert service_log.overdue_cases(session, TODAY) == []


def test_case_validation(db, clerk, customer):
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service_log.open_case(uow, customer.id, CaseInput("complaint", ""))
    assert error.value.field == "subject"
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service_log.open_case(uow, customer.id, CaseInput("gossip", "x"))
    assert error.value.field == "kind"
    with pytest.raises(NotFound), db.unit_of_work(clerk) as uow:
        service_log.open_case(uow, "no-such-id", CaseInput("inquiry", "x"))


def test_credit_file_needs_confidential_and_is_logged(db, clerk, finance, customer):
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service_credit.change_rating(uow, customer.id, "A", Decimal("1000"), "试试")
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service_credit.credit_file(uow, customer.id, TODAY)
    with db.unit_of_work(finance) as uow:
        service_credit.change_rating(uow, customer.id, "AA", Decimal("50000"), "年度评估")
        service_credit.change_rating(uow, customer.id, "B", Decimal("10000"), "逾期两次")
        with pytest.raises(ValidationError):
            service_credit.change_rating(uow, customer.id, "B", Decimal("10000"), "没有变化")
        with pytest.raises(ValidationError) as error:
            service_credit.change_rating(uow, customer.id, "Z", None, "错误等级")
        assert error.value.field == "credit_rating"
    with db.unit_of_work(finance) as uow:
        credit = service_credit.credit_file(uow, customer.id, TODAY)
    assert [(h.old_rating, h.new_rating, h.actor_name, h.reason) for h in credit.history] == [
        ("AA", "B", "赵会计", "逾期两次"), (None, "AA", "赵会计", "年度评估")]
    with db.read() as session:
        views = session.scalars(select(AuditEntry.actor_id).where(AuditEntry.op == "view")).all()
    assert views == [finance.user_id]


def test_credit_check_tells_no_figures(db, finance, customer):
    with db.unit_of_work(finance) as uow:
        service_credit.change_rating(uow, customer.id, "A", Decimal("10000"), "初评")
        service_credit.add_payment_record(uow, customer.id, PaymentInput(Decimal("8000"), TODAY + timedelta(days=10)))
        with pytest.raises(ValidationError) as error:
            service_credit.add_payment_record(uow, customer.id, PaymentInput(Decimal("100"), TODAY,
                                                                             paid_amount=Decimal("200"),
                                                                             paid_on=TODAY))
        assert error.value.field == "paid_amount"
    with db.read() as session:
        fits = service.credit_check(session, customer.id, Decimal("2000"), TODAY)
        too_much = service.credit_check(session, customer.id, Decimal("2000.01"), TODAY)
        summary = service.credit_summary(session, customer.id, TODAY)
    assert fits.within_limit and not too_much.within_limit
    assert not fits.has_overdue and fits.is_new
    assert summary.available() == Decimal("2000") and summary.overdue_amount == 0
    assert not hasattr(fits, "limit")


def test_handover_moves_every_customer_and_is_audited(db, clerk, reviewer, customer):
    with db.unit_of_work(clerk) as uow:
        second = service.create_customer(uow, CustomerInput(name="上海浦东贸易有限公司"))
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service_credit.handover_customers(uow, clerk.user_id, reviewer.user_id)
    with db.unit_of_work(reviewer) as uow:
        moved = service_credit.handover_customers(uow, clerk.user_id, reviewer.user_id)
    assert moved == 2
    with db.read() as session:
        owners = {service.get_customer(session, reviewer, cid).owner_id for cid in (customer.id, second.id)}
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "customer",
                                                           AuditEntry.op == "update")).all()
        summary = session.scalars(select(AuditEntry).where(AuditEntry.op == "handover")).one()
    assert owners == {reviewer.user_id}
    moves = {e.row_id: json.loads(e.changes)["owner_id"] for e in entries if "owner_id" in json.loads(e.changes)}
    assert moves == {customer.id: [clerk.user_id, reviewer.user_id], second.id: [clerk.user_id, reviewer.user_id]}
    assert "2 customers" in summary.note
    with db.unit_of_work(reviewer) as uow:
        assert service_credit.handover_customers(uow, clerk.user_id, reviewer.user_id) == 0
        with pytest.raises(ValidationError):
            service_credit.handover_customers(uow, clerk.user_id, clerk.user_id)


def test_search_contribution_respects_permission(db, clerk, customer):
    from dataclasses import replace

    with db.read() as session:
        hits = contributions.search(session, clerk, "中关村", 10)
        none = contributions.search(session, replace(clerk, permissions=frozenset()), "中关村", 10)
    assert [(h.kind, h.record_id) for h in hits] == [("customer", customer.id)] and none == []
