"""Claim processing time (报销处理时长) as an assessment indicator: the mean days from a claim's
first submission to its payment, over the claims paid in the period (a clerk's: the claims she
checked in first review)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neiqin.core.contributions import KpiSpec, KpiValue
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.reimbursements.models import ClaimTransition

T = ClaimTransition


def processing_days(session: Session, since: date, until: date, clerk_id: str | None) -> KpiValue:
    paid = (select(T.claim_id, func.min(T.at).label("at"))
            .where(T.action == "pay", T.at >= datetime.combine(since, time.min, UTC),
                   T.at <= datetime.combine(until, time.max, UTC))
            .group_by(T.claim_id).subquery())
    submitted = (select(T.claim_id, func.min(T.at).label("at"))
                 .where(T.action == "submit", T.claim_id.in_(select(paid.c.claim_id)))
                 .group_by(T.claim_id).subquery())
    query = (select(func.count(), func.sum(func.julianday(paid.c.at) - func.julianday(submitted.c.at)))
             .select_from(paid.join(submitted, submitted.c.claim_id == paid.c.claim_id)))
    if clerk_id:
        checked = select(T.claim_id).where(T.action == "check", T.actor_id == clerk_id)
        query = query.where(paid.c.claim_id.in_(checked))
    count, days = session.execute(query).one()
    days = round(float(days or 0), 2)
    return KpiValue(days / count if count else None, days, count)


KPIS = [
    KpiSpec("reimbursements.processing_days", QT_TRANSLATE_NOOP("kpi", "Claim processing time"), "days", "lower", 7,
            processing_days, QT_TRANSLATE_NOOP("kpi", "Mean days from a claim's submission to its payment, over "
                                                      "the claims paid in the period")),
]
