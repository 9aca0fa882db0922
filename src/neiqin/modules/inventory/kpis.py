"""Count accuracy (盘点准确率) as an assessment indicator: the share of counted lines without a
variance, over the counts approved in the period (a clerk's: the lines she counted)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.contributions import KpiSpec, KpiValue
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.ledger.counts import APPROVED, figures
from neiqin.modules.inventory.models import StockCount, StockCountLine


def count_accuracy(session: Session, since: date, until: date, clerk_id: str | None) -> KpiValue:
    query = (select(StockCountLine).join(StockCount, StockCount.id == StockCountLine.session_id)
             .where(StockCount.status == APPROVED, StockCount.deleted_at.is_(None),
                    StockCount.approved_at >= datetime.combine(since, time.min, UTC),
                    StockCount.approved_at <= datetime.combine(until, time.max, UTC),
                    StockCountLine.deleted_at.is_(None)))
    if clerk_id:
        query = query.where(StockCountLine.counted_by == clerk_id)
    result = figures(session.scalars(query))
    return KpiValue(result.matching * 100 / result.counted if result.counted else None, result.matching,
                    result.counted)


KPIS = [
    KpiSpec("inventory.count_accuracy", QT_TRANSLATE_NOOP("kpi", "Count accuracy"), "percent", "higher", 98,
            count_accuracy, QT_TRANSLATE_NOOP("kpi", "Counted lines without a variance, of all lines counted in "
                                                     "the counts approved in the period")),
]
