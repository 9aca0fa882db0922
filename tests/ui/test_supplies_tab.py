"""The supplies tab walked through its dialogs: plan → receiving with a rejected part → an issue
signed on the pad → return → count → loss report; refused issues change nothing; the issue slip
PDF carries the signature image."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from sqlalchemy import func, select

from neiqin.modules.supplies import rules, service, usage
from neiqin.modules.supplies.models import SupplyIssue, SupplyMovement
from neiqin.modules.supplies.ui.doc_dialogs import CountDialog, LossesDialog
from neiqin.modules.supplies.ui.editors import LossEditor
from neiqin.modules.supplies.ui.issue_dialog import IssueDialog, ReturnDialog
from neiqin.modules.supplies.ui.plan_dialogs import PlanEditor, PlansDialog, ReceiveDialog
from neiqin.modules.supplies.ui.tab import SuppliesTab
from neiqin.modules.supplies.ui.usage_view import UsageDialog
from neiqin.ui.context import UiContext
from tests.unit.supplies.conftest import make_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    from neiqin.ui.editor import RecordEditor

    monkeypatch.setattr(RecordEditor, "confirm_discard", lambda self: True)
    shown = []
    monkeypatch.setattr("neiqin.modules.supplies.ui.doc_dialogs.show_task_error",
                        lambda parent, error, title=None: shown.append(error))
    monkeypatch.setattr("neiqin.modules.supplies.ui.plan_dialogs.show_task_error",
                        lambda parent, error, title=None: shown.append(error))
    return shown


@pytest.fixture
def items(db, admin):
    return make_items(db, admin)


def make_tab(qtbot, db, actor, runner, tmp_path) -> SuppliesTab:
    settings = QSettings(str(tmp_path / f"{actor.username}.ini"), QSettings.Format.IniFormat)
    tab = SuppliesTab(UiContext(db=db, actor=actor, runner=runner), settings=settings)
    qtbot.addWidget(tab)
    return tab


def stock(db, item_id):
    with db.read() as session:
        return service.LEDGER.balance(session, item_id)


def draw_signature(qtbot, pad):
    """A signature drawn with the mouse: press, a zig-zag of moves, release."""
    pad.resize(480, 160)
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 100))
    for x, y in ((60, 40), (100, 120), (140, 50), (180, 110), (240, 60), (300, 100)):
        qtbot.mouseMove(pad, QPoint(x, y))
        pad.mouseMoveEvent(_move_event(pad, x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(320, 90))


def _move_event(pad, x, y):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    point = QPointF(x, y)
    return QMouseEvent(QEvent.Type.MouseMove, point, pad.mapToGlobal(point), Qt.MouseButton.NoButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def issue_dialog(tab, recipient, department, lines):
    tab.action("issue").trigger()
    dialog = tab.last_dialog
    assert isinstance(dialog, IssueDialog)
    dialog.recipient.setCurrentText(recipient)
    dialog.department.setCurrentText(department)
    for item_id, quantity in lines:
        dialog.add_line(item_id, quantity)
    return dialog


def test_the_whole_life_of_supplies(qtbot, db, clerk, reviewer, runner, items, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    assert tab.model.rowCount() == 4
    # --- a purchase plan from the suggestion: staplers are below their minimum
    tab.action("plans").trigger()
    plans_dialog = tab.last_dialog
    assert isinstance(plans_dialog, PlansDialog)
    editor = plans_dialog.new_plan()
    assert isinstance(editor, PlanEditor) and [name for _id, name in editor.rows] == ["订书机"]
    editor.set_quantity(0, "6")
    editor.submit()
    assert editor.result() == editor.DialogCode.Accepted, editor.general_error.text()
    plan = editor.result_value
    assert plan.total_amount == Decimal("108.00")  # 6 × 18.00
    plans_dialog.select(plan.id)
    plans_dialog.buttons["submit"].click()
    assert not plans_dialog.buttons["approve"].isEnabled()  # a clerk does not approve
    reviewer_plans = PlansDialog(UiContext(db=db, actor=reviewer, runner=runner))
    qtbot.addWidget(reviewer_plans)
    reviewer_plans.select(plan.id)
    assert reviewer_plans.buttons["approve"].isEnabled()
    reviewer_plans.buttons["approve"].click()
    assert reviewer_plans.current().status == rules.APPROVED
    # --- receiving: 6 arrive, 1 is broken and rejected
    plans_dialog.reload()
    plans_dialog.select(plan.id)
    receive = plans_dialog.receive()
    assert isinstance(receive, ReceiveDialog)
    receive.set_line(0, "6", "1")  # no reason given
    receive.submit()
    assert receive.isVisible() and "reason" in receive.general_error.text()
    assert stock(db, items["stapler"]) == 0
    receive.set_line(0, "6", "1", "外壳破裂")
    receive.submit()
    assert receive.result() == receive.DialogCode.Accepted, receive.general_error.text()
    assert stock(db, items["stapler"]) == 5
    # --- an issue signed on the pad, drawn with the mouse
    dialog = issue_dialog(tab, "王芳", "销售部", [(items["pen"], "4"), (items["stapler"], "1")])
    draw_signature(qtbot, dialog.pad)
    assert not dialog.pad.is_empty()
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    issued = dialog.result_value
    assert issued.status == rules.ISSUED and issued.signature_sha256
    assert stock(db, items["pen"]) == 96 and stock(db, items["stapler"]) == 4
    # --- the pen return
    tab.action("return").trigger()
    back = tab.last_dialog
    assert isinstance(back, ReturnDialog)
    back.issue.setCurrentIndex(back.issue.findData(issued.id))
    row = next(i for i, line in enumerate(back.current().lines) if line.item_id == items["pen"])
    back.set_return(row, "1")
    back.submit()
    assert back.result() == back.DialogCode.Accepted, back.general_error.text()
    assert stock(db, items["pen"]) == 97
    # --- the count: two pens are missing
    tab.action("count").trigger()
    count = tab.last_dialog
    assert isinstance(count, CountDialog)
    count.buttons["start"].click()
    assert count.count is not None and count.count.status == "counting"
    assert count.table.item(0, 4).text() == ""  # blind: the counter does not see the book
    expected = {"BG001": "40", "BG002": "95", "BG003": "3", "BG004": "4"}
    for row, line in enumerate(count.rows):
        count.set_counted(row, expected[line.code], "miscount" if line.code == "BG002" else "")
    assert count.save_counts()
    assert "differ" in count.result.text() or "1" in count.result.text()
    count.buttons["submit"].click()
    reviewer_count = CountDialog(UiContext(db=db, actor=reviewer, runner=runner))
    qtbot.addWidget(reviewer_count)
    reviewer_count.buttons["approve"].click()
    assert reviewer_count.count.status == "approved" and stock(db, items["pen"]) == 95
    # --- a loss report on the selected item, approved by the department head
    tab.refresh()
    tab.show_record(items["toner"])
    tab.action("loss").trigger()
    loss = tab.last_dialog
    assert isinstance(loss, LossEditor)
    loss.fields["quantity"].widget.setText("1")
    loss.fields["person_name"].widget.setText("张三")
    loss.fields["description"].widget.setPlainText("搬运时摔坏")
    loss.fields["compensation"].widget.setValue(Decimal("160.00"))
    loss.submit()
    assert loss.result() == loss.DialogCode.Accepted, loss.general_error.text()
    assert stock(db, items["toner"]) == 3  # not until approved
    approvals = LossesDialog(UiContext(db=db, actor=reviewer, runner=runner))
    qtbot.addWidget(approvals)
    approvals.ask_reason = lambda title: ("按半价赔偿", True)
    approvals.select(loss.result_value.id)
    approvals.buttons["approve"].click()
    assert stock(db, items["toner"]) == 2
    # --- the usage ledger agrees with the movements
    view = UsageDialog(tab.ctx)
    qtbot.addWidget(view)
    with db.read() as session:
        moved = -service.LEDGER.ledger_sum(session, kinds=("issue", "return"))
    assert moved == 4  # 4 pens + 1 stapler issued, 1 pen returned
    assert sum(row.quantity for row in view.rows) == moved
    assert view.summary.text().endswith("24.00")  # 3 pens × 2.00 + 1 stapler × 18.00
    assert view.export(tmp_path / "usage.xlsx") == 3


def test_refused_issues_change_nothing(qtbot, db, clerk, runner, items, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)

    def counts():
        with db.read() as session:
            return (session.scalar(select(func.count()).select_from(SupplyMovement)),
                    session.scalar(select(func.count()).select_from(SupplyIssue)))

    before = counts()
    over = issue_dialog(tab, "王芳", "销售部", [(items["paper"], "3")])  # 2 a month
    assert "A4复印纸" in over.standard_note.text()
    over.pad.add_stroke([(20, 100), (120, 30), (220, 110), (320, 40)])
    over.submit()
    assert over.isVisible() and "over the issue standard" in over.general_error.text()
    assert not over.approve.isEnabled()  # a clerk cannot approve it
    over.close()
    unsigned = issue_dialog(tab, "王芳", "销售部", [(items["pen"], "1")])
    unsigned.submit()
    assert unsigned.isVisible() and "signature is empty" in unsigned.general_error.text()
    unsigned.close()
    too_many = issue_dialog(tab, "王芳", "销售部", [(items["toner"], "1"), (items["stapler"], "1")])
    too_many.pad.add_stroke([(20, 100), (120, 30), (220, 110), (320, 40)])
    too_many.submit()
    assert too_many.isVisible() and "Only 0 in stock" in too_many.general_error.text()
    assert counts() == before
    assert stock(db, items["toner"]) == 3 and stock(db, items["pen"]) == 100


@pytest.mark.skipif(not shutil.which("pdfimages"), reason="poppler-utils not installed")
def test_issue_slip_pdf_shows_the_signature(qtbot, db, clerk, runner, items, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    dialog = issue_dialog(tab, "王芳", "销售部", [(items["pen"], "2")])
    dialog.pad.add_stroke([(20, 100), (80, 30), (140, 110), (200, 40), (260, 100), (320, 50)])
    dialog.submit()
    signed = dialog.result_value
    path = tab.print_slip(signed.id)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    widths = [int(line.split()[3]) for line in listing.splitlines()[2:] if line.strip()]
    # the QR code is a small image; the signature comes at twice the pad's size
    assert any(width >= 2 * dialog.pad.width() - 2 for width in widths), listing
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Identity-H" in fonts or "TrueType" in fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "办公用品领用单" in text and signed.number in text and "签字笔" in text
    with db.read() as session:
        rows = usage.usage_rows(session, clerk)
    assert [(r.number, r.quantity, r.signed) for r in rows] == [(signed.number, 2, True)]
