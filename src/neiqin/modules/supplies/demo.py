"""Demo office supplies: a realistic catalogue, opening stock, two received purchase plans and one
awaiting approval, half a year of signed issues to the demo users and others, a few returns, loss
reports and last month's count; some items end below their minimum."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from neiqin.core.attachments import Attachment, AttachmentStore
from neiqin.core.auth.models import User
from neiqin.core.demo import DemoContext
from neiqin.core.ids import new_id
from neiqin.core.ledger import counts as kernel
from neiqin.core.ledger.movements import ISSUE, LOSS, OPENING, RECEIPT, RETURN
from neiqin.core.money import round_money
from neiqin.core.numbering import reserve_block
from neiqin.core.signatures import SIGNATURE_NOTE_PREFIX
from neiqin.modules.supplies import models as m
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.service import LEDGER

D = Decimal
#: code, name, spec, unit, category, minimum, standard (qty, per, period) or None, supplier, price, opening
CATALOGUE = [
    ("BG001", "A4复印纸", "70g 500张/包", "包", "纸张", 20, (4, "person", "month"), "晨光文具", "22.50", 160),
    ("BG002", "A3复印纸", "70g 500张/包", "包", "纸张", 5, (2, "department", "month"), "晨光文具", "45.00", 20),
    ("BG003", "签字笔", "0.5mm 黑色", "支", "书写工具", 30, (6, "person", "month"), "晨光文具", "2.00", 240),
    ("BG004", "签字笔芯", "0.5mm 黑色 20支/盒", "盒", "书写工具", 5, (1, "person", "month"), "晨光文具", "12.00", 30),
    ("BG005", "圆珠笔", "0.7mm 蓝色", "支", "书写工具", 20, (4, "person", "month"), "得力", "1.50", 120),
    ("BG006", "荧光笔", "5色套装", "套", "书写工具", 5, (1, "person", "quarter"), "斑马", "15.00", 24),
    ("BG007", "白板笔", "黑色 可擦", "支", "书写工具", 10, (4, "department", "month"), "得力", "3.50", 40),
    ("BG008", "文件夹", "A4 双强力夹 蓝色", "个", "文件收纳", 20, (5, "person", "quarter"), "得力", "6.80", 100),
    ("BG009", "档案盒", "A4 55mm 蓝色", "个", "文件收纳", 20, (10, "department", "month"), "得力", "8.50", 60),
    ("BG010", "拉杆夹", "A4 透明", "个", "文件收纳", 10, (5, "person", "quarter"), "得力", "2.20", 50),
    ("BG011", "订书机", "12号 中号", "个", "办公设备", 2, (1, "person", "year"), "得力", "18.00", 8),
    ("BG012", "订书钉", "12号 1000枚/盒", "盒", "装订用品", 10, (2, "person", "month"), "得力", "2.50", 18),
    ("BG013", "长尾夹", "25mm 12只/盒", "盒", "装订用品", 10, (2, "person", "month"), "得力", "4.80", 40),
    ("BG014", "回形针", "29mm 100枚/盒", "盒", "装订用品", 10, (2, "person", "month"), "得力", "2.00", 40),
    ("BG015", "便利贴", "76×76mm 黄色", "本", "纸张", 20, (4, "person", "month"), "3M", "4.50", 80),
    ("BG016", "笔记本", "A5 80页 软抄本", "本", "纸张", 20, (2, "person", "month"), "晨光文具", "6.00", 70),
    ("BG017", "硒鼓", "HP CF388A（88A）", "个", "打印耗材", 3, (2, "department", "quarter"), "惠普授权经销商",
     "320.00", 6),
    ("BG018", "墨盒", "Canon PG-845 黑色", "个", "打印耗材", 2, (1, "department", "quarter"), "佳能授权经销商",
     "115.00", 3),
    ("BG019", "计算器", "得力1589 12位", "个", "办公设备", 2, (1, "person", "year"), "得力", "38.00", 6),
    ("BG020", "剪刀", "不锈钢 中号", "把", "办公设备", 2, None, "得力", "9.90", 6),
    ("BG021", "胶水", "固体胶 21g", "支", "装订用品", 10, (2, "person", "month"), "得力", "3.20", 30),
    ("BG022", "透明胶带", "18mm×30m", "卷", "装订用品", 10, (2, "department", "month"), "得力", "2.50", 24),
    ("BG023", "信封", "DL 牛皮纸 100只/包", "包", "纸张", 3, (1, "department", "month"), "晨光文具", "18.00", 8),
    ("BG024", "U盘", "32GB USB3.0", "个", "电子耗材", 3, (1, "person", "year"), "京东企业购", "45.00", 8),
]
OTHERS = [("刘洋", "市场部"), ("孙丽", "行政部"), ("周强", "物流部"), ("吴磊", "市场部"), ("郑红", "行政部")]
MONTHS = 6


def _signature(rng, seed: int) -> bytes:
    """A scribbled signature on white, different for every person."""
    image = Image.new("RGB", (480, 160), "white")
    draw = ImageDraw.Draw(image)
    local = rng.__class__(seed)
    x, y = 30, 100
    for _stroke in range(3):
        points = [(x, y)]
        for _ in range(10):
            x += local.randint(8, 22)
            y = max(30, min(135, y + local.randint(-35, 35)))
            points.append((x, y))
        draw.line(points, fill=(26, 35, 126), width=4, joint="curve")
        x += local.randint(10, 30)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


class _Demo:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.conn = ctx.connection
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.stock: dict[str, Decimal] = {}
        self.items: dict[str, dict] = {}
        self.today = ctx.now.astimezone().date()
        self.session = Session(bind=self.conn)
        path = self.conn.engine.url.database
        self.store = AttachmentStore.of(path) if path and path != ":memory:" else None
        self.signatures: dict[str, tuple[str, int]] = {}

    def number(self, prefix: str, day: date) -> str:
        return reserve_block(self.session, prefix, self.ctx.branch_code, day.year, 1)[0]

    def at(self, day: date, hour: int = 10) -> datetime:
        moment = datetime.combine(day, time(hour, self.rng.randint(0, 59))).astimezone()
        return min(moment, self.ctx.now - timedelta(minutes=5))

    def add(self, table: str, when: datetime, **values) -> str:
        row_id = values.pop("id", None) or new_id()
        self.rows[table].append({"id": row_id, **self.ctx.stamp(when), **values})
        return row_id

    def move(self, item_id: str, quantity: Decimal, kind: str, when: datetime, cost, source: tuple, note: str):
        self.stock[item_id] = self.stock.get(item_id, D(0)) + quantity
        self.add("movement", when, item_id=item_id, location="", kind=kind, quantity=quantity, unit_cost=cost,
                 moved_at=when, source_type=source[0], source_id=source[1], source_number=source[2],
                 reverses_id=None, note=note)

    def step(self, doc_type: str, doc_id: str, action: str, before, after, who: tuple[str, str], when, comment=None):
        self.add("transition", when, doc_type=doc_type, doc_id=doc_id, action=action, from_state=before,
                 to_state=after, actor_id=who[0], actor_name=who[1], at=when, comment=comment)

    # ---------------------------------------------------------------------------------------------
    def catalogue(self) -> None:
        start = self.today - timedelta(days=MONTHS * 31)
        when = self.at(start, 9)
        for code, name, spec, unit, category, minimum, standard, supplier, price, opening in CATALOGUE:
            qty, per, period = standard or (None, None, None)
            item_id = self.add("item", when, code=code, name=name, spec=spec, unit=unit, category=category,
                               minimum_stock=D(minimum), standard_quantity=D(qty) if qty else None,
                               standard_per=per, standard_period=period, supplier=supplier, last_price=D(price),
                               active=True, notes=None)
            self.items[code] = {"id": item_id, "name": name, "price": D(price), "standard": standard,
                                "minimum": D(minimum)}
            self.move(item_id, D(opening), OPENING, when, D(price), ("supply_item", item_id, code), "期初库存")

    def plan(self, day: date, title: str, codes: list[tuple[str, int]], status: str, clerk, head) -> None:
        number = self.number("CG", day)
        made = self.at(day, 9)
        plan_id = new_id()
        lines, total = [], D("0.00")
        for index, (code, quantity) in enumerate(codes):
            item = self.items[code]
            amount = round_money(item["price"] * quantity)
            total += amount
            lines.append({"id": new_id(), "plan_id": plan_id, "line_no": index + 1, "item_id": item["id"],
                          "quantity": D(quantity), "unit_price": item["price"], "amount": amount, "supplier": None,
                          "stock_then": self.stock[item["id"]], "monthly_usage": D(0),
                          "received_quantity": D(quantity) if status == rules.RECEIVED else D(0), "note": None})
        approved = status in (rules.APPROVED, rules.RECEIVED)
        self.add("plan", made, id=plan_id, number=number, status=status, plan_date=day, title=title,
                 total_amount=total, prepared_by=clerk[1], approved_by=head[1] if approved else None,
                 approved_at=made + timedelta(hours=3) if approved else None, notes=None)
        for line in lines:
            self.add("plan_line", made, **line)
        self.step("plan", plan_id, "create", None, rules.DRAFT, clerk, made)
        if status == rules.DRAFT:
            return
        self.step("plan", plan_id, "submit", rules.DRAFT, rules.SUBMITTED, clerk, made + timedelta(hours=1))
        if not approved:
            return
        self.step("plan", plan_id, "approve", rules.SUBMITTED, rules.APPROVED, head, made + timedelta(hours=3))
        day_in = day + timedelta(days=4)
        when = self.at(day_in, 14)
        receiving_id = new_id()
        number_in = self.number("YS", day_in)
        rejected_line = self.rng.randrange(len(lines))
        for index, line in enumerate(lines):
            rejected = D(min(2, int(line["quantity"]) // 10)) if index == rejected_line else D(0)
            extra = rejected  # the supplier sent replacements for the rejected part
            accepted = line["quantity"]
            self.add("receiving_line", when, receiving_id=receiving_id, line_no=index + 1, plan_line_id=line["id"],
                     item_id=line["item_id"], received_quantity=accepted + extra, rejected_quantity=rejected,
                     accepted_quantity=accepted, reject_reason="包装破损，退回供应商" if rejected else None,
                     spec_ok=True, quality_ok=True, unit_price=line["unit_price"], amount=line["amount"])
            self.move(line["item_id"], accepted, RECEIPT, when, line["unit_price"],
                      ("supply_receiving", receiving_id, number_in), f"{number} 验收入库")
        self.add("receiving", when, id=receiving_id, number=number_in, plan_id=plan_id, received_on=day_in,
                 supplier=None, inspector=clerk[1], total_amount=total, notes=None)
        self.step("plan", plan_id, "receive", rules.APPROVED, rules.RECEIVED, clerk, when, number_in)

    def sign(self, issue_id: str, name: str, when) -> str | None:
        if self.store is None:
            return None
        if name not in self.signatures:
            data = _signature(self.rng, hash(name) % 10_000)
            ref = self.store.store(data, filename="signature.png")
            self.signatures[name] = (ref.sha256, ref.size)
        sha, size = self.signatures[name]
        self.add("attachment", when, sha256=sha, filename="signature.png", mime="image/png", size=size,
                 owner_table="supply_issue", owner_id=issue_id, note=f"{SIGNATURE_NOTE_PREFIX}{name}")
        return sha

    def issue(self, day: date, person: tuple[str | None, str, str], picks: list[tuple[str, int]], clerk) -> dict | None:
        picks = [(code, qty) for code, qty in picks if self.stock[self.items[code]["id"]] >= qty]
        if not picks:
            return None
        when = self.at(day, self.rng.randint(9, 17))
        issue_id = new_id()
        number = self.number("LY", day)
        total, lines = D("0.00"), []
        for index, (code, qty) in enumerate(picks):
            item = self.items[code]
            amount = round_money(item["price"] * qty)
            total += amount
            line_id = self.add("issue_line", when, issue_id=issue_id, line_no=index + 1, item_id=item["id"],
                               quantity=D(qty), unit_cost=item["price"], amount=amount,
                               standard_left=D(item["standard"][0]) if item["standard"] else None,
                               over_standard=False, returned_quantity=D(0), returns_line_id=None)
            lines.append((line_id, item, qty))
            self.move(item["id"], -D(qty), ISSUE, when, item["price"], ("supply_issue", issue_id, number),
                      f"{person[2]} {person[1]}")
        paper = self.rng.random() < 0.15
        sha = None if paper else self.sign(issue_id, person[1], when)
        self.add("issue", when, id=issue_id, number=number, kind="issue", status=rules.ISSUED, issued_on=day,
                 recipient_user_id=person[0], recipient_name=person[1], department=person[2],
                 purpose=self.rng.choice(("日常办公", "日常办公", "客户资料整理", "季度报表打印", "新员工入职")),
                 issue_id=None, total_amount=total, over_standard=False, approved_by=None, approved_at=None,
                 approval_note=None, sign_mode="paper" if paper or sha is None else "pad", signature_sha256=sha,
                 signed_at=None if sha is None else when, issuer_name=clerk[1])
        self.step("issue", issue_id, "issue", None, rules.ISSUED, clerk, when)
        return {"id": issue_id, "number": number, "lines": lines, "person": person, "day": day}

    def give_back(self, issued: dict, clerk) -> None:
        line_id, item, qty = issued["lines"][0]
        back = max(1, qty // 2)
        day = min(issued["day"] + timedelta(days=3), self.today)
        when = self.at(day, 16)
        doc_id = new_id()
        number = self.number("TK", day)
        amount = round_money(item["price"] * back)
        for row in self.rows["issue_line"]:
            if row["id"] == line_id:
                row["returned_quantity"] = D(back)
        self.add("issue_line", when, issue_id=doc_id, line_no=1, item_id=item["id"], quantity=-D(back),
                 unit_cost=item["price"], amount=-amount, standard_left=None, over_standard=False,
                 returned_quantity=D(0), returns_line_id=line_id)
        person = issued["person"]
        self.add("issue", when, id=doc_id, number=number, kind="return", status=rules.POSTED, issued_on=day,
                 recipient_user_id=person[0], recipient_name=person[1], department=person[2], purpose="多领未用，退回",
                 issue_id=issued["id"], total_amount=-amount, over_standard=False, approved_by=None,
                 approved_at=None, approval_note=None, sign_mode="paper", signature_sha256=None, signed_at=None,
                 issuer_name=clerk[1])
        self.move(item["id"], D(back), RETURN, when, item["price"], ("supply_issue", doc_id, number),
                  f"{issued['number']} 退库")
        self.step("issue", doc_id, "return", None, rules.POSTED, clerk, when)

    def loss(self, day: date, code: str, kind: str, person: tuple, status: str, head, compensation: str) -> None:
        item = self.items[code]
        when = self.at(day, 11)
        loss_id = new_id()
        number = self.number("BS", day)
        decided = status != rules.REPORTED
        self.add("loss", when, id=loss_id, number=number, status=status, kind=kind, reported_on=day,
                 item_id=item["id"], quantity=D(1), person_name=person[1], department=person[2],
                 description="外出拜访客户时遗失" if kind == "loss" else "不慎摔落，外壳破裂无法使用",
                 unit_cost=item["price"], compensation=D(compensation), decided_by=head[1] if decided else None,
                 decided_at=when + timedelta(hours=2) if decided else None,
                 decision_note="按原价五折赔偿" if decided else None)
        self.step("loss", loss_id, "create", None, rules.REPORTED, (person[0] or head[0], person[1]), when)
        if decided:
            self.step("loss", loss_id, "approve", rules.REPORTED, rules.ACCEPTED, head, when + timedelta(hours=2))
            self.move(item["id"], -D(1), LOSS, when + timedelta(hours=2), item["price"],
                      ("supply_loss", loss_id, number), f"{rules.LOSS_WORDS[kind]} {person[1]}")

    def count(self, day: date, clerk, head) -> None:
        when = self.at(day, 15)
        count_id = new_id()
        number = self.number("PD", day)
        self.add("count", when, id=count_id, number=number, title=f"{day:%Y年%m月}办公用品盘点", scope=None,
                 status=kernel.APPROVED, blind=True, started_at=when, counter_name=clerk[1], plan_id=None,
                 submitted_at=when + timedelta(hours=1), submitted_by=clerk[0],
                 approved_at=when + timedelta(hours=2), approved_by=head[0], note="账实相符")
        for item in self.items.values():
            book = self.stock[item["id"]]
            self.add("count_line", when, session_id=count_id, item_id=item["id"], location="", book_quantity=book,
                     counted_quantity=book, moved_before_count=D(0), variance=D(0), counted_at=when,
                     counted_by=clerk[0], reason=None, note=None, adjustment_id=None)

    def write(self) -> None:
        tables = {"item": m.SupplyItem, "movement": m.SupplyMovement, "transition": m.SupplyTransition,
                  "plan": m.PurchasePlan, "plan_line": m.PurchasePlanLine, "receiving": m.Receiving,
                  "receiving_line": m.ReceivingLine, "issue": m.SupplyIssue, "issue_line": m.SupplyIssueLine,
                  "loss": m.LossReport, "count": m.SupplyCount, "count_line": m.SupplyCountLine,
                  "attachment": Attachment}
        self.session.flush()
        self.session.close()
        for key, model in tables.items():
            if self.rows[key]:
                self.conn.execute(insert(model), self.rows[key])
        LEDGER.rebuild(self.conn)


def demo_data(ctx: DemoContext) -> dict[str, int]:
    demo = _Demo(ctx)
    users = ctx.connection.execute(select(User.id, User.display_name, User.department, User.role_code)
                                   .where(User.deleted_at.is_(None))).all()
    people = [(u.id, u.display_name, u.department or "行政部") for u in users if u.role_code != "admin"]
    people += [(None, name, department) for name, department in OTHERS]
    clerks = [(u.id, u.display_name) for u in users if u.role_code == "clerk"] or [(ctx.actor.user_id, "内勤")]
    heads = [(u.id, u.display_name) for u in users if u.role_code in ("reviewer", "admin")] or clerks
    clerk, head = clerks[0], heads[0]
    demo.catalogue()
    start = demo.today - timedelta(days=MONTHS * 30)
    demo.plan(start + timedelta(days=40), "第三季度办公用品采购", [("BG001", 60), ("BG003", 100), ("BG008", 50),
                                                          ("BG015", 40), ("BG017", 4)], rules.RECEIVED, clerk, head)
    demo.plan(start + timedelta(days=110), "第四季度办公用品采购", [("BG001", 50), ("BG005", 60), ("BG009", 40),
                                                           ("BG013", 30), ("BG016", 40)], rules.RECEIVED, clerk, head)
    codes = [row[0] for row in CATALOGUE]
    weights = [8, 1, 6, 2, 4, 1, 2, 3, 2, 2, 1, 4, 3, 3, 4, 3, 1, 1, 1, 1, 2, 2, 1, 1]
    issued = []
    for offset in range(0, MONTHS * 30, 3):
        day = start + timedelta(days=offset)
        if day > demo.today or day.weekday() >= 5:
            continue
        person = demo.rng.choice(people)
        picks = {}
        for code in demo.rng.choices(codes, weights, k=demo.rng.randint(1, 3)):
            picks[code] = demo.rng.randint(1, 2) if code in ("BG017", "BG018", "BG011", "BG019", "BG024") \
                else demo.rng.randint(1, 4)
        done = demo.issue(day, person, list(picks.items()), clerk)
        if done:
            issued.append(done)
    for done in demo.rng.sample(issued, min(4, len(issued))):
        demo.give_back(done, clerk)
    demo.loss(demo.today - timedelta(days=50), "BG019", "damage", people[0], rules.ACCEPTED, head, "19.00")
    demo.loss(demo.today - timedelta(days=2), "BG024", "loss", people[-1], rules.REPORTED, head, "45.00")
    demo.count(demo.today - timedelta(days=35), clerk, head)
    # the open plan: what the suggestion would buy now, waiting for the department head
    low = [(code, int(item["minimum"] * 2 - demo.stock[item["id"]]) + 1) for code, item in demo.items.items()
           if demo.stock[item["id"]] < item["minimum"] * 2][:8]
    if low:
        demo.plan(demo.today - timedelta(days=1), "下月办公用品采购", low, rules.SUBMITTED, clerk, head)
    demo.write()
    return {"supply_items": len(CATALOGUE), "supply_issues": len(demo.rows["issue"]),
            "supply_movements": len(demo.rows["movement"])}
