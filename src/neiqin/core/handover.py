"""A leaving clerk's handover (离职交接): everything they look after — their customers, their open
orders, their open action items from meetings, whatever the modules declare as `HANDOVER` parts —
goes to another clerk in one unit of work, every moved record with its own audit entry and one
entry for the handover itself. What a clerk files for themselves (their reimbursement claims) is
theirs and stays.

The composition root collects the parts from the modules; this module knows none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from neiqin.core.audit import log_event
from neiqin.core.auth.models import User
from neiqin.core.contributions import HandoverPart
from neiqin.core.db.bulk import update_synced
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

#: the permission to hand a clerk's work to another
PERMISSION = "handover.run"


@dataclass(frozen=True)
class HandoverLine:
    key: str
    title: str
    count: int


def handover_users(session: Session, leaving: User | None, receiving: User | None) -> tuple[User, User]:
    """The leaving and the receiving user, checked: two different users, the receiver active."""
    if leaving is None or receiving is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such user."))
    if leaving.id == receiving.id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose two different clerks."), field="to_user_id")
    if not receiving.active or receiving.deleted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} is not an active user."), field="to_user_id",
                              name=receiving.display_name)
    return leaving, receiving


def plan(session: Session, actor, parts: Sequence[HandoverPart], from_user_id: str) -> list[HandoverLine]:
    """What `from_user_id` holds now, part by part (what a handover would move)."""
    actor.require(PERMISSION)
    return [HandoverLine(part.key, part.title, int(part.count(session, from_user_id))) for part in parts]


def run(uow, parts: Sequence[HandoverPart], from_user_id: str, to_user_id: str) -> dict[str, int]:
    """Move all of a leaving clerk's work to another clerk; returns how many records each part moved."""
    uow.actor.require(PERMISSION)
    session = uow.session
    leaving, receiving = handover_users(session, session.get(User, from_user_id), session.get(User, to_user_id))
    moved = {part.key: int(part.transfer(uow, leaving.id, receiving)) for part in parts}
    summary = ", ".join(f"{key} {count}" for key, count in moved.items())
    log_event(session, uow.actor, uow.now(), User.__tablename__, leaving.id, "handover",
              changes={"handover": [leaving.id, receiving.id]},
              note=f"{leaving.display_name} → {receiving.display_name}: {summary}")
    session.flush()
    return moved


def _owned(model, owner: str, still_open) -> list:
    where = [getattr(model, owner) == bindparam("user_id"), model.deleted_at.is_(None)]
    return where if still_open is None else [*where, still_open]


def count_owned(session: Session, model, owner: str, user_id: str, still_open=None) -> int:
    """Records of `model` whose `owner` column is `user_id` (and `still_open`, a clause), not deleted."""
    return session.scalar(select(func.count()).select_from(model).where(*_owned(model, owner, still_open)),
                          {"user_id": user_id}) or 0


def reassign(uow, model, owner: str, from_user_id: str, to_user, still_open=None, name: str | None = None) -> int:
    """Give the records `from_user_id` holds to `to_user` (and their display name to the `name`
    column), each with its bookkeeping and audit entry; returns how many moved."""
    ids = list(uow.session.scalars(select(model.id).where(*_owned(model, owner, still_open)),
                                   {"user_id": from_user_id}))
    values = {owner: to_user.id, **({name: to_user.display_name} if name else {})}
    return len(update_synced(uow.session, model, [{"id": i, **values} for i in ids]))


def owned_part(key: str, title: str, model, owner: str, still_open=None, name: str | None = None) -> HandoverPart:
    """A handover part of the records of `model` a user holds through the column `owner`."""
    return HandoverPart(key, title,
                        lambda session, user_id: count_owned(session, model, owner, user_id, still_open),
                        lambda uow, from_user_id, to_user: reassign(uow, model, owner, from_user_id, to_user,
                                                                    still_open, name))


def users(session: Session) -> list[tuple[str, str, bool]]:
    """Users to choose from: (id, name, active), by name."""
    return [(u.id, u.display_name, bool(u.active)) for u in
            session.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.display_name))]
