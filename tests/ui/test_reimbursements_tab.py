"""The reimbursements tab walked through: a claim through every step, a return at first review, an
over-budget claim, a duplicate invoice, budgets with their chart, standards, the claim form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from neiqin.modules.reimbursements import approval, service
from neiqin.modules.reimbursements.ui.budgets import BudgetDialog, StandardsDialog
from neiqin.modules.reimbursements.ui.dialogs import StepDialog
from neiqin.modules.reimbursements.ui.editor import ClaimEditor
from neiqin.modules.reimbursements.ui.tab import ReimbursementsTab
from neiqin.ui.context import UiContext
from neiqin.ui.pdf_preview import PdfPreview
from tests.unit.reimbursements.conftest import claim_input, line, make_people, png_bytes, set_budget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
TODAY = date.today()


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    from neiqin.ui.editor import RecordEditor

    monkeypatch.setattr(RecordEditor, "confirm_discard", lambda self: True)


@pytest.fixture
def people(db, admin):
    return make_people(db, admin)


def make_tab(qtbot, db, actor, runner, tmp_path) -> ReimbursementsTab:
    settings = QSettings(str(tmp_path / f"{actor.username}.ini"), QSettings.Format.IniFormat)
    tab = ReimbursementsTab(UiContext(db=db, actor=actor, runner=runner), settings=settings, today=lambda: TODAY)
    qtbot.addWidget(tab)
    return tab


def numbers(tab):
    return sorted(tab.model.row_values(row)["number"] for row in range(tab.model.rowCount()))


def status_of(db, actor, claim_id):
    with db.read() as session:
        return service.get_claim(session, actor, claim_id).status


def step(tab, code, **fields):
    action = tab.action(code)
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    dialog = tab.last_dialog
    assert isinstance(dialog, StepDialog) and dialog.code == code
    for key, value in fields.items():
        widget = dialog.fields[key].widget
        if hasattr(widget, "setChecked"):
            widget.setChecked(value)
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        else:
            widget.setText(value)
    return dialog


def enter_line(qtbot, lines, purpose, amount, category=None, invoice="", days=0):
    if category is not None:
        lines.category.setCurrentIndex(lines.category.findData(category))
    lines.days.setValue(days)
    lines.purpose.setFocus()
    lines.purpose.setText(purpose)  # QTest types ASCII only
    qtbot.keyClick(lines.purpose, Qt.Key.Key_Return)  # to the amount
    lines.amount.setValue(amount)
    qtbot.keyClick(lines.amount, Qt.Key.Key_Return)  # to the invoice number
    qtbot.keyClicks(lines.invoice, invoice)
    qtbot.keyClick(lines.invoice, Qt.Key.Key_Return)  # to the days
    qtbot.keyClick(lines.days, Qt.Key.Key_Return)  # adds the line


TICKS = {f"check.{k}": True for k in ("receipts_present", "receipts_real", "receipts_legal", "complete")}


def test_a_claim_walks_through_every_step(qtbot, db, people, clerk, finance, runner, tmp_path):
    tab = make_tab(qtbot, db, people.sales, runner, tmp_path)
    assert tab.is_empty_state_shown
    tab.action("new").trigger()
    editor = tab.last_dialog
    assert isinstance(editor, ClaimEditor)
    assert editor.fields["department"].widget.text() == "销售部"  # from the claimant
    lines = editor.lines
    enter_line(qtbot, lines, "赴天津港协调到货", "1,350.00", "travel", "12004567", days=3)
    enter_line(qtbot, lines, "拜访客户出租车费", "76.50", "transport")
    assert len(lines.lines) == 2 and lines.table.rowCount() == 2
    assert "¥1,426.50" in lines.total.text() and "壹仟肆佰贰拾陆元伍角整" in lines.total.text()
    editor.save_button.click()
    assert editor.result() == editor.DialogCode.Accepted, editor.general_error.text()
    claim = editor.result_value
    assert numbers(tab) == [claim.number] and tab.current_id() == claim.id
    scan = tmp_path / "taxi.png"
    scan.write_bytes(png_bytes())
    assert tab.attach_receipt(scan, 2)
    assert not tab.action("approve").isEnabled()
    step(tab, "submit").save_button.click()
    assert status_of(db, clerk, claim.id) == "submitted"

    head_tab = make_tab(qtbot, db, people.head, runner, tmp_path)
    head_tab.view_filter.setCurrentIndex(head_tab.view_filter.findData("waiting"))
    assert numbers(head_tab) == [claim.number]
    head_tab.show_record(claim.id)
    dialog = step(head_tab, "approve", comment="同意")
    checks = "\n".join(label.text() for label in dialog.check_labels)
    assert "No receipt scan on line(s) 1" in checks and "no approved budget" in checks
    dialog.save_button.click()
    assert status_of(db, clerk, claim.id) == "approved"

    clerk_tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    clerk_tab.show_record(claim.id)
    dialog = step(clerk_tab, "check")
    dialog.save_button.click()  # nothing ticked: refused
    assert dialog.result() != dialog.DialogCode.Accepted and "checklist" in dialog.general_error.text()
    for key, value in TICKS.items():
        dialog.fields[key].widget.setChecked(value)
    dialog.save_button.click()
    assert status_of(db, clerk, claim.id) == "checked"

    finance_tab = make_tab(qtbot, db, finance, runner, tmp_path)
    finance_tab.show_record(claim.id)
    step(finance_tab, "final").save_button.click()
    dialog = step(finance_tab, "pay")
    dialog.fields["method"].widget.setCurrentIndex(dialog.fields["method"].widget.findData("cash"))
    dialog.save_button.click()
    with db.read() as session:
        paid = service.get_claim(session, finance, claim.id)
    assert (paid.status, paid.paid_on, paid.paid_method) == ("paid", TODAY, "cash")

    tab.refresh()
    tab.show_record(claim.id)
    tab.detail.tabs.setCurrentWidget(tab.timeline)
    tab.refresh()
    states = [tab.timeline.table.item(r, 3).text() for r in range(tab.timeline.table.rowCount())]
    assert states == ["Draft", "Awaiting department head", "Awaiting first review", "Awaiting final review",
                      "Awaiting payment", "Paid"]
    tab.detail.tabs.setCurrentWidget(tab.receipts)
    assert tab.receipts.table.rowCount() == 1 and tab.receipts.receipt_file(0).read_bytes() == scan.read_bytes()
    preview = tab.preview_claim()
    assert isinstance(preview, PdfPreview) and preview.page_count == 1
    assert not tab.action("edit").isEnabled() and not tab.action("receipt").isEnabled()


def test_a_return_at_first_review_with_a_line_reason(qtbot, db, people, clerk, runner, tmp_path):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input(line(), line("entertainment", "420.00", "客户午餐")))
        approval.transition(uow, claim.id, "submit")
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve")
    clerk_tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    clerk_tab.show_record(claim.id)
    dialog = step(clerk_tab, "return")
    dialog.save_button.click()
    assert dialog.error_text("comment")  # a reason is required
    dialog.set_line_reason(2, "招待费缺少客户名单")
    dialog.fields["comment"].widget.setPlainText("请补充招待对象")
    dialog.save_button.click()
    assert status_of(db, clerk, claim.id) == "returned"

    tab = make_tab(qtbot, db, people.sales, runner, tmp_path)
    tab.show_record(claim.id)
    tab.detail.tabs.setCurrentWidget(tab.overview)
    tab.refresh()
    assert "Returned: 招待费缺少客户名单" in tab.overview.lines.item(1, 7).text()
    assert tab.action("edit").isEnabled() and tab.action("submit").isEnabled()
    tab.action("edit").trigger()
    editor = tab.last_dialog
    assert len(editor.lines.lines) == 2
    assert editor.findChild(QLabel, "reimbursements.editor.returned").text() == \
        "Line 2 was returned: 招待费缺少客户名单"
    editor.lines.table.selectRow(1)
    qtbot.keyClick(editor.lines.table, Qt.Key.Key_Delete)
    enter_line(qtbot, editor.lines, "客户午餐（张经理、李工）", "420.00", "entertainment")
    editor.save_button.click()
    assert editor.result() == editor.DialogCode.Accepted, editor.general_error.text()
    step(tab, "submit").save_button.click()
    with db.read() as session:
        again = service.get_claim(session, people.sales, claim.id)
    assert again.status == "submitted" and [li.return_reason for li in again.lines] == ["", ""]


def test_an_over_budget_claim_needs_management(qtbot, db, people, admin, runner, tmp_path):
    set_budget(db, admin, "entertainment", "500.00")
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input(line("entertainment", "800.00", "客户答谢宴")))
        approval.transition(uow, claim.id, "submit")
    head_tab = make_tab(qtbot, db, people.head, runner, tmp_path)
    head_tab.show_record(claim.id)
    head_tab.detail.tabs.setCurrentWidget(head_tab.overview)
    head_tab.refresh()
    assert "over budget" in head_tab.overview.labels["number"].text()
    dialog = step(head_tab, "approve")
    assert any("¥500.00 of ¥500.00 remaining — over budget" in label.text() for label in dialog.check_labels)
    dialog.save_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "over the 业务招待费 budget" in dialog.general_error.text()
    assert status_of(db, admin, claim.id) == "submitted"
    admin_tab = make_tab(qtbot, db, admin, runner, tmp_path)
    admin_tab.show_record(claim.id)
    step(admin_tab, "approve", comment="总经理特批").save_button.click()
    assert status_of(db, admin, claim.id) == "approved"


def test_a_duplicate_invoice_is_confirmed_and_shown(qtbot, db, people, clerk, runner, tmp_path, monkeypatch):
    with db.unit_of_work(people.sales) as uow:
        first = service.create_claim(uow, claim_input(line("office", "260.00", "墨盒", invoice="44031234")))
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    claimant = editor.fields["claimant"].widget
    claimant.setCurrentIndex(claimant.findData(people.sales.user_id))
    assert editor.fields["department"].widget.text() == "销售部"
    enter_line(qtbot, editor.lines, "打印纸", "120.00", "office", "44031234")
    answers = []
    monkeypatch.setattr(ClaimEditor, "confirm_duplicates", lambda self, error: answers.append(error) or False)
    editor.save_button.click()
    assert editor.result() != editor.DialogCode.Accepted and first.number in editor.general_error.text()
    assert answers[0].hits[0].other_number == first.number
    monkeypatch.setattr(ClaimEditor, "confirm_duplicates", lambda self, error: True)
    editor.save_button.click()
    assert editor.result() == editor.DialogCode.Accepted
    saved = editor.result_value
    assert saved.has_duplicates and saved.entered_by_id == clerk.user_id
    head_tab = make_tab(qtbot, db, people.head, runner, tmp_path)
    head_tab.show_record(saved.id)
    head_tab.detail.tabs.setCurrentWidget(head_tab.overview)
    head_tab.refresh()
    remark = head_tab.overview.lines.item(0, 7).text()
    assert f"the invoice number is also on {first.number} line 1" in remark


def test_budgets_with_chart_and_standards(qtbot, db, people, admin, finance, runner, tmp_path):
    tab = make_tab(qtbot, db, finance, runner, tmp_path)
    dialog = tab.show_budgets()
    assert isinstance(dialog, BudgetDialog) and dialog.table.rowCount() == 0
    editor = dialog.propose()
    editor.fields["department"].widget.setCurrentText("销售部")
    category = editor.fields["category"].widget
    category.setCurrentIndex(category.findData("travel"))
    editor.fields["amount"].widget.setValue(Decimal("60000"))
    editor.save_button.click()
    assert editor.result() == editor.DialogCode.Accepted, editor.general_error.text()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 7).text() == "new amount awaiting approval"
    dialog.table.selectRow(0)
    assert not dialog.approve_button.isEnabled()  # finance proposes, management approves
    admin_dialog = make_tab(qtbot, db, admin, runner, tmp_path).show_budgets()
    admin_dialog.table.selectRow(0)
    assert admin_dialog.approve_button.isEnabled()
    admin_dialog.approve_button.click()
    assert admin_dialog.table.item(0, 2).text() == "¥60,000.00"
    series = admin_dialog.chart.series()
    assert len(series) == 1 and [s.at(0) for s in series[0].barSets()] == [60000.0, 0.0]
    assert admin_dialog.export(tmp_path / "usage.xlsx") == 1
    report = admin_dialog.preview_report()
    assert isinstance(report, PdfPreview) and report.page_count == 1
    standards = tab.show_standards()
    assert isinstance(standards, StandardsDialog)
    standards.fields["travel.per_day"].widget.setValue(Decimal("450"))
    standards.save_button.click()
    assert standards.result() == standards.DialogCode.Accepted, standards.general_error.text()
    with db.read() as session:
        assert service.get_standards(session, finance)["travel"].per_day == Decimal("450.00")


def test_actions_say_why_not(qtbot, db, people, reviewer, runner, tmp_path):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input(line(ago=3)))
        approval.transition(uow, claim.id, "submit")
    tab = make_tab(qtbot, db, reviewer, runner, tmp_path)  # a reviewer of no department
    tab.show_record(claim.id)
    assert not tab.action("approve").isEnabled()
    assert "Only the head of 销售部" in tab.action("approve").toolTip()
    assert "Awaiting department head" in tab.action("pay").toolTip()
    own = make_tab(qtbot, db, people.sales, runner, tmp_path)
    own.show_record(claim.id)
    assert not own.action("edit").isEnabled()
    assert "Nobody reviews their own claim" in own.action("approve").toolTip()


def test_the_clerk_records_a_paper_approval_with_its_scan(qtbot, db, people, clerk, runner, tmp_path):
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, claim_input(line()))
        approval.transition(uow, claim.id, "submit")
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.show_record(claim.id)
    dialog = step(tab, "approve", paper_by="张经理")
    dialog.save_button.click()  # without the scan: refused
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.error_text("paper_scan")
    text_file = tmp_path / "scan.pdf"
    text_file.write_text("not a scan")
    dialog.scan_path.setText(str(text_file))
    dialog.save_button.click()
    assert "not a picture or a PDF" in dialog.general_error.text()
    scan = tmp_path / "signed.png"
    scan.write_bytes(png_bytes())
    dialog.scan_path.setText(str(scan))
    dialog.fields["paper_on"].widget.setValue(TODAY)
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    with db.read() as session:
        last = service.timeline(session, clerk, claim.id)[-1]
    assert last.extra["paper"]["by"] == "张经理" and last.actor_name == "王芳"
    tab.detail.tabs.setCurrentWidget(tab.timeline)
    tab.refresh()
    assert "张经理" in tab.timeline.table.item(tab.timeline.table.rowCount() - 1, 4).text()
