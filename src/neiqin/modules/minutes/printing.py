"""The printed forms of meetings, built on `core.pdf`: the notice (会议通知) with its receipt
list, the minutes (会议纪要) with attendance, discussion, decisions, action items and the
signatures of recorder and chair, and the follow-up report of action items to the chair."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from neiqin.core.db.session import UnitOfWork
from neiqin.core.pdf import Column, FormDocument, Letterhead, SignatureBox
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.actions import items_of_meeting, status_word
from neiqin.modules.minutes.notice import RULES, when_text
from neiqin.modules.minutes.record import distribution_of
from neiqin.modules.minutes.schemas import ATTENDANCE_WORDS, KIND_WORDS, MeetingView
from neiqin.modules.minutes.service import get_meeting_by_number, local_today

CHANNEL_WORDS = {"email": "电子邮件", "wechat": "微信", "paper": "纸质", "system": "系统内"}


def _letterhead(uow: UnitOfWork) -> Letterhead:
    return Letterhead.from_session(uow.session, uow.db.path)


def _facts(meeting: MeetingView) -> list[tuple[str, str]]:
    return [("会议名称", meeting.title), ("会议类型", KIND_WORDS.get(meeting.kind, meeting.kind)),
            ("会议时间", when_text(meeting)), ("会议地点", meeting.place),
            ("主持人", meeting.chair_name), ("记录人", meeting.recorder_name)]


def _agenda_table(doc: FormDocument, meeting: MeetingView) -> None:
    columns = [Column("序号", 0.5, align="center"), Column("议题", 4.0), Column("汇报人", 1.2),
               Column("时长（分钟）", 1.0, numeric=True)]
    rows = [[a.seq, a.topic, a.presenter, a.planned_minutes or ""] for a in meeting.agenda]
    total = sum(a.planned_minutes for a in meeting.agenda)
    doc.add_table(columns, rows, totals=[["合计", None, None, total]] if rows else None)


def render_notice(uow: UnitOfWork, meeting: MeetingView, out: Path) -> Path:
    doc = FormDocument(out, "会议通知", meeting.number, _letterhead(uow), subject=meeting.title)
    doc.add_key_values(_facts(meeting), columns=2)
    doc.add_paragraph(f"兹定于{when_text(meeting)}在{meeting.place}召开{meeting.title}，请以下人员准时参加。")
    doc.add_heading("会议议程")
    _agenda_table(doc, meeting)
    materials = [m for m in meeting.materials if m.kind == "material"]
    equipment = [m for m in meeting.materials if m.kind == "equipment"]
    if materials or equipment:
        doc.add_heading("会前准备")
        if materials:
            doc.add_paragraph("会议资料：" + "、".join(m.name for m in materials))
        if equipment:
            doc.add_paragraph("会议设备：" + "、".join(m.name for m in equipment))
    doc.add_heading("注意事项")
    doc.add_paragraph(RULES)
    if meeting.notes:
        doc.add_paragraph(f"备注：{meeting.notes}")
    doc.add_heading("参会人员签收")
    columns = [Column("序号", 0.5, align="center"), Column("姓名", 1.3), Column("部门/单位", 2.0),
               Column("签收", 1.3), Column("请假及原因", 2.4)]
    rows = [[a.seq, a.name, a.organisation, "", f"请假：{a.leave_reason}" if a.leave_at else ""]
            for a in meeting.attendees]
    doc.add_table(columns, rows)
    doc.add_paragraph(f"收到通知后请签收或回复确认；如需请假，请提前向{meeting.recorder_name}说明原因。", style="small")
    doc.add_signatures([SignatureBox("通知人", meeting.recorder_name, ("签字", "日期"), stamp=False)])
    return doc.build()


def _minutes_body(doc: FormDocument, meeting: MeetingView) -> None:
    present = [a for a in meeting.attendees if a.attendance in ("present", "late")]
    doc.add_heading("出席情况")
    summary = "，".join(f"{ATTENDANCE_WORDS[k]} {sum(1 for a in meeting.attendees if a.attendance == k)} 人"
                       for k in ATTENDANCE_WORDS)
    doc.add_paragraph(f"应到 {len(meeting.attendees)} 人，实到 {len(present)} 人（{summary}）。")
    columns = [Column("序号", 0.5, align="center"), Column("姓名", 1.3), Column("部门/单位", 2.0),
               Column("出席情况", 1.0, align="center"), Column("说明", 2.6)]
    doc.add_table(columns, [[a.seq, a.name, a.organisation, ATTENDANCE_WORDS.get(a.attendance or "", "未记录"),
                             a.leave_reason if a.attendance == "on_leave" else ""] for a in meeting.attendees])
    doc.add_heading("会议内容")
    for item in meeting.agenda:
        presenter = f"（汇报人：{item.presenter}）" if item.presenter else ""
        doc.add_paragraph(f"{item.seq}. {item.topic}{presenter}", style="heading")
        doc.add_paragraph(item.discussion or "（无记录）")
    if meeting.minutes_notes:
        doc.add_paragraph("其他事项", style="heading")
        doc.add_paragraph(meeting.minutes_notes)
    doc.add_heading("决议事项")
    if meeting.decisions:
        for decision in meeting.decisions:
            doc.add_paragraph(f"{decision.seq}. {decision.text}")
    else:
        doc.add_paragraph("本次会议无决议事项。")


def _items_table(doc: FormDocument, items, today: date, with_notes: bool) -> None:
    columns = [Column("编号", 2.0), Column("待办事项", 3.0), Column("负责人", 0.9), Column("完成期限", 1.1, align="center"),
               Column("状态", 1.3, align="center")]
    if with_notes:
        columns.append(Column("最新进展", 2.6))
    rows = []
    for item in items:
        state = status_word(item.status) + ("（逾期）" if item.is_overdue(today) else "")
        row = [item.code, item.title, item.owner_name, item.due_date.isoformat(), state]
        if with_notes:
            row.append(item.last_note)
        rows.append(row)
    doc.add_table(columns, rows)


def render_minutes(uow: UnitOfWork, meeting: MeetingView, out: Path) -> Path:
    doc = FormDocument(out, "会议纪要", meeting.number, _letterhead(uow), subject=meeting.title)
    facts = _facts(meeting)
    if meeting.status not in (sm.REVIEWED, sm.DISTRIBUTED):
        facts.append(("纪要状态", sm.STATE_WORDS.get(meeting.status, meeting.status) + "（未定稿）"))
    doc.add_key_values(facts, columns=2)
    _minutes_body(doc, meeting)
    items = [i for i in items_of_meeting(uow.session, uow.actor, meeting.id) if i.meeting_id == meeting.id]
    doc.add_heading("待办事项（跟踪落实）")
    if items:
        _items_table(doc, items, local_today(uow), with_notes=False)
    else:
        doc.add_paragraph("无。")
    sent = distribution_of(uow.session, uow.actor, meeting.id)
    if sent:
        doc.add_heading("分发记录")
        doc.add_paragraph("；".join(f"{d.name}（{CHANNEL_WORDS.get(d.channel, d.channel)} "
                                   f"{d.sent_at.astimezone():%Y-%m-%d %H:%M}）" for d in sent), style="small")
    doc.add_signatures([SignatureBox("记录人", meeting.recorder_name, ("签字", "日期"), stamp=False),
                        SignatureBox("主持人审核", meeting.chair_name, ("签字", "日期"), stamp=False)])
    return doc.build()


def render_action_report(uow: UnitOfWork, meeting: MeetingView, out: Path) -> Path:
    """The follow-up of the meeting's action items for the chair: decided here or carried here."""
    today = local_today(uow)
    items = items_of_meeting(uow.session, uow.actor, meeting.id)
    done = sum(1 for i in items if i.status == "done")
    late = sum(1 for i in items if i.is_overdue(today))
    doc = FormDocument(out, "决议事项落实情况报告", f"{meeting.number}-{today:%Y%m%d}", _letterhead(uow),
                       landscape=True, qr_text=meeting.number, subject=meeting.title)
    doc.add_key_values([("会议", f"{meeting.number} {meeting.title}"), ("报送", f"主持人 {meeting.chair_name}"),
                        ("会议时间", when_text(meeting)), ("报告日期", today.isoformat()),
                        ("待办事项", f"{len(items)} 项，已完成 {done} 项，逾期 {late} 项"),
                        ("完成率", f"{done * 100 // len(items)}%" if items else "—")], columns=2)
    _items_table(doc, items, today, with_notes=True)
    if not items:
        doc.add_paragraph("本次会议没有待办事项。")
    doc.add_signatures([SignatureBox("报告人", meeting.recorder_name, ("签字", "日期"), stamp=False),
                        SignatureBox("主持人阅示", meeting.chair_name, ("签字", "日期"), stamp=False)])
    return doc.build()


def print_notice(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print meeting-notice HY-BJ01-2026-000001 --out notice.pdf`."""
    return render_notice(uow, get_meeting_by_number(uow.session, uow.actor, number), Path(out))


def print_minutes(uow: UnitOfWork, number: str, out: Path) -> Path:
    return render_minutes(uow, get_meeting_by_number(uow.session, uow.actor, number), Path(out))


def print_action_report(uow: UnitOfWork, number: str, out: Path) -> Path:
    return render_action_report(uow, get_meeting_by_number(uow.session, uow.actor, number), Path(out))
