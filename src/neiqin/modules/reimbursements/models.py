"""Reimbursement tables: claims, their lines, the transitions of the approval chain, budgets."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.types import Money, UtcDateTime


class Claim(Synced, Base):
    """A claim form (报销单): who claims, for which department, its lines' total and its state."""

    __tablename__ = "reimbursement_claim"
    __table_args__ = (
        Index("ix_reimbursement_claim_status_date", "status", "claim_date"),
        Index("ix_reimbursement_claim_claimant", "claimant_id", "claim_date"),
        Index("ix_reimbursement_claim_department", "department", "claim_date"),
        Index("ix_reimbursement_claim_date", "claim_date"),
    )

    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    claimant_id: Mapped[str] = mapped_column(String(36), nullable=False)
    claimant_name: Mapped[str] = mapped_column(String(100), nullable=False)
    department: Mapped[str] = mapped_column(String(100), nullable=False)
    #: the user who typed the claim (the clerk may enter a claim for a colleague)
    entered_by_id: Mapped[str] = mapped_column(String(36), nullable=False)
    entered_by_name: Mapped[str] = mapped_column(String(100), nullable=False)
    claim_date: Mapped[date] = mapped_column(Date, nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)
    line_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal("0"))
    #: a line matches another claim's invoice number, or amount + date + claimant (confirmed on entry)
    has_duplicates: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: the claim exceeds the remaining budget of a category (computed when it was submitted)
    over_budget: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    #: who made the last state change (the claimant sees changes made by others)
    status_changed_by: Mapped[str | None] = mapped_column(String(36))
    paid_on: Mapped[date | None] = mapped_column(Date)
    paid_method: Mapped[str | None] = mapped_column(String(16))


class ClaimLine(Synced, Base):
    __tablename__ = "reimbursement_line"
    __table_args__ = (
        Index("ix_reimbursement_line_claim", "claim_id", "line_no"),
        Index("ix_reimbursement_line_invoice", "invoice_number"),
        Index("ix_reimbursement_line_amount_date", "amount", "expense_date"),
    )

    claim_id: Mapped[str] = mapped_column(ForeignKey("reimbursement_claim.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    expense_date: Mapped[date] = mapped_column(Date, nullable=False)
    category: Mapped[str] = mapped_column(String(16), nullable=False)
    purpose: Mapped[str] = mapped_column(String(300), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    invoice_number: Mapped[str | None] = mapped_column(String(40))
    #: travel days (for the daily travel allowance standard)
    days: Mapped[int | None] = mapped_column(Integer)
    #: what the entry duplicates, in words ("发票号与 BX-BJ01-2026-000003 第 1 行相同")
    duplicate_note: Mapped[str | None] = mapped_column(Text)
    #: why this line was returned (cleared when the claim is submitted again)
    return_reason: Mapped[str | None] = mapped_column(Text)


class ClaimTransition(Synced, Base):
    """One step of a claim: who moved it from which state to which, when, why, and the facts of
    the step as JSON (first-review checklist, paper approval with its scan, payment, line reasons)."""

    __tablename__ = "reimbursement_transition"
    __table_args__ = (Index("ix_reimbursement_transition_claim", "claim_id", "at"),)

    claim_id: Mapped[str] = mapped_column(ForeignKey("reimbursement_claim.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16), nullable=False)
    actor_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(100), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[str | None] = mapped_column(Text)


class Budget(Synced, Base):
    """An expense budget (费用预算) of a department and category for a year. `amount` is the
    approved amount that claims count against; a new amount waits in `proposed_amount` until
    management approves it."""

    __tablename__ = "reimbursement_budget"
    __table_args__ = (UniqueConstraint("department", "category", "year",
                                       name="uq_reimbursement_budget_department_category_year"),)

    department: Mapped[str] = mapped_column(String(100), nullable=False)
    category: Mapped[str] = mapped_column(String(16), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal("0"))
    approved: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    proposed_amount: Mapped[Decimal | None] = mapped_column(Money())
    proposed_by: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
