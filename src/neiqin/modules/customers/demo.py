"""Demo customer files: small Chinese companies across regions, industries and grades, with
contacts, a communication log with follow-ups due, service cases and credit files. Bulk Core
inserts, so 100,000 customers take seconds."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from itertools import product as combinations

from sqlalchemy import insert
from sqlalchemy.orm import Session

from neiqin.core.ids import new_id
from neiqin.core.numbering import reserve_block
from neiqin.core.search import bulk_index
from neiqin.modules.customers.models import (
    CaseNote,
    Communication,
    Contact,
    Customer,
    Payment,
    RatingChange,
    ServiceCase,
)
from neiqin.modules.customers.rules import customer_index_row, name_key, phone_key
from neiqin.modules.customers.schemas import ContactInput, CustomerInput

CITIES = {  # city: (region, districts, area code)
    "北京": ("华北", ("海淀", "朝阳", "丰台", "东城", "西城", "通州", "昌平"), "010"),
    "天津": ("华北", ("滨海", "南开", "河西", "武清"), "022"),
    "石家庄": ("华北", ("长安", "桥西", "裕华"), "0311"),
    "上海": ("华东", ("浦东", "闵行", "徐汇", "嘉定", "松江", "宝山"), "021"),
    "杭州": ("华东", ("西湖", "滨江", "萧山", "余杭"), "0571"),
    "南京": ("华东", ("江宁", "鼓楼", "玄武", "浦口"), "025"),
    "苏州": ("华东", ("工业园区", "吴中", "相城", "昆山"), "0512"),
    "宁波": ("华东", ("鄞州", "北仑", "镇海"), "0574"),
    "济南": ("华东", ("历下", "高新", "槐荫"), "0531"),
    "青岛": ("华东", ("黄岛", "崂山", "城阳"), "0532"),
    "广州": ("华南", ("天河", "番禺", "白云", "黄埔"), "020"),
    "深圳": ("华南", ("南山", "福田", "宝安", "龙岗"), "0755"),
    "东莞": ("华南", ("长安", "虎门", "松山湖"), "0769"),
    "厦门": ("华南", ("思明", "湖里", "集美"), "0592"),
    "武汉": ("华中", ("江汉", "洪山", "东西湖", "汉阳"), "027"),
    "长沙": ("华中", ("岳麓", "雨花", "开福"), "0731"),
    "郑州": ("华中", ("金水", "二七", "管城"), "0371"),
    "成都": ("西南", ("武侯", "高新", "锦江", "双流"), "028"),
    "重庆": ("西南", ("渝北", "江北", "沙坪坝", "九龙坡"), "023"),
    "西安": ("西北", ("雁塔", "未央", "高新"), "029"),
    "沈阳": ("东北", ("和平", "浑南", "铁西"), "024"),
    "哈尔滨": ("东北", ("南岗", "道里", "香坊"), "0451"),
}
BRANDS = ("恒信", "华通", "鑫源", "中科", "宏达", "瑞丰", "金桥", "东方", "新星", "博远", "汇丰", "天成", "永盛", "佳诚",
          "正泰", "联创", "海纳", "盛世", "启明", "锦程", "德润", "安泰", "同创", "合力", "光明", "长城", "众和", "鼎盛",
          "兴业", "远航", "智达", "明辉", "宏图", "信达", "润泽", "百川", "广源", "华美", "国信", "嘉禾", "立新", "伟业",
          "凯旋", "开元", "晨光", "泰和", "万通", "顺达", "卓越", "诚信", "旭日", "飞扬", "和泰", "昌盛", "亿达", "创新")
INDUSTRIES = (("科技", "软件和信息技术"), ("贸易", "批发零售"), ("机电设备", "机械制造"), ("建筑工程", "建筑"),
              ("物流", "交通运输"), ("电子", "电子制造"), ("医疗器械", "医疗"), ("教育科技", "教育"),
              ("食品", "食品加工"), ("化工", "化工"), ("广告传媒", "文化传媒"), ("物业管理", "房地产服务"),
              ("印务", "印刷包装"), ("环保科技", "节能环保"), ("餐饮管理", "餐饮"), ("酒店管理", "住宿"),
              ("汽车服务", "汽车"), ("纺织", "纺织服装"), ("家具", "家具制造"), ("新能源", "能源"))
SUFFIXES = ("有限公司", "有限责任公司", "股份有限公司")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "丽华", "国庆", "建国", "春梅", "文博", "子涵")
TITLES = ("总经理", "采购经理", "采购专员", "财务主管", "行政主管", "办公室主任", "技术总监", "项目经理", "仓库主管")
LOG_TEXTS = ("电话沟通下季度采购计划,客户预计增加复印纸和硒鼓用量。", "拜访客户,介绍新款多功能复印机,客户有意试用。",
             "客户反映上批货物外箱破损,已安排补发。", "确认年度框架合同条款,待客户法务审核。",
             "微信沟通发票开具信息,已更新税号。", "回访上月交付情况,客户对交货及时性满意。",
             "客户询问电缆报价,已发送报价单。", "邀请客户参加新品推介会。")
CASES = (("complaint", "到货数量与送货单不符"), ("complaint", "打印机卡纸频繁"), ("inquiry", "询问批量采购折扣"),
         ("inquiry", "咨询发票开具时间"), ("complaint", "送货延迟两天"), ("suggestion", "希望提供电子对账单"))
RATINGS = ("AAA", "AA", "AA", "A", "A", "A", "B", "B", "C")
LIMITS = {"AAA": 500000, "AA": 200000, "A": 100000, "B": 30000, "C": 0}


def _names(rng, count: int) -> list[tuple[str, str, str, str, str, str]]:
    """Unique (name, short name, city, district, industry word, industry) tuples; up to 268,800."""
    places = [(city, district) for city, (_region, districts, _area) in CITIES.items() for district in districts]
    space = list(combinations(places, BRANDS, range(len(INDUSTRIES)), SUFFIXES))
    picked = rng.sample(space, min(count, len(space)))
    # the first demo customer is the one people try the search with: 北京海淀… (bjhd)
    picked.sort(key=lambda t: t[0] != ("北京", "海淀"))
    out = []
    for (city, district), brand, industry, suffix in picked:
        word, group = INDUSTRIES[industry]
        out.append((f"{city}{district}{brand}{word}{suffix}", f"{brand}{word}", city, district, word, group))
    return out


def _person(rng) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _mobile(rng) -> str:
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


def make_demo(ctx) -> dict[str, int]:
    rng, now, conn = ctx.rng, ctx.now, ctx.connection
    count = max(ctx.scale.get("customers", 200), 0)
    names = _names(rng, count)
    with Session(bind=conn) as session:
        codes = reserve_block(session, "CU", ctx.branch_code, now.year, len(names)) if names else []
        session.flush()
    clerks = ctx.users.get("clerk") or [ctx.actor.user_id]
    customers, contacts, index = [], [], []
    for n, ((name, short, city, district, word, group), code) in enumerate(zip(names, codes, strict=True)):
        region, _districts, area = CITIES[city]
        phone = f"{area}-{rng.randint(20000000, 89999999)}"
        rating = rng.choice(RATINGS)
        created = now - timedelta(days=rng.randint(1, 1500))
        data = CustomerInput(
            name=name, short_name=short, customer_type="enterprise" if n % 25 else "distributor",
            industry=group, region=region, grade=rng.choice("AABBBCCD"), phone=phone,
            address=f"{city}市{district}区{rng.choice(('建设', '人民', '中山', '解放', '科技', '创业'))}路{rng.randint(1, 399)}号",
            tax_id=f"91{rng.randint(110000, 659999)}MA{rng.randint(10000000, 99999999):08d}"[:18],
            legal_representative=_person(rng), tags=rng.choice(("", "", "重点客户", "老客户", "新客户", "VIP")),
            business_scope=f"{word}产品的研发、销售;技术咨询与服务。")
        cid = new_id()
        customers.append({
            "id": cid, "code": code, "name": name, "short_name": short, "customer_type": data.customer_type,
            "industry": group, "region": region, "grade": data.grade, "legal_representative": data.legal_representative,
            "business_scope": data.business_scope, "address": data.address, "phone": phone, "tax_id": data.tax_id,
            "bank_name": f"中国{rng.choice(('工商', '建设', '农业'))}银行{city}{district}支行",
            "bank_account": f"{rng.randint(10**18, 10**19 - 1)}", "notes": None, "tags": data.tags or None,
            "organisation": None, "decision_process": None, "plans": None, "owner_id": rng.choice(clerks),
            "credit_rating": rating, "credit_limit": Decimal(LIMITS[rating]), "name_key": name_key(name),
            "phone_key": phone_key(phone), **ctx.stamp(created)})
        people = []
        for k in range(1 if count > 5000 else rng.randint(1, 3)):
            person = ContactInput(_person(rng), rng.choice(TITLES), _mobile(rng), is_primary=k == 0)
            people.append(person)
            contacts.append({"id": new_id(), "customer_id": cid, "name": person.name, "title": person.title,
                             "phone": person.phone, "email": None if k else f"contact{n}@example.cn",
                             "wechat": None, "is_primary": person.is_primary, "notes": None,
                             "phone_key": phone_key(person.phone), **ctx.stamp(created)})
        index.append(customer_index_row(cid, code, data, people))
    for start in range(0, len(customers), 5000):
        conn.execute(insert(Customer), customers[start:start + 5000])
    for start in range(0, len(contacts), 5000):
        conn.execute(insert(Contact), contacts[start:start + 5000])
    bulk_index(conn, index)
    made = {"customers": len(customers), "contacts": len(contacts)}
    made.update(_history(ctx, customers))
    ctx.shared["customer_ids"] = [c["id"] for c in customers]
    return made


def _history(ctx, customers: list[dict]) -> dict[str, int]:
    """Communication log, follow-ups (some due), service cases (some overdue), credit records."""
    rng, now, conn = ctx.rng, ctx.now, ctx.connection
    today = now.date()
    active = customers[: min(len(customers), 2000)]
    logs, cases, notes, payments, ratings = [], [], [], [], []
    for customer in active:
        for _ in range(rng.randint(0, 3)):
            day = today - timedelta(days=rng.randint(0, 120))
            follow = day + timedelta(days=rng.randint(7, 60)) if rng.random() < 0.3 else None
            logs.append({"id": new_id(), "customer_id": customer["id"], "occurred_on": day,
                         "kind": rng.choice(("log", "log", "visit")), "channel": rng.choice(("phone", "visit", "wechat")),
                         "contact_name": None, "summary": rng.choice(LOG_TEXTS), "next_follow_up": follow,
                         "follow_up_done_on": None, **ctx.stamp()})
        for _ in range(rng.randint(0, 2)):
            amount = Decimal(rng.randint(2000, 80000))
            due = today - timedelta(days=rng.randint(-45, 120))
            paid = amount if rng.random() < 0.7 else Decimal(0)
            payments.append({"id": new_id(), "customer_id": customer["id"], "order_number": None, "order_id": None,
                             "amount": amount, "due_on": due, "paid_amount": paid,
                             "paid_on": due - timedelta(days=rng.randint(0, 10)) if paid else None, "notes": None,
                             **ctx.stamp()})
    for customer in rng.sample(active, min(len(active), 12)):
        ratings.append({"id": new_id(), "customer_id": customer["id"], "old_rating": "B",
                        "new_rating": customer["credit_rating"], "old_limit": Decimal(30000),
                        "new_limit": customer["credit_limit"], "reason": "年度信用评估调整", **ctx.stamp()})
    wanted_cases = min(len(active), max(3, len(active) // 40))
    with Session(bind=conn) as session:
        numbers = reserve_block(session, "SC", ctx.branch_code, today.year, wanted_cases) if wanted_cases else []
        session.flush()
    for number, customer in zip(numbers, rng.sample(active, wanted_cases), strict=True):
        kind, subject = rng.choice(CASES)
        received = today - timedelta(days=rng.randint(0, 20))
        resolved = rng.random() < 0.6
        case_id = new_id()
        cases.append({"id": case_id, "number": number, "customer_id": customer["id"], "kind": kind, "subject": subject,
                      "description": None, "received_on": received, "due_on": received + timedelta(days=3),
                      "department": rng.choice(("物流部门", "售后服务部", "财务部门")), "status": "resolved" if resolved
                      else "assigned", "assigned_on": received, "resolved_on": received + timedelta(days=2)
                      if resolved else None, "result": "已处理并回复客户" if resolved else None,
                      "satisfaction": rng.randint(3, 5) if resolved else None, **ctx.stamp()})
        notes.append({"id": new_id(), "case_id": case_id, "noted_at": now, "note": "已转交相关部门处理", **ctx.stamp()})
    for model, rows in ((Communication, logs), (ServiceCase, cases), (CaseNote, notes), (Payment, payments),
                        (RatingChange, ratings)):
        if rows:
            conn.execute(insert(model), rows)
    return {"communications": len(logs), "service_cases": len(cases), "payment_records": len(payments)}
