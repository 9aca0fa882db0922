"""The archive in the world: items on the shelves of 档案室一 (one per lending state: requested,
approved, issued and overdue; one free), two items in 档案室三 for a shelf check, four items past
retention (destruction batches in draft, submitted and approved; one free), a contract, a received
document just registered and one circulating. Every archive service action."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from neiqin.modules.archive import checks, destruction, documents, lending, service
from neiqin.modules.archive.excel import ITEM_COLUMNS_XLSX
from neiqin.modules.archive.models import Lending
from neiqin.modules.archive.schemas import ContractInput, DocumentInput, ItemInput, LendingInput
from tests.helpers.matrix.table import act, scan_file, signature_png, xlsx

SIGNED = signature_png()
ROOM, CHECK_ROOM = "档案室一", "档案室三"


def item_input(title: str, room: str = ROOM, box: str = "001盒", **kw) -> ItemInput:
    values = dict(title=title, category="合同", room=room, cabinet="1号柜", shelf="第1层", box=box,
                  retention_years=10, confidentiality="internal")
    values.update(kw)
    return ItemInput(**values)


def lending_input(item_id: str) -> LendingInput:
    return LendingInput(item_id, "刘洋", "核对合同付款条款", "take_out", False, False, borrower_department="销售部")


def document_input(title: str = "关于调整产品价格的通知") -> DocumentInput:
    return DocumentInput("incoming", title, "华东区总代理", "北京海淀示范贸易有限公司", reference="华东代〔2026〕12号")


def contract_input(w, title: str = "年度购销合同") -> ContractInput:
    return ContractInput(title, w.customer_id, date.today() - timedelta(days=20), Decimal("120000.00"),
                         date.today() - timedelta(days=20), date.today() + timedelta(days=345))


def build(db, p, w) -> None:
    old = date.today() - timedelta(days=3 * 365)
    with db.unit_of_work(p.admin) as uow:
        main = service.create_item(uow, item_input("矩阵客户年度购销合同", customer_id=w.customer_id))
        lent = {state: service.create_item(uow, item_input(f"借阅测试卷宗（{state}）", box=f"0{n}2盒"))
                for n, state in enumerate(("requested", "approved", "issued", "free"))}
        for n in range(2):
            service.create_item(uow, item_input(f"盘点测试卷宗{n + 1}", CHECK_ROOM, f"10{n}盒"))
        past = [service.create_item(uow, item_input(f"过期凭证{n + 1}", box=f"2{n}0盒", category="财务凭证",
                                                    doc_date=old, retention_years=1)) for n in range(4)]
        contract = service.create_contract(uow, contract_input(w))
        registered = documents.create_document(uow, document_input())
        circulating = documents.create_document(uow, document_input("关于年度客户回访的通知"))
        circulating = documents.set_readers(uow, circulating.id, [("李经理", "销售部"), ("赵会计", "财务部")])
        lendings = {state: lending.request_lending(uow, lending_input(lent[state].id))
                    for state in ("requested", "approved", "issued")}
        for state in ("approved", "issued"):
            lending.approve(uow, lendings[state].id)
        lending.issue(uow, lendings["issued"].id, SIGNED)
        uow.session.get(Lending, lendings["issued"].id).due_on = date.today() - timedelta(days=3)  # overdue
        batches = {state: destruction.create_batch(uow, [past[n].id]) for n, state in
                   enumerate(("draft", "submitted", "approved"))}
        for state, batch in batches.items():
            destruction.appraise(uow, batch.lines[0].id, "destroy", reason="已无保存价值")
            if state != "draft":
                destruction.submit(uow, batch.id)
        destruction.approve(uow, batches["approved"].id)
    w.archive_item_id, w.archive_item_number, w.archive_free_item = main.id, main.number, lent["free"].id
    w.past_item_id, w.contract_id = past[3].id, contract.id
    w.document_id, w.circulating_id, w.circulating_number = registered.id, circulating.id, circulating.number
    w.lendings = {state: row.id for state, row in lendings.items()}
    w.lending_numbers = {state: row.number for state, row in lendings.items()}
    w.batches = {state: batch.id for state, batch in batches.items()}
    w.batch_line = batches["draft"].lines[0].id
    w.batch_number, w.reader_id = batches["approved"].number, circulating.readers[0].id


def _checking(c, mark: str = "", resolve: bool = False):
    """An open shelf check of 档案室三 (the administrator's), its first line marked `mark`."""
    with c.prepare() as admin:
        view = checks.start_check(admin, "季度库房检查", CHECK_ROOM)
        for line in view.lines if mark == "all" else view.lines[:1] if mark else ():
            view = checks.mark(admin, line.id, "found" if mark == "all" else mark)
    return view


def _import(f, c):
    rows = [{"title": "历史合同（补登）", "category": "合同", "doc_date": date(2020, 5, 6), "room": ROOM,
             "cabinet": "9号柜", "retention": "30"}]
    return f(c.uow, xlsx(c.input("archive.xlsx"), ITEM_COLUMNS_XLSX, rows))


def _lend(code: str, state: str, permission: str, *args, **kw):
    return act(f"archive.lending.{code}", permission, lambda f, c: f(c.uow, c.w.lendings[state], *args, **kw))


def _destroy(code: str, state: str, permission: str, *args):
    return act(f"archive.destruction.{code}", permission, lambda f, c: f(c.uow, c.w.batches[state], *args))


TODAY = date.today
ACTIONS = [
    act("archive.service.create_item", "archive.edit", lambda f, c: f(c.uow, item_input("新登记卷宗"))),
    act("archive.service.update_item", "archive.edit",
        lambda f, c: f(c.uow, c.w.archive_item_id, item_input("矩阵客户年度购销合同", customer_id=c.w.customer_id,
                                                              pages=12))),
    act("archive.service.attach_copy", "archive.edit", lambda f, c: f(c.uow, c.w.archive_item_id, scan_file(c.inputs))),
    act("archive.service.copies_of", "archive.view", lambda f, c: f(c.session, c.actor, c.w.archive_item_id)),
    act("archive.service.get_item", "archive.view", lambda f, c: f(c.session, c.actor, c.w.archive_item_id)),
    act("archive.service.get_item_by_number", "archive.view",
        lambda f, c: f(c.session, c.actor, c.w.archive_item_number)),
    act("archive.service.order_link", "orders.view",
        lambda f, c: f(c.session, c.actor, c.w.order_numbers["confirmed"])),
    act("archive.service.create_contract", "archive.edit", lambda f, c: f(c.uow, contract_input(c.w, "补充协议"))),
    act("archive.service.update_contract", "archive.edit",
        lambda f, c: f(c.uow, c.w.contract_id, contract_input(c.w, "年度购销合同（修订）"))),
    act("archive.service.get_contract", "archive.view", lambda f, c: f(c.session, c.actor, c.w.contract_id)),
    act("archive.documents.create_document", "archive.edit", lambda f, c: f(c.uow, document_input("新收文"))),
    act("archive.documents.update_document", "archive.edit",
        lambda f, c: f(c.uow, c.w.document_id, document_input("关于调整产品价格的通知（更正）"))),
    act("archive.documents.set_readers", "archive.edit",
        lambda f, c: f(c.uow, c.w.document_id, [("王芳", "销售部")])),
    act("archive.documents.sign_off", "archive.edit", lambda f, c: f(c.uow, c.w.circulating_id, c.w.reader_id)),
    act("archive.documents.file_document", "archive.edit", lambda f, c: f(c.uow, c.w.document_id, ROOM, "5号柜")),
    act("archive.documents.get_document", "archive.view", lambda f, c: f(c.session, c.actor, c.w.circulating_id)),
    act("archive.documents.get_document_by_number", "archive.view",
        lambda f, c: f(c.session, c.actor, c.w.circulating_number)),
    act("archive.lending.request_lending", "archive.lend", lambda f, c: f(c.uow, lending_input(c.w.archive_free_item))),
    _lend("approve", "requested", "archive.lend.approve"),
    _lend("reject", "requested", "archive.lend.approve", "借阅理由不充分"),
    _lend("cancel", "approved", "archive.lend", "不需要了"),
    _lend("issue", "approved", "archive.lend", SIGNED),
    act("archive.lending.renew", "archive.lend",
        lambda f, c: f(c.uow, c.w.lendings["issued"], TODAY() + timedelta(days=7), "还需核对")),
    _lend("record_reminder", "issued", "archive.lend"),
    _lend("return_item", "issued", "archive.lend", "intact", signed_on_paper=True),
    act("archive.lending.get_lending", "archive.view", lambda f, c: f(c.session, c.actor, c.w.lendings["issued"])),
    act("archive.lending.get_lending_by_number", "archive.view",
        lambda f, c: f(c.session, c.actor, c.w.lending_numbers["issued"])),
    act("archive.lending.lendings_of_item", "archive.view", lambda f, c: f(c.session, c.actor, c.w.archive_item_id)),
    act("archive.lending.overdue", "archive.view", lambda f, c: f(c.session, c.actor, TODAY())),
    act("archive.checks.start_check", "archive.check", lambda f, c: f(c.uow, "季度库房检查", CHECK_ROOM)),
    act("archive.checks.mark", "archive.check", lambda f, c: f(c.uow, _checking(c).lines[0].id, "found")),
    act("archive.checks.resolve", "archive.check",
        lambda f, c: f(c.uow, _checking(c, "missing").lines[0].id, "found_later", "在二号柜找到")),
    act("archive.checks.close_check", "archive.check", lambda f, c: f(c.uow, _checking(c, "all").id)),
    act("archive.checks.get_check", "archive.view", lambda f, c: f(c.session, c.actor, _checking(c).id)),
    act("archive.destruction.create_batch", "archive.destroy", lambda f, c: f(c.uow, [c.w.past_item_id])),
    act("archive.destruction.appraise", "archive.destroy",
        lambda f, c: f(c.uow, c.w.batch_line, "keep", 5, "仍有纠纷未了")),
    _destroy("submit", "draft", "archive.destroy"),
    _destroy("approve", "submitted", "archive.destroy.approve"),
    _destroy("reject", "submitted", "archive.destroy.approve", "再鉴定一次"),
    _destroy("complete", "approved", "archive.destroy", "shred", TODAY(), ["王芳", "李经理"]),
    act("archive.destruction.get_destruction", "archive.view",
        lambda f, c: f(c.session, c.actor, c.w.batches["approved"])),
    act("archive.destruction.get_destruction_by_number", "archive.view",
        lambda f, c: f(c.session, c.actor, c.w.batch_number)),
    act("archive.destruction.past_retention", "archive.view", lambda f, c: f(c.session, c.actor, TODAY())),
    act("archive.excel.export_items", "archive.export", lambda f, c: f(c.uow, c.file("items.xlsx"), {})),
    act("archive.excel.import_items", "archive.import", _import),
    *(act(f"archive.listing.export_list:{which}", "archive.export",
          lambda f, c, which=which: f(c.uow, which, c.file(f"{which}.xlsx"), {}))
      for which in ("items", "contracts", "documents", "lendings")),
    act("archive.printing.print_lending_slip", "archive.view",
        lambda f, c: f(c.uow, c.w.lending_numbers["issued"], c.file("slip.pdf"))),
    act("archive.printing.print_reminder", "archive.view",
        lambda f, c: f(c.uow, c.w.lending_numbers["issued"], c.file("reminder.pdf"))),
    act("archive.printing.print_circulation_slip", "archive.view",
        lambda f, c: f(c.uow, c.w.circulating_number, c.file("circulation.pdf"))),
    act("archive.printing.print_destruction_record", "archive.view",
        lambda f, c: f(c.uow, c.w.batch_number, c.file("destruction.pdf"))),
    act("archive.dashboard.search", "archive.view", lambda f, c: f(c.session, c.actor, c.w.archive_item_number, 10),
        empty_is_refusal=True),
]
