"""The printed forms of office supplies, on `core.pdf`: the issue slip (领用单) with the recipient's
captured signature or a line to sign on, the purchase plan (采购计划) for ordering, and the count
sheet (盘点表) of a supplies count. All come out of `neiqin print`."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from neiqin.core.db.session import UnitOfWork
from neiqin.core.ledger import counts as kernel
from neiqin.core.ledger.count_sheet import SheetLine, render_count_sheet
from neiqin.core.money import amount_in_capitals, format_money
from neiqin.core.pdf import Column, FormDocument, Letterhead, SignatureBox
from neiqin.core.signatures import signature_path
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.counts import get_count_by_number
from neiqin.modules.supplies.issues import get_issue_by_number
from neiqin.modules.supplies.plans import get_plan_by_number
from neiqin.modules.supplies.schemas import CountView, IssueView, PlanView


def quantity_text(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def _letterhead(uow: UnitOfWork) -> Letterhead:
    return Letterhead.from_session(uow.session, uow.db.path)


def render_issue_slip(uow: UnitOfWork, issue: IssueView, out: Path) -> Path:
    """The issue (or return) slip; the captured signature is drawn on the recipient's line."""
    giving_back = issue.kind == "return"
    title = "办公用品退库单" if giving_back else "办公用品领用单"
    doc = FormDocument(Path(out), title, issue.number, _letterhead(uow), qr_text=issue.number,
                       subject=f"{issue.department} {issue.recipient_name}")
    pairs = [("领用人" if not giving_back else "退库人", issue.recipient_name), ("部门", issue.department),
             ("日期", issue.issued_on.isoformat()), ("状态", rules.STATE_WORDS.get(issue.status, issue.status)),
             ("用途" if not giving_back else "说明", issue.purpose), ("经办人", issue.issuer_name)]
    if issue.over_standard:
        pairs.append(("超标审批", f"{issue.approved_by or '待审批'} {issue.approval_note}".strip()))
    doc.add_key_values(pairs, columns=2)
    columns = [Column("序号", 0.5, align="center"), Column("编码", 1.0), Column("名称", 2.0), Column("规格", 1.6),
               Column("单位", 0.6, align="center"), Column("数量", 0.8, numeric=True),
               Column("单价", 0.9, numeric=True), Column("金额", 1.0, numeric=True)]
    if not giving_back:
        columns.append(Column("标准内剩余", 1.1, numeric=True))
    rows = []
    for line in issue.lines:
        row = [line.line_no, line.code, line.name, line.spec, line.unit, quantity_text(abs(line.quantity)),
               f"{line.unit_cost:,.2f}", f"{abs(line.amount):,.2f}"]
        if not giving_back:
            left = "不限" if line.standard_left is None else quantity_text(line.standard_left)
            row.append(f"{left}（超标）" if line.over_standard else left)
        rows.append(row)
    total = abs(issue.total_amount)
    blank = [None] * (len(columns) - 2)
    doc.add_table(columns, rows, totals=[["合计", *blank, format_money(total)],
                                         [f"合计（大写）：{amount_in_capitals(total)}", *blank, None]])
    doc.add_paragraph("领用人确认已如数领到上列物品。办公用品应合理使用、杜绝浪费；如有损坏或丢失，"
                      "应及时向行政部门说明情况，按规定赔偿。", style="small")
    image = None
    if issue.signature_sha256 and uow.db.path is not None:
        image = signature_path(uow.db.path, issue.signature_sha256)
    signed_on = issue.signed_at.astimezone().date().isoformat() if issue.signed_at else ""
    boxes = [SignatureBox("领用人签字" if not giving_back else "退库人签字", issue.recipient_name,
                          ("签字", "日期"), stamp=False, values=("", signed_on), image=image),
             SignatureBox("发放人", issue.issuer_name, ("签字", "日期"), stamp=False)]
    if issue.over_standard:
        boxes.append(SignatureBox("部门负责人（超标审批）", issue.approved_by, ("签字", "日期"), stamp=False))
    doc.add_signatures(boxes)
    return doc.build()


