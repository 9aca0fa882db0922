"""Stock use cases: entries (receipts, scrap, customer returns), order shipments and their
reversal, balances, movement history, the cache check. Counts and analyses have their own files.

Every write takes a unit of work (one transaction per user action) and checks the actor's
permission; the ledger itself is the shared kernel (core.ledger).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import neiqin.modules.products.service as products
from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.ids import new_id
from neiqin.core.ledger.movements import RECEIPT, RETURN, SCRAP, SHIPMENT, ZERO, Source, parse_quantity
from neiqin.modules.inventory.ledger import LEDGER, SOURCE_ENTRY, SOURCE_ORDER
from neiqin.modules.inventory.models import StockBalance, StockMovement
from neiqin.modules.inventory.schemas import ENTRY_KINDS, EntryInput, MovementView, OrderStock

MAX_TEXT = 200


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def moment_of(day: date | None, now: datetime) -> datetime:
    """A day typed by the clerk as a moment: noon local time that day (now for today or none)."""
    if day is None or day >= now.astimezone().date():
        return now
    return datetime.combine(day, time(12)).astimezone().astimezone(UTC)


def movement_view(row: StockMovement, balance_after: Decimal | None = None, code: str = "",
                  name: str = "") -> MovementView:
    return MovementView(row.id, row.item_id, row.location, row.kind, row.quantity, row.moved_at,
                        row.source_type or "", row.source_number or "", row.note or "", row.reverses_id,
                        balance_after, code, name)


# --- entries --------------------------------------------------------------------------------------


def post_entry(uow: UnitOfWork, data: EntryInput) -> MovementView:
    """A receipt (+), scrap (−) or customer return (+) of one product."""
    uow.actor.require("inventory.post")
    if data.kind not in ENTRY_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose receipt, scrap or customer return."), field="kind")
    quantity = parse_quantity(data.quantity)
    if not quantity:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a quantity above zero."), field="quantity")
    product = products.get_product(uow.session, data.product_id)
    reference, note = _text(data.reference), _text(data.note)
    if len(reference) > 40 or len(note) > MAX_TEXT:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The reference or note is too long."), field="note")
    location = _text(data.location) or product.location
    moved_at = moment_of(data.moved_on, uow.now())
    if data.kind == RETURN:
        return _post_return(uow, product.id, quantity, location, reference, note, moved_at)
    signed = -quantity if data.kind == SCRAP else quantity
    row = LEDGER.post(uow.session, item_id=product.id, quantity=signed, kind=data.kind, moved_at=moved_at,
                      location=location, unit_cost=data.unit_cost if data.kind == RECEIPT else None,
                      source=Source(SOURCE_ENTRY, new_id(), reference or None), note=note or None)
    uow.session.flush()
    return movement_view(row)


def _post_return(uow: UnitOfWork, product_id: str, quantity: Decimal, location: str, order_number: str,
                 note: str, moved_at: datetime) -> MovementView:
    """Goods a customer sends back: at most what the order shipped and has not had back yet."""
    if not order_number:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the number of the order the goods came from."),
                              field="reference")
    table = StockMovement.__table__
    shipped_rows = list(uow.session.execute(
        select(table.c.source_id, table.c.kind, table.c.quantity, table.c.location)
        .where(table.c.source_type == SOURCE_ORDER, table.c.source_number == order_number.upper(),
               table.c.item_id == product_id, table.c.deleted_at.is_(None))))
    if not shipped_rows:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Order {number} shipped none of this product."),
                              field="reference", number=order_number)
    open_quantity = -sum((row.quantity for row in shipped_rows), ZERO)  # shipped less returned and reversed
    if quantity > open_quantity:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only {open} of this product can still come back "
                                                          "from order {number}."),
                              field="quantity", open=format(open_quantity, "f"), number=order_number)
    shipped_from = next((row.location for row in shipped_rows if row.kind == SHIPMENT), location)
    row = LEDGER.post(uow.session, item_id=product_id, quantity=quantity, kind=RETURN, moved_at=moved_at,
                      location=location or shipped_from,
                      source=Source(SOURCE_ORDER, shipped_rows[0].source_id, order_number.upper()),
                      note=note or None)
    uow.session.flush()
    return movement_view(row)


def reverse_entry(uow: UnitOfWork, movement_id: str, reason: str) -> list[MovementView]:
    """Correct a mistyped receipt, scrap or return: post its opposite (never edit it)."""
    uow.actor.require("inventory.post")
    reason = _text(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason."), field="comment")
    row = uow.session.get(StockMovement, movement_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such stock movement."))
    if row.source_type != SOURCE_ENTRY or row.reverses_id is not None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Only a receipt, scrap or return entered by hand can be "
                                                   "reversed here; orders and counts correct their own."))
    posted = LEDGER.reverse(uow.session, Source(SOURCE_ENTRY, row.source_id, row.source_number), uow.now(),
                            note=reason)
    if not posted:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This entry was reversed already."))
    uow.session.flush()
    return [movement_view(r) for r in posted]


# --- orders ---------------------------------------------------------------------------------------


def post_order_shipment(uow: UnitOfWork, order: OrderStock) -> list[MovementView]:
    """The goods of a shipped order leave the stock (called by the orders service, which checked
    the right to ship). The book may go below zero: the goods physically left."""
    views = products.get_products(uow.session, [pid for pid, _ in order.lines], include_deleted=True)
    source = Source(SOURCE_ORDER, order.order_id, order.number)
    rows = []
    for product_id, quantity in order.lines:
        if not quantity:
            continue
        location = views[product_id].location if product_id in views else ""
        rows.append(LEDGER.post(uow.session, item_id=product_id, quantity=-Decimal(quantity), kind=SHIPMENT,
                                moved_at=uow.now(), location=location, source=source,
                                note=QT_TRANSLATE_NOOP("inventory", "Order shipped")))
    uow.session.flush()
    return [movement_view(row) for row in rows]


def reverse_order_stock(uow: UnitOfWork, order_id: str, number: str, note: str = "") -> list[MovementView]:
    """A cancelled order gives back whatever stock it took (nothing when it never shipped)."""
    posted = LEDGER.reverse(uow.session, Source(SOURCE_ORDER, order_id, number), uow.now(),
                            note=_text(note) or None)
    uow.session.flush()
    return [movement_view(row) for row in posted]


def available_stock(session: Session, product_ids: Iterable[str]) -> dict[str, Decimal]:
    """The book quantity of each product over all locations (zero when it never moved)."""
    ids = list(dict.fromkeys(product_ids))
    found = LEDGER.balances(session, ids)
    return {pid: found.get(pid, ZERO) for pid in ids}


def has_stock_records(session: Session) -> bool:
    """Whether stock is kept at all (any movement posted)."""
    return session.scalar(select(StockMovement.id).limit(1)) is not None


# --- reading --------------------------------------------------------------------------------------


def stock_of(session: Session, product_id: str, location: str | None = None) -> Decimal:
    return LEDGER.balance(session, product_id, location)


def stock_by_location(session: Session, product_id: str) -> dict[str, Decimal]:
    return {loc: qty for (_item, loc), qty in LEDGER.balances(session, [product_id], by_location=True).items()}


def movement_history(session: Session, actor: Actor, product_id: str, limit: int = 500) -> list[MovementView]:
    """The product's movements, newest first, each with the balance after it (all locations)."""
    actor.require("inventory.view")
    rows = list(session.scalars(select(StockMovement).where(StockMovement.item_id == product_id,
                                                            StockMovement.deleted_at.is_(None))
                                .order_by(StockMovement.moved_at.desc(), StockMovement.id.desc()).limit(limit)))
    balance = LEDGER.ledger_sum(session, product_id)
    out = []
    for row in rows:
        out.append(movement_view(row, balance))
        balance -= row.quantity
    return out


