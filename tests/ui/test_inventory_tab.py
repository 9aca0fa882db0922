"""The inventory tab as a user drives it: a full count plan → session → blind sheet → keyboard
entry → variance with reasons → approval by the supervisor → adjusted balances; receipts; analysis."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt

from neiqin.modules.inventory import service, service_counts
from neiqin.modules.inventory.schemas import OrderStock, PlanInput
from neiqin.modules.inventory.ui.tab import InventoryTab
from neiqin.ui.context import UiContext
from tests.unit.inventory.conftest import items as make_items
from tests.unit.inventory.conftest import receive, stock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def goods(db, admin):
    return make_items.__wrapped__(db, admin)


def make_tab(qtbot, db, actor, runner, tmp_path):
    settings = QSettings(str(tmp_path / f"{actor.username}.ini"), QSettings.Format.IniFormat)
    tab = InventoryTab(UiContext(db=db, actor=actor, runner=runner), settings=settings)
    qtbot.addWidget(tab)
    return tab


def _type_count(qtbot, dialog, code, quantity):
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.quantity
    qtbot.keyClicks(dialog.quantity, quantity)
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_full_count_from_plan_to_adjusted_balances(qtbot, db, clerk, reviewer, runner, goods, tmp_path):
    paper, paper2 = goods["OF-PAP-011"], goods["OF-PAP-012"]
    receive(db, clerk, paper, "100")
    receive(db, clerk, paper2, "40")
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    values = {tab.model.row_values(r)["code"]: tab.model.row_values(r) for r in range(tab.model.rowCount())}
    assert values["OF-PAP-011"]["quantity"] == Decimal(100) and values["FU-CHR-011"]["state"] == "none"

    counts = tab.open_counts()
    counts.new_plan()
    editor = counts.last_dialog
    editor.name.setText("A区周盘")
    editor.frequency.setCurrentIndex(editor.frequency.findData("weekly"))
    editor.scope_kind.setCurrentIndex(editor.scope_kind.findData("location"))
    editor.scope_value.setCurrentText("A区-01")
    editor.save_button.click()
    assert counts.plans.rowCount() == 1 and counts.plans.item(0, 0).text() == "A区周盘"
    counts.plans.selectRow(0)
    count_id = counts.start_from_plan()
    session = counts.last_dialog
    assert session.lines.rowCount() == 2
    assert {session.lines.item(r, 4).text() for r in range(2)} == {"***"}  # blind: book hidden

    sheet = session.print_sheet(tmp_path / "blank.pdf")
    text = _pdf_text(sheet)
    assert "盘点表" in text and "盲盘" in text and "监盘人" in text and "OF-PAP-011" in text
    assert "100" not in text.replace(session.view.number, "")  # the book quantity is not printed
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(sheet), str(tmp_path / "blank")],
                   check=True)
    image = Image.open(next(tmp_path.glob("blank*.png"))).convert("L")
    assert image.getextrema()[0] < 100  # ink on the page, not an empty sheet

    with db.unit_of_work(clerk) as uow:  # a shipment while the count runs
        service.post_order_shipment(uow, OrderStock("o-1", "SO-BJ01-2026-000009", ((paper, Decimal(20)),)))
    session.reload()
    assert session.moves.rowCount() == 1 and session.moves.item(0, 5).text() == "SO-BJ01-2026-000009"

    _type_count(qtbot, session, "OF-PAP-011", "80")
    _type_count(qtbot, session, "OF-PAP-012", "37")
    assert session.focusWidget() is session.code and session.code.text() == ""
    _type_count(qtbot, session, "OF-PAP-012", "-3")  # counted twice: refused, said in words
    assert session.message.text() and "OF-PAP-012" in session.quantity.text() + session.code.text()
    row = session.line_row("OF-PAP-012")
    assert session.lines.item(row, 7).text() == "-3"
    assert session.lines.item(session.line_row("OF-PAP-011"), 7).text() == "0"  # the shipment explains 20
    session.buttons["submit"].click()
    assert session.view.status == "counting" and session.message.text()  # the variance needs a reason
    session.lines.selectRow(row)
    session.reason.setCurrentIndex(session.reason.findData("damage"))
    session.note.setText("外箱受潮")
    session.set_reason_button.click()
    session.buttons["submit"].click()
    assert session.view.status == "submitted"
    assert not session.buttons["approve"].isEnabled()  # the clerk cannot approve
    session.accept()

    supervisor = make_tab(qtbot, db, reviewer, runner, tmp_path)
    dialog = supervisor.open_counts()
    dialog.open_session(count_id)
    review = dialog.last_dialog
    assert review.buttons["approve"].isEnabled()
    review.buttons["approve"].click()
    assert review.is_approved
    review.buttons["approve"].click()  # approving twice does nothing
    assert stock(db, paper) == 80 and stock(db, paper2) == 37
    archived = review.print_sheet(tmp_path / "approved.pdf")
    text = _pdf_text(archived)
    assert "损坏" in text and "-3" in text and "李经理" in text
    with db.read() as s:
        assert service_counts.get_count(s, reviewer, count_id).archive_sha256
        next_due = service_counts.plans(s, reviewer)[0].next_due
    assert next_due > date.today()
    supervisor.refresh()
    qtbot.waitUntil(lambda: supervisor.model.rowCount() == 4, timeout=3000)


def test_receipt_entry_history_and_analysis(qtbot, db, clerk, runner, goods, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.show_record(goods["OF-TON-011"])
    tab.enter("receipt")
    entry = tab.last_dialog
    entry.quantity.setText("abc")
    entry.save_button.click()
    assert entry.error.text() and stock(db, goods["OF-TON-011"]) == 0
    entry.quantity.setText("12")
    entry.reference.setText("DN-77")
    entry.save_button.click()
    assert stock(db, goods["OF-TON-011"]) == 12
    tab.detail.refresh()
    assert tab.history.table.rowCount() == 1 and tab.history.table.item(0, 4).text() == "12"
    with db.unit_of_work(clerk) as uow:
        service_counts.create_plan(uow, PlanInput("月盘", "monthly", "all", next_due=date.today() - timedelta(1)))
    analysis = tab.open_analysis()
    codes = [analysis.replenish.item(r, 0).text() for r in range(analysis.replenish.rowCount())]
    assert "OF-PAP-011" in codes and "OF-TON-011" not in codes  # 12 above its reorder point 5
    assert analysis.export_purchase_list(tmp_path / "purchase.xlsx") == len(codes)


def test_a_pasted_list_and_one_reason_for_many_lines(qtbot, db, clerk, runner, goods, tmp_path):
    for code, quantity in (("OF-PAP-011", "100"), ("OF-PAP-012", "40"), ("OF-TON-011", "9"), ("FU-CHR-011", "6")):
        receive(db, clerk, goods[code], quantity)
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    counts = tab.open_counts()
    counts.start_all()
    session = counts.last_dialog
    assert session.lines.rowCount() == 4
    paste = session.enter_list()
    paste.text.setPlainText("OF-PAP-011\t97\n\nof-pap-012\tzwölf\nOF-TON-011\t9\nFU-CHR-011\t5\n")
    paste.save_button.click()  # the third row of the text is no quantity: nothing is recorded
    assert paste.isVisible() and paste.error.text().startswith("Row 3:")
    assert session.lines.item(session.line_row("OF-PAP-011"), 6).text() == ""
    paste.text.setPlainText("OF-PAP-011\t97\n\nof-pap-012\t38\nOF-TON-011\t9\nFU-CHR-011\t5\n")
    paste.save_button.click()
    assert not paste.isVisible() and session.message.text() == "4 counted quantities recorded."
    variances = {session.lines.item(r, 1).text(): session.lines.item(r, 7).text() for r in range(4)}
    assert variances == {"OF-PAP-011": "-3", "OF-PAP-012": "-2", "OF-TON-011": "0", "FU-CHR-011": "-1"}
    session.unexplained_button.click()
    assert sorted(session.lines.item(i.row(), 1).text() for i in session.lines.selectionModel().selectedRows()) == [
        "FU-CHR-011", "OF-PAP-011", "OF-PAP-012"]
    session.reason.setCurrentIndex(session.reason.findData("miscount"))
    session.set_reason_button.click()
    reasons = {session.lines.item(r, 1).text(): session.lines.item(r, 8).text() for r in range(4)}
    assert reasons["OF-TON-011"] == "" and len({reasons[c] for c in ("FU-CHR-011", "OF-PAP-011", "OF-PAP-012")}) == 1
    assert reasons["OF-PAP-011"]
    session.buttons["submit"].click()
    assert session.view.status == "submitted"
