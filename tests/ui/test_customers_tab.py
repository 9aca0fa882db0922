from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from neiqin.modules.customers import service
from neiqin.modules.customers.schemas import ContactInput, CustomerInput, CustomerTransactions, TransactionRow
from neiqin.modules.customers.ui.dialogs import CustomerEditor, ImportErrorsDialog
from neiqin.modules.customers.ui.tab import CustomersTab
from neiqin.ui.context import UiContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def make_tab(qtbot, db, actor, runner, tmp_path, transactions=None):
    settings = QSettings(str(tmp_path / f"{actor.username}.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(db=db, actor=actor, runner=runner)
    tab = CustomersTab(ctx, settings=settings, transactions=transactions)
    qtbot.addWidget(tab)
    return tab


def seed(db, actor, name, **kwargs):
    with db.unit_of_work(actor) as uow:
        return service.create_customer(uow, CustomerInput(name=name, **kwargs),
                                       [ContactInput("张伟", "采购经理", "13901234567", is_primary=True)])


def listed(tab):
    return [tab.model.row_values(row)["name"] for row in range(tab.model.rowCount())]


def search(qtbot, tab, text):
    tab.search.setText(text)
    qtbot.waitUntil(lambda: tab.model.state.text == text.strip(), timeout=3000)
    return listed(tab)


def test_create_edit_and_search_through_the_ui(qtbot, db, clerk, runner, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    assert tab.is_empty_state_shown
    tab.action("new").trigger()
    editor = tab.last_dialog
    assert isinstance(editor, CustomerEditor)
    editor.fields["name"].widget.setText("北京海淀中关村科技有限公司")
    editor.fields["region"].widget.setText("北京")
    editor.fields["phone"].widget.setText("010-62581234")
    editor.fields["contact_name"].widget.setText("李娜")
    editor.save_button.click()
    assert editor.result() == editor.DialogCode.Accepted
    assert listed(tab) == ["北京海淀中关村科技有限公司"]
    created = editor.result_value
    assert tab.current_id() == created.id

    tab.action("edit").trigger()
    editor = tab.last_dialog
    assert editor.fields["name"].widget.text() == "北京海淀中关村科技有限公司"
    editor.fields["phone"].widget.setText("bad phone")
    editor.save_button.click()
    assert editor.error_text("phone")  # stays open, says what is wrong under the field
    editor.fields["phone"].widget.setText("010-62589999")
    editor.save_button.click()
    with db.read() as session:
        assert service.get_customer(session, clerk, created.id).phone == "010-62589999"

    seed(db, clerk, "上海浦东贸易有限公司")
    tab.refresh()
    assert search(qtbot, tab, "中关村") == ["北京海淀中关村科技有限公司"]
    assert search(qtbot, tab, "中關村") == ["北京海淀中关村科技有限公司"]
    assert search(qtbot, tab, "bjhd") == ["北京海淀中关村科技有限公司"]
    assert search(qtbot, tab, "shanghai") == ["上海浦东贸易有限公司"]
    assert search(qtbot, tab, "李娜") == ["北京海淀中关村科技有限公司"]  # the contact's name
    assert search(qtbot, tab, "不存在的公司") == []
    assert tab.is_empty_state_shown


def test_duplicate_is_reported_and_existing_record_opened(qtbot, db, clerk, runner, tmp_path):
    existing = seed(db, clerk, "北京海淀中关村科技有限公司")
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    editor.duplicate_answer = "open"
    editor.fields["name"].widget.setText("北京海淀 中關村科技有限公司")
    editor.save_button.click()
    assert tab.current_id() == existing.id
    with db.read() as session:
        assert service.count_customers(session, service.CustomerFilter()) == 1


def test_duplicate_can_be_saved_anyway(qtbot, db, clerk, runner, tmp_path):
    seed(db, clerk, "北京海淀中关村科技有限公司", phone="010-62581234")
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    editor.duplicate_answer = "save"
    editor.fields["name"].widget.setText("北京中关村分公司")
    editor.fields["phone"].widget.setText("(010) 6258 1234")
    editor.save_button.click()
    assert len(listed(tab)) == 2


def write_sheet(path, rows, header=("客户名称", "地区", "电话", "等级", "客户类型")):
    book = Workbook()
    book.active.append(list(header))
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def run(qtbot, task):
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    return task


def test_import_and_export_through_the_ui(qtbot, db, clerk, runner, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    path = write_sheet(tmp_path / "in.xlsx", [
        ["广州天河恒信科技有限公司", "华南", "020-38881234", "A", "企业"],
        ["深圳南山华通贸易有限公司", "华南", "0755-26661234", "b", "distributor"],
    ])
    task = run(qtbot, tab.import_xlsx(path))
    assert task.result == 2
    assert sorted(listed(tab)) == ["广州天河恒信科技有限公司", "深圳南山华通贸易有限公司"]
    assert search(qtbot, tab, "gzth") == ["广州天河恒信科技有限公司"]

    search(qtbot, tab, "")
    tab.grade_filter.setCurrentIndex(tab.grade_filter.findData("B"))
    qtbot.waitUntil(lambda: listed(tab) == ["深圳南山华通贸易有限公司"], timeout=3000)
    out = tmp_path / "out.xlsx"
    task = run(qtbot, tab.export_xlsx(out))
    assert task.result == 1  # the current filter is exported
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert "银行账号" not in header and "信用额度" not in header  # a clerk gets no confidential columns
    assert sheet.cell(2, header.index("客户名称") + 1).value == "深圳南山华通贸易有限公司"


def test_bad_import_shows_every_problem_and_imports_nothing(qtbot, db, clerk, runner, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    path = write_sheet(tmp_path / "bad.xlsx", [
        ["好公司", "华北", "010-1234567", "A", "企业"],
        ["长" * 1000, "华北", "", "", ""],
        ['=HYPERLINK("http://x","点")', "", "", "", ""],
        ["坏等级公司", "", "", "Z", ""],
    ])
    task = run(qtbot, tab.import_xlsx(path))
    assert task.state == task.FAILED
    dialog = tab.last_dialog
    assert isinstance(dialog, ImportErrorsDialog)
    table = dialog.findChild(QTableWidget, "customers.import_errors.table")
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert rows == {("3", "客户名称"), ("4", "客户名称"), ("5", "等级")}
    assert listed(tab) == []
    not_excel = tmp_path / "notes.xlsx"
    not_excel.write_text("客户名称\n好公司\n", encoding="utf-8")
    task = run(qtbot, tab.import_xlsx(not_excel))
    assert task.state == task.FAILED and "not an Excel" in task.error.render()
    with db.read() as session:
        assert service.count_customers(session, service.CustomerFilter()) == 0


def test_credit_is_hidden_from_a_clerk_and_revealed_to_a_reviewer(qtbot, db, clerk, reviewer, runner, tmp_path):
    created = seed(db, clerk, "北京海淀中关村科技有限公司")
    data = created.as_input()
    data.bank_name, data.bank_account = "工商银行海淀支行", "0200001234567890123"
    with db.unit_of_work(reviewer) as uow:
        service.update_customer(uow, created.id, data)
    clerk_tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    clerk_tab.show_record(created.id)
    button = clerk_tab.findChild(QPushButton, "customers.reveal")
    assert not button.isEnabled()
    clerk_tab.credit_view.show_record(created.id)
    clerk_tab.credit_view.reveal()  # even when forced, the service refuses
    summary = clerk_tab.findChild(QLabel, "customers.credit_summary").text()
    assert "0200001234567890123" not in summary and "customers.confidential" in summary

    reviewer_tab = make_tab(qtbot, db, reviewer, runner, tmp_path)
    reviewer_tab.show_record(created.id)
    reviewer_tab.credit_view.show_record(created.id)
    reviewer_tab.findChild(QPushButton, "customers.reveal").click()
    assert "0200001234567890123" in reviewer_tab.findChild(QLabel, "customers.credit_summary").text()


def test_transactions_sub_tab_uses_the_provider(qtbot, db, clerk, runner, tmp_path):
    created = seed(db, clerk, "北京海淀中关村科技有限公司")
    calls = []

    def provider(session, actor, customer_id):
        calls.append(customer_id)
        return CustomerTransactions(customer_id, 1, Decimal("1200.00"), date(2026, 5, 1),
                                    (TransactionRow("o1", "SO-BJ01-2026-000001", date(2026, 5, 1), "approved",
                                                    Decimal("1200.00")),))

    tab = make_tab(qtbot, db, clerk, runner, tmp_path, transactions=provider)
    tab.show_record(created.id)
    tabs = tab.detail.tabs
    tabs.setCurrentIndex(tabs.count() - 1)
    assert calls == [created.id]
    table = tab.findChild(QTableWidget, "customers.transactions")
    assert table.item(0, 0).text() == "SO-BJ01-2026-000001"


def test_service_case_and_log_through_the_ui(qtbot, db, clerk, runner, tmp_path):
    created = seed(db, clerk, "北京海淀中关村科技有限公司")
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.show_record(created.id)
    tab.action("log").trigger()
    dialog = tab.last_dialog
    dialog.fields["summary"].widget.setPlainText("电话沟通下季度采购计划")
    dialog.fields["next_follow_up"].widget.setValue(date.today())
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.action("case").trigger()
    dialog = tab.last_dialog
    dialog.fields["subject"].widget.setText("到货数量不符")
    dialog.save_button.click()
    cases = tab.cases_view
    tab.detail.tabs.setCurrentWidget(cases)
    assert cases.table.rowCount() == 1 and not cases.buttons["resolve"].isEnabled()
    cases.table.selectRow(0)
    cases.buttons["assign"].click()
    cases.last_dialog.save_button.click()
    cases.table.selectRow(0)
    cases.buttons["resolve"].click()
    cases.last_dialog.fields["result"].widget.setPlainText("已补发,客户确认")
    cases.last_dialog.fields["satisfaction"].widget.setValue(4)
    cases.last_dialog.save_button.click()
    assert cases.table.item(0, 6).text() == "4"
    cases.table.selectRow(0)
    assert not cases.buttons["note"].isEnabled()  # resolved: no more progress


def test_finance_keeps_the_credit_file_and_reviewer_hands_over(qtbot, db, clerk, finance, reviewer, runner,
                                                               tmp_path):
    created = seed(db, clerk, "北京海淀中关村科技有限公司")
    tab = make_tab(qtbot, db, finance, runner, tmp_path)
    assert not tab.action("new").isEnabled()  # finance reads, does not enter customers
    tab.show_record(created.id)
    credit = tab.credit_view
    credit.show_record(created.id)
    assert not credit.rating_button.isEnabled()
    credit.reveal()
    credit.rating_button.click()
    credit.last_dialog.fields["credit_rating"].widget.setCurrentText("AA")
    credit.last_dialog.fields["credit_limit"].widget.setValue(Decimal("50000"))
    credit.last_dialog.fields["reason"].widget.setPlainText("年度评估")
    credit.last_dialog.save_button.click()
    credit.payment_button.click()
    credit.last_dialog.fields["amount"].widget.setValue(Decimal("3000"))
    credit.last_dialog.fields["due_on"].widget.setValue(date(2020, 1, 1))
    credit.last_dialog.save_button.click()
    assert "¥3,000.00" in credit.summary.text() and "¥50,000.00" in credit.summary.text()

    assert not make_tab(qtbot, db, clerk, runner, tmp_path).action("handover").isEnabled()
    handing = make_tab(qtbot, db, reviewer, runner, tmp_path)
    handing.action("handover").trigger()
    dialog = handing.last_dialog
    source = dialog.fields["from_user_id"].widget
    target = dialog.fields["to_user_id"].widget
    source.setCurrentIndex(source.findData(clerk.user_id))
    target.setCurrentIndex(target.findData(reviewer.user_id))
    dialog.save_button.click()
    assert dialog.result_value == 1
    with db.read() as session:
        assert service.get_customer(session, reviewer, created.id).owner_id == reviewer.user_id


def test_bank_fields_only_for_confidential_roles(qtbot, db, clerk, reviewer, runner, tmp_path):
    clerk_tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    clerk_tab.action("new").trigger()
    assert "bank_account" not in clerk_tab.last_dialog.fields
    tab = make_tab(qtbot, db, reviewer, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    editor.fields["name"].widget.setText("北京海淀中关村科技有限公司")
    editor.fields["bank_account"].widget.setText("0200001234567890123")
    editor.save_button.click()
    tab.action("edit").trigger()
    assert tab.last_dialog.fields["bank_account"].widget.text() == "0200001234567890123"
    with db.read() as session:
        customer_id = tab.current_id()
        assert service.get_customer(session, clerk, customer_id).bank_account is None
