"""The meeting KPIs: awareness rate of notices and action items done by their due date."""

from __future__ import annotations

from datetime import timedelta

from neiqin.core.db.types import utcnow
from neiqin.modules.minutes import actions, notice, record, steps
from neiqin.modules.minutes.kpis import awareness, follow_up
from neiqin.modules.minutes.schemas import ActionItemInput, DecisionInput, MinutesInput
from tests.unit.minutes.conftest import schedule

TODAY = utcnow().astimezone().date()


def test_awareness_and_follow_up(db, clerk, reviewer, finance):
    meeting = schedule(db, clerk, reviewer, [finance], days=-3)
    with db.unit_of_work(clerk) as uow:
        view = steps.transition(uow, meeting.id, "notify")
        notice.acknowledge(uow, view.attendees[0].id)
        notice.request_leave(uow, view.attendees[3].id, "出差")
        steps.transition(uow, meeting.id, "hold")
        view = record.save_minutes(uow, meeting.id, MinutesInput({}, {}, (DecisionInput("催收"),)))
        day = meeting.starts_at.astimezone().date()
        made = [actions.add_item(uow, meeting.id, ActionItemInput(f"事项{n}", clerk.user_id, day + timedelta(days=n),
                                                                  view.decisions[0].id)) for n in (0, 1, 2)]
        actions.report_progress(uow, made[0].id, "完成", "done")  # today: after its due date
        actions.report_progress(uow, made[1].id, "取消", "cancelled")
    since, until = TODAY - timedelta(days=7), TODAY
    with db.read() as session:
        aware = awareness(session, since, until, None)
        assert (aware.numerator, aware.denominator, aware.value) == (2, 4, 50.0)
        assert awareness(session, since, until, finance.user_id).denominator == 0
        assert awareness(session, since, until, finance.user_id).value is None
        late = follow_up(session, since, until, clerk.user_id)
    assert (late.numerator, late.denominator, late.value) == (0, 2, 0.0)  # the cancelled one does not count
