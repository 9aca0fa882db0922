"""Claims entered, edited and read; bad input refused with nothing changed; receipts by content."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from neiqin.core.attachments import Attachment
from neiqin.core.errors import NotFound, PermissionDenied, ValidationError
from neiqin.core.money import amount_in_capitals
from neiqin.modules.reimbursements import service
from neiqin.modules.reimbursements.duplicates import DuplicatesFound
from neiqin.modules.reimbursements.models import Claim, ClaimLine
from tests.unit.reimbursements.conftest import SALES, claim_input, line, today


def count(db, model):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_claim_for_oneself_takes_the_department_and_sums_exactly(db, people):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input(
            line("travel", "1,280.40", "赴上海拜访客户", days=3), line("transport", "86.35"),
            line("communication", "0.25", "话费")))
    assert claim.number.startswith(f"BX-BJ01-{today().year}-")
    assert claim.status == "draft" and claim.department == SALES
    assert claim.claimant_name == "刘洋" and claim.entered_by_name == "刘洋"
    assert claim.total_amount == Decimal("1367.00")
    assert [li.line_no for li in claim.lines] == [1, 2, 3]
    assert amount_in_capitals(claim.total_amount) == "壹仟叁佰陆拾柒元整"


def test_the_clerk_enters_a_claim_for_a_colleague(db, clerk, people, finance):
    with db.unit_of_work(clerk) as uow:
        claim = service.create_claim(uow, claim_input(claimant_id=people.sales.user_id))
    assert claim.claimant_id == people.sales.user_id and claim.entered_by_id == clerk.user_id
    assert claim.department == SALES
    with pytest.raises(PermissionDenied), db.unit_of_work(finance) as uow:
        service.create_claim(uow, claim_input(claimant_id=people.sales.user_id, department=SALES))
    with db.read() as session:
        choices = service.people(session, finance)
    assert [c.id for c in choices] == [finance.user_id]  # finance enters only its own claims


def test_a_claimant_without_department_must_name_it(db, clerk):
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_claim(uow, claim_input())
    assert error.value.field == "department"
    with db.unit_of_work(clerk) as uow:
        assert service.create_claim(uow, claim_input(department="行政部")).department == "行政部"


@pytest.mark.parametrize(("amount", "message"), [
    ("-12.00", "more than 0"), ("0", "more than 0"), ("12.345", "not valid"), ("abc", "not valid"),
])
def test_bad_amounts_are_refused_and_nothing_is_saved(db, people, amount, message):
    before = count(db, Claim), count(db, ClaimLine)
    with pytest.raises(ValidationError) as error, db.unit_of_work(people.sales) as uow:
        service.create_claim(uow, claim_input(line(), line(amount=amount)))
    assert message in error.value.render() and "Line 2" in error.value.render()
    assert error.value.field == "lines[2].amount"
    assert (count(db, Claim), count(db, ClaimLine)) == before


@pytest.mark.parametrize(("bad", "field"), [
    (line("travel", "800"), "lines[1].days"),  # travel needs its days
    (line("taxi"), "lines[1].category"),
    (line(ago=-2), "lines[1].date"),  # in the future
    (line(purpose="  "), "lines[1].purpose"),
])
def test_bad_lines_are_refused(db, people, bad, field):
    with pytest.raises(ValidationError) as error, db.unit_of_work(people.sales) as uow:
        service.create_claim(uow, claim_input(bad))
    assert error.value.field == field
    assert count(db, Claim) == 0


def test_editing_keeps_receipts_of_kept_lines_and_refuses_after_submit(db, people, receipt):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input(line(), line("office", "35.00", "文件夹")))
        service.attach_receipt(uow, claim.id, 1, receipt)
    with db.unit_of_work(people.sales) as uow:
        edited = service.update_claim(uow, claim.id, claim_input(line(amount="90.00")), claim.updated_at)
    assert edited.total_amount == Decimal("90.00") and len(edited.lines) == 1
    assert len(edited.lines[0].receipts) == 1
    from neiqin.modules.reimbursements import approval

    with db.unit_of_work(people.sales) as uow:
        approval.transition(uow, claim.id, "submit")
    with pytest.raises(Exception) as error, db.unit_of_work(people.sales) as uow:
        service.update_claim(uow, claim.id, claim_input(line(amount="1.00")))
    assert "can no longer be edited" in error.value.render()


def test_duplicate_invoice_warns_until_confirmed_and_is_kept_visible(db, people, clerk):
    with db.unit_of_work(people.sales) as uow:
        first = service.create_claim(uow, claim_input(line("entertainment", "560.00", "客户午餐", invoice="04471234")))
    with pytest.raises(DuplicatesFound) as error, db.unit_of_work(clerk) as uow:
        service.create_claim(uow, claim_input(line("entertainment", "320.00", "客户晚餐", invoice=" 04471234 "),
                                              claimant_id=people.sales.user_id))
    hit = error.value.hits[0]
    assert (hit.reason, hit.other_number, hit.other_line_no) == ("invoice", first.number, 1)
    assert count(db, Claim) == 1
    with db.unit_of_work(clerk) as uow:
        second = service.create_claim(uow, claim_input(line("entertainment", "320.00", "客户晚餐", invoice="04471234"),
                                                       claimant_id=people.sales.user_id), confirm_duplicates=True)
    assert second.has_duplicates and first.number in second.lines[0].duplicate_note


def test_same_amount_date_and_claimant_warns_but_not_for_another_claimant(db, people, clerk):
    with db.unit_of_work(people.sales) as uow:
        service.create_claim(uow, claim_input(line("transport", "45.00")))
    with pytest.raises(DuplicatesFound) as error, db.unit_of_work(people.sales) as uow:
        service.create_claim(uow, claim_input(line("office", "45.00", "另一张票")))
    assert error.value.hits[0].reason == "amount_date"
    with db.unit_of_work(clerk) as uow:
        other = service.create_claim(uow, claim_input(line("transport", "45.00"), department="行政部"))
    assert not other.has_duplicates


def test_two_lines_with_one_invoice_number_in_the_same_claim_warn(db, people):
    with pytest.raises(DuplicatesFound), db.unit_of_work(people.sales) as uow:
        service.create_claim(uow, claim_input(line(invoice="A1"), line("office", "20.00", "纸", invoice="a1")))


def test_receipts_must_be_pictures_or_pdfs_of_at_most_20_mb(db, people, receipt, pdf_receipt, tmp_path):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input())
    with db.unit_of_work(people.sales) as uow:
        service.attach_receipt(uow, claim.id, 1, receipt)
        service.attach_receipt(uow, claim.id, 1, pdf_receipt)
    disguised = tmp_path / "invoice.pdf"
    disguised.write_text("这不是发票，只是文字", encoding="utf-8")
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (20 * 1024 * 1024))
    before = count(db, Attachment)
    for bad, words in ((disguised, "not a picture or a PDF"), (big, "larger than 20 MB")):
        with pytest.raises(ValidationError) as error, db.unit_of_work(people.sales) as uow:
            service.attach_receipt(uow, claim.id, 1, bad)
        assert words in error.value.render()
    assert count(db, Attachment) == before == 2
    with pytest.raises(ValidationError), db.unit_of_work(people.sales) as uow:
        service.attach_receipt(uow, claim.id, 7, receipt)  # no such line
    with db.read() as session:
        assert len(service.get_claim(session, people.sales, claim.id).lines[0].receipts) == 2


def test_claims_of_others_are_hidden_without_the_right(db, people, admin, clerk):
    with db.unit_of_work(clerk) as uow:
        claim = service.create_claim(uow, claim_input(department="行政部"))
    from neiqin.core.auth.actor import Actor

    outsider = Actor(people.sales.user_id, "sales", "刘洋", "clerk", None,
                     frozenset({"reimbursements.view", "reimbursements.create"}))
    with pytest.raises(PermissionDenied), db.read() as session:
        service.get_claim(session, outsider, claim.id)
    with pytest.raises(NotFound), db.read() as session:
        service.get_claim_by_number(session, admin, "BX-BJ01-1999-000001")


def test_a_receipt_is_removed_only_while_the_claim_can_be_edited(db, people, receipt):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input(line(), line("office", "20.00", "笔")))
        first = service.attach_receipt(uow, claim.id, 1, receipt)
        second = service.attach_receipt(uow, claim.id, 2, receipt)
    with db.unit_of_work(people.sales) as uow:
        service.remove_receipt(uow, claim.id, first.id)
    with pytest.raises(NotFound), db.unit_of_work(people.sales) as uow:
        service.remove_receipt(uow, claim.id, first.id)  # gone already
    from neiqin.modules.reimbursements import approval

    with db.unit_of_work(people.sales) as uow:
        approval.transition(uow, claim.id, "submit")
    with pytest.raises(Exception) as error, db.unit_of_work(people.sales) as uow:
        service.remove_receipt(uow, claim.id, second.id)
    assert "can no longer be edited" in error.value.render()
    with db.read() as session:
        lines = service.get_claim(session, people.sales, claim.id).lines
    assert [len(li.receipts) for li in lines] == [0, 1]
