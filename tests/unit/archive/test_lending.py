"""Lending: request, approval by the right role and department, issue against a signature,
renewal, escalating reminders, return; bad input leaves everything unchanged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from neiqin.core.auth import service as auth
from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.core.signatures import signatures_of
from neiqin.modules.archive import lending as ln
from neiqin.modules.archive import rules, service
from neiqin.modules.archive.models import Lending, LendingStep
from tests.helpers.factory import USER_PASSWORD
from tests.unit.archive.conftest import lending_input, signature_png, today


def _counts(db):
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Lending)),
                session.scalar(select(func.count()).select_from(LendingStep)))


def _item_status(db, admin, item_id):
    with db.read() as session:
        return service.get_item(session, admin, item_id).status


def test_request_defaults_to_seven_days_and_numbers_the_lending(db, clerk, shelf):
    with db.unit_of_work(clerk) as uow:
        view = ln.request_lending(uow, lending_input(shelf.item_id))
    assert view.due_on == today() + timedelta(days=7)
    assert view.number.startswith(f"JY-BJ01-{today().year}-")
    assert view.status == "requested" and view.confidentiality == "confidential"
    assert [s.action for s in view.steps] == ["request"]


def test_the_whole_lending(db, clerk, reviewer, admin, shelf, clock):
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(shelf.item_id, may_copy=True))
    with db.unit_of_work(reviewer) as uow:
        lent = ln.approve(uow, lent.id, "同意借阅")
    assert lent.status == "approved" and lent.approved_by == "李经理"
    with db.unit_of_work(clerk) as uow:
        lent = ln.issue(uow, lent.id, signature=signature_png())
    assert lent.status == "issued"
    assert _item_status(db, admin, shelf.item_id) == rules.ON_LOAN
    with db.read() as session:
        signed = signatures_of(session, "archive_lending", lent.id)
    assert [s.note for s in signed] == ["signature:王芳"]
    assert lent.steps[-1].extra["signature"] == signed[0].sha256

    due = lent.due_on
    clock(8)  # one day past the due date (due = request day + 7)
    with db.read() as session:
        late = ln.overdue(session, clerk, today() + timedelta(days=8))
    assert [(x.number, x.days_overdue, x.level_due, x.sent) for x in late] == [(lent.number, 1, 1, 0)]
    with db.unit_of_work(clerk) as uow:
        lent = ln.record_reminder(uow, lent.id)
    assert lent.reminders == 1
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:  # the first reminder is sent; the second is due at +7
        ln.record_reminder(uow, lent.id)
    clock(7 + 14)
    with db.unit_of_work(clerk) as uow:
        lent = ln.record_reminder(uow, lent.id)
    assert lent.reminders == 3  # 14 days late: straight to the department head
    assert lent.steps[-1].extra["to"] == "department_head"

    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:  # damaged needs a description
        ln.return_item(uow, lent.id, "damaged", signed_on_paper=True)
    assert error.value.field == "note"
    with db.unit_of_work(clerk) as uow:
        lent = ln.return_item(uow, lent.id, "intact", signature=signature_png())
    assert lent.status == "returned" and lent.return_condition == "intact" and lent.due_on == due
    assert _item_status(db, admin, shelf.item_id) == rules.IN_STORE
    assert [s.action for s in lent.steps] == ["request", "approve", "issue", "remind", "remind", "return"]


def test_renewal_moves_the_due_date_at_most_twice(db, clerk, reviewer, shelf):
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(shelf.item_id))
    with db.unit_of_work(reviewer) as uow:
        ln.approve(uow, lent.id)
    with db.unit_of_work(clerk) as uow:
        ln.issue(uow, lent.id, signed_on_paper=True)
    first = lent.due_on + timedelta(days=7)
    with db.unit_of_work(clerk) as uow:
        renewed = ln.renew(uow, lent.id, first)
    assert renewed.due_on == first and renewed.renewals == 1
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:  # not later than the current due date
        ln.renew(uow, lent.id, first)
    with db.unit_of_work(clerk) as uow:
        ln.renew(uow, lent.id, first + timedelta(days=3))
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        ln.renew(uow, lent.id, first + timedelta(days=10))


def test_issue_needs_a_signature(db, clerk, reviewer, admin, shelf):
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(shelf.item_id))
    with db.unit_of_work(reviewer) as uow:
        ln.approve(uow, lent.id)
    blank = signature_png()[:0]
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        ln.issue(uow, lent.id, signature=blank)
    assert error.value.field == "signature"
    with db.read() as session:
        assert ln.get_lending(session, clerk, lent.id).status == "approved"
    assert _item_status(db, admin, shelf.item_id) == rules.IN_STORE


# --- bad input: a clear error and nothing changed ------------------------------------------------------


def test_a_destroyed_item_cannot_be_lent(db, clerk, shelf):
    from neiqin.modules.archive.models import ArchiveItem

    with db.unit_of_work(clerk) as uow:
        uow.session.get(ArchiveItem, shelf.item_id).status = rules.DESTROYED
    before = _counts(db)
    with pytest.raises(Conflict) as error, db.unit_of_work(clerk) as uow:
        ln.request_lending(uow, lending_input(shelf.item_id))
    assert "destroyed" in error.value.render()
    assert _counts(db) == before


def test_an_item_on_loan_cannot_be_lent_again(db, clerk, reviewer, shelf):
    with db.unit_of_work(clerk) as uow:
        first = ln.request_lending(uow, lending_input(shelf.item_id))
    with db.unit_of_work(reviewer) as uow:
        ln.approve(uow, first.id)
    with db.unit_of_work(clerk) as uow:
        ln.issue(uow, first.id, signed_on_paper=True)
    before = _counts(db)
    with pytest.raises(Conflict) as error, db.unit_of_work(clerk) as uow:
        ln.request_lending(uow, lending_input(shelf.item_id, borrower_name="陈静"))
    assert "on loan" in error.value.render() and first.number in error.value.render()
    assert _counts(db) == before


def test_a_due_date_before_today_is_refused(db, clerk, shelf):
    before = _counts(db)
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        ln.request_lending(uow, lending_input(shelf.item_id, due_on=today() - timedelta(days=1)))
    assert error.value.field == "due_on"
    assert _counts(db) == before


@pytest.mark.parametrize("field", ["may_copy", "may_photo"])
def test_copy_and_photo_permission_must_be_answered(db, clerk, shelf, field):
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        ln.request_lending(uow, lending_input(shelf.item_id, **{field: None}))
    assert error.value.field == field


def test_a_secret_item_needs_an_administrator(db, clerk, reviewer, admin, shelf):
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(shelf.secret_id))
    before = _counts(db)
    with pytest.raises(ValidationError) as error, db.unit_of_work(reviewer) as uow:
        ln.approve(uow, lent.id)
    assert "an administrator" in error.value.render()
    assert _counts(db) == before
    with db.read() as session:
        assert ln.get_lending(session, clerk, lent.id).status == "requested"
    with db.unit_of_work(admin) as uow:
        assert ln.approve(uow, lent.id).status == "approved"


def test_a_clerk_cannot_approve(db, clerk, shelf):
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(shelf.item_id))
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        ln.approve(uow, lent.id)


def test_only_the_head_of_the_borrowers_department_approves(db, admin, clerk, shelf):
    with db.unit_of_work(admin) as uow:
        auth.create_user(uow, "finance_head", "钱主任", "reviewer", USER_PASSWORD, department="财务部")
        auth.create_user(uow, "sales_head", "孙经理", "reviewer", USER_PASSWORD, department="销售部")
    finance_head = auth.sign_in(db, "finance_head", USER_PASSWORD)
    sales_head = auth.sign_in(db, "sales_head", USER_PASSWORD)
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(shelf.item_id, borrower_department="销售部"))
    with pytest.raises(ValidationError) as error, db.unit_of_work(finance_head) as uow:
        ln.approve(uow, lent.id)
    assert "销售部" in error.value.render()
    with db.unit_of_work(sales_head) as uow:
        assert ln.approve(uow, lent.id).approved_by == "孙经理"


def test_steps_out_of_order_are_refused(db, clerk, shelf):
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(shelf.item_id))
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        ln.issue(uow, lent.id, signed_on_paper=True)
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:  # a cancellation says why
        ln.cancel(uow, lent.id, "")
    with db.unit_of_work(clerk) as uow:
        assert ln.cancel(uow, lent.id, "借阅人不再需要").status == "cancelled"


def test_reminder_levels_follow_the_escalation_rule():
    assert [ln.level_due(days) for days in (0, 1, 6, 7, 13, 14, 40)] == [0, 1, 1, 2, 2, 3, 3]
    assert ln.reminder_recipient(3) == "department_head"
