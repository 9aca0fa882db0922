"""The permission matrix: one declared table of which role may do what, checked three ways —
the permissions the modules declare, the grants stored in the database, and real service actions
tried as every role (allowed exactly when the table says so, refused with PermissionDenied and no
change otherwise). A new permission fails here until it is declared below."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from neiqin.core.auth.models import Role
from neiqin.core.errors import PermissionDenied
from neiqin.modules import all_permissions

C, R, F, A = "clerk", "reviewer", "finance", "admin"
EVERYONE = {C, R, F, A}

#: permission → the roles that have it (clerk 内勤, reviewer 审核人员/部门负责人, finance 财务, admin 管理员)
DECLARED: dict[str, set[str]] = {
    "users.manage": {A}, "settings.manage": {A}, "backup.run": EVERYONE, "backup.restore": {A},
    "audit.view": {R, A}, "handover.run": {R, A},
    # orders: the clerk takes and follows orders; the reviewer approves; finance reads and reviews changes
    "orders.view": EVERYONE, "orders.create": {C, A}, "orders.edit": {C, A}, "orders.submit": {C, A},
    "orders.approve": {R, A}, "orders.confirm": {C, A}, "orders.dispatch": {C, A}, "orders.track": {C, R, A},
    "orders.ship": {C, A}, "orders.deliver": {C, A}, "orders.close": {C, R, A}, "orders.cancel": {C, R, A},
    "orders.change.request": {C, A}, "orders.change.review": EVERYONE, "orders.change.approve": {R, A},
    "orders.export": EVERYONE,
    # customer files: credit and bank data only for reviewer, finance and admin
    "customers.view": EVERYONE, "customers.edit": {C, R, A}, "customers.delete": {R, A},
    "customers.confidential": {R, F, A}, "customers.import": {C, R, A}, "customers.export": EVERYONE,
    "customers.handover": {R, A},
    "products.view": EVERYONE, "products.edit": {C, R, A}, "products.import": {C, R, A}, "products.export": EVERYONE,
    # stock: the clerk counts, the supervisor (reviewer) approves
    "inventory.view": EVERYONE, "inventory.post": {C, R, A}, "inventory.import": {C, R, A},
    "inventory.count": {C, R, A}, "inventory.approve_count": {R, A}, "inventory.handle": {C, R, A},
    "inventory.export": EVERYONE,
    "supplies.view": EVERYONE, "supplies.manage": {C, A}, "supplies.plan": {C, A}, "supplies.approve_plan": {R, A},
    "supplies.receive": {C, A}, "supplies.issue": {C, A}, "supplies.approve_over_standard": {R, A},
    "supplies.count": {C, A}, "supplies.approve_count": {R, A}, "supplies.report_loss": {C, R, A},
    "supplies.approve_loss": {R, A}, "supplies.export": EVERYONE, "supplies.import": {C, A},
    # claims: everyone claims; head approves; clerk first review; finance final review, pays, budgets
    "reimbursements.view": EVERYONE, "reimbursements.create": EVERYONE, "reimbursements.enter_for_others": {C, A},
    "reimbursements.view_all": EVERYONE, "reimbursements.approve": {R, A}, "reimbursements.record_paper": {C, A},
    "reimbursements.check": {C, A}, "reimbursements.final": {F, A}, "reimbursements.pay": {F, A},
    "reimbursements.over_budget": {F, A}, "reimbursements.budget.edit": {F, A},
    "reimbursements.budget.approve": {A}, "reimbursements.standards": {F, A}, "reimbursements.export": EVERYONE,
    "minutes.view": EVERYONE, "minutes.schedule": {C, R, A}, "minutes.request": EVERYONE,
    "minutes.approve": {R, A}, "minutes.record": {C, A}, "minutes.review_any": {A}, "minutes.reopen": {R, A},
    "minutes.track": EVERYONE, "minutes.export": EVERYONE,
    "archive.view": EVERYONE, "archive.edit": {C, A}, "archive.lend": {C, A}, "archive.lend.approve": {R, A},
    "archive.check": {C, R, A}, "archive.destroy": {C, A}, "archive.destroy.approve": {R, A},
    "archive.export": EVERYONE, "archive.import": {C, A},
    "reports.view": EVERYONE, "reports.kpi.all": {R, A}, "reports.targets": {R, A},
}


def test_every_declared_permission_is_in_the_matrix_with_the_same_roles(reliability_figures):
    declared = {permission.code: set(permission.default_roles) for permission in all_permissions()}
    unknown = sorted(set(declared) - set(DECLARED))
    assert not unknown, f"declare these permissions in the matrix: {unknown}"
    differ = {code: (sorted(roles), sorted(DECLARED[code])) for code, roles in declared.items()
              if roles != DECLARED[code]}
    assert not differ, f"permission defaults differ from the matrix (code: (declared, matrix)): {differ}"
    _count(reliability_figures, "declared", len(declared) * 4)


def test_the_database_grants_follow_the_matrix(db, reliability_figures):
    import json

    with db.read() as session:
        grants = {role.code: set(json.loads(role.permissions)) for role in session.scalars(select(Role))}
    live = {permission.code for permission in all_permissions()}
    for role in (C, R, F, A):
        expected = {code for code, roles in DECLARED.items() if role in roles and code in live}
        assert grants[role] & live == expected, role
    _count(reliability_figures, "stored", len(live) * 4)


# ---------------------------------------------------------------------- real actions as every role


@dataclass(frozen=True)
class Action:
    permission: str
    run: Callable  # (uow, world) -> None; raises PermissionDenied when refused
    name: str


class _Undo(Exception):
    """Raised after an allowed action so its transaction rolls back and the next role starts clean."""


def _customer_input(name, phone="010-66667777"):
    from neiqin.modules.customers.schemas import CustomerInput

    return CustomerInput(name=name, phone=phone)


def _create_customer(uow, world):
    from neiqin.modules.customers import service

    service.create_customer(uow, _customer_input("矩阵测试新客户有限公司", "021-55554444"))


def _delete_customer(uow, world):
    from neiqin.modules.customers import service

    service.delete_customer(uow, world["customer_id"])


def _reveal_customer(uow, world):
    from neiqin.modules.customers import service

    service.reveal_customer(uow, world["customer_id"])


def _create_product(uow, world):
    from neiqin.modules.products import service
    from neiqin.modules.products.schemas import ProductInput

    service.create_product(uow, ProductInput(code="MX-NEW", name="矩阵测试产品", unit="件",
                                             list_price=Decimal("1.00")))


def _order_input(world):
    from neiqin.modules.orders.schemas import LineInput, OrderInput

    return OrderInput(customer_id=world["customer_id"], contact="张伟", phone="13800000001",
                      delivery_date=date.today() + timedelta(days=10), delivery_place="北京市海淀区",
                      payment_terms="月结30天", lines=(LineInput(world["product_id"], Decimal(2), Decimal("9.90")),))


def _create_order(uow, world):
    from neiqin.modules.orders import service

    service.create_order(uow, _order_input(world))


def _order_step(action):
    def run(uow, world):
        from neiqin.modules.orders import service

        service.transition(uow, world[f"order_for_{action}"], action, comment="矩阵测试")
    return run


def _post_receipt(uow, world):
    from neiqin.modules.inventory import service
    from neiqin.modules.inventory.schemas import EntryInput

    service.post_entry(uow, EntryInput("receipt", world["product_id"], "5", location="A-01"))


def _start_count(uow, world):
    from neiqin.modules.inventory import service_counts
    from neiqin.modules.inventory.schemas import CountStart

    service_counts.start_count(uow, CountStart(title="矩阵盘点", product_ids=(world["product_id"],)))


def _create_supply(uow, world):
    from neiqin.modules.supplies import service
    from neiqin.modules.supplies.schemas import ItemInput

    service.create_item(uow, ItemInput(code="MX-PEN", name="矩阵测试签字笔", unit="支", category="文具"))


def _schedule_meeting(kind):
    def run(uow, world):
        from neiqin.modules.minutes import service

        service.create_meeting(uow, world["meeting_input"](kind))
    return run


ACTIONS = [
    Action("customers.edit", _create_customer, "create a customer"),
    Action("customers.delete", _delete_customer, "delete a customer"),
    Action("customers.confidential", _reveal_customer, "reveal credit and bank data"),
    Action("products.edit", _create_product, "create a product"),
    Action("orders.create", _create_order, "create an order"),
    Action("orders.submit", _order_step("submit"), "submit an order for review"),
    Action("orders.approve", _order_step("approve"), "approve an order"),
    Action("orders.cancel", _order_step("cancel"), "cancel an order"),
    Action("inventory.post", _post_receipt, "post a stock receipt"),
    Action("inventory.count", _start_count, "start a count"),
    Action("supplies.manage", _create_supply, "add an office-supplies item"),
    Action("minutes.schedule", _schedule_meeting("weekly"), "schedule a weekly meeting"),
    Action("minutes.request", _schedule_meeting("ad_hoc"), "request an ad hoc meeting"),
]


@pytest.fixture
def world(db, admin):
    """A customer, a product and orders in the states the actions start from, made by the admin."""
    from neiqin.modules.customers import service as customers
    from neiqin.modules.orders import service as orders
    from neiqin.modules.products import service as products
    from neiqin.modules.products.schemas import ProductInput

    with db.unit_of_work(admin) as uow:
        customer = customers.create_customer(uow, _customer_input("矩阵测试客户有限公司"))
        product = products.create_product(uow, ProductInput(code="MX-1", name="矩阵测试螺栓", unit="件",
                                                            list_price=Decimal("9.90")))
    world = {"customer_id": customer.id, "product_id": product.id}
    for action in ("submit", "approve", "cancel"):
        with db.unit_of_work(admin) as uow:
            order = orders.create_order(uow, _order_input(world))
            if action in ("approve", "cancel"):
                orders.transition(uow, order.id, "submit")
        world[f"order_for_{action}"] = order.id
    world["meeting_input"] = _meeting_input_factory(db, admin)
    return world


def _meeting_input_factory(db, admin):
    from datetime import datetime, time

    from neiqin.modules.minutes.schemas import AttendeeInput, MeetingInput

    def make(kind):
        start = datetime.combine(date.today() + timedelta(days=3), time(9, 30)).astimezone()
        return MeetingInput(title="矩阵测试会议", kind=kind, starts_at=start, ends_at=start + timedelta(hours=1),
                            place="三楼会议室", chair_id=admin.user_id,
                            attendees=(AttendeeInput(user_id=admin.user_id),),
                            request_reason="临时事项" if kind == "ad_hoc" else "")
    return make


@pytest.mark.parametrize("action", ACTIONS, ids=lambda action: action.name)
def test_service_actions_follow_the_matrix(action, db, world, clerk, reviewer, finance, admin, reliability_figures):
    for actor in (clerk, reviewer, finance, admin):
        allowed = actor.role in DECLARED[action.permission]
        try:
            with db.unit_of_work(actor) as uow:
                action.run(uow, world)
                raise _Undo
        except _Undo:
            assert allowed, f"{actor.role} could {action.name} without {action.permission}"
        except PermissionDenied as refused:
            assert not allowed, f"{actor.role} was refused {action.name}: {refused.permission}"
        _count(reliability_figures, "actions", 1)


TALLY: dict[str, int] = {}


def _count(figures, kind: str, n: int) -> None:
    TALLY[kind] = TALLY.get(kind, 0) + n
    figures["permission pairs checked"] = (
        f"{TALLY.get('actions', 0)} service actions × role tried, {TALLY.get('declared', 0)} declared and "
        f"{TALLY.get('stored', 0)} stored permission × role grants compared with the matrix")
