import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from neiqin.core.audit import AuditEntry, audit_report, hidden_fields_for, record_history
from neiqin.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from neiqin.modules.customers import service
from neiqin.modules.customers.models import Customer
from neiqin.modules.customers.schemas import ContactInput, CustomerFilter, CustomerInput
from neiqin.modules.customers.service import DuplicateCustomer


def make(db, actor, name="北京海淀中关村科技有限公司", **kwargs):
    contacts = kwargs.pop("contacts", [ContactInput("张伟", "采购经理", "13901234567", is_primary=True)])
    with db.unit_of_work(actor) as uow:
        return service.create_customer(uow, CustomerInput(name=name, **kwargs), contacts)


def test_create_gives_code_owner_contacts_and_audit(db, clerk):
    view = make(db, clerk, short_name="中关村科技", region="北京", phone="010-62581234", tax_id="91110108MA01ABCD2X")
    assert view.code.startswith("CU-BJ01-")
    assert view.owner_id == clerk.user_id
    assert [c.name for c in view.contacts] == ["张伟"] and view.contacts[0].is_primary
    with db.read() as session:
        history = record_history(session, "customer", view.id)
    assert any(change.field == "name" and change.new == "北京海淀中关村科技有限公司" for change in history)


def test_name_is_required_and_length_limited(db, clerk):
    with pytest.raises(ValidationError) as error:
        make(db, clerk, name="   ")
    assert error.value.field == "name"
    with pytest.raises(ValidationError) as error:
        make(db, clerk, name="很" * 1000)
    assert error.value.field == "name"
    with pytest.raises(ValidationError) as error:
        make(db, clerk, phone="call me")
    assert error.value.field == "phone"
    with db.read() as session:
        assert session.scalar(select(Customer.id)) is None


@pytest.mark.parametrize("kwargs,reason", [
    ({"name": "北京 海淀中关村科技有限公司"}, "name"),
    ({"name": "北京海淀中關村科技有限公司"}, "name"),  # traditional form of the same name
    ({"name": "另一家公司", "phone": "(010) 6258-1234"}, "phone"),
    ({"name": "第三家公司", "tax_id": "91110108ma01abcd2x"}, "tax_id"),
])
def test_duplicates_are_detected(db, clerk, kwargs, reason):
    first = make(db, clerk, phone="010-62581234", tax_id="91110108MA01ABCD2X")
    with pytest.raises(DuplicateCustomer) as error:
        make(db, clerk, **kwargs)
    assert error.value.matches[0].customer_id == first.id
    assert error.value.matches[0].reason == reason
    with db.unit_of_work(clerk) as uow:
        forced = service.create_customer(uow, CustomerInput(**kwargs), allow_duplicate=True)
    assert forced.id != first.id


def test_duplicate_by_contact_phone(db, clerk):
    first = make(db, clerk)
    with db.read() as session:
        matches = service.find_duplicates(session, phone="+86 139 0123 4567")
    assert [m.customer_id for m in matches] == [first.id]


def test_update_stale_and_permissions(db, clerk, reviewer):
    view = make(db, clerk)
    data = view.as_input()
    data.grade = "a"
    with db.unit_of_work(clerk) as uow:
        updated = service.update_customer(uow, view.id, data, expected_updated_at=view.updated_at)
    assert updated.grade == "A"
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service.update_customer(uow, view.id, data, expected_updated_at=view.updated_at - timedelta(seconds=5))
    data.bank_account = "6222020200112233445"
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service.update_customer(uow, view.id, data)
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service.delete_customer(uow, view.id)
    with db.unit_of_work(reviewer) as uow:
        service.update_customer(uow, view.id, data)
        service.delete_customer(uow, view.id)
    with db.read() as session, pytest.raises(NotFound):
        service.get_customer(session, clerk, view.id)
    with db.read() as session:
        assert service.lookup_customers(session, "中关村") == []
        assert service.get_customer_ref(session, view.id).active is False


