"""Money stays exact: totals, budget remaining and the amount in capitals agree for random amounts."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neiqin.core.money import amount_in_capitals
from neiqin.modules.reimbursements import approval, budgets, service
from neiqin.modules.reimbursements.schemas import ClaimInput, LineInput
from tests.unit.reimbursements.conftest import SALES, today

FEN = st.integers(min_value=1, max_value=99_999_999)  # 0.01 … 999,999.99 yuan


def _capitals_value(text: str) -> int:
    """Read an amount in capitals back to fen (independent of the printing code)."""
    digits = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
    units = {"拾": 10, "佰": 100, "仟": 1000}
    total, section, number = 0, 0, 0
    yuan_part, _, rest = text.partition("元") if "元" in text else ("", "", text)
    for char in yuan_part:
        if char in digits:
            number = digits[char]
        elif char in units:
            section += number * units[char]
            number = 0
        elif char == "万":
            total += (section + number) * 10_000
            section = number = 0
    total = (total + section + number) * 100
    jiao = rest.partition("角")
    if jiao[1]:
        total += digits[jiao[0][-1]] * 10
        rest = jiao[2]
    fen = rest.partition("分")
    if fen[1]:
        total += digits[fen[0][-1]]
    return total


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amounts=st.lists(FEN, min_size=1, max_size=6), budget_fen=st.integers(min_value=0, max_value=10**9))
def test_totals_remaining_and_capitals_are_exact(db, admin, people, amounts, budget_fen):
    lines = tuple(LineInput(today() - timedelta(days=1 + n), "office", f"办公用品{n}", str(Decimal(fen) / 100),
                            f"INV{fen}{n}") for n, fen in enumerate(amounts))
    with db.unit_of_work(admin) as uow:
        budget = budgets.propose_budget(uow, SALES, "office", today().year, Decimal(budget_fen) / 100)
        budgets.approve_budget(uow, budget.id)
    with db.unit_of_work(people.sales) as uow:
        claim = service.create_claim(uow, ClaimInput(lines), confirm_duplicates=True)
    with db.read() as session:
        info = approval.review_info(session, admin, claim.id)
    expected = sum(amounts)
    assert claim.total_amount == Decimal(expected) / 100
    assert _capitals_value(amount_in_capitals(claim.total_amount)) == expected
    (line,) = info.budget
    assert line.claimed == claim.total_amount and line.remaining == Decimal(budget_fen) / 100 - line.used
    assert line.used == 0  # every earlier example's claim was withdrawn
    assert line.over == (expected > budget_fen)
    with db.unit_of_work(people.sales) as uow:
        approval.transition(uow, claim.id, "cancel", comment="测试")
