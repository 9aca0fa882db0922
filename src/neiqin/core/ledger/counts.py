"""Count sessions (盘点) over any ledger: freeze the book, enter counts, explain variances, approve.

A module declares a session table with `CountSessionColumns` and a line table with
`CountLineColumns` (plus its own `session_id` foreign key) and describes them in a `CountBook`.
The rules live here once, for stock and office supplies alike:

- starting freezes each line's book quantity (the cached balance at that moment);
- a count entered later takes into account what moved since the start (`moved_before_count`), so
  a shipment posted during the count is not mistaken for a shortage;
- variance = counted − (book + moved before the count); a line with a variance needs a reason;
- approval posts one adjustment movement per line with a variance and closes the session for good.

A count sheet has thousands of lines: `line_rows`, `enter_many` and `explain_many` read and write
them as plain rows in one statement each (`core.db.bulk.update_synced`, audited like a flush);
`enter` and `explain` work on one ORM line (a scanner entry).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, String, Text, and_, case, func, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from neiqin.core.db.bulk import insert_synced, update_synced
from neiqin.core.db.types import Quantity, UtcDateTime
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NeiqinError, ValidationError
from neiqin.core.ledger.movements import (
    ADJUSTMENT,
    ZERO,
    Ledger,
    Source,
    from_thousandths,
    parse_quantity,
    raw_quantity,
)

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

    def line_rows(self, session: Session, count, *conditions) -> list:
        """The live lines of a count as plain rows (attribute access like a line; no ORM objects),
        optionally filtered by `conditions` on the line table."""
        session.flush()
        table = self.line_model.__table__
        columns = [table.c[name] for name in LINE_COLUMNS]
        return session.execute(select(*columns).where(table.c.session_id == count.id, table.c.deleted_at.is_(None),
                                                      *conditions)
                               .order_by(table.c.location, table.c.item_id)).all()

    def count_lines(self, session: Session, count, *conditions) -> int:
        session.flush()
        table = self.line_model.__table__
        return session.scalar(select(func.count()).select_from(table).where(
            table.c.session_id == count.id, table.c.deleted_at.is_(None), *conditions)) or 0

    def figures(self, session: Session, count) -> CountFigures:
        """`figures` of a count's lines, summed in SQL without reading the lines."""
        session.flush()
        table = self.line_model.__table__
        counted, variance = table.c.counted_quantity.is_not(None), func.coalesce(raw_quantity(table.c.variance), 0)
        book = raw_quantity(table.c.book_quantity) + raw_quantity(table.c.moved_before_count)
        row = session.execute(select(
            func.count(), func.count(table.c.counted_quantity),
            func.sum(case((and_(counted, variance == 0), 1), else_=0)),
            func.sum(case((counted, book), else_=0)),
            func.sum(case((counted, func.abs(variance)), else_=0)),
            func.sum(case((counted, variance), else_=0)),
        ).where(table.c.session_id == count.id, table.c.deleted_at.is_(None))).one()
        return CountFigures(lines=row[0], counted=row[1], matching=row[2] or 0, book_total=from_thousandths(row[3]),
                            absolute_variance=from_thousandths(row[4]), net_variance=from_thousandths(row[5]))

    def counters(self, session: Session, count) -> set[str]:
        """Who entered counted quantities on a count."""
        session.flush()
        table = self.line_model.__table__
        return {person for person in session.scalars(select(table.c.counted_by).distinct().where(
            table.c.session_id == count.id, table.c.deleted_at.is_(None))) if person}


#: the columns of a line that `CountBook.line_rows` reads
LINE_COLUMNS = ("id", "branch_id", "item_id", "location", "book_quantity", "counted_quantity", "moved_before_count",
                "variance", "counted_at", "counted_by", "reason", "note", "adjustment_id")


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
        raise _counted_already(line.counted_quantity)
    if moved is None:
        moved = book.ledger.ledger_sum(session, line.item_id, line.location, since=count.started_at, until=now)
    for key, value in _counted(line, counted, moved, user_id, now).items():
        setattr(line, key, value)
    if flush:
        session.flush()
    return line


