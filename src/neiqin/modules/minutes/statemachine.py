"""The meeting state machine as data: states, the actions between them and the permission each
needs. A meeting is requested (ad hoc) or scheduled, notified, held; its minutes are drafted,
reviewed by the chair and distributed. `apply_transition` is the only way the state changes and
writes one `MeetingTransition` row per step."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.modules.minutes.models import Meeting, MeetingTransition

REQUESTED, REJECTED, SCHEDULED, NOTIFIED = "requested", "rejected", "scheduled", "notified"
DRAFT, IN_REVIEW, REVIEWED, DISTRIBUTED, CANCELLED = "draft", "in_review", "reviewed", "distributed", "cancelled"

STATES: dict[str, str] = {
    REQUESTED: QT_TRANSLATE_NOOP("minutes", "Requested"),
    REJECTED: QT_TRANSLATE_NOOP("minutes", "Request rejected"),
    SCHEDULED: QT_TRANSLATE_NOOP("minutes", "Scheduled"),
    NOTIFIED: QT_TRANSLATE_NOOP("minutes", "Notice sent"),
    DRAFT: QT_TRANSLATE_NOOP("minutes", "Minutes in draft"),
    IN_REVIEW: QT_TRANSLATE_NOOP("minutes", "Awaiting chair review"),
    REVIEWED: QT_TRANSLATE_NOOP("minutes", "Reviewed by chair"),
    DISTRIBUTED: QT_TRANSLATE_NOOP("minutes", "Distributed"),
    CANCELLED: QT_TRANSLATE_NOOP("minutes", "Cancelled"),
}
STATE_TONES: dict[str, str] = {
    REQUESTED: "warning", REJECTED: "danger", SCHEDULED: "neutral", NOTIFIED: "info", DRAFT: "info",
    IN_REVIEW: "warning", REVIEWED: "info", DISTRIBUTED: "success", CANCELLED: "danger",
}
#: printed words (zh_CN; printed forms are in the company's language)
STATE_WORDS = {
    REQUESTED: "待批准", REJECTED: "未批准", SCHEDULED: "已安排", NOTIFIED: "已通知", DRAFT: "纪要起草中",
    IN_REVIEW: "待主持人审核", REVIEWED: "主持人已审核", DISTRIBUTED: "已分发", CANCELLED: "已取消",
}
#: the meeting itself (time, place, people, agenda) may still be changed
PLANNING = frozenset({REQUESTED, SCHEDULED, NOTIFIED})
#: the minutes may be written (attendance, discussion, decisions, action items)
MINUTES_EDITABLE = frozenset({DRAFT})
#: the minutes exist (printable, action items tracked)
HAS_MINUTES = frozenset({DRAFT, IN_REVIEW, REVIEWED, DISTRIBUTED})


@dataclass(frozen=True)
class Action:
    code: str
    title: str
    sources: frozenset[str]
    target: str
    permission: str
    needs_comment: bool = False
    #: only the meeting's chair does it (or someone with minutes.review_any, or a clerk recording
    #: the chair's approval on paper)
    chair: bool = False


ACTIONS: dict[str, Action] = {a.code: a for a in (
    Action("approve", QT_TRANSLATE_NOOP("minutes", "Approve request"), frozenset({REQUESTED}), SCHEDULED,
           "minutes.approve"),
    Action("reject", QT_TRANSLATE_NOOP("minutes", "Reject request"), frozenset({REQUESTED}), REJECTED,
           "minutes.approve", needs_comment=True),
    Action("notify", QT_TRANSLATE_NOOP("minutes", "Send notice"), frozenset({SCHEDULED, NOTIFIED}), NOTIFIED,
           "minutes.schedule"),
    Action("hold", QT_TRANSLATE_NOOP("minutes", "Start minutes"), frozenset({SCHEDULED, NOTIFIED}), DRAFT,
           "minutes.record"),
    Action("submit", QT_TRANSLATE_NOOP("minutes", "Submit to chair"), frozenset({DRAFT}), IN_REVIEW,
           "minutes.record"),
    Action("review", QT_TRANSLATE_NOOP("minutes", "Chair approves minutes"), frozenset({IN_REVIEW}), REVIEWED,
           "minutes.view", chair=True),
    Action("return", QT_TRANSLATE_NOOP("minutes", "Chair returns minutes"), frozenset({IN_REVIEW}), DRAFT,
           "minutes.view", needs_comment=True, chair=True),
    Action("distribute", QT_TRANSLATE_NOOP("minutes", "Distribute minutes"), frozenset({REVIEWED}), DISTRIBUTED,
           "minutes.record"),
    Action("reopen", QT_TRANSLATE_NOOP("minutes", "Reopen minutes"), frozenset({REVIEWED, DISTRIBUTED}), DRAFT,
           "minutes.reopen", needs_comment=True),
    Action("cancel", QT_TRANSLATE_NOOP("minutes", "Cancel meeting"), frozenset({REQUESTED, SCHEDULED, NOTIFIED}),
           CANCELLED, "minutes.schedule", needs_comment=True),
)}

#: titles of the steps that are not actions of the machine (timeline)
OTHER_STEPS = {
    "create": QT_TRANSLATE_NOOP("minutes", "Scheduled"),
    "request": QT_TRANSLATE_NOOP("minutes", "Requested"),
    "revise": QT_TRANSLATE_NOOP("minutes", "Changed after the notice"),
}


def step_title(code: str) -> str:
    action = ACTIONS.get(code)
    return action.title if action else OTHER_STEPS.get(code, code)


def is_chair_allowed(actor: Actor, chair_id: str) -> bool:
    return actor.user_id == chair_id or actor.can("minutes.review_any")


NOT_POSSIBLE = QT_TRANSLATE_NOOP("minutes", "Not possible while the meeting is {state}.")


def why_not(status: str, chair_id: str, action: Action, actor: Actor) -> str | None:
    """None when the action is possible now; otherwise the English reason (context "minutes")."""
    if status not in action.sources:
        return NOT_POSSIBLE
    if action.chair:
        if is_chair_allowed(actor, chair_id) or (action.code == "review" and actor.can("minutes.record")):
            return None
        return QT_TRANSLATE_NOOP("minutes", "Only the chair reviews the minutes.")
    if not actor.can(action.permission):
        return QT_TRANSLATE_NOOP("minutes", "You do not have the right to do this ({permission}).")
    return None


def apply_transition(uow: UnitOfWork, meeting: Meeting, code: str, comment: str = "",
                     extra: dict[str, Any] | None = None) -> MeetingTransition:
    """Check and apply one action; chair actions are checked by the caller (paper approvals)."""
    action = ACTIONS.get(code)
    if action is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown meeting action {action}."), field="action",
                              action=code)
    if not action.chair:
        uow.actor.require(action.permission)
    if meeting.status not in action.sources:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} is {state}: “{action}” is not possible now."),
                       number=meeting.number, state=STATE_WORDS.get(meeting.status, meeting.status),
                       action=action.code)
    comment = (comment or "").strip()
    if action.needs_comment and not comment:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the reason."), field="comment")
    return record_step(uow, meeting, action.code, action.target, comment, extra)


def record_step(uow: UnitOfWork, meeting: Meeting, code: str, target: str, comment: str = "",
                extra: dict[str, Any] | None = None, initial: bool = False) -> MeetingTransition:
    """Write the step and move the meeting to `target`; `initial`: the first step (no from-state)."""
    now = uow.now()
    row = MeetingTransition(
        meeting_id=meeting.id, action=code, from_state=None if initial else meeting.status,
        to_state=target, actor_id=uow.actor.user_id, actor_name=uow.actor.display_name or uow.actor.username,
        at=now, comment=comment or None,
        extra=json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None)
    uow.session.add(row)
    if meeting.status != target:
        meeting.status = target
        meeting.status_changed_at = now
    return row


def load_meeting(session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such meeting."))
    return meeting
