"""Order tables: header, lines, transitions, revisions, change requests, tracking events."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.types import Money, Quantity, UtcDateTime


class SalesOrder(Synced, Base):
    """The current revision of an order; older revisions live in `sales_order_revision`."""

    __tablename__ = "sales_order"
    __table_args__ = (
        Index("ix_sales_order_status_date", "status", "order_date"),
        Index("ix_sales_order_customer_date", "customer_id", "order_date"),
        Index("ix_sales_order_order_date", "order_date"),
        Index("ix_sales_order_delivery", "status", "delivery_date"),
        Index("ix_sales_order_amount", "total_amount"),
        Index("ix_sales_order_customer_name", "customer_name"),
        Index("ix_sales_order_salesperson", "salesperson_id", "order_date"),
    )

    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), nullable=False)
    customer_name: Mapped[str] = mapped_column(String(200), nullable=False)
    contact: Mapped[str | None] = mapped_column(String(60))
    phone: Mapped[str | None] = mapped_column(String(40))
    order_date: Mapped[date] = mapped_column(Date, nullable=False)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    delivery_place: Mapped[str | None] = mapped_column(String(300))
    payment_terms: Mapped[str | None] = mapped_column(String(200))
    prepayment_percent: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    salesperson_id: Mapped[str | None] = mapped_column(String(36))
    salesperson_name: Mapped[str | None] = mapped_column(String(100))
    line_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_amount: Mapped[Decimal] = mapped_column(Money(), nullable=False, default=Decimal("0"))
    is_major: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: the customer still has to confirm the latest approved change
    reconfirm_pending: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    delivered_on: Mapped[date | None] = mapped_column(Date)


class OrderLine(Synced, Base):
    __tablename__ = "sales_order_line"
    __table_args__ = (Index("ix_sales_order_line_order", "order_id", "line_no"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), nullable=False, index=True)
    product_code: Mapped[str] = mapped_column(String(40), nullable=False)
    product_name: Mapped[str] = mapped_column(String(200), nullable=False)
    spec: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(10), nullable=False)
    quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Money(), nullable=False)
    #: discount in percent (0–100, at most two decimals), stored in hundredths of a percent
    discount_bp: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    amount: Mapped[Decimal] = mapped_column(Money(), nullable=False)


class OrderTransition(Synced, Base):
    """One state change: who moved the order from which state to which, when, why, and the facts
    of the step as JSON (confirmation channel and person, carrier and tracking number, paper
    approval with the scan's sha256, the notes each department receives)."""

    __tablename__ = "sales_order_transition"
    __table_args__ = (
        Index("ix_sales_order_transition_order", "order_id", "at"),
        Index("ix_sales_order_transition_to", "to_state", "at"),
    )

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16), nullable=False)
    actor_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(100), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[str | None] = mapped_column(Text)


class OrderRevision(Synced, Base):
    """A superseded revision of an order, kept readable as a JSON snapshot of header and lines."""

    __tablename__ = "sales_order_revision"
    __table_args__ = (UniqueConstraint("order_id", "revision", name="uq_sales_order_revision_order_revision"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), nullable=False, index=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)
    change_request_id: Mapped[str | None] = mapped_column(String(36))


class ChangeRequest(Synced, Base):
    """A written change request (订单变更) of a confirmed order."""

    __tablename__ = "sales_order_change"
    __table_args__ = (Index("ix_sales_order_change_status", "status", "requested_on"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), nullable=False, index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)  # requested|checked|approved|rejected
    requested_on: Mapped[date] = mapped_column(Date, nullable=False)
    requested_by: Mapped[str | None] = mapped_column(String(100))  # the customer's person
    description: Mapped[str] = mapped_column(Text, nullable=False)
    #: the proposed header fields and lines as JSON (same shape as a revision snapshot)
    proposal: Mapped[str] = mapped_column(Text, nullable=False)
    check_note: Mapped[str | None] = mapped_column(Text)
    checked_by: Mapped[str | None] = mapped_column(String(100))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    base_revision: Mapped[int] = mapped_column(Integer, nullable=False)
    new_revision: Mapped[int | None] = mapped_column(Integer)


