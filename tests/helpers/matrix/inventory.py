"""Stock in the world (receipts of both products, a count plan, a count being counted, a count
waiting for approval, a planned handling of slow stock) and every inventory service action."""

from __future__ import annotations

from datetime import date, timedelta

from neiqin.modules.inventory import service, service_analysis, service_counts, service_excel
from neiqin.modules.inventory.schemas import CountStart, EntryInput, PlanInput
from tests.helpers.matrix.table import act, xlsx


def build(db, p, w) -> None:
    with db.unit_of_work(p.admin) as uow:
        receipt = service.post_entry(uow, EntryInput("receipt", w.product_id, "100", reference="RK-0001"))
        service.post_entry(uow, EntryInput("receipt", w.other_product_id, "50", reference="RK-0002"))
        plan = service_counts.create_plan(uow, PlanInput("紧固件月盘", "monthly", "category", "紧固件"))
        counting = service_counts.start_count(uow, CountStart(title="矩阵盘点一", product_ids=(w.product_id,)))
        waiting = service_counts.start_count(uow, CountStart(title="矩阵盘点二", product_ids=(w.other_product_id,)))
        service_counts.enter_count(uow, waiting.id, w.other_product_id, "50")
        service_counts.submit_count(uow, waiting.id)
        handling = service_analysis.plan_handling(uow, w.product_id, "scrap", date.today() + timedelta(days=30),
                                                  "积压，报废处理")
    w.movement_id, w.count_plan_id, w.counting_id, w.counting_number = receipt.id, plan.id, counting.id, counting.number
    w.counting_line_id, w.count_waiting_id, w.handling_id = counting.lines[0].id, waiting.id, handling.id


def _import(f, c):
    rows = [{"code": "MX-002", "location": "C区-09", "quantity": 5}]
    return f(c.uow, xlsx(c.input("opening.xlsx"), service_excel.OPENING_COLUMNS, rows))


TODAY = date.today  # the services count days in local time, as the tests here do
ACTIONS = [
    act("inventory.service.post_entry", "inventory.post",
        lambda f, c: f(c.uow, EntryInput("receipt", c.w.product_id, "5", reference="RK-0009"))),
    act("inventory.service.reverse_entry", "inventory.post", lambda f, c: f(c.uow, c.w.movement_id, "数量录错")),
    act("inventory.service.movement_history", "inventory.view", lambda f, c: f(c.session, c.actor, c.w.product_id)),
    act("inventory.service.rebuild_balances", "inventory.post", lambda f, c: f(c.uow)),
    act("inventory.service_analysis.accuracy_report", "inventory.view",
        lambda f, c: f(c.session, c.actor, TODAY() - timedelta(days=30), TODAY())),
    act("inventory.service_analysis.turnover", "inventory.view",
        lambda f, c: f(c.session, c.actor, TODAY() - timedelta(days=30), TODAY())),
    act("inventory.service_analysis.replenishment", "inventory.view", lambda f, c: f(c.session, c.actor, TODAY())),
    act("inventory.service_analysis.slow_moving", "inventory.view", lambda f, c: f(c.session, c.actor, TODAY())),
    act("inventory.service_analysis.handling_plans", "inventory.view", lambda f, c: f(c.session, c.actor)),
    act("inventory.service_analysis.plan_handling", "inventory.handle",
        lambda f, c: f(c.uow, c.w.other_product_id, "promotion", TODAY() + timedelta(days=14), "促销")),
    act("inventory.service_analysis.complete_handling", "inventory.handle",
        lambda f, c: f(c.uow, c.w.handling_id, "已联系回收站")),
    act("inventory.service_analysis.complete_handling:scrapping stock", ("inventory.handle", "inventory.post"),
        lambda f, c: f(c.uow, c.w.handling_id, "报废五箱", "5")),
    act("inventory.service_analysis.cancel_handling", "inventory.handle",
        lambda f, c: f(c.uow, c.w.handling_id, "客户又订了")),
    act("inventory.service_counts.create_plan", "inventory.count",
        lambda f, c: f(c.uow, PlanInput("全盘", "monthly", "all"))),
    act("inventory.service_counts.update_plan", "inventory.count",
        lambda f, c: f(c.uow, c.w.count_plan_id, PlanInput("紧固件周盘", "weekly", "category", "紧固件"))),
    act("inventory.service_counts.plans", "inventory.view", lambda f, c: f(c.session, c.actor)),
    act("inventory.service_counts.start_count", "inventory.count",
        lambda f, c: f(c.uow, CountStart(title="抽盘", product_ids=(c.w.product_id,)))),
    act("inventory.service_counts.enter_count", "inventory.count",
        lambda f, c: f(c.uow, c.w.counting_id, "MX-001", "98")),
    act("inventory.service_counts.enter_counts", "inventory.count",
        lambda f, c: f(c.uow, c.w.counting_id, [(c.w.counting_line_id, "100")])),
    act("inventory.service_counts.explain_line", "inventory.count",
        lambda f, c: f(c.uow, c.w.counting_id, c.w.counting_line_id, "damage", "外箱破损")),
    act("inventory.service_counts.explain_lines", "inventory.count",
        lambda f, c: f(c.uow, c.w.counting_id, [(c.w.counting_line_id, "damage", "外箱破损")])),
    act("inventory.service_counts.submit_count", "inventory.count", lambda f, c: _submit(f, c)),
    act("inventory.service_counts.send_back_count", "inventory.approve_count",
        lambda f, c: f(c.uow, c.w.count_waiting_id, "请复盘")),
    act("inventory.service_counts.approve_count", "inventory.approve_count",
        lambda f, c: f(c.uow, c.w.count_waiting_id, archive=False)),
    act("inventory.service_counts.approve_count:archiving the sheet", "inventory.approve_count",
        lambda f, c: f(c.uow, c.w.count_waiting_id)),
    act("inventory.service_counts.cancel_count", "inventory.count", lambda f, c: f(c.uow, c.w.counting_id, "重新安排")),
    act("inventory.service_counts.get_count", "inventory.view", lambda f, c: f(c.session, c.actor, c.w.counting_id)),
    act("inventory.service_counts.get_count_by_number", "inventory.view",
        lambda f, c: f(c.session, c.actor, c.w.counting_number)),
    act("inventory.service_counts.timeline", "inventory.view", lambda f, c: f(c.session, c.actor, c.w.counting_id)),
    act("inventory.service_excel.import_opening", "inventory.import", _import),
    act("inventory.service_excel.export_stock", "inventory.export", lambda f, c: f(c.uow, c.file("stock.xlsx"), {})),
    act("inventory.service_excel.export_purchase_list", "inventory.export",
        lambda f, c: f(c.uow, c.file("purchase.xlsx"), {})),
    act("inventory.printing.print_count_sheet", "inventory.view",
        lambda f, c: f(c.uow, c.w.counting_number, c.file("count.pdf"))),
    act("inventory.dashboard.search", "inventory.view", lambda f, c: f(c.session, c.actor, c.w.counting_number, 10),
        empty_is_refusal=True),
]


def _submit(f, c):
    with c.prepare() as admin:
        service_counts.enter_count(admin, c.w.counting_id, "MX-001", "99")
        service_counts.explain_line(admin, c.w.counting_id, c.w.counting_line_id, "damage", "外箱破损")
    return f(c.uow, c.w.counting_id)

