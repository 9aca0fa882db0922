"""Customer files in the world (a customer with a contact, a follow-up, an open service case and a
receivable; a second customer to delete) and every customers service action."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from neiqin.modules.customers import service, service_credit, service_excel, service_log
from neiqin.modules.customers.schemas import (
    CaseInput,
    CommunicationInput,
    ContactInput,
    CustomerInput,
    PaymentInput,
)
from tests.helpers.matrix.table import act, xlsx

NAME = "矩阵测试客户甲有限公司"


def build(db, p, w) -> None:
    today = date.today()
    with db.unit_of_work(p.admin) as uow:
        first = service.create_customer(uow, CustomerInput(
            name=NAME, phone="021-55556666", address="上海市浦东新区张江路100号", region="华东",
            owner_id=p.clerk.user_id, bank_name="中国工商银行上海张江支行", bank_account="1001234500000001"),
            [ContactInput(name="张伟", phone="13800000001", is_primary=True)])
        second = service.create_customer(uow, CustomerInput(name="矩阵测试客户乙有限公司", phone="020-12345678"))
        entry = service_log.log_communication(uow, first.id, CommunicationInput(
            today - timedelta(days=2), "phone", "客户询问十二月交货安排", next_follow_up=today + timedelta(days=3)))
        case = service_log.open_case(uow, first.id, CaseInput("complaint", "包装破损", "三箱外包装受潮"))
        service_credit.change_rating(uow, first.id, "A", Decimal("500000.00"), "年度信用评审")
        payment = service_credit.add_payment_record(uow, first.id, PaymentInput(
            Decimal("20000.00"), today + timedelta(days=20), "SO-BJ01-2026-000001"))
    w.customer_id, w.customer_code, w.other_customer_id = first.id, first.code, second.id
    w.contact_id, w.communication_id, w.case_id, w.payment_id = first.contacts[0].id, entry.id, case.id, payment.id


def _input(c, **kw) -> CustomerInput:
    values = dict(name=NAME, phone="021-55556666", address="上海市浦东新区张江路100号", region="华东",
                  notes="矩阵测试：改备注")
    values.update(kw)
    return CustomerInput(**values)


def _import_customers(f, c):
    rows = [{"name": "矩阵导入客户有限公司", "phone": "0571-88886666", "region": "华东"}]
    return f(c.uow, xlsx(c.input("customers.xlsx"), service_excel.CUSTOMER_COLUMNS, rows))


def _import_contacts(f, c):
    rows = [{"customer": NAME, "name": "李娜", "phone": "13900000002"}]
    return f(c.uow, xlsx(c.input("contacts.xlsx"), service_excel.CONTACT_COLUMNS, rows))


CONFIDENTIAL = "customers.confidential"
ACTIONS = [
    act("customers.service.create_customer", "customers.edit",
        lambda f, c: f(c.uow, CustomerInput(name="矩阵新客户有限公司", phone="0755-66668888"))),
    act("customers.service.create_customer:with bank data", ("customers.edit", CONFIDENTIAL),
        lambda f, c: f(c.uow, CustomerInput(name="矩阵新客户有限公司", phone="0755-66668888", bank_name="招商银行",
                                            bank_account="6225880000000001"))),
    act("customers.service.update_customer", "customers.edit", lambda f, c: f(c.uow, c.w.customer_id, _input(c))),
    act("customers.service.update_customer:to another owner", ("customers.edit", "customers.handover"),
        lambda f, c: f(c.uow, c.w.customer_id, _input(c, owner_id=c.w.staff_id))),
    act("customers.service.update_customer:bank data", ("customers.edit", CONFIDENTIAL),
        lambda f, c: f(c.uow, c.w.customer_id, _input(c, bank_account="1001234500000099"))),
    act("customers.service.delete_customer", "customers.delete", lambda f, c: f(c.uow, c.w.other_customer_id)),
    act("customers.service.add_contact", "customers.edit",
        lambda f, c: f(c.uow, c.w.customer_id, ContactInput(name="李娜", phone="13900000002"))),
    act("customers.service.update_contact", "customers.edit",
        lambda f, c: f(c.uow, c.w.contact_id, ContactInput(name="张伟", phone="13800000009", is_primary=True))),
    act("customers.service.remove_contact", "customers.edit", lambda f, c: f(c.uow, c.w.contact_id)),
    act("customers.service.get_customer", "customers.view", lambda f, c: f(c.session, c.actor, c.w.customer_id)),
    act("customers.service.reveal_customer", ("customers.view", CONFIDENTIAL), lambda f, c: f(c.uow, c.w.customer_id)),
    act("customers.service_credit.credit_file", CONFIDENTIAL, lambda f, c: f(c.uow, c.w.customer_id, date.today())),
    act("customers.service_credit.change_rating", CONFIDENTIAL,
        lambda f, c: f(c.uow, c.w.customer_id, "AA", Decimal("800000.00"), "回款及时，提高额度")),
    act("customers.service_credit.add_payment_record", CONFIDENTIAL,
        lambda f, c: f(c.uow, c.w.customer_id, PaymentInput(Decimal("5000.00"), date.today() + timedelta(days=30)))),
    act("customers.service_credit.record_payment", CONFIDENTIAL,
        lambda f, c: f(c.uow, c.w.payment_id, Decimal("5000.00"), date.today())),
    act("customers.service_credit.handover_customers", "customers.handover",
        lambda f, c: f(c.uow, c.w.clerk_id, c.w.staff_id)),
    act("customers.service_excel.export_customers", "customers.export",
        lambda f, c: f(c.uow, c.file("customers.xlsx"), {})),
    act("customers.service_excel.export_contacts", "customers.export",
        lambda f, c: f(c.uow, c.file("contacts.xlsx"), {})),
    act("customers.service_excel.import_customers", "customers.import", _import_customers),
    act("customers.service_excel.import_contacts", "customers.import", _import_contacts),
    act("customers.service_log.log_communication", "customers.edit",
        lambda f, c: f(c.uow, c.w.customer_id, CommunicationInput(date.today(), "visit", "上门回访，客户满意"))),
    act("customers.service_log.complete_follow_up", "customers.edit",
        lambda f, c: f(c.uow, c.w.communication_id, date.today())),
    act("customers.service_log.open_case", "customers.edit",
        lambda f, c: f(c.uow, c.w.customer_id, CaseInput("inquiry", "询问发票开具"))),
    act("customers.service_log.assign_case", "customers.edit",
        lambda f, c: f(c.uow, c.w.case_id, "物流部门", date.today())),
    act("customers.service_log.add_case_note", "customers.edit", lambda f, c: f(c.uow, c.w.case_id, "已联系物流")),
    act("customers.service_log.resolve_case", "customers.edit",
        lambda f, c: f(c.uow, c.w.case_id, "补发三箱", 5, date.today())),
    act("customers.contributions.search", "customers.view", lambda f, c: f(c.session, c.actor, "矩阵测试客户甲", 10),
        empty_is_refusal=True),
]
