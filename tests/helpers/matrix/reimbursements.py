"""Expense claims in the world: a colleague of 销售部 (whose head is the reviewer) has a claim in
every state of the approval chain; an approved and a proposed budget. Every claims action: each
step of the chain, a return from each review step, the clerk recording the head's paper approval."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from neiqin.core.errors import PermissionDenied, ValidationError
from neiqin.modules.reimbursements import approval, budgets, service
from neiqin.modules.reimbursements.schemas import ClaimInput, LineInput, Standard
from tests.helpers.matrix.table import act, scan_file

SALES = "销售部"
CHAIN = ("submit", "approve", "check", "final")
STATES = {"draft": 0, "submitted": 1, "approved": 2, "checked": 3, "final": 4}
CHECKLIST = {"checklist": {"receipts_present": True, "receipts_real": True, "receipts_legal": True,
                           "complete": True}}
PAID = {"paid_on": date.today().isoformat(), "method": "transfer"}


def claim_input(amount: str, ago: int, **kw) -> ClaimInput:
    line = LineInput(date.today() - timedelta(days=ago), "transport", "拜访客户出租车费", amount, f"FP{ago:04d}{amount}")
    return ClaimInput((line,), department=SALES, **kw)


def build(db, p, w) -> None:
    year = date.today().year
    with db.unit_of_work(p.admin) as uow:
        budget = budgets.propose_budget(uow, SALES, "transport", year, Decimal("10000"))
        budgets.approve_budget(uow, budget.id)
        proposed = budgets.propose_budget(uow, SALES, "office", year, Decimal("3000"), "新增办公设备")
        small = budgets.propose_budget(uow, SALES, "communication", year, Decimal("100"))
        budgets.approve_budget(uow, small.id)
    claims = {}
    with db.unit_of_work(p.staff) as uow:
        for index, (state, steps) in enumerate(STATES.items()):
            claims[state] = service.create_claim(uow, claim_input(f"{86 + index}.50", index + 1))
            if steps:
                approval.transition(uow, claims[state].id, "submit")
        for state, amount in (("over_submitted", "250.00"), ("over_checked", "240.00")):
            line = LineInput(date.today() - timedelta(days=2), "communication", "客户通话费", amount, f"TX{amount}")
            claims[state] = service.create_claim(uow, ClaimInput((line,), department=SALES))
            approval.transition(uow, claims[state].id, "submit")
        receipt = service.attach_receipt(uow, claims["draft"].id, 1, scan_file(db.path.parent))
    with db.unit_of_work(p.admin) as uow:
        for state, steps in (*STATES.items(), ("over_checked", 3)):
            for step in CHAIN[1:steps]:
                approval.transition(uow, claims[state].id, step, **(CHECKLIST if step == "check" else {}))
    w.claims = {state: claim.id for state, claim in claims.items()}
    w.claim_number, w.receipt_id, w.receipt_sha256 = claims["draft"].number, receipt.id, receipt.sha256
    w.budget_proposed_id = proposed.id


def _step(code: str, state: str, permissions, label: str = "", refusal=(PermissionDenied,), **facts):
    """One step; over the budget, a reviewer without the right is refused with a ValidationError
    naming the budget (the approval itself is theirs to give)."""
    def run(f, c):
        return f(c.uow, c.w.claims[state], code, **facts)
    return act(f"reimbursements.approval.transition:{label or code}", permissions, run, refusal=refusal)


PAPER = {"by": "李经理", "on": date.today().isoformat(), "sha256": "ab" * 32}
ACTIONS = [
    act("reimbursements.service.create_claim", "reimbursements.create", lambda f, c: f(c.uow, claim_input("45.00", 3))),
    act("reimbursements.service.create_claim:for a colleague", ("reimbursements.create",
                                                                "reimbursements.enter_for_others"),
        lambda f, c: f(c.uow, claim_input("45.00", 9, claimant_id=c.w.staff_id))),
    act("reimbursements.service.update_claim", ("reimbursements.create", "reimbursements.enter_for_others"),
        lambda f, c: f(c.uow, c.w.claims["draft"], claim_input("88.00", 1, claimant_id=c.w.staff_id))),
    act("reimbursements.service.attach_receipt", ("reimbursements.create", "reimbursements.enter_for_others"),
        lambda f, c: f(c.uow, c.w.claims["draft"], 1, scan_file(c.inputs))),
    act("reimbursements.service.attach_receipt:at the first review",
        ("reimbursements.create", "reimbursements.check|reimbursements.enter_for_others"),
        lambda f, c: f(c.uow, c.w.claims["approved"], 1, scan_file(c.inputs))),
    act("reimbursements.service.remove_receipt", ("reimbursements.create", "reimbursements.enter_for_others"),
        lambda f, c: f(c.uow, c.w.claims["draft"], c.w.receipt_id)),
    act("reimbursements.service.store_scan", "reimbursements.approve|reimbursements.record_paper",
        lambda f, c: f(c.uow, c.w.claims["submitted"], scan_file(c.inputs))),
    act("reimbursements.service.get_claim", ("reimbursements.view", "reimbursements.view_all"),
        lambda f, c: f(c.session, c.actor, c.w.claims["draft"])),
    act("reimbursements.service.get_claim_by_number", ("reimbursements.view", "reimbursements.view_all"),
        lambda f, c: f(c.session, c.actor, c.w.claim_number)),
    act("reimbursements.service.timeline", ("reimbursements.view", "reimbursements.view_all"),
        lambda f, c: f(c.session, c.actor, c.w.claims["final"])),
    act("reimbursements.service.receipt_path", ("reimbursements.view", "reimbursements.view_all"),
        lambda f, c: f(c.session, c.actor, c.uow.db.path, c.w.claims["draft"], c.w.receipt_sha256)),
    act("reimbursements.service.people", "reimbursements.view", lambda f, c: f(c.session, c.actor)),
    act("reimbursements.service.get_standards", "reimbursements.view", lambda f, c: f(c.session, c.actor)),
    act("reimbursements.service.set_standards", "reimbursements.standards", lambda f, c: f(c.uow, {
        "transport": Standard("transport", None, Decimal("300.00"))})),
    act("reimbursements.approval.review_info", ("reimbursements.view", "reimbursements.view_all"),
        lambda f, c: f(c.session, c.actor, c.w.claims["submitted"])),
    _step("submit", "draft", ("reimbursements.create", "reimbursements.enter_for_others")),
    _step("cancel", "draft", ("reimbursements.create", "reimbursements.enter_for_others"), comment="重复报销"),
    _step("approve", "submitted", "reimbursements.approve"),
    _step("approve", "submitted", "reimbursements.approve|reimbursements.record_paper", "approve signed on paper",
          paper=PAPER),
    _step("approve", "over_submitted", ("reimbursements.approve", "reimbursements.over_budget"),
          "approve over the budget", refusal=(PermissionDenied, ValidationError)),
    _step("return", "submitted", "reimbursements.approve", "return at the head's approval", comment="补充事由"),
    _step("check", "approved", "reimbursements.check", **CHECKLIST),
    _step("return", "approved", "reimbursements.check", "return at the first review", comment="发票不合规"),
    _step("final", "checked", "reimbursements.final"),
    _step("final", "over_checked", ("reimbursements.final", "reimbursements.over_budget"),
          "final review over the budget", refusal=(PermissionDenied, ValidationError)),
    _step("return", "checked", "reimbursements.final", "return at the final review", comment="金额有误"),
    _step("pay", "final", "reimbursements.pay", **PAID),
    _step("return", "final", "reimbursements.pay", "return before payment", comment="账号有误"),
    act("reimbursements.budgets.list_budgets", "reimbursements.view",
        lambda f, c: f(c.session, c.actor, date.today().year)),
    act("reimbursements.budgets.budget_usage", "reimbursements.view",
        lambda f, c: f(c.session, c.actor, date.today().year)),
    act("reimbursements.budgets.propose_budget", "reimbursements.budget.edit",
        lambda f, c: f(c.uow, SALES, "travel", date.today().year, Decimal("8000"))),
    act("reimbursements.budgets.approve_budget", "reimbursements.budget.approve",
        lambda f, c: f(c.uow, c.w.budget_proposed_id)),
    act("reimbursements.listing.export_claims", "reimbursements.export",
        lambda f, c: f(c.uow, c.file("claims.xlsx"), {})),
    act("reimbursements.listing.export_budget_usage", "reimbursements.export",
        lambda f, c: f(c.uow, c.file("budgets.xlsx"), {})),
    act("reimbursements.printing.print_claim", ("reimbursements.view", "reimbursements.view_all"),
        lambda f, c: f(c.uow, c.w.claim_number, c.file("claim.pdf"))),
    act("reimbursements.printing.render_claim", ("reimbursements.view", "reimbursements.view_all"),
        lambda f, c: f(c.uow, service.get_claim(c.session, c.admin, c.w.claims["final"]), c.file("claim.pdf"))),
    act("reimbursements.dashboard.search", "reimbursements.view",
        lambda f, c: f(c.session, c.actor, c.w.claim_number, 10), empty_is_refusal=True),
    act("reimbursements.printing.print_usage", "reimbursements.view",
        lambda f, c: f(c.uow, str(date.today().year), c.file("usage.pdf"))),
]
