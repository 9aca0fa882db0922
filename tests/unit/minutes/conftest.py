"""Meetings made through the slice's own services, for the minutes tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from neiqin.core.db.types import utcnow
from neiqin.modules.minutes import service, steps
from neiqin.modules.minutes.schemas import AgendaInput, AttendeeInput, MaterialInput, MeetingInput


def local(days: int, hour: int = 9, minute: int = 0) -> datetime:
    """A local time `days` from today (negative: in the past)."""
    day = utcnow().astimezone().date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def meeting_input(chair, recorder, others=(), days: int = 2, kind: str = "weekly", **overrides) -> MeetingInput:
    """A weekly meeting chaired by `chair` (an Actor), with a guest and a checklist."""
    values = dict(
        title="销售部周例会", kind=kind, starts_at=local(days, 9), ends_at=local(days, 10, 30), place="三楼第一会议室",
        chair_id=chair.user_id, recorder_id=recorder.user_id,
        attendees=(AttendeeInput(chair.user_id), AttendeeInput(recorder.user_id),
                   *(AttendeeInput(o.user_id) for o in others),
                   AttendeeInput(None, "张伟", "上海浦东精密机械制造有限公司", "zhangwei@example.com")),
        agenda=(AgendaInput("上周销售工作总结", "王芳", 20), AgendaInput("重点订单执行情况", "李经理", 15)),
        materials=(MaterialInput("销售周报", "material"), MaterialInput("投影仪", "equipment")),
        request_reason="客户投诉需要商定处理方案" if kind == "ad_hoc" else "",
    )
    values.update(overrides)
    return MeetingInput(**values)


def schedule(db, clerk, reviewer, others=(), days: int = 2, **overrides):
    with db.unit_of_work(clerk) as uow:
        return service.create_meeting(uow, meeting_input(reviewer, clerk, others, days, **overrides))


def held(db, clerk, reviewer, others=(), days: int = -1):
    """A meeting that took place (yesterday by default), notice sent, minutes started."""
    meeting = schedule(db, clerk, reviewer, others, days)
    with db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "notify")
        return steps.transition(uow, meeting.id, "hold")
