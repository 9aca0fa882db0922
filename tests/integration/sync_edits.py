"""Edits an office makes in sync tests, through the unit of work like the services."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select

from neiqin.modules.customers.models import Customer
from neiqin.modules.inventory.ledger import LEDGER
from neiqin.modules.inventory.models import StockBalance, StockMovement
from neiqin.modules.products.models import Product


def add_customer(office, code: str, name: str, **fields) -> str:
    with office.db.unit_of_work(office.actor) as uow:
        row = Customer(code=code, name=name, name_key=name, **fields)
        uow.session.add(row)
        uow.session.flush()
        return row.id


def edit(office, model, row_id: str, **fields) -> None:
    with office.db.unit_of_work(office.actor) as uow:
        row = uow.session.get(model, row_id)
        for key, value in fields.items():
            setattr(row, key, value)


def delete(office, model, row_id: str) -> None:
    edit(office, model, row_id, deleted_at=datetime.now(UTC))


def add_product(office, code: str, name: str, price: str = "10.00") -> str:
    with office.db.unit_of_work(office.actor) as uow:
        row = Product(code=code, name=name, unit="个", list_price=Decimal(price))
        uow.session.add(row)
        uow.session.flush()
        return row.id


def receive(office, item_id: str, quantity: str) -> str:
    with office.db.unit_of_work(office.actor) as uow:
        row = LEDGER.post(uow.session, item_id=item_id, quantity=Decimal(quantity), kind="receipt",
                          moved_at=datetime.now(UTC))
        uow.session.flush()
        return row.id


def balance(office, item_id: str) -> Decimal:
    with office.db.read() as session:
        value = session.scalar(select(StockBalance.quantity).where(StockBalance.item_id == item_id))
        return value or Decimal(0)


def movements(office) -> int:
    with office.db.read() as session:
        return len(session.scalars(select(StockMovement.id)).all())


def value(office, model, row_id: str, field: str):
    with office.db.read() as session:
        row = session.get(model, row_id)
        return None if row is None else getattr(row, field)
