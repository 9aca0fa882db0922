"""Numbered documents an office makes in sync tests, through the real services: a customer (CU), a
sales order (SO), a service case (SC) and an expense claim (BX); and every number an office holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select, text

from neiqin.core.auth import service as auth
from neiqin.core.auth.models import User
from neiqin.modules.customers import service as customers
from neiqin.modules.customers import service_log
from neiqin.modules.customers.schemas import CaseInput, CustomerInput
from neiqin.modules.orders import service as orders
from neiqin.modules.orders.schemas import LineInput, OrderInput
from neiqin.modules.reimbursements import service as claims
from neiqin.modules.reimbursements.schemas import ClaimInput
from neiqin.modules.reimbursements.schemas import LineInput as ClaimLine

#: (table, number column) of the documents made here
NUMBERED = (("customer", "code"), ("sales_order", "number"), ("customer_service_case", "number"),
            ("reimbursement_claim", "number"))


@dataclass
class Made:
    customer: str
    order: str
    case: str
    claim: str

    def ids(self) -> dict[str, str]:
        return {"customer": self.customer, "sales_order": self.order, "customer_service_case": self.case,
                "reimbursement_claim": self.claim}


def admin(office):
    """The template's administrator (a real user, so claims have a claimant) on this office; not
    signed in (a sign-in is itself a change of the user row)."""
    with office.db.read() as session:
        return auth.actor_for(session, session.scalar(select(User).where(User.username == "admin")))


def make_documents(office, actor, tag: str, product_id: str) -> Made:
    """One of each numbered document, each in its own unit of work like a clerk saving them."""
    with office.db.unit_of_work(actor) as uow:
        customer = customers.create_customer(uow, CustomerInput(name=f"{tag}贸易有限公司", phone="010-62345678"),
                                             allow_duplicate=True)
    with office.db.unit_of_work(actor) as uow:
        order = orders.create_order(uow, OrderInput(
            customer_id=customer.id, contact="张伟", phone="13800000001",
            delivery_date=date.today() + timedelta(days=10), delivery_place="北京市海淀区中关村大街1号",
            payment_terms="月结30天", lines=(LineInput(product_id, Decimal(3), Decimal("12.50")),)))
    with office.db.unit_of_work(actor) as uow:
        case = service_log.open_case(uow, customer.id, CaseInput("complaint", f"{tag}包装破损"))
    with office.db.unit_of_work(actor) as uow:
        claim = claims.create_claim(uow, ClaimInput((ClaimLine(date.today(), "transport", f"{tag}出租车费", "36.50",
                                                               f"FP-{tag}"),), department="销售部"),
                                    confirm_duplicates=True)
    return Made(customer.id, order.id, case.id, claim.id)


def numbers(office) -> dict[tuple[str, str], str]:
    """(table, row id) → number of every numbered document in this office's database."""
    out = {}
    with office.db.engine.connect() as connection:
        for table, column in NUMBERED:
            for row_id, number in connection.execute(text(f'SELECT id, "{column}" FROM "{table}"')):
                out[(table, row_id)] = number
    return out


def server_numbers(engine) -> dict[tuple[str, str], str]:
    out = {}
    with engine.connect() as connection:
        for table, column in NUMBERED:
            for row_id, number in connection.execute(text(f'SELECT id, {column} FROM {table}')):
                out[(table, row_id)] = number
    return out


def number_of(office, table: str, row_id: str) -> str:
    return numbers(office)[(table, row_id)]
