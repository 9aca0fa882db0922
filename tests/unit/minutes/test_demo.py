"""Demo meetings: weekly meetings in every stage, action items some of them late, a meeting next
week with its notice out, made through the services (so every step is in the timeline)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from neiqin.core.auth.actor import system_actor
from neiqin.core.db.types import utcnow
from neiqin.core.demo import DemoContext
from neiqin.modules import all_permissions
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.contributions import dashboard_items, demo_data
from neiqin.modules.minutes.models import ActionItem, Meeting, MeetingTransition


def test_demo_meetings(db, admin, clerk, reviewer, finance):
    actor = system_actor(admin.branch_id, frozenset(p.code for p in all_permissions()))
    with db.connect() as connection:
        ctx = DemoContext(connection=connection, actor=actor, branch_id=admin.branch_id, branch_code="BJ01",
                          rng=random.Random(3), now=utcnow(), scale={},
                          users={"admin": [admin.user_id], "clerk": [clerk.user_id], "reviewer": [reviewer.user_id],
                                 "finance": [finance.user_id]})
        made = demo_data(ctx)
    assert made["meetings"] >= 12 and made["action_items"] >= 20
    now = utcnow()
    today = now.astimezone().date()
    with db.read() as session:
        meetings = list(session.scalars(select(Meeting)))
        statuses = Counter(m.status for m in meetings)
        assert {sm.DISTRIBUTED, sm.REVIEWED, sm.IN_REVIEW, sm.DRAFT, sm.NOTIFIED, sm.REQUESTED,
                sm.CANCELLED} <= set(statuses)
        upcoming = [m for m in meetings if m.starts_at > now and m.kind == "weekly"]
        assert len(upcoming) == 1 and upcoming[0].status == sm.NOTIFIED
        items = list(session.scalars(select(ActionItem)))
        assert {i.status for i in items} >= {"done", "open"}
        assert any(i.status in ("open", "in_progress") and i.due_date < today for i in items)
        # every step follows the machine: each starts where the previous ended
        for meeting in meetings:
            rows = list(session.scalars(select(MeetingTransition).where(MeetingTransition.meeting_id == meeting.id)
                                        .order_by(MeetingTransition.at, MeetingTransition.id)))
            assert rows[0].from_state is None
            for previous, current in zip(rows, rows[1:], strict=False):
                assert current.from_state == previous.to_state
            assert rows[-1].to_state == meeting.status
            assert all(r.at <= now + timedelta(seconds=1) for r in rows)
        weekly = sorted((m for m in meetings if m.kind == "weekly"), key=lambda m: m.starts_at)
        for previous, current in zip(weekly, weekly[1:], strict=False):
            assert current.previous_id == previous.id
            assert current.starts_at - previous.starts_at == timedelta(days=7)
        items_today = dashboard_items(session, clerk, today)
    assert any(i.severity == "overdue" and i.kind == "action_item" for i in items_today)
