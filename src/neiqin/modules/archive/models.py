"""Archive tables: the register of items, the contracts ledger, incoming and outgoing documents with
their circulation, lendings with their steps and reminders, check sessions and destruction batches."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.types import Money, UtcDateTime


class ArchiveItem(Synced, Base):
    """One item of the archive register (档案): paper, electronic or both."""

    __tablename__ = "archive_item"
    __table_args__ = (
        Index("ix_archive_item_status", "status", "number"),
        Index("ix_archive_item_location", "room", "cabinet", "shelf", "box"),
        Index("ix_archive_item_retention", "retention_until"),
        Index("ix_archive_item_customer", "customer_id"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # paper | electronic | both
    category: Mapped[str] = mapped_column(String(40), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    doc_date: Mapped[date] = mapped_column(Date, nullable=False)
    customer_id: Mapped[str | None] = mapped_column(String(36))
    customer_name: Mapped[str | None] = mapped_column(String(200))
    order_id: Mapped[str | None] = mapped_column(String(36))
    order_number: Mapped[str | None] = mapped_column(String(40))
    contract_id: Mapped[str | None] = mapped_column(ForeignKey("archive_contract.id"))
    room: Mapped[str | None] = mapped_column(String(40))
    cabinet: Mapped[str | None] = mapped_column(String(40))
    shelf: Mapped[str | None] = mapped_column(String(40))
    box: Mapped[str | None] = mapped_column(String(40))
    pages: Mapped[int | None] = mapped_column(Integer)
    #: None: kept permanently
    retention_years: Mapped[int | None] = mapped_column(Integer)
    retention_until: Mapped[date | None] = mapped_column(Date)
    confidentiality: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)  # in_store | on_loan | missing | destroyed
    destroyed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Contract(Synced, Base):
    """The contracts ledger (合同台账): who, when signed, how much, for how long."""

    __tablename__ = "archive_contract"
    __table_args__ = (
        Index("ix_archive_contract_end", "end_date"),
        Index("ix_archive_contract_customer", "customer_id"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    customer_id: Mapped[str] = mapped_column(String(36), nullable=False)
    customer_name: Mapped[str] = mapped_column(String(200), nullable=False)
    order_id: Mapped[str | None] = mapped_column(String(36))
    order_number: Mapped[str | None] = mapped_column(String(40))
    signed_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)


class Document(Synced, Base):
    """A document received or sent (收发文登记)."""

    __tablename__ = "archive_document"
    __table_args__ = (Index("ix_archive_document_date", "direction", "doc_date"),)

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    direction: Mapped[str] = mapped_column(String(10), nullable=False)  # incoming | outgoing
    reference: Mapped[str | None] = mapped_column(String(80))  # the document's own number (文号)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    sender: Mapped[str] = mapped_column(String(200), nullable=False)
    receiver: Mapped[str] = mapped_column(String(300), nullable=False)
    doc_date: Mapped[date] = mapped_column(Date, nullable=False)
    copies: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    distribution: Mapped[str | None] = mapped_column(Text)  # departments / people, one per line
    urgency: Mapped[str] = mapped_column(String(10), nullable=False, default="normal")
    confidentiality: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)  # registered | circulating | circulated
    item_id: Mapped[str | None] = mapped_column(ForeignKey("archive_item.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class CirculationReader(Synced, Base):
    """One reader of a document's circulation (传阅), in order, with the time they signed off."""

    __tablename__ = "archive_circulation"
    __table_args__ = (Index("ix_archive_circulation_document", "document_id", "seq"),)

    document_id: Mapped[str] = mapped_column(ForeignKey("archive_document.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    reader_name: Mapped[str] = mapped_column(String(100), nullable=False)
    department: Mapped[str | None] = mapped_column(String(100))
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    comment: Mapped[str | None] = mapped_column(Text)


class Lending(Synced, Base):
    """A lending (档案借阅) from request to return."""

    __tablename__ = "archive_lending"
    __table_args__ = (
        Index("ix_archive_lending_status", "status", "due_on"),
        Index("ix_archive_lending_item", "item_id"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    item_id: Mapped[str] = mapped_column(ForeignKey("archive_item.id"), nullable=False)
    item_number: Mapped[str] = mapped_column(String(40), nullable=False)
    item_title: Mapped[str] = mapped_column(String(300), nullable=False)
    confidentiality: Mapped[str] = mapped_column(String(16), nullable=False)
    borrower_name: Mapped[str] = mapped_column(String(100), nullable=False)
    borrower_department: Mapped[str | None] = mapped_column(String(100))
    purpose: Mapped[str] = mapped_column(Text, nullable=False)
    mode: Mapped[str] = mapped_column(String(10), nullable=False)  # in_room | take_out
    may_copy: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    may_photo: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    requested_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    renewals: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    returned_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    return_condition: Mapped[str | None] = mapped_column(String(12))
    reminders: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class LendingStep(Synced, Base):
    """One step of a lending: who moved it from which state to which, when, why, and its facts."""

    __tablename__ = "archive_lending_step"
    __table_args__ = (Index("ix_archive_lending_step_lending", "lending_id", "at"),)

    lending_id: Mapped[str] = mapped_column(ForeignKey("archive_lending.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(12))
    to_state: Mapped[str] = mapped_column(String(12), nullable=False)
    actor_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(100), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[str | None] = mapped_column(Text)


class CheckSession(Synced, Base):
    """A check of the register against the shelves (清查核对)."""

    __tablename__ = "archive_check"

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    room: Mapped[str | None] = mapped_column(String(40))  # the room checked; None: every room
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)  # open | closed
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(100))
    summary: Mapped[str | None] = mapped_column(Text)


class CheckLine(Synced, Base):
    __tablename__ = "archive_check_line"
    __table_args__ = (Index("ix_archive_check_line_check", "check_id", "location"),)

    check_id: Mapped[str] = mapped_column(ForeignKey("archive_check.id"), nullable=False)
    item_id: Mapped[str] = mapped_column(ForeignKey("archive_item.id"), nullable=False)
    item_number: Mapped[str] = mapped_column(String(40), nullable=False)
    item_title: Mapped[str] = mapped_column(String(300), nullable=False)
    location: Mapped[str] = mapped_column(String(200), nullable=False)  # where the register says
    on_loan: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    result: Mapped[str] = mapped_column(String(12), nullable=False)  # unchecked | found | missing | misplaced
    found_location: Mapped[str | None] = mapped_column(String(200))
    resolution: Mapped[str | None] = mapped_column(String(16))
    resolution_note: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Destruction(Synced, Base):
    """A destruction batch (销毁): appraisal, approval, the destruction itself and its record."""

    __tablename__ = "archive_destruction"

    number: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)  # draft|submitted|approved|rejected|done
    created_on: Mapped[date] = mapped_column(Date, nullable=False)
    appraised_by: Mapped[str | None] = mapped_column(String(100))
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    decision_comment: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str | None] = mapped_column(String(20))
    place: Mapped[str | None] = mapped_column(String(200))
    destroyed_on: Mapped[date | None] = mapped_column(Date)
    witnesses: Mapped[str | None] = mapped_column(Text)  # one name a line
    executed_by: Mapped[str | None] = mapped_column(String(100))


class DestructionLine(Synced, Base):
    __tablename__ = "archive_destruction_line"
    __table_args__ = (Index("ix_archive_destruction_line_batch", "destruction_id"),)

    destruction_id: Mapped[str] = mapped_column(ForeignKey("archive_destruction.id"), nullable=False)
    item_id: Mapped[str] = mapped_column(ForeignKey("archive_item.id"), nullable=False)
    item_number: Mapped[str] = mapped_column(String(40), nullable=False)
    item_title: Mapped[str] = mapped_column(String(300), nullable=False)
    decision: Mapped[str | None] = mapped_column(String(8))  # destroy | keep
    keep_years: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
