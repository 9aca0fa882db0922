"""Products made through the products service for the stock tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from neiqin.core.ledger.movements import RECEIPT
from neiqin.modules.inventory import service
from neiqin.modules.inventory.schemas import EntryInput
from neiqin.modules.products import service as products
from neiqin.modules.products.schemas import ProductInput


@pytest.fixture
def items(db, admin) -> dict[str, str]:
    """Four products: two paper (A区-01), a toner (B区-01), a chair (B区-01); code → id."""
    specs = [("OF-PAP-011", "复印纸", "箱", "办公耗材", "A区-01", 20, 3),
             ("OF-PAP-012", "复印纸(优选)", "箱", "办公耗材", "A区-01", 10, 5),
             ("OF-TON-011", "硒鼓", "个", "办公耗材", "B区-01", 5, 7),
             ("FU-CHR-011", "办公椅", "把", "办公家具", "B区-01", 0, 15)]
    with db.unit_of_work(admin) as uow:
        return {code: products.create_product(uow, ProductInput(
            code=code, name=name, unit=unit, category=category, location=location, reorder_point=reorder,
            lead_time_days=lead, list_price=Decimal("100"), cost=Decimal("60"))).id
            for code, name, unit, category, location, reorder, lead in specs}


def receive(db, actor, product_id, quantity, kind=RECEIPT, **kw):
    with db.unit_of_work(actor) as uow:
        return service.post_entry(uow, EntryInput(kind, product_id, quantity, **kw))


def stock(db, product_id, location=None):
    with db.read() as session:
        return service.stock_of(session, product_id, location)
