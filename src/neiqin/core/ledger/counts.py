"""Count sessions (盘点) over any ledger: freeze the book, enter counts, explain variances, approve.

A module declares a session table with `CountSessionColumns` and a line table with
`CountLineColumns` (plus its own `session_id` foreign key) and describes them in a `CountBook`.
The rules live here once, for stock and office supplies alike:

- starting freezes each line's book quantity (the cached balance at that moment);
- a count entered later takes into account what moved since the start (`moved_before_count`), so
  a shipment posted during the count is not mistaken for a shortage;
- variance = counted − (book + moved before the count); a line with a variance needs a reason;
- approval posts one adjustment movement per line with a variance and closes the session for good.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from neiqin.core.db.bulk import insert_synced
from neiqin.core.db.types import Quantity, UtcDateTime
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from neiqin.core.ledger.movements import ADJUSTMENT, ZERO, Ledger, Source, parse_quantity

COUNTING, SUBMITTED, APPROVED, CANCELLED = "counting", "submitted", "approved", "cancelled"
STATUS_TITLES = {
    COUNTING: QT_TRANSLATE_NOOP("counts", "Counting"),
    SUBMITTED: QT_TRANSLATE_NOOP("counts", "Awaiting approval"),
    APPROVED: QT_TRANSLATE_NOOP("counts", "Approved"),
    CANCELLED: QT_TRANSLATE_NOOP("counts", "Cancelled"),
}
STATUS_TONES = {COUNTING: "info", SUBMITTED: "warning", APPROVED: "success", CANCELLED: "neutral"}

#: why counted and book differ (差异原因)
REASONS = {
    "miscount": QT_TRANSLATE_NOOP("counts", "Miscount"),
    "damage": QT_TRANSLATE_NOOP("counts", "Damage"),
    "theft": QT_TRANSLATE_NOOP("counts", "Theft or loss"),
    "unrecorded_receipt": QT_TRANSLATE_NOOP("counts", "Unrecorded receipt"),
    "unrecorded_shipment": QT_TRANSLATE_NOOP("counts", "Unrecorded shipment or issue"),
    "other": QT_TRANSLATE_NOOP("counts", "Other"),
}


class CountSessionColumns:
    """Mixin for a count session (the module adds number uniqueness and its own references)."""

    number: Mapped[str] = mapped_column(String(40), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    scope: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=COUNTING)
    blind: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    counter_name: Mapped[str | None] = mapped_column(String(100))
    plan_id: Mapped[str | None] = mapped_column(String(36))
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    submitted_by: Mapped[str | None] = mapped_column(String(36))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    approved_by: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text)


class CountLineColumns:
    """Mixin for one counted item at one location."""

    item_id: Mapped[str] = mapped_column(String(36), nullable=False)
    location: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    book_quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=ZERO)
    counted_quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    moved_before_count: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=ZERO)
    variance: Mapped[Decimal | None] = mapped_column(Quantity())
    counted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    counted_by: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)
    adjustment_id: Mapped[str | None] = mapped_column(String(36))


@dataclass(frozen=True)
class CountBook:
    """What a module's counts are made of."""

    ledger: Ledger
    session_model: type
    line_model: type
    source_type: str  # written on the adjustment movements, e.g. "stock_count"

    def lines(self, session: Session, count) -> list:
        line = self.line_model
        return list(session.scalars(select(line).where(line.session_id == count.id, line.deleted_at.is_(None))
                                    .order_by(line.location, line.item_id)))


@dataclass(frozen=True)
class CountFigures:
    """Accuracy (盘点准确率) of counted lines: share without variance, and by quantity."""

    lines: int
    counted: int
    matching: int
    book_total: Decimal
    absolute_variance: Decimal
    net_variance: Decimal

    @property
    def line_accuracy(self) -> Decimal | None:
        return None if not self.counted else (Decimal(self.matching) / self.counted).quantize(Decimal("0.0001"))

    @property
    def quantity_accuracy(self) -> Decimal | None:
        if not self.counted:
            return None
        if not self.book_total:
            return Decimal(1) if not self.absolute_variance else Decimal(0)
        ratio = 1 - self.absolute_variance / abs(self.book_total)
        return max(Decimal(0), ratio).quantize(Decimal("0.0001"))


# ---------------------------------------------------------------------- the session's life


def start(session: Session, book: CountBook, count, targets: Sequence[tuple[str, str]],
          now: datetime) -> list[dict]:
    """Freeze the book quantity of each (item, location) and create the lines (returned as rows)."""
    seen = Counter((item, (location or "").strip()) for item, location in targets)
    if not seen:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Nothing to count: choose at least one item."),
                              field="items")
    twice = [key for key, times in seen.items() if times > 1]
    if twice:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An item is listed twice at the same location."),
                              field="items")
    count.started_at = now
    count.status = COUNTING
    session.add(count)
    session.flush()
    balances = book.ledger.balances(session, {item for item, _ in seen}, by_location=True)
    rows = [{"session_id": count.id, "item_id": item, "location": location,
             "book_quantity": balances.get((item, location), ZERO), "moved_before_count": ZERO}
            for item, location in seen]
    return insert_synced(session, book.line_model, rows)


