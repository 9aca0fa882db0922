"""Expense budgets (费用预算) per department, category and year: proposed, approved by management,
and what claims have used of them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.db.session import UnitOfWork
from neiqin.core.db.types import Money
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.money import parse_money
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.models import Budget, Claim, ClaimLine
from neiqin.modules.reimbursements.rules import CATEGORIES
from neiqin.modules.reimbursements.schemas import BudgetLine, BudgetView, UsageRow

ZERO = Decimal("0")
MIN_YEAR, MAX_YEAR = 2000, 2100


def _view(row: Budget) -> BudgetView:
    return BudgetView(row.id, row.department, row.category, row.year, row.amount, row.approved,
                      row.approved_by or "", row.proposed_amount, row.proposed_by or "", row.note or "")


def _check_year(year) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a year."), field="year", value=year)
    return year


def _find(session: Session, department: str, category: str, year: int) -> Budget | None:
    return session.scalar(select(Budget).where(Budget.department == department, Budget.category == category,
                                               Budget.year == year, Budget.deleted_at.is_(None)))


def list_budgets(session: Session, actor: Actor, year: int) -> list[BudgetView]:
    actor.require("reimbursements.view")
    rows = session.scalars(select(Budget).where(Budget.year == _check_year(year), Budget.deleted_at.is_(None))
                           .order_by(Budget.department, Budget.category))
    return [_view(row) for row in rows]


def propose_budget(uow: UnitOfWork, department: str, category: str, year: int, amount, note: str = "") -> BudgetView:
    """A new budget amount; it counts once management approves it (the approved amount stays until then)."""
    uow.actor.require("reimbursements.budget.edit")
    department = (department or "").strip()
    if not department:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the department."), field="department")
    if category not in CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the expense category."), field="category")
    year = _check_year(year)
    value = parse_money(amount, field="amount")
    if value < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A budget cannot be negative."), field="amount")
    row = _find(uow.session, department, category, year)
    if row is None:
        row = Budget(department=department, category=category, year=year, amount=ZERO, approved=False)
        uow.session.add(row)
    row.proposed_amount = value
    row.proposed_by = uow.actor.display_name or uow.actor.username
    row.note = (note or "").strip() or row.note
    uow.session.flush()
    return _view(row)


def approve_budget(uow: UnitOfWork, budget_id: str) -> BudgetView:
    uow.actor.require("reimbursements.budget.approve")
    row = uow.session.get(Budget, budget_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such budget."))
    if row.proposed_amount is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This budget has no new amount waiting for approval."))
    row.amount = row.proposed_amount
    row.proposed_amount = None
    row.approved = True
    row.approved_by = uow.actor.display_name or uow.actor.username
    row.approved_at = uow.now()
    uow.session.flush()
    return _view(row)


def _sums(session: Session, department: str | None, year: int, states, exclude_claim: str | None = None):
    """{(department, category): amount} of live claim lines in `states`."""
    total = type_coerce(func.coalesce(func.sum(ClaimLine.amount), 0), Money())
    query = (select(Claim.department, ClaimLine.category, total)
             .join(Claim, Claim.id == ClaimLine.claim_id)
             .where(Claim.status.in_(tuple(states)), Claim.claim_date >= date(year, 1, 1),
                    Claim.claim_date <= date(year, 12, 31),
                    Claim.deleted_at.is_(None), ClaimLine.deleted_at.is_(None))
             .group_by(Claim.department, ClaimLine.category))
    if department is not None:
        query = query.where(Claim.department == department)
    if exclude_claim is not None:
        query = query.where(Claim.id != exclude_claim)
    return {(dep, cat): value for dep, cat, value in session.execute(query)}


def budget_lines(session: Session, claim: Claim, lines: list[ClaimLine]) -> list[BudgetLine]:
    """Each category of the claim against its department's approved budget of the claim's year."""
    year = claim.claim_date.year
    claimed: dict[str, Decimal] = {}
    for line in lines:
        claimed[line.category] = claimed.get(line.category, ZERO) + line.amount
    used = _sums(session, claim.department, year, sm.COMMITTED, exclude_claim=claim.id)
    out = []
    for category in CATEGORIES:
        if category not in claimed:
            continue
        row = _find(session, claim.department, category, year)
        spent = used.get((claim.department, category), ZERO)
        if row is None or not row.approved:
            out.append(BudgetLine(category, claimed[category], None, spent, None))
        else:
            out.append(BudgetLine(category, claimed[category], row.amount, spent, row.amount - spent))
    return out


def budget_usage(session: Session, actor: Actor, year: int, department: str | None = None) -> list[UsageRow]:
    """Every budget of the year (and every department/category with claims but no budget)."""
    actor.require("reimbursements.view")
    year = _check_year(year)
    used = _sums(session, department, year, sm.COMMITTED)
    pending = _sums(session, department, year, (sm.SUBMITTED,))
    query = select(Budget).where(Budget.year == year, Budget.deleted_at.is_(None))
    if department is not None:
        query = query.where(Budget.department == department)
    rows: dict[tuple[str, str], UsageRow] = {}
    for budget in session.scalars(query):
        key = (budget.department, budget.category)
        rows[key] = UsageRow(budget.department, budget.category, budget.amount if budget.approved else ZERO,
                             used.get(key, ZERO), pending.get(key, ZERO), budget.id,
                             budget.proposed_amount is not None)
    for key in set(used) | set(pending):
        if key not in rows:
            rows[key] = UsageRow(key[0], key[1], ZERO, used.get(key, ZERO), pending.get(key, ZERO))
    order = list(CATEGORIES)
    return sorted(rows.values(), key=lambda r: (r.department, order.index(r.category) if r.category in order else 99))


def departments(session: Session) -> list[str]:
    """Departments known from users, budgets and claims."""
    names = set(session.scalars(select(User.department).where(User.department.is_not(None),
                                                               User.deleted_at.is_(None))))
    names |= set(session.scalars(select(Budget.department).where(Budget.deleted_at.is_(None))))
    names |= set(session.scalars(select(Claim.department).distinct()))
    return sorted(name for name in names if name)
