"""Demo orders: every status with realistic transitions, written with executemany in batches.

A million orders make about ten million rows (orders, lines, transitions, events), so rows are
built as plain tuples in the stored representation (dates as ISO text, money in fen, quantities
in thousandths, the same values the column types write) and sent with one executemany per table
and batch; times are kept as minutes and formatted from small lookup tables. The sales summary's
triggers are set aside while the rows go in and the summary is computed once at the end.
"""

from __future__ import annotations

import json
import os
import time as clock
from collections.abc import Mapping
from datetime import UTC, date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import neiqin.modules.customers.service as customers
from neiqin.core.auth.models import User
from neiqin.core.db.types import QTY_SCALE
from neiqin.core.demo import DemoContext
from neiqin.core.money import to_fen
from neiqin.core.numbering import reserve_block
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import OrderEvent, OrderLine, OrderTransition, SalesOrder
from neiqin.modules.orders.sales_summary import rebuild_sales_summary, triggers_suspended
from neiqin.modules.orders.service import DEFAULT_MAJOR_AMOUNT, shipped_lines

BATCH = 20_000
REINDEX_FROM = 50_000
TABLES = (SalesOrder.__table__, OrderLine.__table__, OrderTransition.__table__, OrderEvent.__table__)
HISTORY_DAYS = 730
PLACES = ("客户厂区一号仓库", "客户总部收发室", "项目现场", "客户指定物流园区", "客户华东分仓")
TERMS = ("月结30天", "货到付款", "预付30%，余款月结", "款到发货", "月结60天")
CONTACTS = ("张经理", "李工", "王主任", "刘女士", "陈先生")
CARRIERS = ("顺丰速运", "德邦物流", "中通快运", "京东物流", "安能物流")
PROGRESS = ("原材料已到货", "已排产", "生产完成50%", "生产完成，待质检", "质检合格，待发货")
EXCEPTIONS = (("material_shortage", "钢材到货延迟三天"), ("equipment_failure", "冲压设备故障停机一天"),
              ("transport_delay", "高速封路，运输延误"))
REASONS = {"return": "单价与报价不一致，请核对", "reject": "客户信用额度不足", "cancel": "客户取消采购计划"}
_FULL = ["submit", "approve", "confirm", "dispatch", "start", "ship", "deliver", "close"]
#: the actions from "recorded" to each status
PATHS = {
    sm.RECORDED: [], sm.SUBMITTED: _FULL[:1], sm.RETURNED: ["submit", "return"], sm.APPROVED: _FULL[:2],
    sm.REJECTED: ["submit", "reject"], sm.CONFIRMED: _FULL[:3], sm.DISPATCHED: _FULL[:4], sm.IN_PROGRESS: _FULL[:5],
    sm.SHIPPED: _FULL[:6], sm.DELIVERED: _FULL[:7], sm.CLOSED: _FULL,
}
_STAMP = ("branch_id", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "server_version", "hlc")
ORDER_COLUMNS = ("id", *_STAMP, "number", "revision", "status", "customer_id", "customer_name", "contact", "phone",
                 "order_date", "delivery_date", "delivery_place", "payment_terms", "prepayment_percent", "notes",
                 "salesperson_id", "salesperson_name", "line_count", "total_amount", "is_major", "reconfirm_pending",
                 "status_changed_at", "delivered_on")
LINE_COLUMNS = ("id", *_STAMP, "order_id", "line_no", "product_id", "product_code", "product_name", "spec", "unit",
                "quantity", "unit_price", "discount_bp", "amount")
STEP_COLUMNS = ("id", *_STAMP, "order_id", "action", "from_state", "to_state", "actor_id", "actor_name", "at",
                "comment", "extra")