class ImpactNote(Synced, Base):
    __tablename__ = "sales_order_change_impact"

    change_id: Mapped[str] = mapped_column(ForeignKey("sales_order_change.id"), nullable=False, index=True)
    department: Mapped[str] = mapped_column(String(16), nullable=False)  # production|purchasing|...
    note: Mapped[str] = mapped_column(Text, nullable=False)
    author: Mapped[str] = mapped_column(String(100), nullable=False)


class OrderEvent(Synced, Base):
    """Tracking: a progress event or an exception (异常) with cause, notice to the customer and
    the agreed solution."""

    __tablename__ = "sales_order_event"
    __table_args__ = (
        Index("ix_sales_order_event_order", "order_id", "occurred_at"),
        Index("ix_sales_order_event_open", "kind", "resolved_at"),
    )

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # progress | exception
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    department: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, nullable=False)
    progress_percent: Mapped[int | None] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(20))  # material_shortage|equipment_failure|...
    cause: Mapped[str | None] = mapped_column(Text)
    customer_notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    notified_how: Mapped[str | None] = mapped_column(String(20))
    solution: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())



# --- the sales summary: local derived tables, never synced or audited --------------------------
# Kept equal to the orders by database triggers (created by the orders migration "daily sales
# summary", see `sales_summary.py`) in the same transaction as every write: services, sync pulls
# and bulk paths alike. Stored units: quantities in thousandths, amounts in fen, costs in
# fen × thousandths (quantity × the product's cost in fen).


class SalesSummary(Base):
    """What each sold order contributes, per product: its lines of the product summed, filed under
    the order's day with its customer and salesperson."""

    __tablename__ = "sales_summary"
    __table_args__ = (Index("ix_sales_summary_product", "product_id"), {"sqlite_with_rowid": False})

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    order_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    product_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), nullable=False)
    salesperson_id: Mapped[str] = mapped_column(String(36), nullable=False)  # "" when none
    quantity: Mapped[int] = mapped_column(BigInteger, nullable=False)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    lines: Mapped[int] = mapped_column(Integer, nullable=False)
    #: 1 on the order's row with the lowest product id: counts each order once
    counts_order: Mapped[int] = mapped_column(Integer, nullable=False)
    #: 1 on the lowest product id of the order among its products of the same (basis) category
    counts_category: Mapped[int] = mapped_column(Integer, nullable=False)
    #: quantity × the basis cost (0 without a cost) and the amount of lines without a cost
    cost: Mapped[int] = mapped_column(BigInteger, nullable=False)
    uncosted: Mapped[int] = mapped_column(BigInteger, nullable=False)


class SalesSummaryProduct(Base):
    """`sales_summary` summed per day (span "D") and per month (span "M", start = the 1st) by
    salesperson and product: `orders` containing the product, `counted_orders` and
    `category_orders` the sums of `counts_order` and `counts_category`."""

    __tablename__ = "sales_summary_product"
    __table_args__ = {"sqlite_with_rowid": False}

    span: Mapped[str] = mapped_column(String(1), primary_key=True)
    start: Mapped[date] = mapped_column(Date, primary_key=True)
    salesperson_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    product_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    quantity: Mapped[int] = mapped_column(BigInteger, nullable=False)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    lines: Mapped[int] = mapped_column(Integer, nullable=False)
    orders: Mapped[int] = mapped_column(Integer, nullable=False)
    counted_orders: Mapped[int] = mapped_column(Integer, nullable=False)
    category_orders: Mapped[int] = mapped_column(Integer, nullable=False)


class SalesSummaryCustomer(Base):
    """`sales_summary` summed per month and customer, costed with the basis costs."""

    __tablename__ = "sales_summary_customer"
    __table_args__ = {"sqlite_with_rowid": False}

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    quantity: Mapped[int] = mapped_column(BigInteger, nullable=False)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    lines: Mapped[int] = mapped_column(Integer, nullable=False)
    orders: Mapped[int] = mapped_column(Integer, nullable=False)
    cost: Mapped[int] = mapped_column(BigInteger, nullable=False)
    uncosted: Mapped[int] = mapped_column(BigInteger, nullable=False)


class SalesSummaryBasis(Base):
    """The cost and category of each product as the summary used them; a product whose cost or
    category changed since is read from `sales_summary` until the summary is refreshed."""

    __tablename__ = "sales_summary_basis"

    product_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    cost: Mapped[int | None] = mapped_column(BigInteger)  # fen; None: the product has no cost
    category: Mapped[str] = mapped_column(String(60), nullable=False)
