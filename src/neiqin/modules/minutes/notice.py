"""The notice (会议通知): acknowledgements and leave requests per attendee, the notice as plain
text for an e-mail or a chat message, and as an iCalendar (.ics, RFC 5545) file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from neiqin.core.settings import COMPANY_NAME, get_setting
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.models import Attendee, MeetingTransition
from neiqin.modules.minutes.schemas import KIND_WORDS, AttendeeView, MeetingView
from neiqin.modules.minutes.service import attendee_view

WEEKDAYS = "一二三四五六日"
RULES = "请准时参会，不得迟到、早退；如有特殊情况需提前请假。会议期间请保持良好秩序，手机调至静音或关机。"


def _attendee(uow: UnitOfWork, attendee_id: str) -> Attendee:
    attendee = uow.session.get(Attendee, attendee_id)
    if attendee is None or attendee.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such attendee."))
    if attendee.user_id != uow.actor.user_id and not uow.actor.can("minutes.schedule"):
        raise PermissionDenied("minutes.schedule", uow.actor.username)
    return attendee


def acknowledge(uow: UnitOfWork, attendee_id: str) -> AttendeeView:
    """The attendee confirmed receiving the notice (in the program, or told the clerk)."""
    attendee = _attendee(uow, attendee_id)
    meeting = sm.load_meeting(uow.session, attendee.meeting_id)
    if meeting.status != sm.NOTIFIED or attendee.notified_at is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{name} has not been sent the notice of {number} yet."),
                       name=attendee.name, number=meeting.number)
    if attendee.acknowledged_at is None:
        attendee.acknowledged_at = uow.now()
    uow.session.flush()
    return attendee_view(attendee)


def request_leave(uow: UnitOfWork, attendee_id: str, reason: str) -> AttendeeView:
    """A leave request (请假) with its reason; it also acknowledges the notice."""
    attendee = _attendee(uow, attendee_id)
    meeting = sm.load_meeting(uow.session, attendee.meeting_id)
    if meeting.status not in (sm.SCHEDULED, sm.NOTIFIED):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} is {state}: leave is asked for before it "
                                                   "begins."), number=meeting.number,
                       state=sm.STATE_WORDS[meeting.status])
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason for the leave."), field="reason")
    now = uow.now()
    attendee.leave_reason, attendee.leave_at = reason, now
    if attendee.notified_at is not None and attendee.acknowledged_at is None:
        attendee.acknowledged_at = now
    uow.session.flush()
    return attendee_view(attendee)


def withdraw_leave(uow: UnitOfWork, attendee_id: str) -> AttendeeView:
    attendee = _attendee(uow, attendee_id)
    meeting = sm.load_meeting(uow.session, attendee.meeting_id)
    if meeting.status not in (sm.SCHEDULED, sm.NOTIFIED):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} is {state}: leave is asked for before it "
                                                   "begins."), number=meeting.number,
                       state=sm.STATE_WORDS[meeting.status])
    attendee.leave_reason = attendee.leave_at = None
    uow.session.flush()
    return attendee_view(attendee)


# --- the notice as text --------------------------------------------------------------------------


def _local(value: datetime) -> datetime:
    return value.astimezone()


def when_text(meeting: MeetingView) -> str:
    start, end = _local(meeting.starts_at), _local(meeting.ends_at)
    day = f"{start:%Y-%m-%d}（星期{WEEKDAYS[start.weekday()]}）"
    end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
    return f"{day} {start:%H:%M}—{end_text}"


def person_text(name: str, organisation: str, guest: bool) -> str:
    return f"{name}（{organisation}）" if guest and organisation else name


def notice_text(session: Session, meeting: MeetingView, issued: datetime | None = None) -> str:
    """The notice as plain text, to paste into an e-mail or a chat message."""
    company = get_setting(session, COMPANY_NAME, "") or ""
    issued = _local(issued or datetime.now(UTC))
    lines = [f"会议通知（{meeting.number}）", "", "各位同事：", "",
             f"兹定于{when_text(meeting)}在{meeting.place}召开{meeting.title}（{KIND_WORDS.get(meeting.kind, '')}），"
             f"由{meeting.chair_name}主持，{meeting.recorder_name}记录，请准时参加。", ""]
    if meeting.agenda:
        lines.append("一、会议议程")
        for item in meeting.agenda:
            details = "，".join(p for p in (f"汇报人：{item.presenter}" if item.presenter else "",
                                            f"{item.planned_minutes}分钟" if item.planned_minutes else "") if p)
            lines.append(f"  {item.seq}. {item.topic}" + (f"（{details}）" if details else ""))
        lines.append("")
    lines.append("二、参会人员")
    lines.append("  " + "、".join(person_text(a.name, a.organisation, a.is_guest) for a in meeting.attendees))
    lines.append("")
    materials = [m for m in meeting.materials if m.kind == "material"]
    equipment = [m for m in meeting.materials if m.kind == "equipment"]
    if materials or equipment:
        lines.append("三、会前准备")
        if materials:
            lines.append("  会议资料：" + "、".join(m.name for m in materials))
        if equipment:
            lines.append("  会议设备：" + "、".join(m.name for m in equipment))
        lines.append("")
    lines += ["注意事项：" + RULES, "", f"收到通知后请回复确认；如需请假，请向{meeting.recorder_name}说明原因。", ""]
    if meeting.notes:
        lines += [f"备注：{meeting.notes}", ""]
    lines += [company, f"{issued:%Y-%m-%d}"]
    return "\n".join(lines).strip() + "\n"


# --- the notice as iCalendar (RFC 5545) ------------------------------------------------------------


def _escape(value: str) -> str:
    """TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _param(value: str) -> str:
    """A parameter value, quoted when it holds ; : or , (RFC 5545 §3.2); quotes are not allowed."""
    value = value.replace('"', "'")
    return f'"{value}"' if any(c in value for c in ";:,") else value


