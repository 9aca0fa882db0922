"""The notice: acknowledgements and leave requests give the awareness rate; the text body; the
.ics file read back by a standard iCalendar parser."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar
import pytest

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.modules.minutes import notice, service, steps
from tests.unit.minutes.conftest import local, meeting_input, schedule


def test_acknowledgements_and_leave_make_the_awareness_rate(db, clerk, reviewer, finance):
    meeting = schedule(db, clerk, reviewer, [finance])
    guest = meeting.attendees[-1]
    with pytest.raises(Conflict, match="has not been sent the notice"), db.unit_of_work(clerk) as uow:
        notice.acknowledge(uow, guest.id)
    with db.unit_of_work(clerk) as uow:
        view = steps.transition(uow, meeting.id, "notify")
    assert view.awareness.notified == 4 and view.awareness.acknowledged == 0 and view.awareness.rate == 0
    by_name = {a.name: a for a in view.attendees}
    with db.unit_of_work(finance) as uow:  # an attendee acknowledges in the program
        notice.acknowledge(uow, by_name["赵会计"].id)
    with pytest.raises(PermissionDenied), db.unit_of_work(finance) as uow:  # but not for someone else
        notice.acknowledge(uow, by_name["李经理"].id)
    with db.unit_of_work(clerk) as uow:  # the clerk records a guest's reply by phone
        notice.acknowledge(uow, guest.id)
    with pytest.raises(ValidationError, match="reason for the leave"), db.unit_of_work(clerk) as uow:
        notice.request_leave(uow, by_name["王芳"].id, "  ")
    with db.unit_of_work(clerk) as uow:
        left = notice.request_leave(uow, by_name["王芳"].id, "外出拜访客户")
    assert left.leave_reason == "外出拜访客户" and left.acknowledged_at is not None
    with db.read() as session:
        view = service.get_meeting(session, clerk, meeting.id)
    assert (view.awareness.notified, view.awareness.acknowledged, view.awareness.on_leave) == (4, 3, 1)
    assert view.awareness.rate == 0.75 and view.awareness.percent_text == "75%"


def test_leave_is_on_leave_in_the_attendance(db, clerk, reviewer):
    meeting = schedule(db, clerk, reviewer, days=-1)
    with db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "notify")
        notice.request_leave(uow, meeting.attendees[-1].id, "参加客户验收会")
        started = steps.transition(uow, meeting.id, "hold")
    assert [a.attendance for a in started.attendees] == [None, None, "on_leave"]
    with pytest.raises(Conflict, match="leave is asked for before it begins"), db.unit_of_work(clerk) as uow:
        notice.request_leave(uow, meeting.attendees[0].id, "迟到")


def test_the_notice_text_names_time_place_agenda_and_people(db, clerk, reviewer, finance):
    meeting = schedule(db, clerk, reviewer, [finance])
    start = meeting.starts_at.astimezone()
    weekday = "一二三四五六日"[start.weekday()]
    with db.read() as session:
        text = notice.notice_text(session, meeting, datetime(2026, 11, 20, 8, tzinfo=UTC))
    assert text.startswith(f"会议通知（{meeting.number}）\n")
    assert f"兹定于{start:%Y-%m-%d}（星期{weekday}） 09:00—10:30在三楼第一会议室召开销售部周例会（周例会），由李经理主持" in text
    assert "  1. 上周销售工作总结（汇报人：王芳，20分钟）" in text
    assert "李经理、王芳、赵会计、张伟（上海浦东精密机械制造有限公司）" in text
    assert "会议资料：销售周报" in text and "会议设备：投影仪" in text
    assert "北京海淀示范贸易有限公司" in text
    assert text.rstrip().endswith("2026-11-20")


def test_the_ics_file_opens_in_a_standard_parser(db, clerk, reviewer, finance, tmp_path):
    long_title = "销售部周例会；重点客户订单、回款及费用情况通报，以及第四季度市场推广计划的讨论与安排"
    meeting = schedule(db, clerk, reviewer, [finance], title=long_title)
    now = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    with db.read() as session:
        path = notice.write_ics(session, meeting, tmp_path / "meeting.ics", now)
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded at 75 octets
    assert b"\n" not in raw.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == long_title
    assert str(event["LOCATION"]) == "三楼第一会议室"
    assert event.decoded("DTSTART") == meeting.starts_at
    assert event.decoded("DTEND") == meeting.ends_at
    assert event.decoded("DTSTAMP") == now
    assert str(event["UID"]) == f"{meeting.id}@neiqin"
    assert "上周销售工作总结" in str(event["DESCRIPTION"])
    attendees = event.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == ["mailto:zhangwei@example.com"]
    assert attendees[0].params["CN"] == "张伟"
    assert int(event["SEQUENCE"]) == 0


def test_a_moved_meeting_gets_a_higher_ics_sequence(db, clerk, reviewer):
    meeting = schedule(db, clerk, reviewer)
    with db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "notify")
        moved = service.update_meeting(uow, meeting.id, meeting_input(reviewer, clerk, starts_at=local(4, 14),
                                                                      ends_at=local(4, 15)))
    with db.read() as session:
        event = icalendar.Calendar.from_ical(notice.notice_ics(session, moved)).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == 1 and event.decoded("DTSTART") == local(4, 14)
