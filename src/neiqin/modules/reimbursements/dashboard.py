"""The work dashboard's claims: those waiting for the signed-in user's step, and the user's own
claims that someone else moved lately (returned, approved, paid)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import DashboardItem, SearchHit
from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.listing import NUMBER_CHARS, waiting_clause
from neiqin.modules.reimbursements.models import Claim
from neiqin.modules.reimbursements.service import can_see, department_of

LIMIT = 50
#: how long a change of the user's own claim stays on the dashboard
CHANGED_DAYS = 7


def _item(group: str, claim: Claim, severity: str = "normal") -> DashboardItem:
    return DashboardItem("reimbursements", group, f"{claim.number} {claim.claimant_name} ¥{claim.total_amount:,.2f}",
                         claim.id, sm.STATES[claim.status], claim.claim_date.isoformat(), severity, kind="claim",
                         detail_context="reimbursements")


def dashboard_items(session: Session, actor: Actor, today: date) -> list[DashboardItem]:
    if not actor.can("reimbursements.view"):
        return []
    items: list[DashboardItem] = []
    live = Claim.deleted_at.is_(None)
    waiting = waiting_clause(actor, department_of(session, actor.user_id))
    group = QT_TRANSLATE_NOOP("dashboard", "Expense claims waiting for you")
    for claim in session.scalars(select(Claim).where(live, waiting).order_by(Claim.status_changed_at).limit(LIMIT)):
        late = claim.status_changed_at is not None and \
            claim.status_changed_at.astimezone().date() < today - timedelta(days=3)
        items.append(_item(group, claim, "warning" if claim.over_budget or late else "normal"))
    since = datetime.combine(today - timedelta(days=CHANGED_DAYS), time.min, UTC)
    mine = or_(Claim.claimant_id == actor.user_id, Claim.entered_by_id == actor.user_id)
    group = QT_TRANSLATE_NOOP("dashboard", "Your expense claims that changed")
    query = (select(Claim).where(live, mine, Claim.status_changed_by != actor.user_id,
                                 or_(Claim.status == sm.RETURNED, Claim.status_changed_at >= since))
             .order_by(Claim.status_changed_at.desc()).limit(LIMIT))
    for claim in session.scalars(query):
        items.append(_item(group, claim, "warning" if claim.status == sm.RETURNED else "normal"))
    return items


def search(session: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    """Claims by number (or its start) and by claimant name."""
    if not actor.can("reimbursements.view") or not text.strip() or limit <= 0:
        return []
    upper = text.strip().upper()
    clauses = [Claim.claimant_name.contains(text.strip())]
    if set(upper) <= NUMBER_CHARS:
        clauses.append(Claim.number.startswith(upper))
    rows = session.scalars(select(Claim).where(Claim.deleted_at.is_(None), or_(*clauses))
                           .order_by(Claim.claim_date.desc()).limit(limit * 2))
    hits = []
    for claim in rows:
        if can_see(actor, claim) and len(hits) < limit:
            score = 1.0 if claim.number.startswith(upper) else 0.5
            hits.append(SearchHit("reimbursements", "claim", claim.id, claim.number,
                                  f"{claim.claimant_name} {claim.department} ¥{claim.total_amount:,.2f}", score))
    return hits
