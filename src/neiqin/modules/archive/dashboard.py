"""What the archive needs today: lending requests to approve, overdue lendings with the reminder due,
contracts about to expire, and documents still circulating; and the archive's part of the search."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import DashboardItem, SearchHit
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.search import search as search_index
from neiqin.core.settings import get_setting
from neiqin.modules.archive import lending as ln
from neiqin.modules.archive import rules
from neiqin.modules.archive.documents import ENTITY as DOCUMENT_ENTITY
from neiqin.modules.archive.models import ArchiveItem, Contract, Document, Lending
from neiqin.modules.archive.service import CONTRACT_ENTITY, ITEM_ENTITY

LIMIT = 50
CIRCULATION_DAYS = 3
KINDS = {ITEM_ENTITY: "item", CONTRACT_ENTITY: "contract", DOCUMENT_ENTITY: "document"}
NUMBER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def warn_days(session: Session) -> int:
    return int(get_setting(session, rules.CONTRACT_WARN_DAYS_SETTING, rules.DEFAULT_CONTRACT_WARN_DAYS))


def dashboard_items(session: Session, actor: Actor, today: date) -> list[DashboardItem]:
    if not actor.can("archive.view"):
        return []
    items: list[DashboardItem] = []
    if actor.can("archive.lend.approve"):
        group = QT_TRANSLATE_NOOP("dashboard", "Lending requests to approve")
        rows = session.scalars(select(Lending).where(Lending.status == ln.REQUESTED, Lending.deleted_at.is_(None))
                               .order_by(Lending.requested_on, Lending.number).limit(LIMIT))
        for row in rows:
            if not rules.role_may_approve(actor.role, row.confidentiality):
                continue
            items.append(DashboardItem("archive", group, f"{row.number} {row.item_title}", row.id,
                                       f"{row.borrower_name} {row.borrower_department or ''}".strip(),
                                       row.due_on.isoformat(), kind="lending"))
    group = QT_TRANSLATE_NOOP("dashboard", "Overdue lendings")
    for row in session.scalars(ln.overdue_query(today).limit(LIMIT)):
        days = (today - row.due_on).days
        level = ln.level_due(days)
        detail = rules.REMINDER_TITLES[level] if level > row.reminders else \
            QT_TRANSLATE_NOOP("archive", "Reminder sent")
        items.append(DashboardItem("archive", group, f"{row.number} {row.item_title} — {row.borrower_name}", row.id,
                                   detail, row.due_on.isoformat(), "overdue", kind="lending",
                                   detail_context="archive"))
    group = QT_TRANSLATE_NOOP("dashboard", "Contracts expiring soon")
    horizon = today + timedelta(days=warn_days(session))
    for contract in session.scalars(select(Contract).where(Contract.end_date >= today, Contract.end_date <= horizon,
                                                           Contract.deleted_at.is_(None))
                                    .order_by(Contract.end_date).limit(LIMIT)):
        items.append(DashboardItem("archive", group, f"{contract.number} {contract.customer_name}", contract.id,
                                   contract.title[:80], contract.end_date.isoformat(), "warning", kind="contract"))
    if actor.can("archive.edit"):
        group = QT_TRANSLATE_NOOP("dashboard", "Documents still circulating")
        since = today - timedelta(days=CIRCULATION_DAYS)
        for doc in session.scalars(select(Document).where(Document.status == "circulating", Document.doc_date <= since,
                                                          Document.deleted_at.is_(None))
                                   .order_by(Document.doc_date).limit(LIMIT)):
            items.append(DashboardItem("archive", group, f"{doc.number} {doc.title}", doc.id, doc.sender,
                                       doc.doc_date.isoformat(), kind="document"))
    return items


def search(session: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    """Items, contracts and documents by title, number, customer or sender (and pinyin)."""
    if not actor.can("archive.view") or not text.strip() or limit <= 0:
        return []
    hits: list[SearchHit] = []
    seen: set[str] = set()
    upper = text.strip().upper()
    if set(upper) <= NUMBER_CHARS:
        for model, kind in ((ArchiveItem, "item"), (Contract, "contract"), (Document, "document"),
                            (Lending, "lending")):
            rows = session.scalars(select(model).where(model.number >= upper, model.number < upper + "\uffff",
                                                       model.deleted_at.is_(None)).order_by(model.number).limit(limit))
            for row in rows:
                seen.add(row.id)
                title = row.item_title if model is Lending else row.title
                hits.append(SearchHit("archive", kind, row.id, row.number, title, 1.0))
    for hit in search_index(session, text, tuple(KINDS), limit):
        if hit.entity_id not in seen:
            hits.append(SearchHit("archive", KINDS[hit.entity], hit.entity_id, hit.title, hit.subtitle, 0.5))
    return hits[:limit]
