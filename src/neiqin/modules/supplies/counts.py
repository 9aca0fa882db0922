"""The periodic count of office supplies (盘点) on the shared count kernel: book equals physical
(账实相符) when no line has a variance; approval posts the adjustments."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound
from neiqin.core.ledger import counts
from neiqin.modules.supplies.models import SupplyCount, SupplyCountLine, SupplyItem
from neiqin.modules.supplies.schemas import CountLineView, CountView
from neiqin.modules.supplies.service import BOOK, local_today, new_number, text

PREFIX = "PD"
# the kernel's states and reasons, for the slice's UI
COUNTING, SUBMITTED, APPROVED = counts.COUNTING, counts.SUBMITTED, counts.APPROVED
REASONS, STATUS_TITLES = counts.REASONS, counts.STATUS_TITLES


def count_view(session: Session, count: SupplyCount) -> CountView:
    rows = session.execute(select(SupplyCountLine, SupplyItem).join(SupplyItem, SupplyItem.id == SupplyCountLine.item_id)
                           .where(SupplyCountLine.session_id == count.id, SupplyCountLine.deleted_at.is_(None))
                           .order_by(SupplyItem.category, SupplyItem.code))
    lines = tuple(CountLineView(line.id, item.id, item.code, item.name, item.spec or "", item.unit,
                                line.book_quantity + line.moved_before_count, line.counted_quantity, line.variance,
                                line.reason or "", line.note or "") for line, item in rows)
    return CountView(count.id, count.number, count.title, count.status, count.blind, count.started_at,
                     count.counter_name or "", lines)


def load_count(session: Session, count_id: str) -> SupplyCount:
    count = session.get(SupplyCount, count_id)
    if count is None or count.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such count."))
    return count


def get_count(session: Session, actor: Actor, count_id: str) -> CountView:
    actor.require("supplies.view")
    return count_view(session, load_count(session, count_id))


def get_count_by_number(session: Session, actor: Actor, number: str) -> CountView:
    actor.require("supplies.view")
    count = session.scalar(select(SupplyCount).where(SupplyCount.number == (number or "").strip().upper()))
    if count is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No count numbered {number}."), number=number)
    return count_view(session, count)


def list_counts(session: Session, actor: Actor) -> list[CountView]:
    actor.require("supplies.view")
    return [count_view(session, count) for count in session.scalars(
        select(SupplyCount).where(SupplyCount.deleted_at.is_(None)).order_by(SupplyCount.started_at.desc()))]


def start_count(uow: UnitOfWork, title: str, counter_name: str = "", blind: bool = True,
                item_ids: list[str] | None = None) -> CountView:
    """Freeze the book quantity of every active item (or the given ones) and open the count."""
    uow.actor.require("supplies.count")
    open_count = uow.session.scalar(select(SupplyCount.number).where(
        SupplyCount.status.in_((counts.COUNTING, counts.SUBMITTED)), SupplyCount.deleted_at.is_(None)))
    if open_count:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Count {number} is still open; finish it first."),
                       number=open_count)
    if item_ids is None:
        item_ids = list(uow.session.scalars(select(SupplyItem.id).where(SupplyItem.active.is_(True),
                                                                        SupplyItem.deleted_at.is_(None))))
    day = local_today(uow)
    count = SupplyCount(number=new_number(uow, PREFIX, day), title=text(title, "title") or f"{day:%Y年%m月}办公用品盘点",
                        blind=blind, started_at=uow.now(),
                        counter_name=text(counter_name, "counter_name") or uow.actor.display_name)
    counts.start(uow.session, BOOK, count, [(item_id, "") for item_id in item_ids], uow.now())
    return count_view(uow.session, count)


def _line(session: Session, count: SupplyCount, line_id: str) -> SupplyCountLine:
    line = session.get(SupplyCountLine, line_id)
    if line is None or line.session_id != count.id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such count line."))
    return line


def enter_count(uow: UnitOfWork, count_id: str, line_id: str, quantity, reason: str | None = None,
                note: str = "", correct: bool = False) -> CountView:
    uow.actor.require("supplies.count")
    count = load_count(uow.session, count_id)
    line = _line(uow.session, count, line_id)
    counts.enter(uow.session, BOOK, count, line, quantity, uow.actor.user_id, uow.now(), correct=correct)
    if line.variance:
        counts.explain(count, line, reason or line.reason, note or line.note)
    return count_view(uow.session, count)


def submit_count(uow: UnitOfWork, count_id: str) -> CountView:
    uow.actor.require("supplies.count")
    count = load_count(uow.session, count_id)
    counts.submit(uow.session, BOOK, count, uow.actor.user_id, uow.now())
    return count_view(uow.session, count)


def approve_count(uow: UnitOfWork, count_id: str) -> CountView:
    uow.actor.require("supplies.approve_count")
    count = load_count(uow.session, count_id)
    counts.approve(uow.session, BOOK, count, uow.actor.user_id, uow.now())
    return count_view(uow.session, count)


def send_back_count(uow: UnitOfWork, count_id: str) -> CountView:
    uow.actor.require("supplies.approve_count")
    count = load_count(uow.session, count_id)
    counts.send_back(count)
    return count_view(uow.session, count)