def enter_many(session: Session, book: CountBook, count, entries: Sequence[tuple], user_id: str | None,
               now: datetime, *, correct: bool = False) -> int:
    """Record many counted quantities at once, all or nothing: `entries` are (line, quantity) with
    the line as a row of `CountBook.line_rows`. The rules of `enter` hold for each; a line listed
    twice is refused like a line counted twice (the rows must be read in this transaction, as they
    are the values before). An error names the entry (param `row`, from 1).
    Returns how many lines were recorded."""
    require_status(count, COUNTING)
    moved = moved_since_start(session, book, count, {line.item_id for line, _quantity in entries}, now)
    rows, seen = [], {}
    for position, (line, quantity) in enumerate(entries, 1):
        try:
            counted = parse_quantity(quantity, field="counted_quantity")
            earlier = seen.get(line.id, line.counted_quantity if not correct else None)
            if earlier is not None:
                raise _counted_already(earlier)
        except NeiqinError as error:
            raise at_row(error, position) from None
        seen[line.id] = counted
        rows.append({"id": line.id, **_counted(line, counted, moved.get((line.item_id, line.location), ZERO),
                                               user_id, now)})
    update_synced(session, book.line_model, rows, before={line.id: line for line, _quantity in entries})
    return len(rows)


def _counted(line, counted: Decimal, moved: Decimal, user_id: str | None, now: datetime) -> dict:
    """The values of a line once counted: variance = counted − (book + moved before the count); a
    line without variance needs no reason."""
    variance = counted - (line.book_quantity + moved)
    return {"counted_quantity": counted, "moved_before_count": moved, "variance": variance, "counted_at": now,
            "counted_by": user_id, "reason": line.reason if variance else None}


def _counted_already(quantity: Decimal) -> Conflict:
    return Conflict(QT_TRANSLATE_NOOP("errors", "This item was already counted ({quantity}); correct the "
                                                "count instead of counting it again."),
                    quantity=format(quantity, "f"))


def at_row(error: NeiqinError, position: int) -> NeiqinError:
    """The error of one entry of a list, with its position (param `row`, from 1) for the message."""
    error.params = {**error.params, "row": position}
    return error


def moved_since_start(session: Session, book: CountBook, count, item_ids, now: datetime) -> dict:
    """{(item, location): quantity moved since the count started} for many items in one query."""
    return book.ledger.sums_by_item(session, since=count.started_at, until=now, item_ids=list(item_ids),
                                    by_location=True)


def explain(count, line, reason: str | None, note: str | None = None) -> None:
    """Give the reason (and a note) for a line's variance."""
    line.reason, line.note = _explained(count, reason, note)


def explain_many(session: Session, book: CountBook, count, explanations: Sequence[tuple]) -> int:
    """Give reasons to many lines at once: (line, reason, note) each, the line as a row of
    `CountBook.line_rows`; all or nothing. Returns how many lines changed."""
    if count.status not in (COUNTING, SUBMITTED):
        raise _closed(count)
    rows, before = {}, {}
    for position, (line, reason, note) in enumerate(explanations, 1):
        try:
            reason, note = _explained(count, reason, note)
        except ValidationError as error:
            raise at_row(error, position) from None
        rows[line.id] = {"id": line.id, "reason": reason, "note": note}  # a line given twice: the last
        before[line.id] = line
    return len(update_synced(session, book.line_model, list(rows.values()), before=before))


def _explained(count, reason: str | None, note: str | None) -> tuple[str | None, str | None]:
    if count.status not in (COUNTING, SUBMITTED):
        raise _closed(count)
    if reason is not None and reason not in REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a reason from the list."), field="reason")
    return reason, (note or "").strip() or None


def submit(session: Session, book: CountBook, count, user_id: str | None, now: datetime) -> None:
    """Hand the count to the supervisor: every line counted, every variance explained."""
    require_status(count, COUNTING)
    table = book.line_model.__table__
    missing = book.count_lines(session, count, table.c.counted_quantity.is_(None))
    if missing:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{count} item(s) are not counted yet."),
                              field="counted_quantity", count=missing)
    unexplained = book.count_lines(session, count, table.c.variance.is_not(None), table.c.variance != ZERO,
                                   or_(table.c.reason.is_(None), table.c.reason == ""))
    if unexplained:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{count} variance(s) have no reason yet."),
                              field="reason", count=unexplained)
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
    table = book.line_model.__table__
    varied = book.line_rows(session, count, table.c.variance.is_not(None), table.c.variance != ZERO)
    rows = book.ledger.post_many(session, [
        {"item_id": line.item_id, "location": line.location, "quantity": line.variance, "kind": ADJUSTMENT,
         "moved_at": now, "source": source, "note": REASONS.get(line.reason or "", line.reason)}
        for line in varied])
    update_synced(session, book.line_model, [{"id": line.id, "adjustment_id": row["id"]}
                                             for line, row in zip(varied, rows, strict=True)])
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
