"""The supplies catalogue and the ledger everything posts to: items entered and edited, stock read
from the balance cache, an item's movements, low-stock items. The documents (plans, receiving,
issues, losses, counts) have their own files and share the helpers here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.auth.service import UserView, list_users
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.ledger.counts import CountBook
from neiqin.core.ledger.movements import OPENING, Ledger, Source, parse_quantity
from neiqin.core.money import parse_money
from neiqin.core.numbering import next_number
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.modules.supplies.models import (
    SupplyBalance,
    SupplyCount,
    SupplyCountLine,
    SupplyIssue,
    SupplyItem,
    SupplyMovement,
)
from neiqin.modules.supplies.rules import PER, PERIODS
from neiqin.modules.supplies.schemas import ItemInput, ItemView, MovementView

LEDGER = Ledger(SupplyMovement, SupplyBalance)
BOOK = CountBook(LEDGER, SupplyCount, SupplyCountLine, "supply_count")
MAX_LENGTHS = {"code": 40, "name": 200, "spec": 200, "unit": 10, "category": 60, "supplier": 200, "notes": 2000}


def local_today(uow_or_now) -> date:
    now = uow_or_now.now() if isinstance(uow_or_now, UnitOfWork) else uow_or_now
    return now.astimezone().date()


def new_number(uow: UnitOfWork, prefix: str, day: date) -> str:
    branch = get_setting(uow.session, BRANCH_CODE)
    if not branch:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The branch code is not set up."), field="branch_code")
    return next_number(uow.session, prefix, branch, day.year)


def text(value, key: str, required: bool = False) -> str:
    out = str(value or "").strip()
    if required and not out:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This field is required."), field=key)
    limit = MAX_LENGTHS.get(key)
    if limit and len(out) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "At most {limit} characters."), field=key, limit=limit)
    return out


def clean_item(data: ItemInput) -> dict:
    """The stored values of an item, or ValidationError naming the field."""
    values = {
        "code": text(data.code, "code", True).upper(), "name": text(data.name, "name", True),
        "spec": text(data.spec, "spec") or None, "unit": text(data.unit, "unit", True),
        "category": text(data.category, "category") or None, "supplier": text(data.supplier, "supplier") or None,
        "notes": text(data.notes, "notes") or None, "active": bool(data.active),
        "minimum_stock": parse_quantity(data.minimum_stock if data.minimum_stock not in (None, "") else 0,
                                        "minimum_stock"),
    }
    price = data.last_price
    values["last_price"] = None if price in (None, "") else parse_money(price, "last_price")
    if values["last_price"] is not None and values["last_price"] < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A price cannot be negative."), field="last_price")
    standard = data.standard_quantity
    if standard in (None, ""):
        values.update(standard_quantity=None, standard_per=None, standard_period=None)
    else:
        quantity = parse_quantity(standard, "standard_quantity")
        if data.standard_per not in PER:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say whether the standard is per person or per "
                                                              "department."), field="standard_per")
        if data.standard_period not in PERIODS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the period of the standard: month, quarter "
                                                              "or year."), field="standard_period")
        values.update(standard_quantity=quantity, standard_per=data.standard_per,
                      standard_period=data.standard_period)
    return values


def item_view(item: SupplyItem, stock: Decimal) -> ItemView:
    return ItemView(item.id, item.code, item.name, item.spec or "", item.unit, item.category or "",
                    item.minimum_stock, item.standard_quantity, item.standard_per or "", item.standard_period or "",
                    item.supplier or "", item.last_price, item.active, item.notes or "", stock, item.updated_at)


def load_item(session: Session, item_id: str) -> SupplyItem:
    item = session.get(SupplyItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such office-supplies item."))
    return item


def get_item(session: Session, actor: Actor, item_id: str) -> ItemView:
    actor.require("supplies.view")
    item = load_item(session, item_id)
    return item_view(item, LEDGER.balance(session, item.id))


def list_items(session: Session, actor: Actor, active_only: bool = True) -> list[ItemView]:
    actor.require("supplies.view")
    query = select(SupplyItem).where(SupplyItem.deleted_at.is_(None)).order_by(SupplyItem.category,
                                                                               SupplyItem.code)
    if active_only:
        query = query.where(SupplyItem.active.is_(True))
    items = list(session.scalars(query))
    stock = LEDGER.balances(session, [item.id for item in items])
    return [item_view(item, stock.get(item.id, Decimal(0))) for item in items]


def low_stock(session: Session, actor: Actor) -> list[ItemView]:
    """Active items whose stock is below their minimum (补货)."""
    return [item for item in list_items(session, actor) if item.below_minimum]


def _code_free(session: Session, code: str, own_id: str | None = None) -> None:
    query = select(SupplyItem.id).where(func.upper(SupplyItem.code) == code)
    if own_id:
        query = query.where(SupplyItem.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The code {code} is in use already."), field="code",
                              code=code)


def create_item(uow: UnitOfWork, data: ItemInput, opening_stock=None) -> ItemView:
    """A new catalogue item; `opening_stock` posts the quantity found on the shelf (期初)."""
    uow.actor.require("supplies.manage")
    values = clean_item(data)
    _code_free(uow.session, values["code"])
    opening = parse_quantity(opening_stock, "opening_stock") if opening_stock not in (None, "") else Decimal(0)
    item = SupplyItem(**values)
    uow.session.add(item)
    uow.session.flush()
    if opening:
        LEDGER.post(uow.session, item_id=item.id, quantity=opening, kind=OPENING, moved_at=uow.now(),
                    unit_cost=item.last_price, source=Source("supply_item", item.id, item.code),
                    note="期初库存")
    return item_view(item, opening)


def update_item(uow: UnitOfWork, item_id: str, data: ItemInput, expected_updated_at=None) -> ItemView:
    uow.actor.require("supplies.manage")
    item = load_item(uow.session, item_id)
    if expected_updated_at is not None and item.updated_at != expected_updated_at:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Someone else changed this item in the meantime. Reload it "
                                                   "and edit again."))
    values = clean_item(data)
    _code_free(uow.session, values["code"], item.id)
    for key, value in values.items():
        setattr(item, key, value)
    uow.session.flush()
    return item_view(item, LEDGER.balance(uow.session, item.id))


def movements_of(session: Session, actor: Actor, item_id: str, limit: int = 500) -> list[MovementView]:
    """The newest movements of an item (the item's ledger card)."""
    actor.require("supplies.view")
    rows = session.scalars(select(SupplyMovement).where(SupplyMovement.item_id == item_id,
                                                        SupplyMovement.deleted_at.is_(None))
                           .order_by(SupplyMovement.moved_at.desc(), SupplyMovement.id.desc()).limit(limit))
    return [MovementView(r.id, r.moved_at, r.kind, r.quantity, r.unit_cost, r.source_number or "", r.note or "")
            for r in rows]


def recipients(session: Session, actor: Actor) -> list[UserView]:
    """Active users who may receive supplies (any other name may be typed)."""
    actor.require("supplies.view")
    return list_users(session, include_inactive=False)


def departments(session: Session) -> list[str]:
    """Departments known from users and earlier issues, for completers."""
    names = set(session.scalars(select(User.department).where(User.department.is_not(None))))
    names |= set(session.scalars(select(SupplyIssue.department).distinct()))
    return sorted(name for name in names if name)
