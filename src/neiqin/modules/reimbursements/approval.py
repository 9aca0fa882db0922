"""The approval chain of a claim: who may take which step, the computed checks the reviewers see
(budget, standards, duplicates, receipts), and `transition`, the only way a claim changes state."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.budgets import budget_lines
from neiqin.modules.reimbursements.duplicates import parse_note
from neiqin.modules.reimbursements.models import Claim
from neiqin.modules.reimbursements.rules import CATEGORY_WORDS, check_standard, standards
from neiqin.modules.reimbursements.schemas import ActionState, ClaimView, ReviewInfo
from neiqin.modules.reimbursements.service import (
    check_owner,
    claim_view,
    is_department_head,
    line_receipts,
    live_lines,
    visible_claim,
)

#: the steps at which a claim over budget needs the over-budget right
BUDGET_STEPS = frozenset({"approve", "final"})


def review_info(session: Session, actor: Actor, claim_id: str) -> ReviewInfo:
    claim = visible_claim(actor, session.get(Claim, claim_id))
    return _review_info(session, claim)


def _review_info(session: Session, claim: Claim) -> ReviewInfo:
    lines = live_lines(session, claim.id)
    receipts = line_receipts(session, lines)
    rules = standards(session)
    results = tuple(check_standard(rules[li.category], li.line_no, li.amount, li.days) for li in lines)
    duplicates = tuple(hit for li in lines for hit in parse_note(li.line_no, li.duplicate_note))
    missing = tuple(li.line_no for li in lines if not receipts[li.id])
    return ReviewInfo(claim.id, tuple(budget_lines(session, claim, lines)), results, duplicates, missing)


def why_not(session: Session, actor: Actor, claim: ClaimView, code: str) -> tuple[str, dict] | None:
    """None when `actor` may take step `code` now; otherwise the English reason and its params."""
    action = sm.ACTIONS[code]
    if claim.status not in action.sources:
        return QT_TRANSLATE_NOOP("reimbursements", "Not possible while the claim is {state}."), {}
    permission = sm.permission_for(action, claim.status)
    paper_ok = code == "approve" and actor.can("reimbursements.record_paper")
    if not actor.can(permission) and not paper_ok:
        return (QT_TRANSLATE_NOOP("reimbursements", "You do not have the right to do this ({permission})."),
                {"permission": permission})
    if code in sm.REVIEW_ACTIONS and actor.user_id == claim.claimant_id:
        return QT_TRANSLATE_NOOP("reimbursements", "Nobody reviews their own claim."), {}
    head_step = code == "approve" or (code == "return" and claim.status == sm.SUBMITTED)
    if head_step and actor.can("reimbursements.approve") and not paper_ok \
            and not is_department_head(session, actor, claim.department):
        return (QT_TRANSLATE_NOOP("reimbursements", "Only the head of {department} approves this claim."),
                {"department": claim.department})
    if code in ("submit", "cancel") and actor.user_id not in (claim.claimant_id, claim.entered_by_id) \
            and not actor.can("reimbursements.enter_for_others"):
        return (QT_TRANSLATE_NOOP("reimbursements", "You do not have the right to do this ({permission})."),
                {"permission": "reimbursements.enter_for_others"})
    return None


def available_actions(session: Session, actor: Actor, claim: ClaimView) -> list[ActionState]:
    out = []
    for action in sm.ACTIONS.values():
        reason = why_not(session, actor, claim, action.code)
        text, params = reason if reason else ("", {})
        params = dict(params, state=claim.status)
        out.append(ActionState(action.code, action.title, reason is None, text, params, action.needs_comment))
    return out


def _authorize(uow: UnitOfWork, claim: Claim, action: sm.Action, facts: dict) -> None:
    actor = uow.actor
    permission = sm.permission_for(action, claim.status)
    paper = facts.get("paper")
    if action.code == "approve" and paper is not None and not actor.can(permission):
        actor.require("reimbursements.record_paper")  # the clerk records the head's signed paper
    else:
        actor.require(permission)
    if action.code in sm.REVIEW_ACTIONS and actor.user_id == claim.claimant_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "You cannot review or approve your own claim {number}; "
                                                          "another person must do it."),
                              field="claimant", number=claim.number)
    if paper is not None and paper["by"] == claim.claimant_name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The claimant cannot sign the approval of their own "
                                                          "claim."), field="paper_by")
    head_step = action.code == "approve" or (action.code == "return" and claim.status == sm.SUBMITTED)
    if head_step and paper is None and not is_department_head(uow.session, actor, claim.department):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only the head of {department} approves claim {number}, "
                                                          "or record their approval signed on paper."),
                              field="claimant", department=claim.department, number=claim.number)
    if action.code in ("submit", "cancel"):
        check_owner(uow, claim)


def _check_budget(uow: UnitOfWork, claim: Claim, lines, facts: dict) -> None:
    over = [line for line in budget_lines(uow.session, claim, lines) if line.over]
    claim.over_budget = bool(over)
    if over:
        facts["over_budget"] = {line.category: f"{line.claimed - line.remaining:.2f}" for line in over}
        if not uow.actor.can("reimbursements.over_budget"):
            first = over[0]
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Claim {number} is over the {category} budget of {department} by {over}; "
                                            "someone with the right to approve over budget must approve it."),
                field="budget", number=claim.number, category=CATEGORY_WORDS[first.category],
                department=claim.department, over=f"{first.claimed - first.remaining:,.2f}")


def _check_standards(uow: UnitOfWork, claim: Claim) -> None:
    info = _review_info(uow.session, claim)
    failed = [result for result in info.standards if not result.ok]
    if failed:
        raise ValidationErrors([ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Line {line} is over the company standard; return the claim for correction."),
            field="standards", line=result.line_no) for result in failed])


def transition(uow: UnitOfWork, claim_id: str, action_code: str, **data) -> ClaimView:
    """Move a claim one step along the approval chain (see statemachine.ACTIONS)."""
    action = sm.ACTIONS.get(action_code)
    if action is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown claim action {action}."), field="action",
                              action=action_code)
    claim = sm.load_claim(uow, claim_id)
    sm.check_state(claim, action)
    comment = str(data.get("comment") or "").strip()
    if action.needs_comment and not comment:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason."), field="comment")
    facts = sm.facts_of(action, data)
    _authorize(uow, claim, action, facts)
    lines = live_lines(uow.session, claim.id)
    if action.code == "submit":
        for line in lines:
            line.return_reason = None
        claim.over_budget = any(line.over for line in budget_lines(uow.session, claim, lines))
    elif action.code in BUDGET_STEPS:
        _check_budget(uow, claim, lines, facts)
    elif action.code == "check":
        _check_standards(uow, claim)
    elif action.code == "return":
        by_no = {str(line.line_no): line for line in lines}
        unknown = [no for no in facts.get("lines", {}) if no not in by_no]
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Claim {number} has no line {line}."), field="lines",
                                  number=claim.number, line=unknown[0])
        for no, reason in facts.get("lines", {}).items():
            by_no[no].return_reason = reason
    elif action.code == "pay":
        claim.paid_on = date.fromisoformat(facts["paid_on"])
        claim.paid_method = facts["method"]
    previous = claim.status
    claim.status = action.target
    claim.status_changed_at = uow.now()
    claim.status_changed_by = uow.actor.user_id
    sm.record(uow, claim, action.code, previous, comment, facts)
    uow.session.flush()
    return claim_view(uow.session, claim)
