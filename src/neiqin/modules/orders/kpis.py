"""KPIs from the transitions (考核指标): processing timeliness (recorded → approved within the
target hours), on-time delivery rate, returned-for-correction rate — per month, in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.settings import get_setting
from neiqin.modules.orders.models import OrderTransition, SalesOrder
from neiqin.modules.orders.schemas import KpiRow

TARGET_HOURS_SETTING = "orders.target_hours"
DEFAULT_TARGET_HOURS = 24

T = OrderTransition.__table__.c
O = SalesOrder.__table__.c  # noqa: E741 - the orders table, next to T


def _month(column):
    return func.substr(column, 1, 7)


def kpis(session: Session, actor: Actor, since: date, until: date, target_hours: int | None = None) -> list[KpiRow]:
    """One row per month from `since` to `until` (both inclusive) with the counts behind each rate."""
    actor.require("orders.view")
    hours = target_hours if target_hours is not None else int(get_setting(session, TARGET_HOURS_SETTING,
                                                                          DEFAULT_TARGET_HOURS))
    start = datetime.combine(since, time.min, UTC)
    end = datetime.combine(until, time.max, UTC)
    recorded = (select(T.order_id, func.min(T.at).label("at")).where(T.to_state == "recorded")
                .group_by(T.order_id).subquery())
    approved = (select(T.order_id, func.min(T.at).label("at")).where(T.action == "approve")
                .group_by(T.order_id).subquery())
    elapsed = (func.julianday(approved.c.at) - func.julianday(recorded.c.at)) * 24
    timely = session.execute(
        select(_month(approved.c.at), func.count(), func.sum(case((elapsed <= hours, 1), else_=0)))
        .select_from(approved.join(recorded, recorded.c.order_id == approved.c.order_id))
        .where(approved.c.at >= start, approved.c.at <= end).group_by(_month(approved.c.at))).all()
    delivered = session.execute(
        select(_month(O.delivered_on), func.count(), func.sum(case((O.delivered_on <= O.delivery_date, 1), else_=0)))
        .where(O.delivered_on.is_not(None), O.delivered_on >= since, O.delivered_on <= until, O.deleted_at.is_(None))
        .group_by(_month(O.delivered_on))).all()
    counted = session.execute(
        select(_month(T.at), func.sum(case((T.action == "submit", 1), else_=0)),
               func.sum(case((T.action == "return", 1), else_=0)),
               func.sum(case((T.to_state == "recorded", 1), else_=0)))
        .where(and_(T.at >= start, T.at <= end), T.action.in_(("submit", "return", "create", "record")))
        .group_by(_month(T.at))).all()
    months: dict[str, dict[str, int]] = {}
    blank = dict.fromkeys(("recorded", "approved", "in_time", "delivered", "on_time", "submitted", "returned"), 0)
    for month, count, in_time in timely:
        months.setdefault(month, dict(blank)).update(approved=count, in_time=int(in_time or 0))
    for month, count, on_time in delivered:
        months.setdefault(month, dict(blank)).update(delivered=count, on_time=int(on_time or 0))
    for month, submitted, returned, recorded_count in counted:
        months.setdefault(month, dict(blank)).update(submitted=int(submitted or 0), returned=int(returned or 0),
                                                     recorded=int(recorded_count or 0))
    return [KpiRow(month, v["recorded"], v["in_time"], v["approved"], v["delivered"], v["on_time"], v["submitted"],
                   v["returned"]) for month, v in sorted(months.items())]