def movements_since(session: Session, product_ids: Iterable[str], since: datetime) -> list[MovementView]:
    """Movements of these products after `since` (what moved during a count), oldest first."""
    ids = list(product_ids)
    if not ids:
        return []
    found = products.get_products(session, ids, include_deleted=True)
    rows = session.scalars(select(StockMovement).where(StockMovement.item_id.in_(ids),
                                                       StockMovement.moved_at > since,
                                                       StockMovement.deleted_at.is_(None))
                           .order_by(StockMovement.moved_at, StockMovement.id))
    return [movement_view(r, None, found[r.item_id].code if r.item_id in found else "",
                          found[r.item_id].name if r.item_id in found else "") for r in rows]


def negative_balances(session: Session, limit: int = 50) -> list[tuple[str, str, Decimal]]:
    """(product id, location, quantity) below zero: a count or a missing receipt is needed."""
    table = StockBalance.__table__
    rows = session.execute(select(table.c.item_id, table.c.location, table.c.quantity)
                           .where(table.c.quantity < 0).order_by(table.c.quantity).limit(limit))
    return [(item, location, quantity) for item, location, quantity in rows]


def balance_mismatches(session: Session) -> list[tuple[str, str, Decimal, Decimal]]:
    return LEDGER.mismatches(session)


def rebuild_balances(uow: UnitOfWork) -> int:
    """Recompute the balance cache from the ledger (after a restore or a sync)."""
    uow.actor.require("inventory.post")
    return LEDGER.rebuild(uow.session)


def movement_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(StockMovement)) or 0
