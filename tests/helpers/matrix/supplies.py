"""Office supplies in the world (a catalogue with issue standards and stock, purchase plans in
draft, awaiting approval and approved, an issue handed out, one waiting for approval over the
standard, one approved to hand out, a reported loss, a finished count) and every supplies action."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from neiqin.core.errors import PermissionDenied, ValidationError
from neiqin.modules.supplies import counts, issues, losses, plans, service
from neiqin.modules.supplies.schemas import (
    IssueInput,
    IssueLineInput,
    ItemInput,
    LossInput,
    PlanInput,
    PlanLineInput,
    ReceivingInput,
    ReceivingLineInput,
    ReturnInput,
    UsageFilter,
)
from tests.helpers.matrix.table import act, signature_png, xlsx

SIGNED = signature_png()


def build(db, p, w) -> None:
    with db.unit_of_work(p.admin) as uow:
        paper = service.create_item(uow, ItemInput("BG001", "A4复印纸", "包", "70g 500张/包", "纸张", 10, 2, "person",
                                                   "month", "晨光文具", Decimal("22.50")), 40)
        pen = service.create_item(uow, ItemInput("BG002", "签字笔", "支", "0.5mm 黑色", "书写工具", 20, 5, "person",
                                                 "month", "晨光文具", Decimal("2.00")), 100)
        toner = service.create_item(uow, ItemInput("BG003", "硒鼓", "个", "HP 88A", "耗材", 2, 1, "department",
                                                   "quarter", "惠普授权店", Decimal("320.00")), 3)
        service.create_item(uow, ItemInput("BG004", "订书机", "个", "12号", "办公设备", 1), 0)  # below its minimum
        made = {}
        for name in ("draft", "submitted", "approved"):
            made[name] = plans.create_plan(uow, PlanInput(f"矩阵采购计划（{name}）", (PlanLineInput(pen.id, 50),)))
        for name, steps in (("submitted", ("submit",)), ("approved", ("submit", "approve"))):
            for step in steps:
                plans.plan_action(uow, made[name].id, step)
        recipient = dict(recipient_name="刘洋", department="销售部", recipient_user_id=p.staff.user_id)
        handed = issues.create_issue(uow, IssueInput(lines=(IssueLineInput(pen.id, 2),), **recipient), SIGNED)
        waiting = issues.create_issue(uow, IssueInput(lines=(IssueLineInput(toner.id, 2),), request_approval=True,
                                                      **recipient))
        cleared = issues.create_issue(uow, IssueInput(lines=(IssueLineInput(paper.id, 5),), request_approval=True,
                                                      **recipient))
        issues.issue_action(uow, cleared.id, "approve", "新员工入职")
        loss = losses.report_loss(uow, LossInput(toner.id, 1, "damage", "刘洋", "摔坏", "销售部", "160.00"))
        count = counts.start_count(uow, "矩阵办公用品盘点", "王芳")
        for line in count.lines:
            counts.enter_count(uow, count.id, line.id, line.book_quantity)
        counts.submit_count(uow, count.id)
        counts.approve_count(uow, count.id)
    w.supply_items = {"paper": paper.id, "pen": pen.id, "toner": toner.id}
    w.supply_plans = {name: plan.id for name, plan in made.items()}
    w.supply_plan_number = made["approved"].number
    w.supply_plan_line = made["approved"].lines[0].id
    w.supply_issues = {"handed": handed.id, "waiting": waiting.id, "cleared": cleared.id}
    w.supply_issue_number, w.supply_issue_line = handed.number, handed.lines[0].id
    w.supply_loss_id, w.supply_count_id, w.supply_count_number = loss.id, count.id, count.number


def _issue_input(c, item: str = "pen", quantity=1, **kw) -> IssueInput:
    return IssueInput("刘洋", "销售部", (IssueLineInput(c.w.supply_items[item], quantity),),
                      recipient_user_id=c.w.staff_id, **kw)


def _counting(c, entered: bool = False, submitted: bool = False):
    with c.prepare() as admin:
        count = counts.start_count(admin, "抽盘")
        for line in count.lines if entered else ():
            counts.enter_count(admin, count.id, line.id, line.book_quantity)
        if submitted:
            counts.submit_count(admin, count.id)
    return count


def _enter(f, c):
    count = _counting(c)
    return f(c.uow, count.id, count.lines[0].id, count.lines[0].book_quantity)


def _import(f, c):
    from neiqin.modules.supplies.excel import IMPORT_COLUMNS

    rows = [{"code": "BG009", "name": "文件夹", "unit": "个"}]
    return f(c.uow, xlsx(c.input("supplies.xlsx"), IMPORT_COLUMNS, rows))


def _plan_step(code: str, plan: str, permission: str, comment: str = ""):
    return act(f"supplies.plans.plan_action:{code}", permission,
               lambda f, c: f(c.uow, c.w.supply_plans[plan], code, comment))


MONTH = (date.today() - timedelta(days=31), date.today())
ACTIONS = [
    act("supplies.service.create_item", "supplies.manage",
        lambda f, c: f(c.uow, ItemInput("BG010", "订书机", "个", "12号", "办公设备"), 4)),
    act("supplies.service.update_item", "supplies.manage",
        lambda f, c: f(c.uow, c.w.supply_items["pen"], ItemInput("BG002", "签字笔", "支", "0.5mm 蓝色", "书写工具"))),
    act("supplies.service.get_item", "supplies.view", lambda f, c: f(c.session, c.actor, c.w.supply_items["pen"])),
    act("supplies.service.list_items", "supplies.view", lambda f, c: f(c.session, c.actor)),
    act("supplies.service.low_stock", "supplies.view", lambda f, c: f(c.session, c.actor)),
    act("supplies.service.movements_of", "supplies.view", lambda f, c: f(c.session, c.actor, c.w.supply_items["pen"])),
    act("supplies.service.recipients", "supplies.view", lambda f, c: f(c.session, c.actor)),
    act("supplies.dashboard.dashboard_items", "supplies.view", lambda f, c: f(c.session, c.actor, date.today()),
        empty_is_refusal=True),
    act("supplies.plans.suggest", "supplies.plan", lambda f, c: f(c.session, c.actor, c.uow.now())),
    act("supplies.plans.get_plan", "supplies.view", lambda f, c: f(c.session, c.actor, c.w.supply_plans["draft"])),
    act("supplies.plans.get_plan_by_number", "supplies.view",
        lambda f, c: f(c.session, c.actor, c.w.supply_plan_number)),
    act("supplies.plans.list_plans", "supplies.view", lambda f, c: f(c.session, c.actor)),
    act("supplies.plans.create_plan", "supplies.plan",
        lambda f, c: f(c.uow, PlanInput("十二月采购", (PlanLineInput(c.w.supply_items["paper"], 20),)))),
    act("supplies.plans.update_plan", "supplies.plan", lambda f, c: f(c.uow, c.w.supply_plans["draft"], PlanInput(
        "矩阵采购计划（改）", (PlanLineInput(c.w.supply_items["pen"], 60),)))),
    _plan_step("submit", "draft", "supplies.plan"),
    _plan_step("approve", "submitted", "supplies.approve_plan"),
    _plan_step("return", "submitted", "supplies.approve_plan", "数量偏多"),
    _plan_step("close", "approved", "supplies.plan", "供应商停产"),
    act("supplies.receiving.receive", "supplies.receive", lambda f, c: f(c.uow, ReceivingInput(
        c.w.supply_plans["approved"], "王芳", (ReceivingLineInput(c.w.supply_plan_line, 50),)))),
    act("supplies.receiving.receivings_of", "supplies.view",
        lambda f, c: f(c.session, c.actor, c.w.supply_plans["approved"])),
    act("supplies.issues.get_issue", "supplies.view",
        lambda f, c: f(c.session, c.actor, c.w.supply_issues["handed"])),
    act("supplies.issues.get_issue_by_number", "supplies.view",
        lambda f, c: f(c.session, c.actor, c.w.supply_issue_number)),
    act("supplies.issues.list_issues", "supplies.view", lambda f, c: f(c.session, c.actor)),
    act("supplies.issues.check_standards", "supplies.view", lambda f, c: f(c.session, c.actor, _issue_input(c))),
    act("supplies.issues.create_issue", "supplies.issue", lambda f, c: f(c.uow, _issue_input(c), SIGNED)),
    act("supplies.issues.create_issue:over the standard, approved now",
        ("supplies.issue", "supplies.approve_over_standard"),
        lambda f, c: f(c.uow, _issue_input(c, "paper", 3, approve_over_standard=True, approval_note="新员工"), SIGNED),
        refusal=(PermissionDenied, ValidationError)),  # the clerk may issue, not approve: a ValidationError
    act("supplies.issues.issue_action:approve", "supplies.approve_over_standard",
        lambda f, c: f(c.uow, c.w.supply_issues["waiting"], "approve", "年底打印量大")),
    act("supplies.issues.issue_action:reject", "supplies.approve_over_standard",
        lambda f, c: f(c.uow, c.w.supply_issues["waiting"], "reject", "超出预算")),
    act("supplies.issues.hand_out", "supplies.issue", lambda f, c: f(c.uow, c.w.supply_issues["cleared"], SIGNED)),
    act("supplies.issues.create_return", "supplies.issue", lambda f, c: f(c.uow, ReturnInput(
        c.w.supply_issues["handed"], ((c.w.supply_issue_line, 1),), "多领了一支"))),
    act("supplies.losses.list_losses", "supplies.view", lambda f, c: f(c.session, c.actor)),
    act("supplies.losses.report_loss", "supplies.report_loss", lambda f, c: f(c.uow, LossInput(
        c.w.supply_items["pen"], 1, "loss", "刘洋", "外出丢失", "销售部"))),
    act("supplies.losses.loss_action:approve", "supplies.approve_loss",
        lambda f, c: f(c.uow, c.w.supply_loss_id, "approve", "按价赔偿一半")),
    act("supplies.losses.loss_action:reject", "supplies.approve_loss",
        lambda f, c: f(c.uow, c.w.supply_loss_id, "reject", "非本人责任")),
    act("supplies.counts.get_count", "supplies.view", lambda f, c: f(c.session, c.actor, c.w.supply_count_id)),
    act("supplies.counts.get_count_by_number", "supplies.view",
        lambda f, c: f(c.session, c.actor, c.w.supply_count_number)),
    act("supplies.counts.list_counts", "supplies.view", lambda f, c: f(c.session, c.actor)),
    act("supplies.counts.start_count", "supplies.count", lambda f, c: f(c.uow, "十二月盘点", "王芳")),
    act("supplies.counts.enter_count", "supplies.count", _enter),
    act("supplies.counts.submit_count", "supplies.count", lambda f, c: f(c.uow, _counting(c, entered=True).id)),
    act("supplies.counts.approve_count", "supplies.approve_count",
        lambda f, c: f(c.uow, _counting(c, entered=True, submitted=True).id)),
    act("supplies.counts.send_back_count", "supplies.approve_count",
        lambda f, c: f(c.uow, _counting(c, entered=True, submitted=True).id)),
    act("supplies.usage.usage_rows", "supplies.view", lambda f, c: f(c.session, c.actor)),
    act("supplies.usage.usage_totals", "supplies.view", lambda f, c: f(c.session, c.actor, "department")),
    act("supplies.usage.statistics", "supplies.view",
        lambda f, c: f(c.session, c.actor, UsageFilter(date_from=MONTH[0], date_to=MONTH[1]))),
    act("supplies.excel.export_catalogue", "supplies.export", lambda f, c: f(c.uow, c.file("catalogue.xlsx"))),
    act("supplies.excel.import_catalogue", ("supplies.import", "supplies.manage"), _import),
    act("supplies.excel.export_usage", "supplies.export", lambda f, c: f(c.uow, c.file("usage.xlsx"))),
    act("supplies.excel.export_plans", "supplies.export", lambda f, c: f(c.uow, c.file("plans.xlsx"))),
    act("supplies.printing.print_issue_slip", "supplies.view",
        lambda f, c: f(c.uow, c.w.supply_issue_number, c.file("slip.pdf"))),
    act("supplies.printing.print_purchase_plan", "supplies.view",
        lambda f, c: f(c.uow, c.w.supply_plan_number, c.file("plan.pdf"))),
    act("supplies.printing.print_count_sheet", "supplies.view",
        lambda f, c: f(c.uow, c.w.supply_count_number, c.file("count.pdf"))),
    act("supplies.dashboard.search", "supplies.view", lambda f, c: f(c.session, c.actor, "BG002", 10),
        empty_is_refusal=True),
]
