"""What needs attention today: supplies below their minimum, plans, over-standard issues, loss
reports and counts waiting for a department head."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import DashboardItem, SearchHit
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.ledger import counts as kernel
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.models import LossReport, PurchasePlan, SupplyCount, SupplyIssue, SupplyItem
from neiqin.modules.supplies.service import low_stock

LIMIT = 50


def _plain(value) -> str:
    return format(value.normalize(), "f")


def dashboard_items(session: Session, actor: Actor, today: date) -> list[DashboardItem]:
    if not actor.can("supplies.view"):
        return []
    out: list[DashboardItem] = []
    group = QT_TRANSLATE_NOOP("dashboard", "Office supplies below minimum")
    for item in low_stock(session, actor)[:LIMIT]:
        out.append(DashboardItem("supplies", group, f"{item.name} {item.spec}".strip(), item.id,
                                 f"{_plain(item.stock)} / {_plain(item.minimum_stock)} {item.unit}",
                                 severity="warning", kind="item"))
    if actor.can("supplies.approve_plan"):
        group = QT_TRANSLATE_NOOP("dashboard", "Purchase plans awaiting approval")
        for plan in session.scalars(select(PurchasePlan).where(PurchasePlan.status == rules.SUBMITTED,
                                                               PurchasePlan.deleted_at.is_(None))
                                    .order_by(PurchasePlan.plan_date).limit(LIMIT)):
            out.append(DashboardItem("supplies", group, f"{plan.number} {plan.title}", plan.id,
                                     due=plan.plan_date.isoformat(), kind="plan"))
    if actor.can("supplies.approve_over_standard"):
        group = QT_TRANSLATE_NOOP("dashboard", "Supplies issues over standard awaiting approval")
        for doc in session.scalars(select(SupplyIssue).where(SupplyIssue.status == rules.AWAITING,
                                                             SupplyIssue.deleted_at.is_(None))
                                   .order_by(SupplyIssue.issued_on).limit(LIMIT)):
            out.append(DashboardItem("supplies", group, f"{doc.number} {doc.department} {doc.recipient_name}",
                                     doc.id, due=doc.issued_on.isoformat(), kind="issue"))
    if actor.can("supplies.approve_loss"):
        group = QT_TRANSLATE_NOOP("dashboard", "Loss and damage reports awaiting approval")
        rows = session.execute(select(LossReport, SupplyItem.name).join(SupplyItem, SupplyItem.id == LossReport.item_id)
                               .where(LossReport.status == rules.REPORTED, LossReport.deleted_at.is_(None))
                               .order_by(LossReport.reported_on).limit(LIMIT))
        for report, name in rows:
            out.append(DashboardItem("supplies", group, f"{report.number} {name}", report.id,
                                     report.person_name, report.reported_on.isoformat(), kind="loss"))
    if actor.can("supplies.approve_count"):
        group = QT_TRANSLATE_NOOP("dashboard", "Supplies counts awaiting approval")
        for count in session.scalars(select(SupplyCount).where(SupplyCount.status == kernel.SUBMITTED,
                                                               SupplyCount.deleted_at.is_(None)).limit(LIMIT)):
            out.append(DashboardItem("supplies", group, f"{count.number} {count.title}", count.id, kind="count"))
    return out


def search(session: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    """Catalogue items by code, name or spec; documents by number."""
    if not actor.can("supplies.view") or not text.strip() or limit <= 0:
        return []
    needle = text.strip()
    like = f"%{needle}%"
    hits = [SearchHit("supplies", "item", item.id, f"{item.name} {item.spec or ''}".strip(), item.code, 0.8)
            for item in session.scalars(select(SupplyItem).where(
                SupplyItem.deleted_at.is_(None),
                (SupplyItem.code.ilike(like)) | SupplyItem.name.like(like) | SupplyItem.spec.like(like))
                .order_by(SupplyItem.code).limit(limit))]
    upper = needle.upper()
    if len(hits) < limit and upper[:2] in ("LY", "TK"):
        for doc in session.scalars(select(SupplyIssue).where(SupplyIssue.number >= upper,
                                                             SupplyIssue.number < upper + "\uffff")
                                   .order_by(SupplyIssue.number).limit(limit - len(hits))):
            hits.append(SearchHit("supplies", "issue", doc.id, doc.number,
                                  f"{doc.department} {doc.recipient_name}", 1.0))
    return hits
