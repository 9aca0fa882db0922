"""The register, the contracts ledger, documents and circulation, dashboard and search."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from neiqin.core.errors import Conflict, ValidationError
from neiqin.modules.archive import dashboard, documents, service
from neiqin.modules.archive.schemas import ContractInput, DocumentInput, ItemInput
from tests.unit.archive.conftest import today


def test_items_are_numbered_linked_and_kept_for_their_retention(db, clerk, shelf):
    with db.read() as session:
        item = service.get_item(session, clerk, shelf.item_id)
    assert item.number == f"DA-BJ01-{today().year}-000001"
    assert item.customer_name == "上海浦东精密机械制造有限公司"
    assert item.location == "档案室一 / 3号柜 / 第2层 / 015盒"
    assert item.retention_until == today().replace(year=today().year + 10)
    with db.unit_of_work(clerk) as uow:
        permanent = service.create_item(uow, ItemInput(title="公司章程", category="行政文件", kind="electronic",
                                                       retention_years=None, number="2019-XZ-0001"))
    assert permanent.retention_until is None and permanent.number == "2019-XZ-0001"


@pytest.mark.parametrize("overrides, field", [
    ({"room": ""}, "room"),
    ({"customer_id": "no-such-customer"}, "customer_id"),
    ({"order_number": "SO-BJ01-2026-999999"}, "order_number"),
    ({"confidentiality": "top"}, "confidentiality"),
    ({"retention_years": 0}, "retention_years"),
    ({"title": "  "}, "title"),
])
def test_bad_items_are_refused_by_field(db, clerk, overrides, field):
    values = dict(title="订单资料", category="订单资料", room="档案室一")
    values.update(overrides)
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_item(uow, ItemInput(**values))
    assert error.value.field == field


def test_a_taken_number_is_refused(db, clerk, shelf):
    with db.read() as session:
        number = service.get_item(session, clerk, shelf.item_id).number
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_item(uow, ItemInput(title="x", category="其他", kind="electronic", number=number))
    assert error.value.field == "number"


def test_contracts_and_the_expiry_warning(db, clerk, reviewer, shelf):
    start = today() - timedelta(days=300)
    with db.unit_of_work(clerk) as uow:
        soon = service.create_contract(uow, ContractInput("年度购销合同", shelf.customer_id, start, "128,000.50", start,
                                                          today() + timedelta(days=20)))
        later = service.create_contract(uow, ContractInput("框架协议", shelf.customer_id, start, Decimal("5000"), start,
                                                           today() + timedelta(days=90), number="HX-2026-015"))
    assert soon.amount == Decimal("128000.50") and soon.customer_name == "上海浦东精密机械制造有限公司"
    assert soon.number.startswith("HT-BJ01-") and later.number == "HX-2026-015"
    with db.read() as session:
        items = dashboard.dashboard_items(session, reviewer, today())
    expiring = [i for i in items if i.group == "Contracts expiring soon"]
    assert [i.record_id for i in expiring] == [soon.id]
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_contract(uow, ContractInput("x", shelf.customer_id, start, 1, start, start - timedelta(1)))
    assert error.value.field == "end_date"


def test_documents_circulate_in_order(db, clerk):
    with db.unit_of_work(clerk) as uow:
        incoming = documents.create_document(uow, DocumentInput("incoming", "关于开展年度安全检查的通知", "市商务局",
                                                                "本公司", reference="京商发〔2026〕21号"))
        outgoing = documents.create_document(uow, DocumentInput("outgoing", "春节放假通知", "行政部", "全体员工"))
        incoming = documents.set_readers(uow, incoming.id, [("李建国", "销售部"), ("赵敏", "财务部")])
    assert incoming.number == f"SW-BJ01-{today().year}-000001"
    assert outgoing.number == f"FW-BJ01-{today().year}-000001"
    assert incoming.status == "circulating" and [r.seq for r in incoming.readers] == [1, 2]
    first, second = incoming.readers
    with pytest.raises(Conflict) as error, db.unit_of_work(clerk) as uow:
        documents.sign_off(uow, incoming.id, second.id)
    assert "李建国" in error.value.render()
    with db.unit_of_work(clerk) as uow:
        documents.sign_off(uow, incoming.id, first.id, comment="已阅，请财务部落实")
        view = documents.sign_off(uow, incoming.id, second.id)
    assert view.status == "circulated" and all(r.signed_at for r in view.readers)
    assert view.readers[0].comment == "已阅，请财务部落实"
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:  # the list is fixed once someone signed
        documents.set_readers(uow, incoming.id, [("王芳", "销售部")])
    with db.unit_of_work(clerk) as uow:
        filed = documents.file_document(uow, incoming.id, "档案室一", "2号柜")
    with db.read() as session:
        item = service.get_item(session, clerk, filed.item_id)
    assert item.title.endswith("关于开展年度安全检查的通知") and item.category == "行政文件"


def test_search_finds_items_by_title_pinyin_and_number(db, clerk, shelf):
    with db.read() as session:
        number = service.get_item(session, clerk, shelf.item_id).number
        by_title = dashboard.search(session, clerk, "年度购销", 10)
        by_number = dashboard.search(session, clerk, number[:8].lower(), 10)
        by_customer = dashboard.search(session, clerk, "浦东精密", 10)
    assert shelf.item_id in [h.record_id for h in by_title]
    assert shelf.item_id in [h.record_id for h in by_number]
    assert shelf.item_id in [h.record_id for h in by_customer]
