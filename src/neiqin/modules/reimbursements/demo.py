"""Demo expense claims: the demo users' claims in every state with their approval steps, and
approved budgets for the departments. Core inserts, like every demo slice."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from neiqin.core.auth.models import User
from neiqin.core.demo import DemoContext
from neiqin.core.ids import new_id
from neiqin.core.numbering import reserve_block
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.models import Budget, Claim, ClaimLine, ClaimTransition
from neiqin.modules.reimbursements.rules import CATEGORIES

CLAIMS = 40
#: yearly budgets (yuan) of a sales department; other departments get a third of it
SALES_BUDGET = {"travel": 120000, "entertainment": 30000, "communication": 12000, "office": 20000,
                "transport": 15000, "other": 5000}
LINES = {  # category: (purposes, lowest, highest yuan)
    "travel": (("赴上海拜访浦东精密机械（高铁、住宿）", "赴广州参加华南五金展", "赴苏州工业园区客户现场验收",
                "赴天津港协调到货", "赴杭州洽谈年度框架协议"), 260, 480),
    "entertainment": (("招待上海浦东精密机械采购部晚餐", "客户来访工作午餐", "年度重点客户答谢茶叙",
                       "招待广州天河电子技术人员"), 260, 1800),
    "communication": (("本月手机话费", "客户专线话费", "移动网卡流量费"), 98, 298),
    "office": (("购买A4打印纸、墨盒", "合同装订及文件夹", "客户资料档案盒"), 80, 760),
    "transport": (("拜访客户出租车费", "市内地铁及公交", "送样品打车费"), 26, 180),
    "other": (("寄送合同快递费", "投标文件复印装订费"), 18, 120),
}
#: the status of each demo claim, oldest first
STATUSES = ([sm.PAID] * 13 + [sm.CANCELLED] + [sm.FINAL] * 3 + [sm.PAID] * 2 + [sm.CHECKED] * 3
            + [sm.RETURNED] * 3 + [sm.APPROVED] * 4 + [sm.SUBMITTED] * 6 + [sm.CANCELLED] + [sm.DRAFT] * 4)
PATHS = {sm.DRAFT: [], sm.SUBMITTED: ["submit"], sm.APPROVED: ["submit", "approve"],
         sm.CHECKED: ["submit", "approve", "check"], sm.FINAL: ["submit", "approve", "check", "final"],
         sm.PAID: ["submit", "approve", "check", "final", "pay"], sm.RETURNED: ["submit", "approve", "return"],
         sm.CANCELLED: ["cancel"]}
RETURN_REASONS = ("第1行发票抬头不是本公司，请更换发票", "招待费缺少客户名单，请补充", "差旅天数与出差审批单不符")
CHECKLIST = {key: True for key in sm.CHECKLIST}


def _users(ctx: DemoContext) -> list[User]:
    rows = ctx.connection.execute(select(User.id, User.display_name, User.role_code, User.department)
                                  .where(User.deleted_at.is_(None)))
    return [User(id=r.id, display_name=r.display_name, role_code=r.role_code, department=r.department)
            for r in rows]


def demo_data(ctx: DemoContext) -> dict[str, int]:
    users = _users(ctx)
    claimants = [u for u in users if u.department]
    if not claimants:
        return {"expense_claims": 0}
    writer = _Writer(ctx, users)
    writer.budgets(sorted({u.department for u in claimants}))
    count = min(CLAIMS, len(STATUSES))
    today = ctx.now.astimezone().date()
    days = sorted((ctx.rng.randint(0, 110) for _ in range(count)), reverse=True)
    numbers = reserve_block_by_year(ctx, [today - timedelta(days=d) for d in days])
    for index, (ago, number) in enumerate(zip(days, numbers, strict=True)):
        claimant = claimants[index % len(claimants)]
        writer.claim(number, today - timedelta(days=ago), claimant, STATUSES[index])
    writer.duplicate(today, claimants[0])
    return writer.flush()


def reserve_block_by_year(ctx: DemoContext, dates: list[date]) -> list[str]:
    session = Session(bind=ctx.connection)
    numbers: list[str] = []
    for year in sorted({d.year for d in dates}):
        numbers += reserve_block(session, "BX", ctx.branch_code, year, sum(1 for d in dates if d.year == year))
    session.flush()
    session.close()
    return numbers


class _Writer:
    def __init__(self, ctx: DemoContext, users: list[User]) -> None:
        self.ctx, self.rng = ctx, ctx.rng
        self.users = users
        self.by_role: dict[str, list[User]] = {}
        for user in users:
            self.by_role.setdefault(user.role_code, []).append(user)
        self.rows: dict[str, list[dict]] = {"claim": [], "line": [], "step": [], "budget": []}
        self.budget_of: dict[tuple[str, str, int], Decimal] = {}
        self.used: dict[tuple[str, str, int], Decimal] = {}
        self.now = ctx.now
        self.last_line: dict | None = None

    def _pick(self, role: str, not_id: str, department: str | None = None) -> User:
        candidates = [u for u in self.by_role.get(role, []) if u.id != not_id
                      and (department is None or u.department == department)]
        return self.rng.choice(candidates) if candidates else self.by_role["admin"][0]

    def budgets(self, departments: list[str]) -> None:
        year = self.now.astimezone().year
        admin = self.by_role["admin"][0]
        for department in departments:
            share = 1 if "销售" in department else 3
            for category, amount in SALES_BUDGET.items():
                for y in (year - 1, year):
                    value = Decimal(amount // share // 1000 * 1000)
                    self.budget_of[(department, category, y)] = value
                    proposed = value * Decimal("1.2") if (y == year and category == "office"
                                                          and share == 1) else None
                    self.rows["budget"].append({
                        "id": new_id(), **self.ctx.stamp(), "department": department, "category": category,
                        "year": y, "amount": value, "approved": True, "approved_by": admin.display_name,
                        "approved_at": self.now, "proposed_amount": proposed,
                        "proposed_by": "赵敏" if proposed else None,
                        "note": "年度费用预算（经总经理办公会批准）" if proposed is None else "拓展新区域，申请追加办公费"})

    def _lines(self, claim_id: str, claim_date: date, created: datetime, big: bool) -> list[dict]:
        out = []
        categories = list(CATEGORIES)[:-1] if not big else ["entertainment"]
        for line_no in range(1, (1 if big else self.rng.randint(1, 4)) + 1):
            category = self.rng.choice(categories)
            purposes, low, high = LINES[category]
            days = self.rng.randint(1, 4) if category == "travel" else None
            amount = Decimal(self.rng.randint(low, high)) * (days or 1) + Decimal(self.rng.randint(0, 99)) / 100
            if big:
                amount = Decimal("36800.00")
            when = claim_date - timedelta(days=self.rng.randint(0, 12))
            out.append({"id": new_id(), **self.ctx.stamp(created), "claim_id": claim_id, "line_no": line_no,
                        "expense_date": when, "category": category,
                        "purpose": "季度重点客户答谢宴（30人）" if big else self.rng.choice(purposes),
                        "amount": amount, "invoice_number": f"{self.rng.randint(10**7, 10**8 - 1)}",
                        "days": days, "duplicate_note": None, "return_reason": None})
        return out

    def claim(self, number: str, claim_date: date, claimant: User, status: str) -> None:
        claim_id = new_id()
        created = datetime.combine(claim_date, datetime.min.time(), UTC) + timedelta(hours=1 + self.rng.randint(0, 8))
        created = min(created, self.now - timedelta(hours=2))
        clerks = [u for u in self.by_role.get("clerk", []) if u.id != claimant.id]
        entered_by = self.rng.choice(clerks) if claimant.role_code != "clerk" and clerks and \
            self.rng.random() < 0.5 else claimant
        big = status == sm.SUBMITTED and not any(c["over_budget"] for c in self.rows["claim"])
        lines = self._lines(claim_id, claim_date, created, big)
        total = sum((line["amount"] for line in lines), Decimal("0"))
        steps = [self._step(claim_id, "create", None, sm.DRAFT, entered_by, created)]
        state, at, over = sm.DRAFT, created, False
        for action in PATHS[status]:
            at = min(at + timedelta(hours=self.rng.randint(2, 40)), self.now - timedelta(minutes=5))
            target = sm.ACTIONS[action].target
            who, comment, extra = self._who(action, claimant, entered_by, lines, at)
            if action in ("submit", "approve"):
                over = over or self._over(claimant.department, claim_date.year, lines, count=action == "approve")
            steps.append(self._step(claim_id, action, state, target, who, at, comment, extra))
            state = target
        self.rows["step"] += steps
        self.rows["line"] += lines
        self.rows["claim"].append({
            "id": claim_id, **self.ctx.stamp(created), "number": number, "status": state,
            "claimant_id": claimant.id, "claimant_name": claimant.display_name, "department": claimant.department,
            "entered_by_id": entered_by.id, "entered_by_name": entered_by.display_name, "claim_date": claim_date,
            "notes": None, "line_count": len(lines), "total_amount": total, "has_duplicates": False,
            "over_budget": over, "status_changed_at": at, "status_changed_by": steps[-1]["actor_id"],
            "paid_on": at.astimezone().date() if state == sm.PAID else None,
            "paid_method": self.rng.choice(("transfer", "transfer", "cash")) if state == sm.PAID else None})
        self.last_line = lines[0]

    def _over(self, department: str, year: int, lines: list[dict], count: bool) -> bool:
        over = False
        for line in lines:
            key = (department, line["category"], year)
            used = self.used.get(key, Decimal("0")) + line["amount"]
            over = over or used > self.budget_of.get(key, used)
            if count:
                self.used[key] = used
        return over

    def _who(self, action: str, claimant: User, entered_by: User, lines: list[dict], at: datetime):
        if action in ("submit", "cancel"):
            return entered_by, ("计划有变，撤销报销" if action == "cancel" else None), None
        if action == "approve":
            return self._pick("reviewer", claimant.id, claimant.department), "情况属实，同意报销", None
        if action == "check":
            return self._pick("clerk", claimant.id), "票据齐全，金额符合标准", {"checklist": CHECKLIST}
        if action == "final":
            return self._pick("finance", claimant.id), None, None
        if action == "pay":
            return self._pick("finance", claimant.id), None, {"method": "transfer",
                                                              "paid_on": at.astimezone().date().isoformat()}
        reason = self.rng.choice(RETURN_REASONS)
        lines[0]["return_reason"] = reason
        return self._pick("clerk", claimant.id), reason, {"lines": {"1": reason}}

    def _step(self, claim_id: str, action: str, source: str | None, target: str, who: User, at: datetime,
              comment: str | None = None, extra: dict | None = None) -> dict:
        return {"id": new_id(), **self.ctx.stamp(at), "claim_id": claim_id, "action": action, "from_state": source,
                "to_state": target, "actor_id": who.id, "actor_name": who.display_name, "at": at,
                "comment": comment, "extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None}

    def duplicate(self, today: date, claimant: User) -> None:
        """The newest draft repeats an invoice number of an earlier claim: flagged for reviewers."""
        drafts = [c for c in self.rows["claim"] if c["status"] == sm.DRAFT]
        earlier = [c for c in self.rows["claim"] if c["status"] == sm.PAID]
        if not drafts or not earlier:
            return
        draft, paid = drafts[-1], earlier[0]
        line = next(li for li in self.rows["line"] if li["claim_id"] == draft["id"])
        other = next(li for li in self.rows["line"] if li["claim_id"] == paid["id"])
        line["invoice_number"] = other["invoice_number"]
        line["duplicate_note"] = f"invoice|{paid['number']}|{other['line_no']}|{paid['claimant_name']}"
        draft["has_duplicates"] = True

    def flush(self) -> dict[str, int]:
        run = self.ctx.connection.execute
        for table, key in ((Budget, "budget"), (Claim, "claim"), (ClaimLine, "line"), (ClaimTransition, "step")):
            if self.rows[key]:
                run(insert(table.__table__), self.rows[key])
        return {"expense_claims": len(self.rows["claim"]), "expense_claim_lines": len(self.rows["line"]),
                "expense_budgets": len(self.rows["budget"])}
