"""The meeting minutes tab walked through as the clerk and the chair: schedule, notice (PDF, text,
calendar file), acknowledgements and leave, minutes, chair review, distribution, action items
with an overdue one on the dashboard until it is done; a recurring meeting carrying open items
forward; bad input shown in the dialogs with nothing saved."""

from __future__ import annotations

from datetime import time, timedelta

import icalendar
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from neiqin.core.db.types import utcnow
from neiqin.modules.minutes import actions, record, service
from neiqin.modules.minutes.contributions import dashboard_items
from neiqin.modules.minutes.schemas import ActionItemInput, DecisionInput, MinutesInput
from neiqin.modules.minutes.ui.dialogs import ActionItemDialog, LeaveDialog, ProgressDialog, StepDialog
from neiqin.modules.minutes.ui.items import ActionItemsDialog
from neiqin.modules.minutes.ui.meeting_editor import MeetingEditor
from neiqin.modules.minutes.ui.minutes_editor import MinutesEditor
from neiqin.modules.minutes.ui.tab import MinutesTab
from neiqin.ui.context import UiContext
from neiqin.ui.pdf_preview import PdfPreview
from tests.unit.minutes.conftest import held

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
TODAY = utcnow().astimezone().date()
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    from neiqin.ui.editor import RecordEditor

    monkeypatch.setattr(RecordEditor, "confirm_discard", lambda self: True)


def make_tab(qtbot, db, actor, runner, tmp_path) -> MinutesTab:
    settings = QSettings(str(tmp_path / f"{actor.username}.ini"), QSettings.Format.IniFormat)
    tab = MinutesTab(UiContext(db=db, actor=actor, runner=runner), settings=settings, today=lambda: TODAY)
    qtbot.addWidget(tab)
    return tab


def status_of(db, actor, meeting_id):
    with db.read() as session:
        return service.get_meeting(session, actor, meeting_id).status


def fill_meeting(editor: MeetingEditor, chair, people, day=YESTERDAY, start=(9, 0), end=(10, 30)) -> None:
    editor.fields["title"].widget.setText("销售部周例会")
    editor.fields["day"].widget.setValue(day)
    editor.fields["starts_at"].widget.setValue(time(*start))
    editor.fields["ends_at"].widget.setValue(time(*end))
    editor.fields["place"].widget.setText("三楼第一会议室")
    editor.chair.setCurrentIndex(editor.chair.findData(chair.user_id))
    editor.people.set_checked([p.user_id for p in people])
    editor.people.guests.add_row("张伟", "上海浦东精密机械制造有限公司", "zhangwei@example.com")
    editor.agenda.add_row("上周销售工作总结", "王芳", "20")
    editor.agenda.add_row("重点订单执行情况", "李经理", "15")
    editor.materials.add_row("投影仪", True, False, "")


def step(tab: MinutesTab, code: str, **values) -> StepDialog:
    action = tab.action(code)
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    dialog = tab.last_dialog
    assert isinstance(dialog, StepDialog)
    for key, value in values.items():
        widget = dialog.fields[key].widget
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif isinstance(value, bool):
            widget.setChecked(value)
        else:
            widget.setValue(value)
    dialog.save_button.click()
    return dialog


def select_attendee(tab: MinutesTab, name: str) -> None:
    table = tab.attendees.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    table.selectRow(row)


