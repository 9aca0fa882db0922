"""Quantities as ledgers: append-only movement rows; the balance is their sum (DESIGN.md §2).

A module declares its own movement table with `MovementColumns` and a local balance cache with
`BalanceColumns`, then builds one `Ledger` over the two. Posting goes through `Ledger.post`, which
adds the movement (audited, synced like any row) and updates the cache in the same transaction;
`rebuild` recomputes the cache from the ledger (`rebuild_keys` only some balances, `follow_rows`
those that rows written by a sync pull touch) and `mismatches` lists where they differ. A posted
movement is never edited: `reverse` posts the opposite quantities of a document's movements.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import BigInteger, Connection, String, Text, bindparam, delete, func, select, type_coerce
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from neiqin.core.db.types import QTY_SCALE, Money, Quantity, UtcDateTime
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.ledger.pulled import follow, recount

ZERO = Decimal(0)
QUANTITY_PLACES = Decimal("0.001")
MAX_QUANTITY = Decimal("1000000000")

# the movement kinds every ledger knows; a module may add its own
OPENING = "opening"
RECEIPT = "receipt"
SHIPMENT = "shipment"
RETURN = "return"
ADJUSTMENT = "count_adjustment"
SCRAP = "scrap"
ISSUE = "issue"
LOSS = "loss"


class MovementColumns:
    """Mixin for a movement table: one signed quantity of one item at one location."""

    item_id: Mapped[str] = mapped_column(String(36), nullable=False)
    location: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    unit_cost: Mapped[Decimal | None] = mapped_column(Money())
    moved_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    source_type: Mapped[str | None] = mapped_column(String(32))
    source_id: Mapped[str | None] = mapped_column(String(36))
    source_number: Mapped[str | None] = mapped_column(String(40))
    reverses_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text)


class BalanceColumns:
    """Mixin for the local balance cache: derived data, rebuilt from the ledger, never synced."""

    item_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location: Mapped[str] = mapped_column(String(60), primary_key=True, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity(), nullable=False, default=ZERO)
    last_moved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


@dataclass(frozen=True)
class Source:
    """The document a movement comes from (an order, a count, an issue slip)."""

    type: str
    id: str
    number: str | None = None


def parse_quantity(value, field: str = "quantity", *, allow_negative: bool = False) -> Decimal:
    """A quantity typed or imported: a number with at most three decimals; never a float."""
    if isinstance(value, float):
        value = repr(value)
    if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a quantity."), field=field)
    try:
        quantity = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a quantity."), field=field,
                              value=str(value)[:40]) from exc
    if not quantity.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a quantity."), field=field,
                              value=str(value)[:40])
    if quantity != quantity.quantize(QUANTITY_PLACES):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A quantity has at most three decimals."), field=field)
    if quantity < 0 and not allow_negative:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A quantity cannot be negative."), field=field)
    if abs(quantity) >= MAX_QUANTITY:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The quantity is too large."), field=field)
    return plain_decimal(quantity.quantize(QUANTITY_PLACES)) if quantity else ZERO


class Ledger:
    """Posting, balances and checks over one movement table and its balance cache."""

    def __init__(self, movement: type, balance: type) -> None:
        self.movement = movement
        self.balance_model = balance
        self._upsert = None  # the cache's upsert statement, built on first use

    # ------------------------------------------------------------------ posting

    def post(self, session: Session, *, item_id: str, quantity: Decimal, kind: str, moved_at: datetime,
             location: str = "", unit_cost: Decimal | None = None, source: Source | None = None,
             note: str | None = None, reverses_id: str | None = None, forbid_negative: bool = False):
        """Add one movement and update the cached balance; returns the movement row.

        With `forbid_negative`, a movement that would take the balance below zero is refused
        (issuing supplies that are not there); nothing is changed then.
        """
        quantity = Decimal(quantity)
        if quantity == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A movement needs a quantity other than zero."),
                                  field="quantity")
        location = (location or "").strip()
        if forbid_negative and quantity < 0:
            available = self.balance(session, item_id, location)
            if available + quantity < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Only {available} in stock; {wanted} cannot be taken out."),
                    field="quantity", available=_plain(available), wanted=_plain(-quantity))
        row = self.movement(item_id=item_id, location=location, kind=kind, quantity=quantity,
                            unit_cost=unit_cost, moved_at=moved_at, note=(note or "").strip() or None,
                            source_type=source.type if source else None,
                            source_id=source.id if source else None,
                            source_number=source.number if source else None, reverses_id=reverses_id)
        session.add(row)
        self._add_to_cache(session, item_id, location, quantity, moved_at)
        return row

    def post_many(self, session: Session, movements: list[dict]) -> list[dict]:
        """Post many movements in one statement (keys as `post` takes them: item_id, quantity, kind,
        moved_at, location, unit_cost, source, note); the cache follows in one statement too.
        Returns the inserted rows with their ids. Never refuses for negative stock."""
        from neiqin.core.db.bulk import insert_synced

        rows = []
        for movement in movements:
            quantity = Decimal(movement["quantity"])
            if quantity == 0:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "A movement needs a quantity other than zero."),
                                      field="quantity")
            source = movement.get("source")
            rows.append({"item_id": movement["item_id"], "location": (movement.get("location") or "").strip(),
                         "kind": movement["kind"], "quantity": quantity, "unit_cost": movement.get("unit_cost"),
                         "moved_at": movement["moved_at"], "note": (movement.get("note") or "").strip() or None,
                         "source_type": source.type if source else None, "source_id": source.id if source else None,
                         "source_number": source.number if source else None,
                         "reverses_id": movement.get("reverses_id")})
        insert_synced(session, self.movement, rows)
        totals: dict[tuple[str, str], tuple[Decimal, datetime]] = {}
        for row in rows:
            key = (row["item_id"], row["location"])
            quantity, latest = totals.get(key, (ZERO, row["moved_at"]))
            totals[key] = (quantity + row["quantity"], max(latest, row["moved_at"]))
        self._add_many_to_cache(session, [(item_id, location, quantity, latest)
                                          for (item_id, location), (quantity, latest) in totals.items()])
        return rows

    def reverse(self, session: Session, source: Source, moved_at: datetime, note: str | None = None) -> list:
        """Post the opposite of every not-yet-reversed movement of a document; returns the new rows."""
        movement = self.movement
        session.flush()
        rows = list(session.scalars(
            select(movement).where(movement.source_type == source.type, movement.source_id == source.id,
                                   movement.reverses_id.is_(None), movement.deleted_at.is_(None))
            .order_by(movement.moved_at, movement.id)))
        reversed_ids = set(session.scalars(
            select(movement.reverses_id).where(movement.source_type == source.type,
                                               movement.source_id == source.id,
                                               movement.reverses_id.is_not(None))))
        out = []
        for row in rows:
            if row.id in reversed_ids:
                continue
            out.append(self.post(session, item_id=row.item_id, quantity=-row.quantity, kind=row.kind,
                                 moved_at=moved_at, location=row.location, unit_cost=row.unit_cost,
                                 source=source, note=note, reverses_id=row.id))
        return out

    def _add_to_cache(self, session: Session, item_id: str, location: str, quantity: Decimal,
                      moved_at: datetime) -> None:
        self._add_many_to_cache(session, [(item_id, location, quantity, moved_at)])

    def _add_many_to_cache(self, session: Session, changes: list[tuple[str, str, Decimal, datetime]]) -> None:
        """Add (item, location, quantity, moved at) to the cached balances, in one executemany."""
        if not changes:
            return
        session.connection().execute(self._cache_upsert(), [
            {"cache_item": item_id, "cache_location": location, "cache_quantity": quantity,
             "delta": int(quantity * QTY_SCALE), "moved_at": moved_at}
            for item_id, location, quantity, moved_at in changes])

    def _cache_upsert(self):
        """INSERT … ON CONFLICT DO UPDATE adding a quantity to one cached balance (built once)."""
        statement = self._upsert
        if statement is None:
            table = self.balance_model.__table__
            stamp = bindparam("moved_at", type_=table.c.last_moved_at.type)
            statement = sqlite_insert(table).values(
                item_id=bindparam("cache_item"), location=bindparam("cache_location"),
                quantity=bindparam("cache_quantity", type_=table.c.quantity.type), last_moved_at=stamp)
            statement = self._upsert = statement.on_conflict_do_update(
                index_elements=[table.c.item_id, table.c.location],
                set_={"quantity": raw_quantity(table.c.quantity) + bindparam("delta", type_=BigInteger),
                      "last_moved_at": func.max(func.coalesce(table.c.last_moved_at, stamp), stamp)},
            )
        return statement

    # ------------------------------------------------------------------ reading

    def balance(self, session: Session, item_id: str, location: str | None = None) -> Decimal:
        """The cached balance of an item at one location, or over all locations when None."""
        model = self.balance_model
        query = (select(func.coalesce(func.sum(raw_quantity(model.__table__.c.quantity)), 0))
                 .where(model.item_id == item_id))
        if location is not None:
            query = query.where(model.location == (location or "").strip())
        return from_thousandths(session.scalar(query))

    def balances(self, session: Session, item_ids: Iterable[str] | None = None,
                 by_location: bool = False) -> dict:
        """Cached balances: {item_id: qty} or {(item_id, location): qty} with `by_location`."""
        model = self.balance_model
        table = model.__table__
        if by_location:
            query = select(table.c.item_id, table.c.location, raw_quantity(table.c.quantity))
        else:
            query = select(table.c.item_id, func.sum(raw_quantity(table.c.quantity))).group_by(table.c.item_id)
        if item_ids is not None:
            ids = list(item_ids)
            if not ids:
                return {}
            query = query.where(table.c.item_id.in_(ids))
        if by_location:
            return {(item, loc): from_thousandths(qty) for item, loc, qty in session.execute(query)}
        return {item: from_thousandths(qty) for item, qty in session.execute(query)}

    def ledger_sum(self, session: Session, item_id: str | None = None, location: str | None = None, *,
                   since: datetime | None = None, until: datetime | None = None,
                   kinds: Iterable[str] | None = None) -> Decimal:
        """The sum of the movements themselves (not the cache), optionally in a time window
        (`since` exclusive, `until` inclusive) and of some kinds."""
        table = self.movement.__table__
        query = select(func.coalesce(func.sum(raw_quantity(table.c.quantity)), 0)).where(table.c.deleted_at.is_(None))
        if item_id is not None:
            query = query.where(table.c.item_id == item_id)
        if location is not None:
            query = query.where(table.c.location == location)
        if since is not None:
            query = query.where(table.c.moved_at > _naive(since))
        if until is not None:
            query = query.where(table.c.moved_at <= _naive(until))
        if kinds is not None:
            query = query.where(table.c.kind.in_(list(kinds)))
        return from_thousandths(session.scalar(query))

    def sums_by_item(self, session: Session, *, since: datetime | None = None, until: datetime | None = None,
                     kinds: Iterable[str] | None = None, item_ids: Iterable[str] | None = None,
                     by_location: bool = False) -> dict:
        """Movement sums per item (or per item and location) in a window: the basis of analyses."""
        table = self.movement.__table__
        keys = [table.c.item_id, table.c.location] if by_location else [table.c.item_id]
        query = (select(*keys, func.sum(raw_quantity(table.c.quantity))).where(table.c.deleted_at.is_(None))
                 .group_by(*keys))
        if since is not None:
            query = query.where(table.c.moved_at > _naive(since))
        if until is not None:
            query = query.where(table.c.moved_at <= _naive(until))
        if kinds is not None:
            query = query.where(table.c.kind.in_(list(kinds)))
        if item_ids is not None:
            query = query.where(table.c.item_id.in_(list(item_ids)))
        out = {}
        for row in session.execute(query):
            key = (row[0], row[1]) if by_location else row[0]
            out[key] = from_thousandths(row[-1])
        return out

    def last_movement_times(self, session: Session, kinds: Iterable[str] | None = None) -> dict[str, datetime]:
        """When each item last moved (of the given kinds): slow-moving stock starts here."""
        table = self.movement.__table__
        query = (select(table.c.item_id, func.max(table.c.moved_at)).where(table.c.deleted_at.is_(None))
                 .group_by(table.c.item_id))
        if kinds is not None:
            query = query.where(table.c.kind.in_(list(kinds)))
        return {item: moved for item, moved in session.execute(query)}

    # ------------------------------------------------------------------ the cache

    def rebuild(self, session: Session) -> int:
        """Recompute the whole cache from the ledger; returns the number of balances."""
        table = self.balance_model.__table__
        moves = self.movement.__table__
        session.execute(delete(table))
        source = (select(moves.c.item_id, moves.c.location, func.sum(moves.c.quantity),
                         func.max(moves.c.moved_at))
                  .where(moves.c.deleted_at.is_(None)).group_by(moves.c.item_id, moves.c.location))
        session.execute(table.insert().from_select(["item_id", "location", "quantity", "last_moved_at"], source))
        return session.scalar(select(func.count()).select_from(table)) or 0

    def rebuild_keys(self, connection: Connection, keys: Iterable[tuple[str, str]]) -> None:
        """Recompute the cached balances of these (item, location) keys only."""
        recount(connection, self.movement.__tablename__, self.balance_model.__tablename__, keys)

    def follow_rows(self, connection: Connection, columns: Sequence[str],
                    values: Sequence[Sequence[Any]]) -> Callable[[], None]:
        """Before movement rows are written from outside the ledger (a sync pull): returns the
        step, run after they were written, that updates only the balances they touch (`pulled`)."""
        return follow(connection, self.movement.__tablename__, self.balance_model.__tablename__, columns, values)

    def mismatches(self, session: Session) -> list[tuple[str, str, Decimal, Decimal]]:
        """(item, location, cached, ledger) wherever the cache differs from the ledger sum."""
        table = self.balance_model.__table__
        moves = self.movement.__table__
        ledger = dict(((item, loc), qty) for item, loc, qty in session.execute(
            select(moves.c.item_id, moves.c.location, func.sum(raw_quantity(moves.c.quantity)))
            .where(moves.c.deleted_at.is_(None)).group_by(moves.c.item_id, moves.c.location)))
        cached = dict(((item, loc), qty) for item, loc, qty in session.execute(
            select(table.c.item_id, table.c.location, raw_quantity(table.c.quantity))))
        out = []
        for key in sorted(set(ledger) | set(cached)):
            book, cache = ledger.get(key, 0) or 0, cached.get(key, 0) or 0
            if book != cache:
                out.append((key[0], key[1], from_thousandths(cache), from_thousandths(book)))
        return out


def raw_quantity(column):
    """A quantity column as its stored integer thousandths (for sums in SQL)."""
    return type_coerce(column, BigInteger)


def from_thousandths(value) -> Decimal:
    """Stored integer thousandths (a sum in SQL) as a quantity."""
    return plain_decimal(Decimal(int(value)) / QTY_SCALE) if value else ZERO


def plain_decimal(value: Decimal) -> Decimal:
    """Without trailing zeros and never in exponent form (10, not 1E+1)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _naive(moment: datetime) -> datetime:
    return UtcDateTime().process_bind_param(moment, None)


def _plain(quantity: Decimal) -> str:
    return format(quantity.normalize(), "f")
