"""Demo data of the archive: a register of a few dozen items (contracts of demo customers, some about
to expire; order files, vouchers, minutes), lendings in every state (one overdue with a reminder
sent), received and sent documents with circulation, a closed check and a finished destruction."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.orm import Session

import neiqin.modules.customers.service as customers
from neiqin.core.demo import DemoContext
from neiqin.core.ids import new_id
from neiqin.core.numbering import reserve_block
from neiqin.core.search import IndexRow, bulk_index
from neiqin.modules.archive import rules
from neiqin.modules.archive.documents import ENTITY as DOCUMENT_ENTITY
from neiqin.modules.archive.models import (
    ArchiveItem,
    CheckLine,
    CheckSession,
    CirculationReader,
    Contract,
    Destruction,
    DestructionLine,
    Document,
    Lending,
    LendingStep,
)
from neiqin.modules.archive.service import CONTRACT_ENTITY, MODULE, item_index_row

CONTRACT_TITLES = ("年度产品购销合同", "框架采购协议", "设备供货合同", "技术服务合同", "区域代理协议", "仓储物流服务合同")
OTHER_ITEMS = (
    ("订单资料", "订单确认书及客户回传件（第{n}批）", "internal", 10),
    ("财务凭证", "{year}年{m}月费用报销凭证", "confidential", 30),
    ("会议纪要", "销售部周例会会议纪要（{year}年第{n}期）", "internal", 10),
    ("客户资料", "重点客户信用评估资料汇编（{n}）", "confidential", 10),
    ("行政文件", "办公用品领用台账（{year}年）", "public", 5),
    ("人事档案", "销售部人员考核记录（{year}年度）", "secret", 30),
    ("技术资料", "产品规格书及检测报告（第{n}册）", "internal", None),
)
INCOMING = (("关于开展年度安全生产检查的通知", "市商务局", "京商发〔2026〕21号"),
            ("关于调整产品价格的函", "上海宏达机电有限公司", "宏达函〔2026〕8号"),
            ("质量异议处理意见书", "广州恒信贸易有限公司", ""),
            ("展会参展邀请函", "中国机电产品进出口商会", "机电商会〔2026〕45号"),
            ("年度合作伙伴评审结果通知", "华北电力设备集团采购中心", "华电采〔2026〕17号"))
OUTGOING = (("关于春节放假安排的通知", "行政部", "全体员工", "华信行〔2026〕3号"),
            ("客户满意度调查结果通报", "销售部", "各部门", "华信销〔2026〕12号"),
            ("关于加强档案借阅管理的通知", "行政部", "各部门", "华信行〔2026〕9号"),
            ("订单变更处理流程（修订）", "销售部", "生产部、采购部、物流部", "华信销〔2026〕15号"))
READERS = (("李建国", "销售部"), ("王芳", "销售部"), ("陈静", "销售部"), ("赵敏", "财务部"), ("周强", "行政部"))
BORROWERS = (("王芳", "销售部", "核对合同付款条款"), ("陈静", "销售部", "准备客户续约谈判资料"),
             ("赵敏", "财务部", "年度审计核对凭证"), ("周强", "行政部", "整理上年度会议纪要"),
             ("刘洋", "销售部", "处理客户质量异议，查阅原始订单"), ("孙丽", "财务部", "核对应收账款"),
             ("王芳", "销售部", "查阅规格书答复客户咨询"), ("陈静", "销售部", "编制客户档案"))


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), UTC)


def demo_data(ctx: DemoContext) -> dict[str, int]:
    rng, conn = ctx.rng, ctx.connection
    today = ctx.now.date()
    stamp = ctx.stamp
    with Session(bind=conn) as session:
        ids = list(ctx.shared.get("customer_ids", []))[:200]
        chosen = rng.sample(ids, min(len(ids), 12))
        names = {cid: customers.get_customer_ref(session, cid).name for cid in chosen}
        contract_numbers = reserve_block(session, "HT", ctx.branch_code, today.year, len(chosen)) if chosen else []
        session.flush()
    items, contracts, index = [], [], []
    for n, (cid, number) in enumerate(zip(chosen, contract_numbers, strict=True)):
        signed = today - timedelta(days=rng.randint(200, 700))
        if n < 3:
            end = today + timedelta(days=5 + n * 9)  # about to expire
        elif n < 5:
            end = today - timedelta(days=rng.randint(10, 90))
        else:
            end = today + timedelta(days=rng.randint(60, 500))
        amount = Decimal(rng.randint(8, 180) * 10000) + Decimal(rng.choice((0, 5000)))
        title = f"{names[cid]}{rng.choice(CONTRACT_TITLES)}"
        contracts.append({"id": new_id(), "number": number, "title": title, "customer_id": cid,
                          "customer_name": names[cid], "order_id": None, "order_number": None, "signed_on": signed,
                          "amount": amount, "start_date": signed, "end_date": end, "notes": None, **stamp()})
    specs = []
    for contract in contracts:
        specs.append(("合同", contract["title"], contract["signed_on"], "confidential", 10, contract))
    for n in range(30):
        category, pattern, level, years = OTHER_ITEMS[n % len(OTHER_ITEMS)]
        day = today - timedelta(days=rng.randint(30, 2400))
        specs.append((category, pattern.format(n=n // len(OTHER_ITEMS) + 1, year=day.year, m=day.month), day, level,
                      years, None))
    for n in range(4):  # old vouchers past their retention
        day = date(today.year - 12 - n, rng.randint(1, 12), 1)
        specs.append(("财务凭证", f"{day.year}年度费用报销凭证（第{n + 1}卷）", day, "internal", 10, None))
    with Session(bind=conn) as session:
        by_year: dict[int, int] = {}
        for spec in specs:
            by_year[spec[2].year] = by_year.get(spec[2].year, 0) + 1
        pool = {y: iter(reserve_block(session, "DA", ctx.branch_code, y, c)) for y, c in by_year.items()}
        session.flush()
    for n, (category, title, day, level, years, contract) in enumerate(specs):
        kind = "both" if n % 4 == 0 else ("electronic" if n % 9 == 5 else "paper")
        paper = kind != "electronic"
        items.append({"id": new_id(), "number": next(pool[day.year]), "kind": kind, "category": category,
                      "title": title, "doc_date": day, "customer_id": contract["customer_id"] if contract else None,
                      "customer_name": contract["customer_name"] if contract else None, "order_id": None,
                      "order_number": None, "contract_id": contract["id"] if contract else None,
                      "room": "档案室一" if n % 3 else "档案室二" if paper else None,
                      "cabinet": f"{(n % 6) + 1}号柜" if paper else None, "shelf": f"第{(n % 4) + 1}层" if paper else None,
                      "box": f"{n // 3 + 1:03d}盒" if paper else None, "pages": rng.randint(4, 120),
                      "retention_years": years, "retention_until": rules.retention_until(day, years),
                      "confidentiality": level, "status": rules.IN_STORE, "destroyed_on": None, "notes": None,
                      **stamp()})
        index.append(item_index_row(items[-1]["id"], items[-1]["number"], title, category, items[-1]["customer_name"]))
    for c in contracts:
        index.append(IndexRow(CONTRACT_ENTITY, c["id"], MODULE, c["title"], f"{c['number']} · {c['customer_name']}",
                              (c["number"], c["customer_name"]), (c["title"], c["customer_name"])))
    destroyed = _destruction(ctx, items, today)
    lendings, steps = _lendings(ctx, [i for i in items if i["status"] == rules.IN_STORE], today)
    documents, readers = _documents(ctx, today, index)
    checks, lines = _check(ctx, items, today)
    if contracts:
        conn.execute(insert(Contract), contracts)
    conn.execute(insert(ArchiveItem), items)
    for model, rows in ((Lending, lendings), (LendingStep, steps), (Document, documents),
                        (CirculationReader, readers), (CheckSession, checks), (CheckLine, lines)):
        if rows:
            conn.execute(insert(model), rows)
    for model, rows in destroyed:
        conn.execute(insert(model), rows)
    bulk_index(conn, index)
    return {"archive_items": len(items), "contracts": len(contracts), "lendings": len(lendings),
            "documents": len(documents)}


def _numbers(ctx: DemoContext, prefix: str, year: int, count: int) -> list[str]:
    with Session(bind=ctx.connection) as session:
        numbers = reserve_block(session, prefix, ctx.branch_code, year, count)
        session.flush()
    return numbers


def _step(ctx, lending_id: str, action: str, from_state, to_state: str, at: datetime, who: str,
          extra: dict | None = None) -> dict:
    return {"id": new_id(), "lending_id": lending_id, "action": action, "from_state": from_state,
            "to_state": to_state, "actor_id": ctx.actor.user_id, "actor_name": who, "at": at, "comment": None,
            "extra": json.dumps(extra, ensure_ascii=False) if extra else None, **ctx.stamp()}


def _lendings(ctx: DemoContext, items: list[dict], today: date) -> tuple[list[dict], list[dict]]:
    plan = ("issued_overdue", "issued", "issued", "requested", "requested", "approved", "returned", "returned")
    chosen = ctx.rng.sample([i for i in items if i["confidentiality"] != "secret"], min(len(items), len(plan)))
    numbers = _numbers(ctx, "JY", today.year, len(chosen))
    lendings, steps = [], []
    for state, item, number, (name, dept, purpose) in zip(plan, chosen, numbers, BORROWERS, strict=False):
        start = today - timedelta(days={"issued_overdue": 20, "returned": 25}.get(state, ctx.rng.randint(0, 4)))
        due = start + timedelta(days=rules.DEFAULT_LOAN_DAYS)
        lid = new_id()
        row = {"id": lid, "number": number, "item_id": item["id"], "item_number": item["number"],
               "item_title": item["title"], "confidentiality": item["confidentiality"], "borrower_name": name,
               "borrower_department": dept, "purpose": purpose, "mode": "take_out" if state != "returned" else "in_room",
               "may_copy": state == "returned", "may_photo": False, "requested_on": start, "due_on": due,
               "status": "issued" if state == "issued_overdue" else state, "approved_by": None, "approved_at": None,
               "issued_at": None, "renewals": 0, "returned_at": None, "return_condition": None, "reminders": 0,
               **ctx.stamp(_at(start))}
        steps.append(_step(ctx, lid, "request", None, "requested", _at(start, 9), "王芳"))
        if state != "requested":
            row.update(approved_by="李建国", approved_at=_at(start, 11))
            steps.append(_step(ctx, lid, "approve", "requested", "approved", _at(start, 11), "李建国",
                               {"role": "reviewer"}))
        if state in ("issued", "issued_overdue", "returned"):
            row["issued_at"] = _at(start, 14)
            steps.append(_step(ctx, lid, "issue", "approved", "issued", _at(start, 14), "王芳", {"signed": "paper"}))
            item["status"] = rules.ON_LOAN
        if state == "issued_overdue":
            row["reminders"] = 2
            for level in (1, 2):
                day = due + timedelta(days=(1, 7)[level - 1])
                steps.append(_step(ctx, lid, "remind", "issued", "issued", _at(day), "王芳",
                                   {"level": str(level), "to": "borrower"}))
        if state == "returned":
            row.update(returned_at=_at(start + timedelta(days=3), 16), return_condition="intact")
            steps.append(_step(ctx, lid, "return", "issued", "returned", _at(start + timedelta(days=3), 16), "王芳",
                               {"signed": "paper", "condition": "intact"}))
            item["status"] = rules.IN_STORE
        lendings.append(row)
    return lendings, steps


def _documents(ctx: DemoContext, today: date, index: list) -> tuple[list[dict], list[dict]]:
    docs, readers = [], []
    specs = [("incoming", t, s, "本公司", ref) for t, s, ref in INCOMING] + \
            [("outgoing", t, s, r, ref) for t, s, r, ref in OUTGOING]
    numbers = {d: iter(_numbers(ctx, rules.DIRECTION_PREFIX[d], today.year, sum(1 for s in specs if s[0] == d)))
               for d in rules.DIRECTIONS}
    for n, (direction, title, sender, receiver, ref) in enumerate(specs):
        day = today - timedelta(days=(len(specs) - n) * 4)
        doc_id = new_id()
        people = READERS[: 2 + n % 3]
        signed = len(people) if n % 3 == 0 else (1 if n % 3 == 1 else 0)
        status = "circulated" if signed == len(people) else "circulating"
        docs.append({"id": doc_id, "number": next(numbers[direction]), "direction": direction, "reference": ref or None,
                     "title": title, "sender": sender, "receiver": receiver, "doc_date": day, "copies": 1 + n % 3,
                     "distribution": "\n".join(p[1] for p in people), "urgency": ("normal", "urgent")[n % 4 == 1],
                     "confidentiality": "internal", "status": status, "item_id": None, "notes": None,
                     **ctx.stamp(_at(day))})
        for seq, (name, dept) in enumerate(people, start=1):
            readers.append({"id": new_id(), "document_id": doc_id, "seq": seq, "reader_name": name, "department": dept,
                            "signed_at": _at(day + timedelta(days=seq), 9 + seq) if seq <= signed else None,
                            "comment": "已阅" if seq <= signed else None, **ctx.stamp()})
        index.append(IndexRow(DOCUMENT_ENTITY, doc_id, MODULE, title, f"{docs[-1]['number']} · {sender}",
                              (docs[-1]["number"], ref, sender, receiver), (title, sender)))
    return docs, readers


def _check(ctx: DemoContext, items: list[dict], today: date) -> tuple[list[dict], list[dict]]:
    started = today - timedelta(days=40)
    check_id = new_id()
    number = _numbers(ctx, "QC", started.year, 1)[0]
    lines = []
    for item in items:
        if item["room"] != "档案室二" or item["status"] == rules.DESTROYED:
            continue
        location = rules.location_text(item["room"], item["cabinet"], item["shelf"], item["box"])
        lines.append({"id": new_id(), "check_id": check_id, "item_id": item["id"], "item_number": item["number"],
                      "item_title": item["title"], "location": location, "on_loan": False, "result": "found",
                      "found_location": None, "resolution": None, "resolution_note": None, "resolved_by": None,
                      "resolved_at": None, **ctx.stamp()})
    if lines:
        lines[0].update(result="misplaced", found_location="档案室二 / 1号柜 / 第2层 / 099盒", resolution="put_back",
                        resolution_note="已放回原位", resolved_by="王芳", resolved_at=_at(started, 16))
    check = {"id": check_id, "number": number, "title": "档案室二季度清查核对", "room": "档案室二", "started_on": started,
             "status": "closed", "closed_at": _at(started, 17), "closed_by": "王芳",
             "summary": f"在架 {len(lines) - 1 if lines else 0}，错位 {1 if lines else 0}，缺失 0，借出 0",
             **ctx.stamp(_at(started))}
    return [check], lines


def _destruction(ctx: DemoContext, items: list[dict], today: date) -> list[tuple[type, list[dict]]]:
    old = [i for i in items if i["retention_until"] is not None and i["retention_until"] < today][:2]
    if not old:
        return []
    day = today - timedelta(days=60)
    batch_id = new_id()
    batch = {"id": batch_id, "number": _numbers(ctx, "XH", day.year, 1)[0], "status": "done", "created_on": day,
             "appraised_by": "王芳", "approved_by": "李建国", "approved_at": _at(day + timedelta(days=2)),
             "decision_comment": "同意销毁", "method": "shred", "place": "公司档案室", "destroyed_on": day + timedelta(days=5),
             "witnesses": "李建国\n赵敏", "executed_by": "王芳", **ctx.stamp(_at(day))}
    lines = []
    for item in old:
        item.update(status=rules.DESTROYED, destroyed_on=batch["destroyed_on"])
        lines.append({"id": new_id(), "destruction_id": batch_id, "item_id": item["id"], "item_number": item["number"],
                      "item_title": item["title"], "decision": "destroy", "keep_years": None,
                      "reason": "已过保管期限，无保存价值", **ctx.stamp()})
    return [(Destruction, [batch]), (DestructionLine, lines)]
