"""Archive test data made through the services, a movable clock and a drawn signature."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from PIL import Image, ImageDraw

from neiqin.core.db.types import utcnow
from neiqin.modules.archive import service
from neiqin.modules.archive.schemas import ItemInput, LendingInput
from neiqin.modules.customers import service as customers
from neiqin.modules.customers.schemas import CustomerInput


@dataclass
class Shelf:
    customer_id: str
    item_id: str
    secret_id: str


def today() -> date:
    return utcnow().astimezone().date()


@pytest.fixture
def shelf(db, admin) -> Shelf:
    with db.unit_of_work(admin) as uow:
        customer = customers.create_customer(uow, CustomerInput(name="上海浦东精密机械制造有限公司", phone="021-55556666"))
        item = service.create_item(uow, ItemInput(
            title="上海浦东精密机械年度购销合同", category="合同", customer_id=customer.id, room="档案室一",
            cabinet="3号柜", shelf="第2层", box="015盒", retention_years=10, confidentiality="confidential"))
        secret = service.create_item(uow, ItemInput(
            title="销售部人员考核记录", category="人事档案", room="档案室二", cabinet="1号柜",
            retention_years=30, confidentiality="secret"))
    return Shelf(customer.id, item.id, secret.id)


def lending_input(item_id: str, **overrides) -> LendingInput:
    values = dict(item_id=item_id, borrower_name="王芳", borrower_department="", purpose="核对合同付款条款",
                  mode="take_out", may_copy=False, may_photo=False)
    values.update(overrides)
    return LendingInput(**values)


def signature_png() -> bytes:
    image = Image.new("RGB", (300, 100), "white")
    draw = ImageDraw.Draw(image)
    draw.line([(20, 70), (80, 20), (140, 80), (200, 25), (280, 60)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def clock(monkeypatch):
    """Move the units of work `days` into the future: clock(8) makes the next actions 8 days later."""
    import neiqin.core.db.session as session_module

    def move(days: int) -> datetime:
        moment = utcnow() + timedelta(days=days)
        monkeypatch.setattr(session_module, "utcnow", lambda: moment)
        return moment

    return move
