"""The archive tab walked through its dialogs: register → lending with approval → overdue reminder →
return; circulation slip; a check session; destruction blocked while on loan, then done."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, QSettings

from neiqin.core.db.types import utcnow
from neiqin.modules.archive import destruction, rules, service
from neiqin.modules.archive import lending as ln
from neiqin.modules.archive.schemas import ItemInput, LendingInput
from neiqin.modules.archive.ui.tab import ArchiveTab
from neiqin.ui.context import UiContext
from neiqin.ui.pdf_preview import PdfPreview

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def today() -> date:
    return utcnow().astimezone().date()


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    """Refusals are collected instead of shown in a modal box; editors close without asking."""
    from neiqin.modules.archive.ui import common
    from neiqin.ui.editor import RecordEditor

    shown = []
    monkeypatch.setattr(common, "show_task_error", lambda parent, error, title=None: shown.append(error.render()))
    monkeypatch.setattr(RecordEditor, "confirm_discard", lambda self: True)
    return shown


@pytest.fixture
def clock(monkeypatch):
    import neiqin.core.db.session as session_module

    def move(days: int) -> None:
        moment = utcnow() + timedelta(days=days)
        monkeypatch.setattr(session_module, "utcnow", lambda: moment)

    return move


def make_tab(qtbot, db, actor, runner, tmp_path, days: int = 0) -> ArchiveTab:
    settings = QSettings(str(tmp_path / f"{actor.username}.ini"), QSettings.Format.IniFormat)
    tab = ArchiveTab(UiContext(db=db, actor=actor, runner=runner), settings=settings,
                     today=lambda: today() + timedelta(days=days))
    qtbot.addWidget(tab)
    return tab


def fill(dialog, **fields):
    for key, value in fields.items():
        widget = dialog.fields[key].widget
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif isinstance(value, bool) and hasattr(widget, "setChecked"):
            widget.setChecked(value)
        elif hasattr(widget, "findData") and widget.findData(value) >= 0:
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(value, date):
            widget.setValue(value)
        elif hasattr(widget, "setCurrentText"):
            widget.setCurrentText(value)
        else:
            widget.setText(value)
    return dialog


def submit(dialog):
    dialog.submit()
    problems = {k: dialog.error_text(k) for k in dialog.fields if dialog.error_text(k)}
    assert dialog.result() == dialog.DialogCode.Accepted, (dialog.general_error.text(), problems)
    return dialog.result_value


def trigger(page, key):
    action = page.action(key)
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    return page.last_dialog


def sign(pad):
    pad.add_stroke([QPointF(20, 80), QPointF(60, 30), QPointF(110, 90), QPointF(160, 35), QPointF(220, 70)])


def test_register_lend_with_approval_overdue_reminder_return(qtbot, db, clerk, reviewer, runner, tmp_path, clock):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    register = tab.register
    assert register.is_empty_state_shown
    editor = trigger(register, "new")
    item = submit(fill(editor, title="北京海淀示范贸易年度购销合同", category="合同", room="档案室一", cabinet="3号柜",
                       shelf="第2层", box="015盒", confidentiality="confidential"))
    assert item.number == f"DA-BJ01-{today().year}-000001" and item.retention_until.year == today().year + 10
    assert register.current_id() == item.id
    assert register.overview.labels["location"].text() == "档案室一 / 3号柜 / 第2层 / 015盒"

    trigger(register, "lend")
    request = tab.lendings.last_dialog
    assert tab.tabs.currentWidget() is tab.lendings
    fill(request, borrower_name="王芳", borrower_department="销售部", purpose="核对合同付款条款")
    request.submit()
    assert request.result() != request.DialogCode.Accepted  # copying and photographing must be answered
    assert "copying" in request.general_error.text() or request.error_text("may_copy")
    fill(request, may_copy=False, may_photo=False)
    fill(request, due_on=today() - timedelta(days=1))
    request.submit()
    assert "before today" in request.general_error.text() + request.error_text("due_on")
    fill(request, due_on=today() + timedelta(days=7))
    lent = submit(request)
    assert lent.status == "requested"
    lendings = tab.lendings
    assert not lendings.action("approve").isEnabled()  # a clerk does not approve

    head = make_tab(qtbot, db, reviewer, runner, tmp_path).lendings
    head.show_record(lent.id)
    approval = trigger(head, "approve")
    assert submit(fill(approval, comment="同意借阅")).status == "approved"

    lendings.show_record(lent.id)
    issue = trigger(lendings, "issue")
    issue.submit()
    assert "signs" in issue.general_error.text()  # no signature yet
    sign(issue.pad)
    issued = submit(issue)
    assert issued.status == "issued" and issued.steps[-1].extra["signed"] == "pad"
    with db.read() as session:
        assert service.get_item(session, clerk, item.id).status == rules.ON_LOAN
    slip = trigger(lendings, "print")
    assert isinstance(slip, PdfPreview) and slip.page_count >= 1
    slip.close()

    clock(8)  # a day past the due date
    late = make_tab(qtbot, db, clerk, runner, tmp_path, days=8)
    late.lendings.overdue_filter.setChecked(True)
    qtbot.waitUntil(lambda: late.lendings.model.rowCount() == 1)
    late.lendings.show_record(lent.id)
    notice = trigger(late.lendings, "remind")
    assert isinstance(notice, PdfPreview) and notice.page_count == 1
    notice.close()
    assert not late.lendings.action("remind").isEnabled()  # the second reminder is due at +7
    back = trigger(late.lendings, "return")
    fill(back, condition="intact", paper=True)
    returned = submit(back)
    assert returned.status == "returned" and returned.reminders == 1
    with db.read() as session:
        assert service.get_item(session, clerk, item.id).status == rules.IN_STORE


def test_circulation_slip(qtbot, db, clerk, runner, tmp_path):
    page = make_tab(qtbot, db, clerk, runner, tmp_path).documents
    doc = submit(fill(trigger(page, "incoming"), title="关于开展年度安全生产检查的通知", sender="市商务局",
                      reference="京商发〔2026〕21号"))
    assert doc.number == f"SW-BJ01-{today().year}-000001" and doc.receiver
    assert not page.action("sign_off").isEnabled()
    readers = submit(fill(trigger(page, "readers"), readers="李建国 销售部\n赵敏 财务部"))
    assert [(r.seq, r.reader_name, r.department) for r in readers.readers] == [(1, "李建国", "销售部"),
                                                                             (2, "赵敏", "财务部")]
    first = trigger(page, "sign_off")
    assert first.reader.reader_name == "李建国"
    submit(fill(first, comment="请财务部落实"))
    assert not page.action("readers").isEnabled()  # the order is fixed once someone signed
    done = submit(trigger(page, "sign_off"))
    assert done.status == "circulated"
    assert page.overview.readers.item(0, 4).text() == "请财务部落实"
    slip = trigger(page, "print")
    assert isinstance(slip, PdfPreview) and slip.page_count == 1


def test_check_session(qtbot, db, clerk, runner, tmp_path):
    with db.unit_of_work(clerk) as uow:
        a = service.create_item(uow, ItemInput(title="订单确认书回传件", category="订单资料", room="档案室一",
                                               cabinet="1号柜"))
        b = service.create_item(uow, ItemInput(title="客户信用评估资料", category="客户资料", room="档案室一",
                                               cabinet="2号柜"))
    page = make_tab(qtbot, db, clerk, runner, tmp_path).checks
    started = submit(fill(trigger(page, "new"), title="档案室一季度清查", room="档案室一"))
    assert [line.item_id for line in started.lines] == [a.id, b.id]
    lines = page.lines
    qtbot.waitUntil(lambda: lines.view is not None)
    lines.table.setCurrentCell(0, 0)
    lines.act("found")
    lines.table.setCurrentCell(1, 0)
    lines.found_at.setText("档案室一 / 4号柜")
    lines.act("misplaced")
    assert lines.table.item(1, 3).text() == "Misplaced" and lines.table.item(1, 4).text() == "档案室一 / 4号柜"
    page.action("close").trigger()
    with db.read() as session:
        from neiqin.modules.archive import checks

        assert checks.get_check(session, clerk, started.id).status == "open"  # one discrepancy open
    lines.table.setCurrentCell(1, 0)
    lines.act("resolve")
    submit(fill(page.last_dialog, resolution="relocated", note="按实际位置登记"))
    page.action("close").trigger()
    with db.read() as session:
        assert checks.get_check(session, clerk, started.id).status == "closed"
        assert service.get_item(session, clerk, b.id).cabinet == "4号柜"


def test_destruction_blocked_while_on_loan_then_done_with_a_record(qtbot, db, clerk, reviewer, runner, tmp_path,
                                                                   quiet):
    with db.unit_of_work(clerk) as uow:
        old = service.create_item(uow, ItemInput(title="2010年度费用报销凭证", category="财务凭证", room="档案室二",
                                                 doc_date=date(2010, 3, 1), retention_years=10))
        lent = ln.request_lending(uow, LendingInput(old.id, "赵敏", "年度审计", "in_room", False, False))
    with db.unit_of_work(reviewer) as uow:
        ln.approve(uow, lent.id)
    with db.unit_of_work(clerk) as uow:
        ln.issue(uow, lent.id, signed_on_paper=True)
    page = make_tab(qtbot, db, clerk, runner, tmp_path).destruction
    chooser = trigger(page, "new")
    assert chooser.items.count() == 1
    batch = submit(chooser)
    qtbot.waitUntil(lambda: page.lines.view is not None and page.lines.view.id == batch.id)
    page.lines.table.setCurrentCell(0, 0)
    page.lines.open_appraisal()
    submit(fill(page.last_dialog, decision="destroy", reason="已过保管期限，无保存价值"))
    trigger(page, "submit")
    head = make_tab(qtbot, db, reviewer, runner, tmp_path).destruction
    head.show_record(batch.id)
    trigger(head, "approve")
    assert quiet and "on loan" in quiet[-1]
    with db.read() as session:
        assert destruction.get_destruction(session, clerk, batch.id).status == "submitted"
    with db.unit_of_work(clerk) as uow:
        ln.return_item(uow, lent.id, "intact", signed_on_paper=True)
    trigger(head, "approve")
    page.show_record(batch.id)
    done = submit(fill(trigger(page, "complete"), method="shred", witnesses="李经理\n赵敏", place="公司档案室"))
    assert done.status == "done"
    with db.read() as session:
        assert service.get_item(session, clerk, old.id).status == rules.DESTROYED
    record = trigger(page, "print")
    assert isinstance(record, PdfPreview) and record.page_count >= 1
