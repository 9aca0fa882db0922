"""The usage ledger (领用台账): every issue and return line per person, department and period, with
its cost; totals and the usage statistics (top items, departments over the months) for cost control."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.models import SupplyIssue, SupplyIssueLine, SupplyItem
from neiqin.modules.supplies.schemas import UsageFilter, UsageRow, UsageStatistics, UsageTotal

#: documents that are in the ledger: handed-out issues and returns
IN_LEDGER = (rules.ISSUED, rules.POSTED)
ZERO = Decimal(0)
MONEY_ZERO = Decimal("0.00")


def usage_select(filters: UsageFilter) -> Select:
    issue, line, item = SupplyIssue, SupplyIssueLine, SupplyItem
    query = (select(issue.id, issue.issued_on, issue.number, issue.kind, issue.recipient_name, issue.department,
                    item.code, item.name, item.spec, item.unit, line.quantity, line.unit_cost, line.amount,
                    issue.sign_mode, issue.signature_sha256)
             .select_from(line).join(issue, issue.id == line.issue_id).join(item, item.id == line.item_id)
             .where(issue.status.in_(IN_LEDGER), issue.deleted_at.is_(None), line.deleted_at.is_(None)))
    if filters.date_from:
        query = query.where(issue.issued_on >= filters.date_from)
    if filters.date_to:
        query = query.where(issue.issued_on <= filters.date_to)
    if filters.department.strip():
        query = query.where(issue.department == filters.department.strip())
    if filters.recipient.strip():
        query = query.where(issue.recipient_name == filters.recipient.strip())
    if filters.item_id:
        query = query.where(line.item_id == filters.item_id)
    return query.order_by(issue.issued_on, issue.number, line.line_no)


def usage_rows(session: Session, actor: Actor, filters: UsageFilter | None = None) -> list[UsageRow]:
    actor.require("supplies.view")
    rows = session.execute(usage_select(filters or UsageFilter()))
    return [UsageRow(r.id, r.issued_on, r.number, r.kind, r.recipient_name, r.department, r.code, r.name,
                     r.spec or "", r.unit, r.quantity, r.unit_cost, r.amount,
                     r.sign_mode == "paper" or bool(r.signature_sha256)) for r in rows]


def _totals(rows: list[UsageRow], key) -> list[UsageTotal]:
    quantity: dict[str, Decimal] = defaultdict(lambda: ZERO)
    amount: dict[str, Decimal] = defaultdict(lambda: MONEY_ZERO)
    for row in rows:
        quantity[key(row)] += row.quantity
        amount[key(row)] += row.amount
    return sorted((UsageTotal(k, quantity[k], amount[k]) for k in quantity), key=lambda t: (-t.amount, t.key))


def usage_totals(session: Session, actor: Actor, by: str, filters: UsageFilter | None = None) -> list[UsageTotal]:
    """Net quantity and cost per person, department, item or month."""
    keys = {"person": lambda r: f"{r.department} {r.recipient_name}", "department": lambda r: r.department,
            "item": lambda r: f"{r.code} {r.name}", "month": lambda r: r.issued_on.strftime("%Y-%m")}
    return _totals(usage_rows(session, actor, filters), keys[by])


def statistics(session: Session, actor: Actor, filters: UsageFilter | None = None, top: int = 10) -> UsageStatistics:
    rows = usage_rows(session, actor, filters)
    stats = UsageStatistics()
    stats.top_items = _totals(rows, lambda r: f"{r.name} {r.spec}".strip())[:top]
    stats.by_department = _totals(rows, lambda r: r.department)
    stats.by_person = _totals(rows, lambda r: f"{r.department} {r.recipient_name}")
    months = sorted({row.issued_on.strftime("%Y-%m") for row in rows})
    trend: dict[str, dict[str, Decimal]] = {total.key: dict.fromkeys(months, MONEY_ZERO)
                                           for total in stats.by_department}
    for row in rows:
        trend[row.department][row.issued_on.strftime("%Y-%m")] += row.amount
    stats.trend, stats.months = trend, months
    stats.total_amount = sum((row.amount for row in rows), MONEY_ZERO)
    return stats