def print_issue_slip(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print supply-issue-slip LY-BJ01-2026-000001 --out slip.pdf`."""
    return render_issue_slip(uow, get_issue_by_number(uow.session, uow.actor, number), Path(out))


def render_purchase_plan(uow: UnitOfWork, plan: PlanView, out: Path) -> Path:
    letterhead = _letterhead(uow)
    doc = FormDocument(Path(out), "办公用品采购计划", plan.number, letterhead, qr_text=plan.number,
                       subject=plan.title)
    doc.add_key_values([("计划名称", plan.title), ("计划日期", plan.plan_date.isoformat()),
                        ("状态", rules.STATE_WORDS.get(plan.status, plan.status)), ("编制人", plan.prepared_by),
                        ("审批人", plan.approved_by), ("备注", plan.notes)], columns=2)
    columns = [Column("序号", 0.5, align="center"), Column("名称", 1.9), Column("规格", 1.4),
               Column("单位", 0.5, align="center"), Column("现有库存", 0.8, numeric=True),
               Column("月均用量", 0.8, numeric=True), Column("采购数量", 0.8, numeric=True),
               Column("单价", 0.8, numeric=True), Column("金额", 1.0, numeric=True), Column("供应商", 1.5)]
    rows = [[line.line_no, line.name, line.spec, line.unit, quantity_text(line.stock_then),
             quantity_text(line.monthly_usage), quantity_text(line.quantity), f"{line.unit_price:,.2f}",
             f"{line.amount:,.2f}", line.supplier] for line in plan.lines]
    doc.add_table(columns, rows, totals=[
        ["合计", None, None, None, None, None, None, None, format_money(plan.total_amount), None],
        [f"合计（大写）：{amount_in_capitals(plan.total_amount)}", None, None, None, None, None, None, None, None,
         None]])
    doc.add_paragraph("采购数量按“最低库存 + 近三个月月均用量 − 现有库存”建议，经编制人调整。到货后按本计划"
                      "验收规格、数量和质量，合格后办理入库。", style="small")
    doc.add_signatures([SignatureBox("编制人", plan.prepared_by, ("签字", "日期"), stamp=False),
                        SignatureBox("审批人（部门负责人）", plan.approved_by, ("签字", "日期"), stamp=False)])
    return doc.build()


def print_purchase_plan(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print supply-purchase-plan CG-BJ01-2026-000001 --out plan.pdf`."""
    return render_purchase_plan(uow, get_plan_by_number(uow.session, uow.actor, number), Path(out))


def render_count(uow: UnitOfWork, count: CountView, out: Path) -> Path:
    done = count.status in (kernel.SUBMITTED, kernel.APPROVED)
    lines = [SheetLine("办公用品库", line.code, line.name, line.spec, line.unit, line.book_quantity,
                       line.counted_quantity, line.variance, kernel.REASONS.get(line.reason, "") and
                       _reason_word(line.reason)) for line in count.lines]
    details = [("盘点名称", count.title), ("开始时间", count.started_at.astimezone().strftime("%Y-%m-%d %H:%M")),
               ("盘点人", count.counter_name)]
    if done:
        details.append(("账实相符", "是" if count.book_equals_physical else "否（见差异）"))
    return render_count_sheet(Path(out), _letterhead(uow), title="办公用品盘点表", number=count.number,
                              details=details, lines=lines, blind=count.blind and not done, with_results=done,
                              signer_names=(count.counter_name, ""))


REASON_WORDS = {"miscount": "点错", "damage": "损坏", "theft": "丢失", "unrecorded_receipt": "入库未登记",
                "unrecorded_shipment": "领用未登记", "other": "其他"}


def _reason_word(reason: str) -> str:
    return REASON_WORDS.get(reason, reason)


def print_count_sheet(uow: UnitOfWork, number: str, out: Path) -> Path:
    return render_count(uow, get_count_by_number(uow.session, uow.actor, number), Path(out))
