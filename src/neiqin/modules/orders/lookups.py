"""Choices for the order editor (customer and product completers, contact prefill), through the
customers and products services, handed to the UI as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

import neiqin.modules.customers.service as customers
import neiqin.modules.products.service as products
from neiqin.core.auth.actor import Actor
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound


@dataclass(frozen=True)
class ProductChoice:
    id: str
    code: str
    name: str
    spec: str
    unit: str
    list_price: Decimal

    @property
    def label(self) -> str:
        spec = f" {self.spec}" if self.spec else ""
        return f"{self.code}  {self.name}{spec} ({self.unit})"


@dataclass(frozen=True)
class CustomerDefaults:
    name: str
    contact: str
    phone: str
    address: str


def customer_choices(session: Session, text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(id, label) of customers matching a name, short name, pinyin initials or code."""
    return [(ref.id, f"{ref.name}（{ref.code}）") for ref in customers.lookup_customers(session, text, limit)]


def customer_defaults(session: Session, actor: Actor, customer_id: str) -> CustomerDefaults:
    """The contact and phone an order of this customer starts with: the primary contact."""
    view = customers.get_customer(session, actor, customer_id)
    contact = next((c for c in view.contacts if c.is_primary), view.contacts[0] if view.contacts else None)
    return CustomerDefaults(view.name, contact.name if contact else "",
                            (contact.phone if contact and contact.phone else view.phone) or "", view.address or "")


def product_choices(session: Session, text: str, limit: int = 20) -> list[ProductChoice]:
    return [ProductChoice(p.id, p.code, p.name, p.spec or "", p.unit, p.list_price)
            for p in products.lookup_products(session, text, limit)]


def product_choice(session: Session, product_id: str) -> ProductChoice:
    found = products.get_products(session, [product_id]).get(product_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The product no longer exists."))
    return ProductChoice(found.id, found.code, found.name, found.spec or "", found.unit, found.list_price)
