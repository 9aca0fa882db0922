"""What needs attention today: overdue and soon-due action items, minutes waiting for the chair,
ad hoc meeting requests to approve, meetings in the next days whose notice has not gone out; and
the global search over meetings."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import DashboardItem, SearchHit
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.search import search as search_index
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.actions import open_items_query
from neiqin.modules.minutes.models import Meeting
from neiqin.modules.minutes.service import SEARCH_ENTITY

LIMIT = 50
#: action items due within this many days show up before they are late
SOON_DAYS = 3
#: meetings within this many days should have their notice sent
NOTICE_DAYS = 3
NUMBER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def _meeting_item(group: str, meeting: Meeting, severity: str = "normal") -> DashboardItem:
    when = meeting.starts_at.astimezone()
    return DashboardItem("minutes", group, f"{meeting.number} {meeting.title}", meeting.id,
                         f"{when:%Y-%m-%d %H:%M} {meeting.place}", when.date().isoformat(), severity, kind="meeting")


def dashboard_items(session: Session, actor: Actor, today: date) -> list[DashboardItem]:
    if not actor.can("minutes.view"):
        return []
    items: list[DashboardItem] = []
    overdue = QT_TRANSLATE_NOOP("dashboard", "Overdue action items")
    soon = QT_TRANSLATE_NOOP("dashboard", "Action items due soon")
    rows = session.execute(open_items_query(today + timedelta(days=SOON_DAYS + 1))
                           .limit(LIMIT * 4))
    for item, meeting in rows:
        late = item.due_date < today
        items.append(DashboardItem("minutes", overdue if late else soon, f"{item.code} {item.title}", item.id,
                                   f"{item.owner_name} · {meeting.title}", item.due_date.isoformat(),
                                   "overdue" if late else "warning", kind="action_item"))
    live = Meeting.deleted_at.is_(None)
    group = QT_TRANSLATE_NOOP("dashboard", "Minutes awaiting your review")
    query = select(Meeting).where(Meeting.status == sm.IN_REVIEW, live)
    if not actor.can("minutes.review_any"):
        query = query.where(Meeting.chair_id == actor.user_id)
    for meeting in session.scalars(query.order_by(Meeting.status_changed_at).limit(LIMIT)):
        items.append(_meeting_item(group, meeting, "warning"))
    if actor.can("minutes.approve"):
        group = QT_TRANSLATE_NOOP("dashboard", "Meeting requests to approve")
        for meeting in session.scalars(select(Meeting).where(Meeting.status == sm.REQUESTED, live)
                                       .order_by(Meeting.starts_at).limit(LIMIT)):
            items.append(_meeting_item(group, meeting))
    if actor.can("minutes.schedule"):
        group = QT_TRANSLATE_NOOP("dashboard", "Meetings without a notice")
        horizon = datetime.combine(today + timedelta(days=NOTICE_DAYS), time.max).astimezone().astimezone(UTC)
        start = datetime.combine(today, time.min).astimezone().astimezone(UTC)
        for meeting in session.scalars(select(Meeting).where(and_(Meeting.status == sm.SCHEDULED, live,
                                                                  Meeting.starts_at >= start,
                                                                  Meeting.starts_at <= horizon))
                                       .order_by(Meeting.starts_at).limit(LIMIT)):
            items.append(_meeting_item(group, meeting, "warning"))
    return items


def search(session: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    """Meetings by number (or its start), title, place, chair and agenda topics (pinyin too)."""
    if not actor.can("minutes.view") or not text.strip() or limit <= 0:
        return []
    hits: list[SearchHit] = []
    seen: set[str] = set()
    upper = text.strip().upper()
    if set(upper) <= NUMBER_CHARS:
        for meeting in session.scalars(select(Meeting).where(Meeting.number >= upper,
                                                             Meeting.number < upper + "\uffff",
                                                             Meeting.deleted_at.is_(None))
                                       .order_by(Meeting.number).limit(limit)):
            seen.add(meeting.id)
            hits.append(SearchHit("minutes", "meeting", meeting.id, f"{meeting.number} {meeting.title}",
                                  meeting.starts_at.astimezone().strftime("%Y-%m-%d %H:%M"), 1.0))
    for hit in search_index(session, text, (SEARCH_ENTITY,), limit):
        if hit.entity_id not in seen and len(hits) < limit:
            hits.append(SearchHit("minutes", "meeting", hit.entity_id, hit.title, hit.subtitle, 0.5))
    return hits