def test_bad_meetings_are_shown_in_the_editor_and_nothing_is_saved(qtbot, db, clerk, reviewer, finance, runner,
                                                                   tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    assert isinstance(editor, MeetingEditor)
    fill_meeting(editor, reviewer, [reviewer, clerk], start=(10, 0), end=(9, 0))
    editor.save_button.click()
    assert editor.result() != editor.DialogCode.Accepted
    assert "before it starts" in editor.error_text("ends_at")
    editor.fields["ends_at"].widget.setValue(editor.fields["starts_at"].widget.value().replace(hour=11))
    editor.people.set_checked([clerk.user_id, finance.user_id])  # the chair is not asked
    editor.save_button.click()
    assert editor.error_text("chair_id") == "The chair 李经理 is not among the attendees."
    assert tab.model.rowCount() == 0 and tab.is_empty_state_shown


def test_schedule_notice_minutes_review_action_items_to_done(qtbot, db, clerk, reviewer, finance, runner, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.action("new").trigger()
    editor = tab.last_dialog
    fill_meeting(editor, reviewer, [reviewer, clerk, finance])
    editor.save_button.click()
    assert editor.result() == editor.DialogCode.Accepted, [editor.error_text(k) for k in editor.fields]
    meeting = editor.result_value
    assert meeting.status == "scheduled" and meeting.number.startswith("HY-BJ01-")
    assert [a.name for a in meeting.attendees] == ["李经理", "王芳", "赵会计", "张伟"]
    assert tab.current_id() == meeting.id and tab.model.rowCount() == 1

    # notice: sent, acknowledged, a leave request; as text, calendar file and PDF
    step(tab, "notify")
    assert status_of(db, clerk, meeting.id) == "notified"
    tab.detail.tabs.setCurrentWidget(tab.attendees)
    select_attendee(tab, "赵会计")
    tab.attendees.buttons["acknowledge"].click()
    select_attendee(tab, "李经理")
    tab.attendees.buttons["acknowledge"].click()
    select_attendee(tab, "张伟")
    tab.attendees.buttons["leave"].click()
    leave = tab.last_dialog
    assert isinstance(leave, LeaveDialog)
    leave.fields["reason"].widget.setPlainText("在外地出差")
    leave.save_button.click()
    assert tab.attendees.summary.text() == "Awareness rate 75%: 3 of 4 notified"
    text = tab.copy_notice()
    assert QGuiApplication.clipboard().text() == text and meeting.number in text and "三楼第一会议室" in text
    ics = tab.save_ics(tmp_path / "notice.ics")
    event = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "销售部周例会" and event.decoded("DTSTART") == meeting.starts_at
    preview = tab.preview_notice()
    assert isinstance(preview, PdfPreview) and preview.page_count == 1
    preview.close()

    # minutes: attendance, discussion, decisions, two action items (one already late)
    assert not tab.action("minutes").isEnabled()
    step(tab, "hold")
    assert status_of(db, clerk, meeting.id) == "draft"
    tab.action("minutes").trigger()
    minutes = tab.last_dialog
    assert isinstance(minutes, MinutesEditor)
    assert [c.currentData() for c in minutes.attendance.combos.values()] == ["", "", "", "on_leave"]
    minutes.findChild(type(minutes.save_button), "minutes.minutes_editor.all_present").click()
    first_topic = next(iter(minutes.discussions.values()))
    first_topic.setPlainText("上周销售额增长8%，华东区新签两家客户")
    minutes.decisions.add_decision("对逾期应收款客户逐一电话催收")
    minutes.decisions.add_decision("更新重点客户信用额度评估表")
    minutes.save_button.click()
    assert minutes.result() == minutes.DialogCode.Accepted, minutes.general_error.text()
    written = minutes.result_value
    assert [a.attendance for a in written.attendees] == ["present", "present", "present", "on_leave"]
    assert [d.text for d in written.decisions] == ["对逾期应收款客户逐一电话催收", "更新重点客户信用额度评估表"]
    tab.action("item").trigger()
    item_dialog = tab.last_dialog
    assert isinstance(item_dialog, ActionItemDialog)
    item_dialog.fields["title"].widget.setText("电话催收三家逾期客户")
    owner = item_dialog.fields["owner_id"].widget
    owner.setCurrentIndex(owner.findData(finance.user_id))
    item_dialog.fields["due_date"].widget.setValue(YESTERDAY)  # due the day of the meeting: late now
    item_dialog.save_button.click()
    late = item_dialog.result_value
    assert late.code == f"{meeting.number}-01" and late.owner_name == "赵会计"
    tab.detail.tabs.setCurrentWidget(tab.items)
    tab.items.buttons["new"].click()
    second = tab.last_dialog
    second.fields["decision_id"].widget.setCurrentIndex(1)
    second.fields["title"].widget.setText("提交信用额度评估表")
    second.fields["due_date"].widget.setValue(TODAY + timedelta(days=10))
    second.save_button.click()
    assert second.result() == second.DialogCode.Accepted, [second.error_text(k) for k in second.fields]
    assert tab.items.table.rowCount() == 2
    assert tab.items.summary.text() == "2 action items: 0 done, 1 overdue"

    # the chair reviews in the program; the clerk distributes; the minutes are closed
    step(tab, "submit")
    assert status_of(db, clerk, meeting.id) == "in_review"
    chair_tab = make_tab(qtbot, db, reviewer, runner, tmp_path)
    chair_tab.show_record(meeting.id)
    with db.read() as session:
        assert [i.record_id for i in dashboard_items(session, reviewer, TODAY) if i.kind == "meeting"] == [meeting.id]
    review = step(chair_tab, "review")
    assert review.result() == review.DialogCode.Accepted, review.general_error.text()
    assert status_of(db, clerk, meeting.id) == "reviewed"
    tab.refresh()
    tab.show_record(meeting.id)
    distribute = step(tab, "distribute")
    assert distribute.result() == distribute.DialogCode.Accepted
    assert status_of(db, clerk, meeting.id) == "distributed"
    assert not tab.action("minutes").isEnabled()
    assert "Distributed" in tab.action("minutes").toolTip()
    with db.read() as session:
        closed = service.get_meeting(session, clerk, meeting.id)
    stale = MinutesEditor(tab.ctx, closed, tab)  # an editor left open elsewhere cannot change it
    qtbot.addWidget(stale)
    stale.decisions.add_decision("会后补充的决议")
    stale.save_button.click()
    assert stale.result() != stale.DialogCode.Accepted and "read-only" in stale.general_error.text()
    with db.read() as session:
        assert len(service.get_meeting(session, clerk, meeting.id).decisions) == 2
    preview = tab.preview_minutes()
    assert preview.page_count >= 1
    preview.close()

    # the late item is on the dashboard; opened from there, reported done, it leaves the dashboard
    with db.read() as session:
        overdue = [i for i in dashboard_items(session, clerk, TODAY) if i.severity == "overdue"]
    assert [(i.record_id, i.kind) for i in overdue] == [(late.id, "action_item")]
    tab.show_record(meeting.id)
    tab.open_record("action_item", late.id)
    assert tab.detail.tabs.currentWidget() is tab.items and tab.items.current_id() == late.id
    tab.items.buttons["progress"].click()
    progress = tab.last_dialog
    assert isinstance(progress, ProgressDialog)
    status = progress.fields["status"].widget
    status.setCurrentIndex(status.findData("done"))
    progress.fields["note"].widget.setPlainText("三家客户均已回款")
    progress.save_button.click()
    assert progress.result() == progress.DialogCode.Accepted, [progress.error_text(k) for k in progress.fields]
    with db.read() as session:
        assert [i for i in dashboard_items(session, clerk, TODAY) if i.severity == "overdue"] == []
        done = actions.get_item(session, clerk, late.id)
    assert done.status == "done" and done.completed_on == TODAY
    assert tab.items.summary.text() == "2 action items: 1 done, 0 overdue"


def test_a_recurring_meeting_carries_open_items_forward(qtbot, db, clerk, reviewer, finance, runner, tmp_path,
                                                       monkeypatch):
    shown = []
    monkeypatch.setattr("neiqin.ui.tasks.show_error", lambda parent, text, details="", title=None: shown.append(text))
    meeting = held(db, clerk, reviewer, [finance])
    with db.unit_of_work(clerk) as uow:
        view = record.save_minutes(uow, meeting.id, MinutesInput(
            attendance={}, discussion={}, decisions=(DecisionInput("催收逾期货款"), DecisionInput("更新客户档案"))))
        open_item = actions.add_item(uow, meeting.id, ActionItemInput("催收逾期货款", finance.user_id,
                                                                      TODAY + timedelta(days=3), view.decisions[0].id))
        done_item = actions.add_item(uow, meeting.id, ActionItemInput("更新客户档案", clerk.user_id,
                                                                      TODAY + timedelta(days=3), view.decisions[1].id))
        actions.report_progress(uow, done_item.id, "已更新", "done")
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    tab.show_record(meeting.id)
    assert tab.action("next").isEnabled(), tab.action("next").toolTip()
    tab.action("next").trigger()
    assert tab.model.rowCount() == 2
    following_id = tab.current_id()
    assert following_id != meeting.id
    with db.read() as session:
        following = service.get_meeting(session, clerk, following_id)
    assert following.starts_at - meeting.starts_at == timedelta(days=7) and following.previous_id == meeting.id
    assert following.agenda[0].topic == service.FOLLOW_UP_TOPIC
    tab.detail.tabs.setCurrentWidget(tab.items)
    rows = [tab.items.table.item(r, 1).text() for r in range(tab.items.table.rowCount())]
    assert rows == ["催收逾期货款 (carried over)"]
    assert tab.items.table.item(0, 0).text() == open_item.code
    tab.show_record(meeting.id)
    tab.action("next").trigger()  # a second next meeting of the same one is refused in words
    assert shown == [f"The next meeting after {meeting.number} is planned already."]
    assert tab.model.rowCount() == 2


def test_the_cross_meeting_list(qtbot, db, clerk, reviewer, finance, runner, tmp_path):
    meeting = held(db, clerk, reviewer, [finance], days=-5)
    with db.unit_of_work(clerk) as uow:
        view = record.save_minutes(uow, meeting.id, MinutesInput(attendance={}, discussion={},
                                                                 decisions=(DecisionInput("催收"),)))
        late = actions.add_item(uow, meeting.id, ActionItemInput("电话催收", finance.user_id, YESTERDAY,
                                                                 view.decisions[0].id))
        actions.add_item(uow, meeting.id, ActionItemInput("发对账函", clerk.user_id, TODAY + timedelta(days=5),
                                                          view.decisions[0].id))
    tab = make_tab(qtbot, db, clerk, runner, tmp_path)
    dialog = tab.show_all_items()
    assert isinstance(dialog, ActionItemsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    dialog.overdue.setChecked(True)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.row_values(0)["code"] == late.code
    assert dialog.export(tmp_path / "late.xlsx") == 1