def test_confidential_fields_hidden_and_reveal_logged(db, clerk, reviewer):
    view = make(db, clerk)
    data = view.as_input()
    data.bank_name, data.bank_account = "中国工商银行北京海淀支行", "0200001234567890123"
    with db.unit_of_work(reviewer) as uow:
        service.update_customer(uow, view.id, data)
    with db.read() as session:
        plain = service.get_customer(session, clerk, view.id)
    assert plain.bank_account is None and plain.revealed is False
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        service.reveal_customer(uow, view.id)
    with db.unit_of_work(reviewer) as uow:
        shown = service.reveal_customer(uow, view.id)
    assert shown.bank_account == "0200001234567890123"
    with db.read() as session:
        views = session.scalars(select(AuditEntry).where(AuditEntry.op == "view", AuditEntry.row_id == view.id)).all()
        assert [v.actor_id for v in views] == [reviewer.user_id]
        # the audit trail masks bank fields for the clerk
        hidden = hidden_fields_for(clerk.permissions)
        changes = [c for c in audit_report(session, table_name="customer", hidden=hidden) if c.field == "bank_account"]
        assert changes and all(c.new == "***" for c in changes)


def test_contacts_primary_switch_and_search(db, clerk):
    view = make(db, clerk)
    with db.unit_of_work(clerk) as uow:
        second = service.add_contact(uow, view.id, ContactInput("李娜", "财务", "13812345678", is_primary=True))
    with db.read() as session:
        contacts = service.get_customer(session, clerk, view.id).contacts
        assert [(c.name, c.is_primary) for c in contacts] == [("李娜", True), ("张伟", False)]
        assert [r.id for r in service.lookup_customers(session, "李娜")] == [view.id]
    with db.unit_of_work(clerk) as uow:
        service.remove_contact(uow, second.id)
    with db.read() as session:
        assert service.lookup_customers(session, "李娜") == []
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.add_contact(uow, view.id, ContactInput("王", email="not-an-email"))
    assert error.value.field == "contact.email"


def test_search_forms(db, clerk):
    target = make(db, clerk, region="北京")
    make(db, clerk, name="上海浦东贸易有限公司", region="上海", contacts=[])
    with db.read() as session:
        for text in ("中关村", "中關村", "bjhd", "beijinghaidian", "海淀 科技", "ZHONGGUANCUN"):
            assert [r.id for r in service.lookup_customers(session, text)] == [target.id], text
        assert service.count_customers(session, CustomerFilter(text="有限公司")) == 2
        assert service.count_customers(session, CustomerFilter(text="海淀", region="上海")) == 0


def test_field_values_in_use(db, clerk):
    make(db, clerk, industry="软件", region="北京")
    with db.read() as session:
        assert service.distinct_values(session, "industry") == ["软件"]


def test_audit_changes_are_json(db, clerk):
    view = make(db, clerk)
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.row_id == view.id)).first()
    assert json.loads(entry.changes)["name"][1] == view.name


def test_credit_amounts(db, finance, clerk):
    view = make(db, clerk)
    from neiqin.modules.customers import service_credit as credit
    from neiqin.modules.customers.schemas import PaymentInput

    today = date(2026, 6, 1)
    with db.unit_of_work(finance) as uow:
        credit.change_rating(uow, view.id, "AA", Decimal("50000"), "年度评估")
        credit.add_payment_record(uow, view.id, PaymentInput(Decimal("10000.50"), date(2026, 5, 1), "SO-BJ01-2026-000001"))
        late = credit.add_payment_record(uow, view.id, PaymentInput(Decimal("3000"), date(2026, 5, 20)))
        credit.add_payment_record(uow, view.id, PaymentInput(Decimal("2000"), date(2026, 7, 1)))
        credit.record_payment(uow, late.id, Decimal("1000"), date(2026, 5, 25))
    with db.read() as session:
        summary = service.credit_summary(session, view.id, today)
    assert summary.overdue_amount == Decimal("12000.50")
    assert summary.outstanding_amount == Decimal("14000.50")
    assert summary.limit == Decimal("50000") and summary.rating == "AA"