EVENT_COLUMNS = ("id", *_STAMP, "order_id", "kind", "occurred_at", "department", "description", "progress_percent",
                 "category", "cause", "customer_notified_at", "notified_how", "solution", "resolved_at")


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class IdBlock:
    """UUIDv7 ids in bulk: the current millisecond and a random start, counted up (the same
    layout as core.ids.new_id, about ten times faster)."""

    def __init__(self) -> None:
        self._value = 0
        self._left = 0

    def __call__(self) -> str:
        if self._left == 0:
            ms = clock.time_ns() // 1_000_000
            rand = int.from_bytes(os.urandom(10), "big") >> 7  # 73 bits: room to count up
            self._value = (ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62) | (rand & ((1 << 61) - 1))
            self._left = 1 << 20
        self._value += 1
        self._left -= 1
        h = f"{self._value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _status_for(age: int, roll: float) -> str:
    """Old orders are mostly finished, recent ones are still on their way."""
    if age > 60:
        table = ((0.80, sm.CLOSED), (0.88, sm.DELIVERED), (0.93, sm.CANCELLED), (0.96, sm.REJECTED))
        default = sm.SHIPPED
    elif age > 20:
        table = ((0.30, sm.DELIVERED), (0.50, sm.SHIPPED), (0.75, sm.IN_PROGRESS), (0.85, sm.DISPATCHED),
                 (0.90, sm.CANCELLED), (0.95, sm.CLOSED))
        default = sm.CONFIRMED
    else:
        table = ((0.08, sm.INQUIRY), (0.22, sm.RECORDED), (0.40, sm.SUBMITTED), (0.48, sm.RETURNED),
                 (0.60, sm.APPROVED), (0.75, sm.CONFIRMED), (0.85, sm.DISPATCHED), (0.95, sm.IN_PROGRESS),
                 (0.97, sm.REJECTED))
        default = sm.CANCELLED
    return next((status for limit, status in table if roll < limit), default)


def _path_to(status: str, roll: float, pick) -> list[str]:
    if status == sm.INQUIRY:
        return []
    if status == sm.CANCELLED:
        return PATHS[pick((sm.RECORDED, sm.SUBMITTED, sm.APPROVED, sm.CONFIRMED, sm.DISPATCHED))] + ["cancel"]
    path = list(PATHS[status])
    if path[:2] == ["submit", "approve"] and roll < 0.1:
        path = ["submit", "return", *path]  # returned once, corrected and submitted again
    return path


def _product_rows(products: Any) -> list[tuple]:
    out = []
    for item in products or ():
        get = item.get if isinstance(item, Mapping) else (lambda key, default=None, item=item: getattr(item, key,
                                                                                                      default))
        price = Decimal(str(get("list_price") or get("price") or "100"))
        if get("id") and get("code") and get("name"):
            out.append((get("id"), get("code"), get("name"), get("spec") or None, get("unit") or "件", price))
    return out


def _customer_names(session: Session, ctx: DemoContext, ids: list[str]) -> dict[str, str]:
    given = ctx.shared.get("customer_names")
    if isinstance(given, Mapping):
        return {i: given[i] for i in ids if i in given}
    return {i: customers.get_customer_ref(session, i).name for i in ids}


def demo_data(ctx: DemoContext) -> dict[str, int]:
    count = int(ctx.scale.get("orders", 0))
    customer_ids = list(ctx.shared.get("customer_ids") or ())
    products = _product_rows(ctx.shared.get("products"))
    if count <= 0 or not customer_ids or not products:
        # nothing to order without customers and products (the customers/products demo hands them over)
        return {"orders": 0}
    session = Session(bind=ctx.connection)
    names = _customer_names(session, ctx, customer_ids)
    clerks = ctx.users.get("clerk") or [ctx.actor.user_id]
    reviewers = ctx.users.get("reviewer") or ctx.users.get("admin") or [ctx.actor.user_id]
    people = {u.id: u.display_name for u in session.scalars(select(User).where(User.id.in_(clerks + reviewers)))}
    writer = _Writer(ctx, [(i, names[i]) for i in customer_ids if i in names], products, clerks, reviewers, people)
    days = sorted(int(ctx.rng.random() ** 1.6 * HISTORY_DAYS) for _ in range(count))[::-1]  # oldest first
    dates = [writer.today - timedelta(days=d) for d in days]
    numbers: list[str] = []
    for year in sorted({d.year for d in dates}):
        numbers += reserve_block(session, "SO", ctx.branch_code, year, sum(1 for d in dates if d.year == year))
    session.flush()
    session.close()
    ctx.connection.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MB while the index entries go in
    # Filling a B-tree in random key order costs far more than sorting once: for a big demo the
    # secondary indexes are dropped and built again afterwards (same transaction, same names).
    indexes = [index for table in TABLES for index in table.indexes] if count >= REINDEX_FROM else []
    try:
        for index in indexes:
            index.drop(ctx.connection)
        with triggers_suspended(ctx.connection):  # the sales summary is computed once, after
            for start in range(0, count, BATCH):
                writer.batch(days[start:start + BATCH], numbers[start:start + BATCH])
        for index in indexes:
            index.create(ctx.connection)
        rebuild_sales_summary(ctx.connection)
    finally:
        ctx.connection.exec_driver_sql("PRAGMA cache_size=-32000")
    # the stock demo turns the shipped lines into shipment movements (slices share through ctx)
    ctx.shared["shipped_lines"] = lambda: shipped_lines(Session(bind=ctx.connection))
    return {"orders": count, "order_lines": writer.lines, "order_transitions": writer.transitions,
            "order_events": writer.events}


