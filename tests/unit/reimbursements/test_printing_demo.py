"""The claim form and the budget usage report read back from the PDF; `neiqin print` and
`neiqin export`; the demo claims follow the state machine."""

from __future__ import annotations

import random
import subprocess
from collections import Counter
from decimal import Decimal

from sqlalchemy import select

from neiqin.__main__ import main
from neiqin.core.auth.actor import system_actor
from neiqin.core.db.types import utcnow
from neiqin.core.demo import DemoContext
from neiqin.core.money import amount_in_capitals
from neiqin.modules.reimbursements import approval, service
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.contributions import demo_data
from neiqin.modules.reimbursements.models import Budget, Claim, ClaimLine, ClaimTransition
from neiqin.modules.reimbursements.printing import print_claim
from tests.unit.reimbursements.conftest import SALES, claim_input, line, set_budget, today


def _text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _paid_claim(db, people, clerk, finance):
    with db.unit_of_work(clerk) as uow:
        claim = service.create_claim(uow, claim_input(
            line("travel", "1,234.50", "赴上海拜访浦东客户", days=3, invoice="3100224130"),
            line("entertainment", "568.00", "招待客户午餐", invoice="3100224131"),
            claimant_id=people.sales.user_id))
        approval.transition(uow, claim.id, "submit")
    with db.unit_of_work(people.head) as uow:
        approval.transition(uow, claim.id, "approve", comment="情况属实")
    with db.unit_of_work(clerk) as uow:
        approval.transition(uow, claim.id, "check", checklist={k: True for k in sm.CHECKLIST})
    with db.unit_of_work(finance) as uow:
        approval.transition(uow, claim.id, "final")
        approval.transition(uow, claim.id, "pay", paid_on=today().isoformat(), method="cash")
    return claim


def test_the_claim_form_has_lines_capitals_approvals_and_paste_area(db, people, clerk, finance, admin, tmp_path):
    set_budget(db, admin, "travel", "20000")
    claim = _paid_claim(db, people, clerk, finance)
    with db.unit_of_work(clerk) as uow:
        path = print_claim(uow, claim.number, tmp_path / "claim.pdf")
    flat = _text(path).replace(" ", "")
    assert "费用报销单" in flat and claim.number in flat and "北京海淀示范贸易有限公司" in flat
    assert "刘洋" in flat and SALES in flat and "王芳" in flat  # claimant, department, entered by
    assert "差旅费" in flat and "赴上海拜访浦东客户（3天）" in flat and "3100224131" in flat
    total = Decimal("1234.50") + Decimal("568.00")
    assert "¥1,802.50" in flat and amount_in_capitals(total) == "壹仟捌佰零贰元伍角整"
    assert amount_in_capitals(total) in flat
    for heading in ("部门负责人审批", "内勤初审", "财务终审", "出纳支付", "票据粘贴处"):
        assert heading in flat
    assert "张经理" in flat and "情况属实" in flat and "赵会计" in flat and "现金" in flat
    assert today().isoformat() in flat
    assert "差旅费预算余额¥20,000.00" in flat  # the claim itself is not counted against its remaining
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert "DroidSansFallback" in fonts.replace(" ", "") or "Droid" in fonts


def test_print_and_export_from_the_command_line(db_path, db, people, clerk, finance, admin, tmp_path, capsys):
    set_budget(db, admin, "travel", "20000")
    claim = _paid_claim(db, people, clerk, finance)
    db.dispose()
    out = tmp_path / "x.pdf"
    assert main(["print", "reimbursement-claim", claim.number, "--out", str(out), "--db", str(db_path)]) == 0
    assert out.read_bytes()[:4] == b"%PDF"
    usage = tmp_path / "usage.pdf"
    assert main(["print", "reimbursement-budget-usage", str(today().year), "--out", str(usage),
                 "--db", str(db_path)]) == 0
    flat = _text(usage).replace(" ", "")
    assert "费用预算执行情况表" in flat and "20,000.00" in flat and "1,234.50" in flat and "6.2%" in flat
    assert main(["export", "reimbursements", "--out", str(tmp_path / "c.xlsx"), "--filter", "status=paid",
                 "--db", str(db_path)]) == 0
    assert "1 rows" in capsys.readouterr().out


def test_demo_claims_follow_the_state_machine(db, admin, people, clerk):
    actor = system_actor(admin.branch_id, frozenset({"*"}))
    with db.connect() as connection:
        made = demo_data(DemoContext(connection=connection, actor=actor, branch_id=admin.branch_id,
                                     branch_code="BJ01", rng=random.Random(3), now=utcnow(), scale={}))
    assert made["expense_claims"] == 40 and made["expense_budgets"] == 24
    with db.read() as session:
        statuses = Counter(session.scalars(select(Claim.status)))
        assert set(statuses) == set(sm.STATES)
        claims = {c.id: c for c in session.scalars(select(Claim))}
        for claim in claims.values():
            lines = session.scalars(select(ClaimLine).where(ClaimLine.claim_id == claim.id)).all()
            assert claim.total_amount == sum(li.amount for li in lines) and claim.line_count == len(lines)
        steps = session.execute(select(ClaimTransition.claim_id, ClaimTransition.action, ClaimTransition.from_state,
                                       ClaimTransition.to_state, ClaimTransition.actor_id)
                                .order_by(ClaimTransition.claim_id, ClaimTransition.at)).all()
        budget_departments = set(session.scalars(select(Budget.department)))
    state: dict[str, str] = {}
    for claim_id, action, source, target, actor_id in steps:
        if action == "create":
            state[claim_id] = target
            continue
        assert state[claim_id] == source and source in sm.ACTIONS[action].sources
        if action in sm.REVIEW_ACTIONS:
            assert actor_id != claims[claim_id].claimant_id
        state[claim_id] = target
    assert all(state[cid] == claim.status for cid, claim in claims.items())
    assert budget_departments == {SALES, "财务部"}
    assert any(c.over_budget for c in claims.values()) and any(c.has_duplicates for c in claims.values())
    with db.unit_of_work(clerk) as uow:
        fresh = service.create_claim(uow, claim_input(department="行政部"))
    assert fresh.number.endswith("-000041")
