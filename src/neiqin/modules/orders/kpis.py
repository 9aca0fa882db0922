"""KPIs from the transitions (考核指标): processing timeliness (recorded → approved within the
target hours), on-time delivery rate, returned-for-correction rate — per month, in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import and_, case, func, select, true
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import KpiSpec, KpiValue
from neiqin.core.errors import QT_TRANSLATE_NOOP
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
    return kpi_rows(session, since, until, target_hours)


def kpi_rows(session: Session, since: date, until: date, target_hours: int | None = None,
             salesperson_id: str | None = None, parts=("timely", "delivered", "counted")) -> list[KpiRow]:
    """`kpis` without the permission check, optionally only the orders of one clerk (salesperson)
    and only some of the counts (`parts`)."""
    hours = target_hours if target_hours is not None else int(get_setting(session, TARGET_HOURS_SETTING,
                                                                          DEFAULT_TARGET_HOURS))
    mine = (O.salesperson_id == salesperson_id) if salesperson_id else true()
    start = datetime.combine(since, time.min, UTC)
    end = datetime.combine(until, time.max, UTC)
    approved = (select(T.order_id, func.min(T.at).label("at"))
                .where(T.to_state == "approved", T.action == "approve", T.at >= start, T.at <= end)
                .group_by(T.order_id).subquery())
    # looked up by order (a few steps each), not through the index of every "recorded" step
    recorded_at = func.min(case((T.to_state == "recorded", T.at)))
    recorded = (select(T.order_id, recorded_at.label("at"))
                .where(T.order_id.in_(select(approved.c.order_id)))
                .group_by(T.order_id).having(recorded_at.is_not(None)).subquery())
    elapsed = (func.julianday(approved.c.at) - func.julianday(recorded.c.at)) * 24
    timely = [] if "timely" not in parts else session.execute(
        select(_month(approved.c.at), func.count(), func.sum(case((elapsed <= hours, 1), else_=0)))
        .select_from(approved.join(recorded, recorded.c.order_id == approved.c.order_id)
                     .join(SalesOrder.__table__, O.id == approved.c.order_id))
        .where(approved.c.at >= start, approved.c.at <= end, mine).group_by(_month(approved.c.at))).all()
    delivered = [] if "delivered" not in parts else session.execute(
        select(_month(O.delivered_on), func.count(), func.sum(case((O.delivered_on <= O.delivery_date, 1), else_=0)))
        .where(O.delivered_on.is_not(None), O.delivered_on >= since, O.delivered_on <= until, O.deleted_at.is_(None),
               mine)
        .group_by(_month(O.delivered_on))).all()
    counted = [] if "counted" not in parts else session.execute(
        select(_month(T.at), func.sum(case((T.action == "submit", 1), else_=0)),
               func.sum(case((T.action == "return", 1), else_=0)),
               func.sum(case((T.to_state == "recorded", 1), else_=0)))
        .select_from(OrderTransition.__table__.join(SalesOrder.__table__, O.id == T.order_id))
        .where(T.to_state.in_(("submitted", "returned", "recorded")),  # the states' index: not every step
               and_(T.at >= start, T.at <= end), T.action.in_(("submit", "return", "create", "record")), mine)
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


def _rate(numerator: int, denominator: int) -> KpiValue:
    return KpiValue(numerator * 100 / denominator if denominator else None, numerator, denominator)


def _summed(session: Session, since: date, until: date, clerk_id: str | None, part: str) -> dict[str, int]:
    rows = kpi_rows(session, since, until, salesperson_id=clerk_id, parts=(part,))
    return {name: sum(getattr(row, name) for row in rows)
            for name in ("approved", "approved_in_time", "delivered", "delivered_on_time", "submitted", "returned")}


def timeliness(session: Session, since: date, until: date, clerk_id: str | None) -> KpiValue:
    counts = _summed(session, since, until, clerk_id, "timely")
    return _rate(counts["approved_in_time"], counts["approved"])


def on_time_delivery(session: Session, since: date, until: date, clerk_id: str | None) -> KpiValue:
    counts = _summed(session, since, until, clerk_id, "delivered")
    return _rate(counts["delivered_on_time"], counts["delivered"])


def accuracy(session: Session, since: date, until: date, clerk_id: str | None) -> KpiValue:
    counts = _summed(session, since, until, clerk_id, "counted")
    return _rate(counts["submitted"] - counts["returned"], counts["submitted"])


#: the orders' assessment indicators (seeds: 订单处理及时率, 订单按时交付率, 订单执行准确率)
KPIS = [
    KpiSpec("orders.timeliness", QT_TRANSLATE_NOOP("kpi", "Order processing timeliness"), "percent", "higher", 90,
            timeliness, QT_TRANSLATE_NOOP("kpi", "Orders approved within the target hours of being recorded, "
                                                 "of all orders approved in the period")),
    KpiSpec("orders.on_time_delivery", QT_TRANSLATE_NOOP("kpi", "On-time delivery rate"), "percent", "higher", 95,
            on_time_delivery, QT_TRANSLATE_NOOP("kpi", "Orders delivered on or before the delivery date, of all "
                                                       "orders delivered in the period")),
    KpiSpec("orders.accuracy", QT_TRANSLATE_NOOP("kpi", "Order accuracy"), "percent", "higher", 95, accuracy,
            QT_TRANSLATE_NOOP("kpi", "Submissions not returned for correction, of all submissions for review")),
]
