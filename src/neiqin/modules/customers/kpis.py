"""Customer information completeness (客户信息完整率): the share of a clerk's customer files that
have every basic field and a contact with a phone number — an assessment indicator (考核指标)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from neiqin.core.contributions import KpiSpec, KpiValue
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.customers.models import Contact, Customer

#: the fields a complete customer file has filled in (besides the name, which is always there)
REQUIRED_FIELDS = ("industry", "region", "address", "phone")


def _filled(column):
    return and_(column.is_not(None), func.trim(column) != "")


def completeness(session: Session, since: date, until: date, clerk_id: str | None) -> KpiValue:
    """Over the live customer files that exist at the end of the period (a clerk's: the ones she owns)."""
    end = datetime.combine(until, time.max, UTC)
    reachable = exists().where(Contact.customer_id == Customer.id, Contact.deleted_at.is_(None), _filled(Contact.phone))
    complete = and_(*(_filled(getattr(Customer, name)) for name in REQUIRED_FIELDS), reachable)
    query = select(func.count(), func.count().filter(complete)).where(
        Customer.deleted_at.is_(None), or_(Customer.created_at.is_(None), Customer.created_at <= end))
    if clerk_id:
        query = query.where(Customer.owner_id == clerk_id)
    total, good = session.execute(query).one()
    return KpiValue(good * 100 / total if total else None, good, total)


KPIS = [
    KpiSpec("customers.completeness", QT_TRANSLATE_NOOP("kpi", "Customer information completeness"), "percent",
            "higher", 90, completeness,
            QT_TRANSLATE_NOOP("kpi", "Customer files with industry, region, address, phone and a contact with a "
                                     "phone, of all customer files")),
]
