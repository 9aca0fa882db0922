"""The printed claim form (费用报销单) and the budget usage report, built on `core.pdf`; both come
out of `neiqin print`."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from neiqin.core.db.session import UnitOfWork
from neiqin.core.money import amount_in_capitals, format_money
from neiqin.core.pdf import FONT_NAME, Column, FormDocument, Letterhead
from neiqin.core.pdf.fonts import LATIN_FONT_NAME, draw_text
from neiqin.core.pdf.styles import RULE
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.approval import review_info
from neiqin.modules.reimbursements.budgets import budget_usage
from neiqin.modules.reimbursements.rules import CATEGORY_WORDS
from neiqin.modules.reimbursements.schemas import ClaimView, TransitionView
from neiqin.modules.reimbursements.service import get_claim_by_number, timeline

#: the approval boxes of the form: heading and the step that fills it
STEPS = (("报销人", "submit"), ("部门负责人审批", "approve"), ("内勤初审", "check"), ("财务终审", "final"),
         ("出纳支付", "pay"))
STEP_CODES = frozenset(code for _heading, code in STEPS)


class PasteArea(Flowable):
    """The receipt pasting area (票据粘贴处): a dashed box filling the rest of the page."""

    MIN_HEIGHT = 70 * mm

    def __init__(self, caption: str, hint: str) -> None:
        super().__init__()
        self.caption, self.hint = caption, hint
        self.width = self.height = 0.0

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = max(self.MIN_HEIGHT, avail_height - 2 * mm) if avail_height >= self.MIN_HEIGHT else \
            self.MIN_HEIGHT
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(4, 3)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setFillColor(colors.HexColor("#9a9a9a"))
        draw_text(canvas, self.width / 2, self.height / 2 + 4 * mm, self.caption, 16, "center")
        draw_text(canvas, self.width / 2, self.height / 2 - 4 * mm, self.hint, 8.5, "center")
        canvas.restoreState()


def _steps(steps: list[TransitionView]) -> dict[str, TransitionView]:
    """The latest record of each step since the claim was last submitted."""
    out: dict[str, TransitionView] = {}
    for step in steps:
        if step.action == "submit":
            out = {}
        if step.action in STEP_CODES:
            out[step.action] = step
    return out


def _approval_cells(claim: ClaimView, steps: dict[str, TransitionView]) -> list[list[str]]:
    names, dates, notes = [], [], []
    for _heading, code in STEPS:
        step = steps.get(code)
        if step is None:
            names.append("")
            dates.append("")
            notes.append("")
            continue
        paper = step.extra.get("paper")
        if code == "submit":
            names.append(claim.claimant_name)
        elif paper:
            names.append(f"{paper['by']}（纸质签批）")
        else:
            names.append(step.actor_name)
        if code == "pay" and claim.paid_on:
            dates.append(claim.paid_on.isoformat())
            notes.append(sm.PAY_METHOD_WORDS.get(claim.paid_method, claim.paid_method))
        else:
            dates.append(paper["on"] if paper else step.at.astimezone().date().isoformat())
            if code == "submit":
                notes.append("")
            else:
                notes.append(("超预算，" if step.extra.get("over_budget") else "") + (step.comment or "同意"))
    return [["签字", *names], ["日期", *dates], ["意见", *notes]]


def render_claim(uow: UnitOfWork, claim: ClaimView, out: Path) -> Path:
    letterhead = Letterhead.from_session(uow.session, uow.db.path)
    doc = FormDocument(out, "费用报销单", claim.number, letterhead, qr_text=claim.number,
                       subject=f"{claim.claimant_name} {claim.department}")
    doc.add_key_values([
        ("报销人", claim.claimant_name), ("部门", claim.department),
        ("报销日期", claim.claim_date.isoformat()), ("状态", sm.STATE_WORDS.get(claim.status, claim.status)),
        ("填单人", claim.entered_by_name), ("附单据", f"{claim.receipt_count} 张（电子）"),
    ], columns=2)
    columns = [Column("序号", 0.5, align="center"), Column("日期", 1.0, align="center"), Column("费用类别", 1.0),
               Column("用途／事由", 3.2), Column("发票号码", 1.4), Column("金额（元）", 1.2, numeric=True)]
    rows = []
    for line in claim.lines:
        purpose = line.purpose + (f"（{line.days}天）" if line.days else "")
        if line.return_reason:
            purpose += f"［退回：{line.return_reason}］"
        if line.duplicate_note:
            purpose += "［疑似重复］"
        rows.append([line.line_no, line.expense_date.isoformat(), CATEGORY_WORDS.get(line.category, line.category),
                     purpose, line.invoice_number, f"{line.amount:,.2f}"])
    total = claim.total_amount
    doc.add_table(columns, rows, totals=[
        ["合计（小写）", None, None, None, None, format_money(total)],
        [f"合计（大写）：{amount_in_capitals(total)}", None, None, None, None, None],
    ])
    info = review_info(uow.session, uow.actor, claim.id)
    budget = [f"{CATEGORY_WORDS[b.category]} 预算余额 {format_money(b.remaining)}"
              + ("（超预算）" if b.over else "") for b in info.budget if b.remaining is not None]
    if budget:
        doc.add_paragraph(f"{claim.claim_date.year}年部门预算：" + "；".join(budget), style="small")
    if claim.notes:
        doc.add_paragraph(f"备注：{claim.notes}")
    steps = _steps(timeline(uow.session, uow.actor, claim.id))
    approval = [Column("", 0.6, align="center")] + [Column(heading, 1.0, align="center") for heading, _c in STEPS]
    doc.add_table(approval, _approval_cells(claim, steps))
    doc.add_flowable(PasteArea("票据粘贴处", f"请按明细顺序粘贴票据（共 {len(claim.lines)} 行），不要遮盖票面金额与发票号码"))
    return doc.build()


def print_claim(uow: UnitOfWork, number: str, out: Path) -> Path:
    """`neiqin print reimbursement-claim BX-BJ01-2026-000001 --out x.pdf`."""
    claim = get_claim_by_number(uow.session, uow.actor, number)
    return render_claim(uow, claim, Path(out))


def usage_chart(rows, width: float, height: float = 70 * mm) -> Drawing:
    """Budget and used amount per department and category as grouped bars (yuan)."""
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = FONT_NAME, 8  # never a reference to unembedded Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 20 * mm, 14 * mm, width - 26 * mm, height - 24 * mm
    chart.data = [[float(r.budget) for r in rows] or [0], [float(r.used) for r in rows] or [0]]
    chart.categoryAxis.categoryNames = [f"{r.department}\n{CATEGORY_WORDS.get(r.category, r.category)}"
                                        for r in rows] or [""]
    chart.categoryAxis.labels.fontName = FONT_NAME
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = LATIN_FONT_NAME  # digits: the CJK face has none
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: f"{value:,.0f}"
    chart.bars[0].fillColor = colors.HexColor("#9db4cc")
    chart.bars[1].fillColor = colors.HexColor("#d9822b")
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = FONT_NAME, 8
    legend.x, legend.y = width - 40 * mm, height - 4 * mm
    legend.colorNamePairs = [(colors.HexColor("#9db4cc"), "预算"), (colors.HexColor("#d9822b"), "已使用")]
    drawing.add(legend)
    return drawing


def print_usage(uow: UnitOfWork, year: str, out: Path) -> Path:
    """`neiqin print reimbursement-budget-usage 2026 --out x.pdf`: the budget usage of a year."""
    year_value = int(str(year).strip())
    rows = budget_usage(uow.session, uow.actor, year_value)
    doc = FormDocument(Path(out), "费用预算执行情况表", f"{year_value}", Letterhead.from_session(uow.session, uow.db.path),
                       landscape=True, qr_text=f"budget-usage-{year_value}")
    columns = [Column("部门", 1.4), Column("费用类别", 1.2), Column("预算", 1.3, numeric=True),
               Column("已使用", 1.3, numeric=True), Column("审批中", 1.3, numeric=True),
               Column("剩余", 1.3, numeric=True), Column("使用率", 0.9, numeric=True)]
    table = [[r.department, CATEGORY_WORDS.get(r.category, r.category), f"{r.budget:,.2f}", f"{r.used:,.2f}",
              f"{r.pending:,.2f}", f"{r.remaining:,.2f}", f"{r.percent}%" if r.percent is not None else "无预算"]
             for r in rows]
    zero = Decimal("0")
    budget, used = sum((r.budget for r in rows), zero), sum((r.used for r in rows), zero)
    doc.add_table(columns, table, totals=[["合计", None, f"{budget:,.2f}", f"{used:,.2f}",
                                          f"{sum((r.pending for r in rows), zero):,.2f}", f"{budget - used:,.2f}", ""]])
    if rows:
        doc.add_heading("预算与已使用金额（元）")
        doc.add_flowable(usage_chart(rows, doc.frame_width))
    else:
        doc.add_paragraph("本年度没有费用预算。")
    return doc.build()
