"""Assessment indicators (考核指标) of meetings (seed 003 工作标准): the awareness rate of
notices (知晓率) and the share of action items done by their due date (决议事项跟踪落实)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from neiqin.core.contributions import KpiSpec, KpiValue
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.minutes.models import ActionItem, Attendee, Meeting


def _bounds(since: date, until: date) -> tuple[datetime, datetime]:
    return (datetime.combine(since, time.min).astimezone().astimezone(UTC),
            datetime.combine(until, time.max).astimezone().astimezone(UTC))


def _rate(numerator: int, denominator: int) -> KpiValue:
    return KpiValue(numerator * 100 / denominator if denominator else None, numerator, denominator)


def awareness(session: Session, since: date, until: date, clerk_id: str | None) -> KpiValue:
    """Attendees who acknowledged the notice (or asked for leave) of those notified, over the
    meetings held in the period (recorded by the clerk when one is given)."""
    start, end = _bounds(since, until)
    query = (select(func.count(), func.count(Attendee.acknowledged_at))
             .select_from(Attendee).join(Meeting, Meeting.id == Attendee.meeting_id)
             .where(Attendee.notified_at.is_not(None), Attendee.deleted_at.is_(None), Meeting.deleted_at.is_(None),
                    Meeting.starts_at >= start, Meeting.starts_at <= end))
    if clerk_id:
        query = query.where(Meeting.recorder_id == clerk_id)
    notified, acknowledged = session.execute(query).one()
    return _rate(int(acknowledged), int(notified))


def follow_up(session: Session, since: date, until: date, clerk_id: str | None) -> KpiValue:
    """Action items due in the period (not cancelled) that were done by their due date."""
    query = (select(func.count(), func.count(ActionItem.id).filter(and_(ActionItem.status == "done",
                                                                        ActionItem.completed_on <= ActionItem.due_date)))
             .select_from(ActionItem).join(Meeting, Meeting.id == ActionItem.meeting_id)
             .where(ActionItem.due_date >= since, ActionItem.due_date <= until, ActionItem.status != "cancelled",
                    ActionItem.deleted_at.is_(None), Meeting.deleted_at.is_(None)))
    if clerk_id:
        query = query.where(Meeting.recorder_id == clerk_id)
    due, done = session.execute(query).one()
    return _rate(int(done), int(due))


KPIS = [
    KpiSpec("minutes.awareness", QT_TRANSLATE_NOOP("kpi", "Meeting notice awareness rate"), "percent", "higher", 95,
            awareness, QT_TRANSLATE_NOOP("kpi", "Attendees who acknowledged the notice or asked for leave, of those "
                                                "notified, for meetings held in the period.")),
    KpiSpec("minutes.follow_up", QT_TRANSLATE_NOOP("kpi", "Action items done on time"), "percent", "higher", 90,
            follow_up, QT_TRANSLATE_NOOP("kpi", "Action items due in the period that were done by their due date.")),
]