def enter(session: Session, book: CountBook, count, line, quantity, user_id: str | None, now: datetime, *,
          correct: bool = False, flush: bool = True, moved: Decimal | None = None) -> object:
    """Record the counted quantity of a line. Counting a line twice needs `correct=True`.
    `flush=False` leaves the write to the caller's next flush (many lines entered at once);
    `moved` is what moved since the start, when the caller summed it for many lines at once
    (`moved_since_start`)."""
    require_status(count, COUNTING)
    counted = parse_quantity(quantity, field="counted_quantity")
    if line.counted_quantity is not None and not correct:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This item was already counted ({quantity}); correct the "
                                                   "count instead of counting it again."),
                       quantity=format(line.counted_quantity, "f"))
    if moved is None:
        moved = book.ledger.ledger_sum(session, line.item_id, line.location, since=count.started_at, until=now)
    line.counted_quantity = counted
    line.moved_before_count = moved
    line.variance = counted - (line.book_quantity + moved)
    line.counted_at = now
    line.counted_by = user_id
    if not line.variance:
        line.reason = None
    if flush:
        session.flush()
    return line


def moved_since_start(session: Session, book: CountBook, count, item_ids, now: datetime) -> dict:
    """{(item, location): quantity moved since the count started} for many items in one query."""
    return book.ledger.sums_by_item(session, since=count.started_at, until=now, item_ids=list(item_ids),
                                    by_location=True)


def explain(count, line, reason: str | None, note: str | None = None) -> None:
    """Give the reason (and a note) for a line's variance."""
    if count.status not in (COUNTING, SUBMITTED):
        raise _closed(count)
    if reason is not None and reason not in REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a reason from the list."), field="reason")
    line.reason = reason
    line.note = (note or "").strip() or None


def submit(session: Session, book: CountBook, count, user_id: str | None, now: datetime) -> None:
    """Hand the count to the supervisor: every line counted, every variance explained."""
    require_status(count, COUNTING)
    lines = book.lines(session, count)
    missing = [line for line in lines if line.counted_quantity is None]
    if missing:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{count} item(s) are not counted yet."),
                              field="counted_quantity", count=len(missing))
    unexplained = [line for line in lines if line.variance and not line.reason]
    if unexplained:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{count} variance(s) have no reason yet."),
                              field="reason", count=len(unexplained))
    count.status = SUBMITTED
    count.submitted_at = now
    count.submitted_by = user_id


def send_back(count) -> None:
    """The supervisor returns the count for recounting."""
    require_status(count, SUBMITTED)
    count.status = COUNTING
    count.submitted_at = None
    count.submitted_by = None


def approve(session: Session, book: CountBook, count, user_id: str | None, now: datetime) -> list[dict]:
    """Post one adjustment per line with a variance; the session is closed afterwards. Returns the
    adjustment movements as rows (column → value)."""
    require_status(count, SUBMITTED)
    source = Source(book.source_type, count.id, count.number)
    varied = [line for line in book.lines(session, count) if line.variance]
    rows = book.ledger.post_many(session, [
        {"item_id": line.item_id, "location": line.location, "quantity": line.variance, "kind": ADJUSTMENT,
         "moved_at": now, "source": source, "note": REASONS.get(line.reason or "", line.reason)}
        for line in varied])
    for line, row in zip(varied, rows, strict=True):
        line.adjustment_id = row["id"]
    count.status = APPROVED
    count.approved_at = now
    count.approved_by = user_id
    session.flush()
    return rows


def cancel(count) -> None:
    if count.status not in (COUNTING, SUBMITTED):
        raise _closed(count)
    count.status = CANCELLED


def require_status(count, *allowed: str) -> None:
    if count.status not in allowed:
        if count.status in (APPROVED, CANCELLED):
            raise _closed(count)
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Count {number} is not in a state that allows this."),
                       number=count.number)


def _closed(count) -> Conflict:
    return Conflict(QT_TRANSLATE_NOOP("errors", "Count {number} is closed ({status}); it cannot be changed."),
                    number=count.number, status=count.status)


# ---------------------------------------------------------------------- figures


def figures(lines: Iterable) -> CountFigures:
    rows = list(lines)
    counted = [line for line in rows if line.counted_quantity is not None]
    return CountFigures(
        lines=len(rows), counted=len(counted),
        matching=sum(1 for line in counted if not line.variance),
        book_total=sum((line.book_quantity + line.moved_before_count for line in counted), ZERO),
        absolute_variance=sum((abs(line.variance or ZERO) for line in counted), ZERO),
        net_variance=sum((line.variance or ZERO for line in counted), ZERO),
    )


def variance_by_reason(lines: Iterable) -> dict[str, tuple[int, Decimal]]:
    """{reason: (lines, net quantity)} over lines with a variance."""
    out: dict[str, tuple[int, Decimal]] = {}
    for line in lines:
        if line.variance:
            key = line.reason or ""
            number, total = out.get(key, (0, ZERO))
            out[key] = (number + 1, total + line.variance)
    return out
