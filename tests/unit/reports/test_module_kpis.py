"""The KPIs of inventory (count accuracy) and reimbursements (claim processing time) on small data
made through their services, against hand-worked values."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from neiqin.app.reporting import collect_kpis
from neiqin.modules.inventory import service_counts
from neiqin.modules.inventory.schemas import CountStart
from neiqin.modules.reimbursements import approval, service
from neiqin.modules.reimbursements.models import ClaimTransition
from neiqin.modules.reports import service as reports
from neiqin.modules.reports.periods import Period
from tests.unit.inventory.conftest import items, receive  # noqa: F401 - the items fixture
from tests.unit.reimbursements.conftest import claim_input, line, make_people, today

TICKS = {key: True for key in ("receipts_present", "receipts_real", "receipts_legal", "complete")}


def _period() -> Period:
    return Period("custom", today() - timedelta(days=10), today() + timedelta(days=1))


def _values(db, actor, code):
    specs = [spec for spec in collect_kpis() if spec.code == code]
    with db.read() as session:
        report = reports.kpi_report(session, actor, specs, _period())
    return {row.name: (None if row.lines[0].value.value is None else round(row.lines[0].value.value, 2),
                       row.lines[0].value.numerator, row.lines[0].value.denominator) for row in report.clerks}


def test_count_accuracy(db, admin, clerk, reviewer, items):  # noqa: F811 - the fixture
    for code, quantity in (("OF-PAP-011", "100"), ("OF-PAP-012", "40"), ("OF-TON-011", "9")):
        receive(db, clerk, items[code], quantity)
    with db.unit_of_work(clerk) as uow:
        count = service_counts.start_count(uow, CountStart(scope_kind="category", scope_value="办公耗材"))
        service_counts.enter_count(uow, count.id, "OF-PAP-011", "100")  # matches the book
        service_counts.enter_count(uow, count.id, "OF-PAP-012", "38")  # two short
        service_counts.enter_count(uow, count.id, "OF-TON-011", "10")  # one over
    with db.read() as session:
        lines = {line.code: line.id for line in service_counts.get_count(session, clerk, count.id).lines}
    with db.unit_of_work(clerk) as uow:
        service_counts.explain_line(uow, count.id, lines["OF-PAP-012"], "damage")
        service_counts.explain_line(uow, count.id, lines["OF-TON-011"], "unrecorded_receipt")
        service_counts.submit_count(uow, count.id)
    assert _values(db, reviewer, "inventory.count_accuracy") == {"": (None, 0, 0), "王芳": (None, 0, 0)}
    with db.unit_of_work(reviewer) as uow:
        service_counts.approve_count(uow, count.id, archive=False)
    # one line of three without a variance; all counted by the clerk
    assert _values(db, reviewer, "inventory.count_accuracy") == {"": (33.33, 1, 3), "王芳": (33.33, 1, 3)}


def _paid_claim(db, people, clerk, finance, submitted_days_before_payment, amount):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input(line(amount=amount)))
        approval.transition(uow, claim.id, "submit")
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve")
    with db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "check", checklist=TICKS)
    with db.unit_of_work(finance) as uow:
        approval.transition(uow, claim.id, "final")
        approval.transition(uow, claim.id, "pay", paid_on=today().isoformat(), method="transfer")
    with db.engine.begin() as connection:
        paid_at = connection.execute(select(ClaimTransition.at).where(ClaimTransition.claim_id == claim.id,
                                                                      ClaimTransition.action == "pay")).scalar()
        connection.execute(update(ClaimTransition).where(ClaimTransition.claim_id == claim.id,
                                                         ClaimTransition.action == "submit")
                           .values(at=paid_at - timedelta(days=submitted_days_before_payment)))
    return claim


def test_claim_processing_time(db, admin, clerk, reviewer, finance):
    people = make_people(db, admin)
    _paid_claim(db, people, clerk, finance, 4, "86.50")
    _paid_claim(db, people, clerk, finance, 2, "45.00")
    with db.unit_of_work(people.sales) as uow:  # submitted, not paid: not counted yet
        claim = service.create_claim(uow, claim_input(line(amount="12.00")))
        approval.transition(uow, claim.id, "submit")
    values = _values(db, reviewer, "reimbursements.processing_days")
    assert values[""] == (3.0, 6.0, 2) and values["王芳"] == (3.0, 6.0, 2)  # (4 + 2) / 2 days
    assert values["刘洋"] == (None, 0.0, 0)  # a clerk who checked none
