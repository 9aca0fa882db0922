"""The states of count sessions and handling plans as data: each action, where it may start, where
it leads, the permission it needs and whether it needs a comment. Every step writes one
`InventoryTransition` row (who, when, from, to, comment)."""

from __future__ import annotations

from dataclasses import dataclass

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from neiqin.core.ledger.counts import APPROVED, CANCELLED, COUNTING, SUBMITTED
from neiqin.modules.inventory.models import InventoryTransition

PLANNED, DONE = "planned", "done"


@dataclass(frozen=True)
class Action:
    code: str
    title: str
    sources: frozenset[str]
    target: str
    permission: str
    needs_comment: bool = False


COUNT_ACTIONS: dict[str, Action] = {a.code: a for a in (
    Action("start", QT_TRANSLATE_NOOP("inventory", "Start count"), frozenset({""}), COUNTING, "inventory.count"),
    Action("submit", QT_TRANSLATE_NOOP("inventory", "Submit for approval"), frozenset({COUNTING}), SUBMITTED,
           "inventory.count"),
    Action("send_back", QT_TRANSLATE_NOOP("inventory", "Send back for recount"), frozenset({SUBMITTED}), COUNTING,
           "inventory.approve_count", needs_comment=True),
    Action("approve", QT_TRANSLATE_NOOP("inventory", "Approve count"), frozenset({SUBMITTED}), APPROVED,
           "inventory.approve_count"),
    Action("cancel", QT_TRANSLATE_NOOP("inventory", "Cancel count"), frozenset({COUNTING, SUBMITTED}), CANCELLED,
           "inventory.count", needs_comment=True),
)}

HANDLING_ACTIONS: dict[str, Action] = {a.code: a for a in (
    Action("plan", QT_TRANSLATE_NOOP("inventory", "Plan handling"), frozenset({""}), PLANNED, "inventory.handle"),
    Action("done", QT_TRANSLATE_NOOP("inventory", "Mark handled"), frozenset({PLANNED}), DONE, "inventory.handle",
           needs_comment=True),
    Action("cancel", QT_TRANSLATE_NOOP("inventory", "Cancel plan"), frozenset({PLANNED}), CANCELLED,
           "inventory.handle", needs_comment=True),
)}


def check(uow: UnitOfWork, actions: dict[str, Action], code: str, state: str, number: str,
          comment: str = "") -> Action:
    """The action if the actor may take it from `state` now; refuses otherwise (nothing changed)."""
    action = actions[code]
    uow.actor.require(action.permission)
    if state not in action.sources:
        if state in (APPROVED, CANCELLED, DONE):
            raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is closed ({status}); it cannot be changed."),
                           number=number, status=state)
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is {status}: “{action}” is not possible now."),
                       number=number, status=state, action=code)
    if action.needs_comment and not (comment or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason."), field="comment")
    return action


def record(uow: UnitOfWork, record_type: str, record_id: str, action: Action, from_state: str | None,
           comment: str = "") -> None:
    uow.session.add(InventoryTransition(
        record_type=record_type, record_id=record_id, action=action.code, from_state=from_state or None,
        to_state=action.target, actor_id=uow.actor.user_id,
        actor_name=uow.actor.display_name or uow.actor.username, at=uow.now(),
        comment=(comment or "").strip() or None))
