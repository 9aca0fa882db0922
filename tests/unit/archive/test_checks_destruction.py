"""The check of the register against the shelves, and the destruction of items past retention."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from neiqin.core.errors import Conflict, ValidationError
from neiqin.modules.archive import checks, destruction, printing, rules, service
from neiqin.modules.archive import lending as ln
from neiqin.modules.archive.schemas import ItemInput
from tests.unit.archive.conftest import lending_input, today


def test_a_check_session_from_start_to_close(db, clerk, reviewer, shelf):
    with db.unit_of_work(clerk) as uow:
        extra = service.create_item(uow, ItemInput(title="订单确认书回传件", category="订单资料", room="档案室一",
                                                   cabinet="1号柜", shelf="第1层", box="001盒"))
        session_view = checks.start_check(uow, "档案室一季度清查", "档案室一")
    assert [line.item_id for line in session_view.lines] == [extra.id, shelf.item_id]  # by location
    first, second = session_view.lines
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        checks.mark(uow, first.id, "misplaced")  # where was it?
    with db.unit_of_work(clerk) as uow:
        checks.mark(uow, first.id, "misplaced", "档案室一 / 4号柜 / 第3层 / 020盒")
        checks.mark(uow, second.id, "missing")
    with pytest.raises(Conflict) as error, db.unit_of_work(clerk) as uow:
        checks.close_check(uow, session_view.id)
    assert "2 discrepancy" in error.value.render()
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:  # the wrong resolution for the result
        checks.resolve(uow, first.id, "found_later", "找到了")
    with db.unit_of_work(clerk) as uow:
        checks.resolve(uow, first.id, "relocated", "按实际位置登记")
        checks.resolve(uow, second.id, "written_off", "经查找仍未找到，报部门负责人")
        closed = checks.close_check(uow, session_view.id)
    assert closed.status == "closed" and closed.summary == "在架 0，错位 1，缺失 1，借出 0"
    with db.read() as session:
        moved = service.get_item(session, clerk, extra.id)
        lost = service.get_item(session, clerk, shelf.item_id)
    assert (moved.room, moved.cabinet, moved.shelf, moved.box) == ("档案室一", "4号柜", "第3层", "020盒")
    assert lost.status == rules.MISSING


def _old_item(db, clerk) -> str:
    with db.unit_of_work(clerk) as uow:
        return service.create_item(uow, ItemInput(title="2010年度费用报销凭证", category="财务凭证", room="档案室二",
                                                  doc_date=date(2010, 3, 1), retention_years=10,
                                                  confidentiality="internal")).id


def test_destruction_is_blocked_while_on_loan_then_done_with_a_record(db, clerk, reviewer, tmp_path):
    old = _old_item(db, clerk)
    with db.unit_of_work(clerk) as uow:
        kept = service.create_item(uow, ItemInput(title="2012年重点客户资料", category="客户资料", room="档案室二",
                                                  doc_date=date(2012, 5, 1), retention_years=5)).id
    with db.read() as session:
        due = [i.id for i in destruction.past_retention(session, clerk, today())]
    assert set(due) == {old, kept}
    with db.unit_of_work(clerk) as uow:
        lent = ln.request_lending(uow, lending_input(old))
    with db.unit_of_work(reviewer) as uow:
        ln.approve(uow, lent.id)
    with db.unit_of_work(clerk) as uow:
        ln.issue(uow, lent.id, signed_on_paper=True)
        batch = destruction.create_batch(uow, due)
        lines = {line.item_id: line for line in batch.lines}
        destruction.appraise(uow, lines[old].id, "destroy", reason="已过保管期限")
        with pytest.raises(ValidationError):
            destruction.appraise(uow, lines[kept].id, "keep", 3)  # why?
    with db.unit_of_work(clerk) as uow:
        destruction.appraise(uow, lines[kept].id, "keep", 3, "涉及未结诉讼")
        destruction.submit(uow, batch.id)
    with pytest.raises(Conflict) as error, db.unit_of_work(reviewer) as uow:
        destruction.approve(uow, batch.id)
    assert "on loan" in error.value.render()
    with db.read() as session:
        assert destruction.get_destruction(session, clerk, batch.id).status == "submitted"
    with db.unit_of_work(clerk) as uow:
        ln.return_item(uow, lent.id, "intact", signed_on_paper=True)
    with db.unit_of_work(reviewer) as uow:
        destruction.approve(uow, batch.id, "同意")
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        destruction.complete(uow, batch.id, "shred", today(), ["李建国"])  # two witnesses
    with db.unit_of_work(clerk) as uow:
        done = destruction.complete(uow, batch.id, "shred", today(), ["李建国", "赵敏"], "公司档案室")
    assert done.status == "done"
    with db.read() as session:
        gone = service.get_item(session, clerk, old)
        still = service.get_item(session, clerk, kept)
    assert gone.status == rules.DESTROYED and gone.destroyed_on == today()
    assert still.status == rules.IN_STORE and still.retention_until == date(2020, 5, 1)
    with db.unit_of_work(clerk) as uow:
        pdf = printing.print_destruction_record(uow, done.number, tmp_path / "record.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "档案销毁记录" in text and "2010年度费用报销凭证" in text and "粉碎" in text
    assert "监销人" in text and "赵敏" in text and "涉及未结诉讼" in text
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:  # a destroyed item cannot be lent
        ln.request_lending(uow, lending_input(old))


def test_a_batch_with_secret_items_needs_an_administrator(db, clerk, reviewer, admin):
    with db.unit_of_work(clerk) as uow:
        secret = service.create_item(uow, ItemInput(title="2008年人员考核记录", category="人事档案", room="档案室二",
                                                    doc_date=date(2008, 1, 1), retention_years=10,
                                                    confidentiality="secret")).id
        batch = destruction.create_batch(uow, [secret])
        destruction.appraise(uow, batch.lines[0].id, "destroy")
        destruction.submit(uow, batch.id)
    with pytest.raises(ValidationError) as error, db.unit_of_work(reviewer) as uow:
        destruction.approve(uow, batch.id)
    assert "an administrator" in error.value.render()
    with db.unit_of_work(admin) as uow:
        assert destruction.approve(uow, batch.id).status == "approved"


def test_items_within_retention_cannot_be_put_in_a_batch(db, clerk, shelf):
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        destruction.create_batch(uow, [shelf.item_id])
