"""Inventory tables: the stock movement ledger and its balance cache, count plans, count
sessions with their lines, handling plans of slow-moving stock, and the state history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.types import UtcDateTime
from neiqin.core.ledger.counts import CountLineColumns, CountSessionColumns
from neiqin.core.ledger.movements import BalanceColumns, MovementColumns


class StockMovement(MovementColumns, Synced, Base):
    """One signed quantity of one product at one location; never edited, reversed instead."""

    __tablename__ = "stock_movement"
    __table_args__ = (
        Index("ix_stock_movement_item_location", "item_id", "location", "moved_at"),
        Index("ix_stock_movement_moved_at", "moved_at"),
        Index("ix_stock_movement_source", "source_type", "source_id"),
        Index("ix_stock_movement_source_number", "source_number"),
    )


class StockBalance(BalanceColumns, Base):
    """The local balance cache, rebuilt from the ledger; not synced."""

    __tablename__ = "stock_balance"


class CountPlan(Synced, Base):
    """A recurring count (weekly or monthly) of a category, a location or everything."""

    __tablename__ = "stock_count_plan"

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    frequency: Mapped[str] = mapped_column(String(10), nullable=False)  # weekly | monthly
    scope_kind: Mapped[str] = mapped_column(String(10), nullable=False)  # all | category | location
    scope_value: Mapped[str | None] = mapped_column(String(60))
    blind: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    next_due: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    note: Mapped[str | None] = mapped_column(Text)


class StockCount(CountSessionColumns, Synced, Base):
    """A count session (盘点): the book frozen at its start, counted, explained, approved."""

    __tablename__ = "stock_count"
    __table_args__ = (
        UniqueConstraint("number", name="uq_stock_count_number"),
        Index("ix_stock_count_status", "status", "started_at"),
    )

    archive_sha256: Mapped[str | None] = mapped_column(String(64))


class StockCountLine(CountLineColumns, Synced, Base):
    __tablename__ = "stock_count_line"
    __table_args__ = (Index("ix_stock_count_line_session", "session_id", "item_id", "location"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("stock_count.id"), nullable=False)


class HandlingPlan(Synced, Base):
    """What is done with one slow-moving product (promotion, return, scrap), tracked to done."""

    __tablename__ = "stock_handling_plan"
    __table_args__ = (Index("ix_stock_handling_plan_status", "status", "due_date"),)

    item_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(12), nullable=False)  # promotion | return | scrap
    status: Mapped[str] = mapped_column(String(12), nullable=False)  # planned | done | cancelled
    due_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class InventoryTransition(Synced, Base):
    """One state change of a count session or a handling plan: who, when, from, to, comment."""

    __tablename__ = "stock_transition"
    __table_args__ = (Index("ix_stock_transition_record", "record_type", "record_id", "at"),)

    record_type: Mapped[str] = mapped_column(String(16), nullable=False)  # count | handling
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16), nullable=False)
    actor_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(100), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
