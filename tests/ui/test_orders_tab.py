"""The orders tab walked through by keyboard and dialogs: every state, returned and rejected paths,
cancel, the review with its computed checks, the confirmation preview."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from neiqin.modules.orders import lookups, service
from neiqin.modules.orders.ui.dialogs import ActionDialog, ReviewDialog
from neiqin.modules.orders.ui.editor import OrderEditor
from neiqin.modules.orders.ui.tab import OrdersTab
from neiqin.ui.context import UiContext
from neiqin.ui.pdf_preview import PdfPreview
from tests.unit.orders.conftest import make_world, order_input

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
TODAY = date.today()


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    """Closing a changed editor asks first; tests that leave one open answer "discard"."""
    from neiqin.ui.editor import RecordEditor

    monkeypatch.setattr(RecordEditor, "confirm_discard", lambda self: True)


@pytest.fixture
def world(db, admin):
    return make_world(db, admin)


def make_tab(qtbot, db, actor, runner, tmp_path) -> OrdersTab:
    settings = QSettings(str(tmp_path / f"{actor.username}.ini"), QSettings.Format.IniFormat)
    tab = OrdersTab(UiContext(db=db, actor=actor, runner=runner), settings=settings, today=lambda: TODAY)
    qtbot.addWidget(tab)
    return tab


def numbers(tab):
    return [tab.model.row_values(row)["number"] for row in range(tab.model.rowCount())]


def status_of(db, actor, order_id):
    with db.read() as session:
        return service.get_order(session, actor, order_id).status


def act(qtbot, tab, code, **fields):
    """Trigger a state action on the current order and fill its dialog."""
    action = tab.action(code)
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    dialog = tab.last_dialog
    assert isinstance(dialog, ActionDialog | ReviewDialog)
    for key, value in fields.items():
        widget = dialog.fields[key].widget
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif isinstance(value, date):
            widget.setValue(value)
        elif hasattr(widget, "findData") and widget.findData(value) >= 0:
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)
    return dialog


def test_keyboard_entry_of_an_order(qtbot, db, clerk, runner, world, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    assert tab.is_empty_state_shown
    tab.action("new").trigger()
    assert isinstance(tab.last_dialog, OrderEditor)
    tab.last_dialog.close()
    editor = OrderEditor(tab.ctx, None)  # top level and shown, so its shortcuts are live offscreen
    qtbot.addWidget(editor)
    editor.accepted.connect(lambda: tab._saved(editor))
    editor.show()
    qtbot.waitExposed(editor)
    with db.read() as session:
        choices = lookups.customer_choices(session, "浦东")
    assert choices and choices[0][0] == world.customer_id
    editor.choose_customer(*choices[0])
    assert editor.fields["contact"].widget.text() == "张伟"  # prefilled from the primary contact
    assert editor.fields["phone"].widget.text() == "13800000001"
    editor.fields["delivery_date"].widget.setValue(TODAY + timedelta(days=10))
    with db.read() as session:
        product = lookups.product_choices(session, "P002")[0]
    lines = editor.lines
    qtbot.keyClick(editor.fields["delivery_place"].widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert editor.focusWidget() is lines.product  # Ctrl+L: a new line
    lines.choose_product(product)
    assert lines.price.value() == product.list_price
    qtbot.keyClicks(lines.quantity, "12")
    qtbot.keyClick(lines.quantity, Qt.Key.Key_Return)  # to the price
    qtbot.keyClick(lines.price, Qt.Key.Key_Return)  # to the discount
    qtbot.keyClicks(lines.discount, "5")
    qtbot.keyClick(lines.discount, Qt.Key.Key_Return)  # adds the line
    assert len(lines.lines) == 1 and lines.table.rowCount() == 1
    assert lines.table.item(0, 7).text() == "142.50"  # 12 × 12.50 less 5 %
    assert editor.focusWidget() is lines.product  # ready for the next line
    qtbot.keyClick(lines.product, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.result() == editor.DialogCode.Accepted, [editor.error_text(k) for k in editor.fields]
    created = editor.result_value
    assert created.status == "recorded" and created.total_amount == 142.5
    assert numbers(tab) == [created.number]
    assert tab.current_id() == created.id


def test_editor_shows_what_is_wrong_and_keeps_the_dialog(qtbot, db, clerk, runner, world, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    editor.save_button.click()
    assert editor.result() != editor.DialogCode.Accepted
    assert editor.error_text("customer")
    lines = editor.lines
    lines.quantity.setText("-3")
    assert not lines.add_from_entry()
    assert lines.error.text()


def test_an_order_through_every_state(qtbot, db, clerk, reviewer, runner, world, tmp_path):
    with db.unit_of_work(clerk) as uow:
        order = service.create_order(uow, order_input(world, lines=3))
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.show_record(order.id)
    assert not tab.action("review").isEnabled()
    assert "Recorded" in tab.action("review").toolTip()  # why not: the state
    act(qtbot, tab, "submit").save_button.click()
    assert status_of(db, clerk, order.id) == "submitted"
    assert not tab.action("review").isEnabled()
    assert "orders.approve" in tab.action("review").toolTip()  # why not: the right is missing
    assert not tab.action("edit").isEnabled()

    review_tab = make_tab(qtbot, db, reviewer, runner, tmp_path)
    review_tab.show_record(order.id)
    assert not review_tab.action("submit").isEnabled()
    dialog = act(qtbot, review_tab, "review")
    assert isinstance(dialog, ReviewDialog)
    checks = {code: label.text() for code, label in dialog.check_labels.items()}
    assert set(checks) == {"completeness", "credit_limit", "overdue", "rating", "new_customer", "stock"}
    assert "✔" in checks["completeness"]
    dialog.save_button.click()  # approve
    assert status_of(db, clerk, order.id) == "approved"

    tab.refresh()
    tab.show_record(order.id)
    act(qtbot, tab, "confirm", channel="fax", confirmed_by="张伟").save_button.click()
    dialog = act(qtbot, tab, "dispatch")
    dialog.save_button.click()
    assert dialog.error_text("department.production")  # at least one department
    dialog.fields["department.production"].widget.setText("按图纸生产")
    dialog.fields["department.logistics"].widget.setText("12月1日发货")
    dialog.save_button.click()
    act(qtbot, tab, "start").save_button.click()
    act(qtbot, tab, "ship", carrier="顺丰速运", tracking_number="SF1234567890",
        eta=TODAY + timedelta(days=3)).save_button.click()
    act(qtbot, tab, "deliver").save_button.click()
    act(qtbot, tab, "close").save_button.click()
    assert status_of(db, clerk, order.id) == "closed"
    tab.detail.tabs.setCurrentWidget(tab.timeline)
    tab.refresh()
    steps = [tab.timeline.table.item(row, 3).text() for row in range(tab.timeline.table.rowCount())]
    assert len(steps) == 9
    with db.read() as session:
        assert [s.to_state for s in service.timeline(session, clerk, order.id)][-1] == "closed"
    assert not tab.action("cancel").isEnabled()


def test_returned_rejected_and_cancelled_paths(qtbot, db, clerk, reviewer, runner, world, tmp_path):
    with db.unit_of_work(clerk) as uow:
        first = service.create_order(uow, order_input(world))
        second = service.create_order(uow, order_input(world))
        third = service.create_order(uow, order_input(world))
        for order in (first, second):
            service.transition(uow, order.id, "submit")
    review_tab = make_tab(qtbot, db, reviewer, runner, tmp_path)
    review_tab.show_record(first.id)
    dialog = act(qtbot, review_tab, "review")
    dialog.return_button.click()
    assert dialog.error_text("comment") or dialog.general_error.text()  # notes are required
    dialog.fields["comment"].widget.setPlainText("单价与报价单不符")
    dialog.return_button.click()
    assert status_of(db, clerk, first.id) == "returned"
    review_tab.show_record(second.id)
    dialog = act(qtbot, review_tab, "review", comment="客户信用不足")
    dialog.reject_button.click()
    assert status_of(db, clerk, second.id) == "rejected"

    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.show_record(first.id)
    assert tab.action("edit").isEnabled()  # a returned order is corrected and submitted again
    act(qtbot, tab, "submit").save_button.click()
    assert status_of(db, clerk, first.id) == "submitted"
    tab.show_record(third.id)
    dialog = act(qtbot, tab, "cancel")
    dialog.save_button.click()
    assert dialog.error_text("comment")
    dialog.fields["comment"].widget.setPlainText("客户取消采购计划")
    dialog.save_button.click()
    assert status_of(db, clerk, third.id) == "cancelled"


def test_filters_and_confirmation_preview(qtbot, db, clerk, runner, world, tmp_path):
    with db.unit_of_work(clerk) as uow:
        kept = service.create_order(uow, order_input(world, lines=30))
        other = service.create_order(uow, order_input(world, customer_id=world.other_customer_id))
        service.transition(uow, other.id, "submit")
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    assert sorted(numbers(tab)) == sorted([kept.number, other.number])
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("submitted"))
    assert numbers(tab) == [other.number]
    tab.status_filter.setCurrentIndex(0)
    tab.customer_completer.set_current(world.customer_id, "浦东")
    tab.customer_completer.chosen.emit(world.customer_id)
    assert numbers(tab) == [kept.number]
    tab.show_record(kept.id)
    preview = tab.preview_confirmation()
    assert isinstance(preview, PdfPreview) and preview.page_count == 2
    saved = preview.save_as(tmp_path / "copy.pdf")
    assert saved.read_bytes()[:4] == b"%PDF"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.render_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 0


def _confirmed_order(db, clerk, admin, world):
    with db.unit_of_work(clerk) as uow:
        order = service.create_order(uow, order_input(world, lines=2))
    with db.unit_of_work(admin) as uow:
        service.transition(uow, order.id, "submit")
        service.transition(uow, order.id, "approve")
        service.transition(uow, order.id, "confirm", channel="phone", confirmed_by="张伟",
                           confirmed_on=TODAY.isoformat())
    return order


def test_change_request_with_a_new_revision_and_diff(qtbot, db, clerk, reviewer, admin, runner, world, tmp_path):
    order = _confirmed_order(db, clerk, admin, world)
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.show_record(order.id)
    assert not tab.action("change_decide").isEnabled()
    tab.action("change").trigger()
    dialog = tab.last_dialog
    assert len(dialog.lines.lines) == 2  # the order's lines to start from
    dialog.fields["description"].widget.setPlainText("客户要求推迟交货并删去第二行")
    dialog.fields["delivery_date"].widget.setValue(TODAY + timedelta(days=30))
    dialog.lines.table.selectRow(1)
    qtbot.keyClick(dialog.lines.table, Qt.Key.Key_Delete)
    assert len(dialog.lines.lines) == 1
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    assert not tab.action("change").isEnabled() or tab.open_change() is not None
    tab.action("change_check").trigger()
    tab.last_dialog.fields["note"].widget.setPlainText("可行")
    tab.last_dialog.save_button.click()
    tab.action("change_impact").trigger()
    step = tab.last_dialog
    step.fields["department"].widget.setCurrentIndex(step.fields["department"].widget.findData("logistics"))
    step.fields["note"].widget.setPlainText("改约物流车次")
    step.save_button.click()

    review_tab = make_tab(qtbot, db, reviewer, runner, tmp_path)
    review_tab.show_record(order.id)
    assert review_tab.action("change_decide").isEnabled()
    review_tab.action("change_decide").trigger()
    review_tab.last_dialog.save_button.click()  # approve: a new revision
    with db.read() as session:
        current = service.get_order(session, clerk, order.id)
    assert current.revision == 1 and len(current.lines) == 1 and current.reconfirm_pending
    tab.refresh()
    tab.show_record(order.id)
    tab.detail.tabs.setCurrentWidget(tab.changes)
    tab.refresh()
    assert tab.changes.table.rowCount() == 1
    diff = [tab.changes.diff.item(row, 0).text() for row in range(tab.changes.diff.rowCount())]
    assert "Delivery date" in diff and any("不锈钢六角螺栓2号" in text for text in diff)
    assert tab.action("reconfirm").isEnabled()
    act(qtbot, tab, "reconfirm", channel="email", confirmed_by="张伟").save_button.click()
    with db.read() as session:
        assert not service.get_order(session, clerk, order.id).reconfirm_pending


def test_progress_and_exception_are_tracked(qtbot, db, clerk, admin, runner, world, tmp_path):
    order = _confirmed_order(db, clerk, admin, world)
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.show_record(order.id)
    tab.action("exception").trigger()
    dialog = tab.last_dialog
    dialog.fields["description"].widget.setPlainText("钢材到货延迟")
    dialog.save_button.click()
    assert dialog.error_text("cause")  # an exception needs its cause
    dialog.fields["cause"].widget.setPlainText("供应商缺货三天")
    dialog.fields["notified_on"].widget.setValue(TODAY)
    dialog.fields["solution"].widget.setText("交货顺延三天，客户同意")
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.action("progress").trigger()
    tab.last_dialog.fields["description"].widget.setPlainText("已排产")
    tab.last_dialog.fields["progress_percent"].widget.setValue(40)
    tab.last_dialog.save_button.click()
    tab.detail.tabs.setCurrentWidget(tab.tracking)
    tab.refresh()
    kinds = [tab.tracking.table.item(row, 1).text() for row in range(tab.tracking.table.rowCount())]
    assert kinds == ["Exception: Material shortage", "Progress"]


def test_kpis_per_month(qtbot, db, clerk, admin, runner, world, tmp_path):
    order = _confirmed_order(db, clerk, admin, world)
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    dialog = tab.show_kpis()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == TODAY.strftime("%Y-%m")
    assert dialog.table.item(0, 2).text() == "100.0% (1/1)"  # approved within 24 hours
    assert dialog.rows[0].submitted == 1 and dialog.rows[0].returned == 0
    assert order.id


def test_an_order_opened_outside_the_list_can_be_acted_on(qtbot, db, clerk, runner, world, tmp_path):
    with db.unit_of_work(clerk) as uow:
        order = service.create_order(uow, order_input(world))
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("closed"))
    assert numbers(tab) == []
    assert not tab.show_record(order.id)  # not in the filtered list (as from the dashboard)
    assert tab.current_id() == order.id and tab.action("submit").isEnabled()