def _fold(line: str) -> str:
    """Content lines of at most 75 octets; continuation lines begin with one space (§3.1). UTF-8
    characters are never split."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def revision_of(session: Session, meeting_id: str) -> int:
    """The SEQUENCE of the event: how many times the meeting was moved after a notice."""
    return int(session.scalar(select(func.count()).select_from(MeetingTransition).where(
        MeetingTransition.meeting_id == meeting_id, MeetingTransition.action == "revise")) or 0)


def notice_ics(session: Session, meeting: MeetingView, now: datetime | None = None) -> str:
    """The meeting as a VCALENDAR with one VEVENT, for Outlook, the phone's calendar and others."""
    now = now or datetime.now(UTC)
    description = notice_text(session, meeting, now)
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Neiqin//Meeting minutes//ZH", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT",
        f"UID:{meeting.id}@neiqin", f"DTSTAMP:{_stamp(now)}", f"DTSTART:{_stamp(meeting.starts_at)}",
        f"DTEND:{_stamp(meeting.ends_at)}", f"SEQUENCE:{revision_of(session, meeting.id)}",
        f"SUMMARY:{_escape(meeting.title)}", f"LOCATION:{_escape(meeting.place)}",
        f"DESCRIPTION:{_escape(description)}",
        f"STATUS:{'CANCELLED' if meeting.status == sm.CANCELLED else 'CONFIRMED'}",
    ]
    for attendee in meeting.attendees:
        if "@" in attendee.contact:
            role = "CHAIR" if attendee.user_id == meeting.chair_id else "REQ-PARTICIPANT"
            lines.append(f"ATTENDEE;CN={_param(attendee.name)};ROLE={role}:mailto:{attendee.contact}")
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_escape(meeting.title)}", "TRIGGER:-PT30M",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "".join(_fold(line) + "\r\n" for line in lines)


def write_ics(session: Session, meeting: MeetingView, path: Path | str, now: datetime | None = None) -> Path:
    path = Path(path)
    path.write_bytes(notice_ics(session, meeting, now).encode("utf-8"))
    return path
