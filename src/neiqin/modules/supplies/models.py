"""Office-supplies tables: catalogue, ledger (movements + balance cache), purchase plans, receiving,
issues and returns, loss/damage reports, count sessions and the history of document steps."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.types import Money, Quantity, UtcDateTime
from neiqin.core.ledger.counts import CountLineColumns, CountSessionColumns
from neiqin.core.ledger.movements import BalanceColumns, MovementColumns


class SupplyItem(Synced, Base):
    """One kind of office supply in the catalogue, with its minimum stock and issue standard."""

    __tablename__ = "supply_item"
    __table_args__ = (Index("ix_supply_item_category", "category", "name"),)

    code: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    spec: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(10), nullable=False)
    category: Mapped[str | None] = mapped_column(String(60))
    minimum_stock: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=Decimal(0))
    #: issue standard (发放标准): at most `standard_quantity` per person or department and period
    standard_quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    standard_per: Mapped[str | None] = mapped_column(String(12))  # person | department
    standard_period: Mapped[str | None] = mapped_column(String(12))  # month | quarter | year
    supplier: Mapped[str | None] = mapped_column(String(200))
    last_price: Mapped[Decimal | None] = mapped_column(Money())
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str | None] = mapped_column(Text)


class SupplyMovement(MovementColumns, Synced, Base):
    __tablename__ = "supply_movement"
    __table_args__ = (
        Index("ix_supply_movement_item", "item_id", "location"),
        Index("ix_supply_movement_moved_at", "moved_at"),
        Index("ix_supply_movement_source", "source_type", "source_id"),
    )


class SupplyBalance(BalanceColumns, Base):
    """The local balance cache, rebuilt from `supply_movement`; never synced."""

    __tablename__ = "supply_balance"


class SupplyTransition(Synced, Base):
    """One step of a plan, issue or loss report: who moved it from which state to which, when, why."""

    __tablename__ = "supply_transition"
    __table_args__ = (Index("ix_supply_transition_doc", "doc_type", "doc_id", "at"),)

    doc_type: Mapped[str] = mapped_column(String(16), nullable=False)  # plan | issue | loss
    doc_id: Mapped[str] = mapped_column(String(36), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20), nullable=False)
    actor_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(100), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)


class PurchasePlan(Synced, Base):
    """A purchase plan (采购计划): what to buy, suggested from stock, minimum and recent usage."""

    __tablename__ = "supply_plan"
    __table_args__ = (Index("ix_supply_plan_status", "status", "plan_date"),)

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    plan_date: Mapped[date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    total_amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    prepared_by: Mapped[str | None] = mapped_column(String(100))
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    notes: Mapped[str | None] = mapped_column(Text)


class PurchasePlanLine(Synced, Base):
    __tablename__ = "supply_plan_line"
    __table_args__ = (Index("ix_supply_plan_line_plan", "plan_id", "line_no"),)

    plan_id: Mapped[str] = mapped_column(ForeignKey("supply_plan.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    item_id: Mapped[str] = mapped_column(ForeignKey("supply_item.id"), nullable=False, index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    supplier: Mapped[str | None] = mapped_column(String(200))
    #: what the suggestion was based on: stock, minimum and monthly usage at the time
    stock_then: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=Decimal(0))
    monthly_usage: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=Decimal(0))
    received_quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=Decimal(0))
    note: Mapped[str | None] = mapped_column(Text)


class Receiving(Synced, Base):
    """A receiving inspection (验收入库) of goods bought under a plan."""

    __tablename__ = "supply_receiving"
    __table_args__ = (Index("ix_supply_receiving_date", "received_on"),)

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    plan_id: Mapped[str] = mapped_column(ForeignKey("supply_plan.id"), nullable=False, index=True)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    supplier: Mapped[str | None] = mapped_column(String(200))
    inspector: Mapped[str] = mapped_column(String(100), nullable=False)
    total_amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    notes: Mapped[str | None] = mapped_column(Text)


class ReceivingLine(Synced, Base):
    __tablename__ = "supply_receiving_line"
    __table_args__ = (Index("ix_supply_receiving_line_doc", "receiving_id", "line_no"),)

    receiving_id: Mapped[str] = mapped_column(ForeignKey("supply_receiving.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    plan_line_id: Mapped[str] = mapped_column(ForeignKey("supply_plan_line.id"), nullable=False, index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("supply_item.id"), nullable=False, index=True)
    received_quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    rejected_quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=Decimal(0))
    accepted_quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    reject_reason: Mapped[str | None] = mapped_column(Text)
    spec_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    quality_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)


class SupplyIssue(Synced, Base):
    """An issue slip (领用单) to a person of a department, or a return (退库) of unused items."""

    __tablename__ = "supply_issue"
    __table_args__ = (
        Index("ix_supply_issue_date", "issued_on"),
        Index("ix_supply_issue_department", "department", "issued_on"),
        Index("ix_supply_issue_recipient", "recipient_name", "issued_on"),
        Index("ix_supply_issue_status", "status"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # issue | return
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    recipient_user_id: Mapped[str | None] = mapped_column(String(36))
    recipient_name: Mapped[str] = mapped_column(String(100), nullable=False)
    department: Mapped[str] = mapped_column(String(100), nullable=False)
    purpose: Mapped[str | None] = mapped_column(String(200))
    #: for a return: the issue it gives back to
    issue_id: Mapped[str | None] = mapped_column(String(36), index=True)
    total_amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    over_standard: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    approval_note: Mapped[str | None] = mapped_column(Text)
    sign_mode: Mapped[str] = mapped_column(String(8), nullable=False, default="pad")  # pad | paper
    signature_sha256: Mapped[str | None] = mapped_column(String(64))
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    issuer_name: Mapped[str | None] = mapped_column(String(100))


class SupplyIssueLine(Synced, Base):
    __tablename__ = "supply_issue_line"
    __table_args__ = (
        Index("ix_supply_issue_line_doc", "issue_id", "line_no"),
        Index("ix_supply_issue_line_item", "item_id"),
    )

    issue_id: Mapped[str] = mapped_column(ForeignKey("supply_issue.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    item_id: Mapped[str] = mapped_column(ForeignKey("supply_item.id"), nullable=False)
    #: signed: positive for an issue, negative for a return (the usage ledger sums them)
    quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    unit_cost: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    standard_left: Mapped[Decimal | None] = mapped_column(Quantity())
    over_standard: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    returned_quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=Decimal(0))
    #: for a return line: the issue line it gives back to
    returns_line_id: Mapped[str | None] = mapped_column(String(36))


class LossReport(Synced, Base):
    """A loss or damage report (损坏/丢失) with the compensation the person pays."""

    __tablename__ = "supply_loss"
    __table_args__ = (Index("ix_supply_loss_status", "status", "reported_on"),)

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # loss | damage
    reported_on: Mapped[date] = mapped_column(Date, nullable=False)
    item_id: Mapped[str] = mapped_column(ForeignKey("supply_item.id"), nullable=False, index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    person_name: Mapped[str] = mapped_column(String(100), nullable=False)
    department: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, nullable=False)
    unit_cost: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    compensation: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal(0))
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    decision_note: Mapped[str | None] = mapped_column(Text)


class SupplyCount(CountSessionColumns, Synced, Base):
    __tablename__ = "supply_count"
    __table_args__ = (UniqueConstraint("number", name="uq_supply_count_number"),)


class SupplyCountLine(CountLineColumns, Synced, Base):
    __tablename__ = "supply_count_line"
    __table_args__ = (Index("ix_supply_count_line_session", "session_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("supply_count.id"), nullable=False)