def _fast(rng):
    """`pick(seq)` and `between(a, b)` (b excluded) from one uniform draw: random.choice and
    randrange cost several times more, and a million orders make tens of millions of draws."""
    draw = rng.random

    def pick(seq):
        return seq[int(draw() * len(seq))]

    def between(low, high):
        return low + int(draw() * (high - low))

    return pick, between


class _Writer:
    """Builds and writes one batch of orders at a time. Times are minutes after `self.base`."""

    def __init__(self, ctx: DemoContext, customers_: list[tuple[str, str]], products: list[tuple], clerks, reviewers,
                 people) -> None:
        self.ctx, self.rng, self.customers, self.products = ctx, ctx.rng, customers_, products
        self.pick, self.between = _fast(ctx.rng)
        self.clerks, self.reviewers, self.people = clerks, reviewers, people
        now = ctx.now.astimezone(UTC)
        self.today = ctx.now.astimezone().date()
        self.base = now.date() - timedelta(days=HISTORY_DAYS + 2)
        self.day_text = [(self.base + timedelta(days=d)).isoformat() for d in range(HISTORY_DAYS + 120)]
        self.minute_text = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(1440)]
        self.now_minutes = ((now.date() - self.base).days * 1440 + now.hour * 60 + now.minute)
        self.new_id = IdBlock()
        self.lines = self.transitions = self.events = 0
        self.branch, self.system = ctx.branch_id, ctx.actor.user_id
        self.sql = {name: _insert(table, columns) for name, table, columns in (
            ("order", "sales_order", ORDER_COLUMNS), ("line", "sales_order_line", LINE_COLUMNS),
            ("step", "sales_order_transition", STEP_COLUMNS), ("event", "sales_order_event", EVENT_COLUMNS))}
        self.facts = {
            "dispatch": json.dumps({"departments": {"production": "按订单排产", "logistics": "按交货日期送达"}},
                                   ensure_ascii=False, sort_keys=True),
        }

    def when(self, minutes: int) -> str:
        return self.day_text[minutes // 1440] + self.minute_text[minutes % 1440]

    def day(self, when: date) -> str:
        return self.day_text[(when - self.base).days]

    def stamp(self, at: str) -> tuple:
        return (self.branch, at, self.system, at, self.system, None, None, None)

    def batch(self, days_ago: list[int], numbers: list[str]) -> None:
        orders, lines, steps, events = [], [], [], []
        for ago, number in zip(days_ago, numbers, strict=True):
            self._order(ago, number, orders, lines, steps, events)
        run = self.ctx.connection.exec_driver_sql
        run(self.sql["order"], orders)
        run(self.sql["line"], lines)
        run(self.sql["step"], steps)
        if events:
            run(self.sql["event"], events)
        self.lines += len(lines)
        self.transitions += len(steps)
        self.events += len(events)

    def _lines(self, order_id: str, count: int, created: str, lines: list) -> int:
        rng, total = self.rng, 0
        for line_no in range(1, count + 1):
            product_id, code, name, spec, unit, price = self.pick(self.products)
            quantity = self.between(1, 200)
            price_fen = to_fen(price) * self.between(90, 111) // 100
            discount_bp = 500 if rng.random() < 0.15 else 0
            amount = (quantity * price_fen * (10000 - discount_bp) + 5000) // 10000
            total += amount
            lines.append((self.new_id(), *self.stamp(created), order_id, line_no, product_id, code, name, spec, unit,
                          quantity * QTY_SCALE, price_fen, discount_bp, amount))
        return total

    def _order(self, ago: int, number: str, orders: list, lines: list, steps: list, events: list) -> None:
        rng = self.rng
        order_date = self.today - timedelta(days=ago)
        status = _status_for(ago, rng.random())
        clerk, reviewer = self.pick(self.clerks), self.pick(self.reviewers)
        day = (order_date - self.base).days
        minutes = min(day * 1440 + 60 + self.between(0, 540), self.now_minutes)
        created = self.when(minutes)
        order_id = self.new_id()
        customer_id, customer_name = self.pick(self.customers)
        delivery = order_date + timedelta(days=self.between(7, 46))
        count = 0 if status == sm.INQUIRY and rng.random() < 0.5 else 1 + int(rng.random() ** 2.5 * 6)
        total = self._lines(order_id, count, created, lines)
        state = sm.INQUIRY if status == sm.INQUIRY else sm.RECORDED
        clerk_name = self.people.get(clerk, "System")
        steps.append((self.new_id(), *self.stamp(created), order_id, "create", None, state, clerk, clerk_name,
                      created, None, None))
        delivered_on = None
        at = created
        for action in _path_to(status, rng.random(), self.pick):
            minutes = min(minutes + self.between(60, 1800), self.now_minutes)
            extra = self._extra(action, minutes, delivery)
            if action == "deliver":
                delivered = min(delivery + timedelta(days=self.pick((-3, -1, 0, 0, 0, 0, 1, 2, 5))), self.today)
                minutes = min(max(minutes, (delivered - self.base).days * 1440 + 480), self.now_minutes)
                delivered_on = self.day(delivered)
                extra = json.dumps({"delivered_on": delivered_on})
            at = self.when(minutes)
            target = sm.ACTIONS[action].target
            who = reviewer if action in ("approve", "return", "reject") else clerk
            steps.append((self.new_id(), *self.stamp(at), order_id, action, state, target, who,
                          self.people.get(who, "System"), at, REASONS.get(action), extra))
            state = target
        if state in (sm.DISPATCHED, sm.IN_PROGRESS, sm.SHIPPED) and rng.random() < 0.6:
            self._events(order_id, at, created, events)
        orders.append((order_id, self.branch, created, self.system, at, self.system, None, None, None,
                       number, 0, state, customer_id, customer_name, self.pick(CONTACTS),
                       f"13{self.between(100000000, 999999999)}", self.day(order_date), self.day(delivery),
                       self.pick(PLACES), self.pick(TERMS), self.pick((0, 0, 10, 30, 50)), None, clerk, clerk_name,
                       count, total, int(total >= self.major_fen), 0, at, delivered_on))

    major_fen = to_fen(DEFAULT_MAJOR_AMOUNT)

    def _extra(self, action: str, minutes: int, delivery: date) -> str | None:
        if action == "confirm":
            return json.dumps({"channel": self.pick(("phone", "email", "fax")), "confirmed_by": "客户采购",
                               "confirmed_on": self.day_text[minutes // 1440]}, ensure_ascii=False, sort_keys=True)
        if action == "ship":
            return json.dumps({"carrier": self.pick(CARRIERS), "eta": self.day(delivery - timedelta(days=1)),
                               "tracking_number": f"SF{self.between(10**11, 10**12)}"}, ensure_ascii=False,
                              sort_keys=True)
        return self.facts.get(action)

    def _events(self, order_id: str, at: str, created: str, events: list) -> None:
        rng = self.rng
        events.append((self.new_id(), *self.stamp(created), order_id, "progress", at, "production",
                       self.pick(PROGRESS), self.pick((30, 50, 80)), None, None, None, None, None, None))
        if rng.random() < 0.05:
            category, cause = self.pick(EXCEPTIONS)
            events.append((self.new_id(), *self.stamp(created), order_id, "exception", at, "production", cause, None,
                           category, cause, None, None, None, None))
