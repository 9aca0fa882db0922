"""The printed forms of orders: the order confirmation (订单确认书) and the periodic order-status
report for one customer. Both are built on `core.pdf` and come out of `neiqin print`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

import neiqin.modules.customers.service as customers
from neiqin.core.db.session import UnitOfWork
from neiqin.core.money import amount_in_capitals, format_money
from neiqin.core.pdf import Column, FormDocument, Letterhead, SignatureBox
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import OrderEvent, SalesOrder
from neiqin.modules.orders.schemas import OrderView
from neiqin.modules.orders.service import get_order_by_number, local_today

STATE_WORDS = sm.STATE_WORDS
TERMS = (
    "1. 本确认书经供需双方签字盖章后生效，传真件、扫描件与原件具有同等效力。",
    "2. 需方应在收到本确认书后三个工作日内签字盖章回传，逾期未回传视为确认。",
    "3. 质量标准按国家标准或双方约定的技术要求执行；需方应在收货后七日内验收，有异议书面提出。",
    "4. 如需变更数量、规格、交货日期或地点，须提交书面变更申请，经供方确认后方可执行。",
)


def quantity_text(value: Decimal) -> str:
    """Quantities without trailing zeros: 12, 2.5, 0.125."""
    text = format(value.normalize(), "f")
    return text


def _letterhead(uow: UnitOfWork) -> Letterhead:
    return Letterhead.from_session(uow.session, uow.db.path)


def render_confirmation(uow: UnitOfWork, order: OrderView, out: Path) -> Path:
    customer = customers.get_customer_ref(uow.session, order.customer_id)
    letterhead = _letterhead(uow)
    doc = FormDocument(out, "订单确认书", order.display_number, letterhead, qr_text=order.number,
                       subject=order.customer_name)
    doc.add_key_values([
        ("需方（客户）", order.customer_name), ("订单编号", order.display_number),
        ("客户地址", customer.address), ("订单日期", order.order_date.isoformat()),
        ("联系人", order.contact), ("联系电话", order.phone),
        ("交货日期", order.delivery_date.isoformat() if order.delivery_date else ""),
        ("交货地点", order.delivery_place),
        ("付款方式", order.payment_terms), ("预付比例", f"{order.prepayment_percent}%"),
        ("业务员", order.salesperson_name), ("供方", letterhead.company_name),
    ], columns=2)
    columns = [Column("序号", 0.55, align="center"), Column("产品编码", 1.2), Column("产品名称", 2.6),
               Column("规格", 1.6), Column("单位", 0.6, align="center"), Column("数量", 0.9, numeric=True),
               Column("单价", 1.1, numeric=True), Column("折扣", 0.7, numeric=True), Column("金额", 1.3, numeric=True)]
    rows = [[line.line_no, line.product_code, line.product_name, line.spec, line.unit, quantity_text(line.quantity),
             f"{line.unit_price:,.2f}", f"{line.discount_percent.normalize():f}%" if line.discount_percent else "",
             f"{line.amount:,.2f}"] for line in order.lines]
    total = order.total_amount
    totals = [
        ["合计（小写）", None, None, None, None, None, None, None, format_money(total)],
        [f"合计（大写）：{amount_in_capitals(total)}", None, None, None, None, None, None, None, None],
    ]
    doc.add_table(columns, rows, totals=totals)
    if order.prepayment_percent:
        prepayment = (total * order.prepayment_percent / 100).quantize(Decimal("0.01"))
        doc.add_paragraph(f"预付款：{format_money(prepayment)}（{amount_in_capitals(prepayment)}），"
                          f"于签订后支付；余款按付款方式结算。")
    if order.notes:
        doc.add_paragraph(f"备注：{order.notes}")
    doc.add_heading("条款")
    for term in TERMS:
        doc.add_paragraph(term, style="small")
    doc.add_signatures([
        SignatureBox("供方（盖章）", letterhead.company_name, ("授权代表签字", "日期")),
        SignatureBox("需方（盖章）", order.customer_name, ("授权代表签字", "日期")),
    ])
    return doc.build()


def print_confirmation(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print order-confirmation SO-BJ01-2026-000001 --out x.pdf`."""
    order = get_order_by_number(uow.session, uow.actor, number)
    return render_confirmation(uow, order, Path(out))


def _progress(uow: UnitOfWork, order_ids: list[str]) -> dict[str, OrderEvent]:
    latest: dict[str, OrderEvent] = {}
    if not order_ids:
        return latest
    events = uow.session.scalars(select(OrderEvent).where(OrderEvent.order_id.in_(order_ids),
                                                          OrderEvent.deleted_at.is_(None))
                                 .order_by(OrderEvent.occurred_at))
    for event in events:
        latest[event.order_id] = event
    return latest


def print_customer_status(uow: UnitOfWork, customer_code: str, out: Path) -> Path:
    """The order-status report of one customer (`neiqin print customer-order-status CODE`): every
    open order with its state, delivery date and latest progress."""
    uow.actor.require("orders.view")
    customer = customers.get_customer_by_code(uow.session, customer_code)
    today = local_today(uow)
    orders = list(uow.session.scalars(
        select(SalesOrder).where(SalesOrder.customer_id == customer.id, SalesOrder.status.in_(sm.OPEN_STATES),
                                 SalesOrder.deleted_at.is_(None)).order_by(SalesOrder.order_date, SalesOrder.number)))
    latest = _progress(uow, [o.id for o in orders])
    doc = FormDocument(Path(out), "订单状态报告", f"{customer.code}-{today.isoformat()}", _letterhead(uow),
                       landscape=True, qr_text=customer.code)
    doc.add_key_values([("客户", customer.name), ("报告日期", today.isoformat()),
                        ("未完成订单", f"{len(orders)} 笔"),
                        ("金额合计", format_money(sum((o.total_amount for o in orders), Decimal("0"))))], columns=2)
    columns = [Column("订单编号", 1.9), Column("订单日期", 1.1, align="center"), Column("交货日期", 1.1, align="center"),
               Column("状态", 1.0, align="center"), Column("金额", 1.3, numeric=True), Column("进度", 0.7, numeric=True),
               Column("最近进展", 4.0)]
    rows = []
    for order in orders:
        event = latest.get(order.id)
        late = order.delivery_date is not None and order.delivery_date < today
        rows.append([
            f"{order.number}-R{order.revision}" if order.revision else order.number, order.order_date.isoformat(),
            (order.delivery_date.isoformat() + ("（已逾期）" if late else "")) if order.delivery_date else "",
            STATE_WORDS.get(order.status, order.status), f"{order.total_amount:,.2f}",
            f"{event.progress_percent}%" if event is not None and event.progress_percent is not None else "",
            (event.description if event is not None else ""),
        ])
    doc.add_table(columns, rows)
    if not orders:
        doc.add_paragraph("目前没有未完成的订单。")
    doc.add_paragraph(f"如有疑问请联系我司内勤。报告日期 {date.isoformat(today)}。", style="small")
    return doc.build()
