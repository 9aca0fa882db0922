"""Count plans and count sessions (盘点): start (book frozen), enter counts fast by product code,
explain variances, submit, approve (adjustments posted, sheet archived), send back, cancel."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

import neiqin.modules.products.service as products
from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from neiqin.core.ledger import counts
from neiqin.core.ledger.counts import COUNTING
from neiqin.core.numbering import next_number
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.modules.inventory import count_lines
from neiqin.modules.inventory import statemachine as sm
from neiqin.modules.inventory.ledger import BOOK
from neiqin.modules.inventory.models import (
    CountPlan,
    InventoryTransition,
    StockBalance,
    StockCount,
    StockCountLine,
)
from neiqin.modules.inventory.schemas import (
    FREQUENCIES,
    SCOPES,
    CountLineView,
    CountStart,
    CountView,
    PlanInput,
    PlanView,
    TransitionView,
)

PREFIX = "PD"


def _text(value) -> str:
    return "" if value is None else str(value).strip()


# --- plans ----------------------------------------------------------------------------------------


def plan_view(plan: CountPlan) -> PlanView:
    return PlanView(plan.id, plan.name, plan.frequency, plan.scope_kind, plan.scope_value or "", bool(plan.blind),
                    plan.next_due, bool(plan.active), plan.note or "")


def _clean_plan(data: PlanInput, today: date) -> PlanInput:
    name = _text(data.name)
    if not name or len(name) > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the plan a name (at most 100 characters)."),
                              field="name")
    if data.frequency not in FREQUENCIES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose weekly or monthly."), field="frequency")
    if data.scope_kind not in SCOPES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose what to count: all, a category or a location."),
                              field="scope_kind")
    value = _text(data.scope_value) if data.scope_kind != "all" else ""
    if data.scope_kind != "all" and not value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the category or location to count."),
                              field="scope_value")
    return PlanInput(name, data.frequency, data.scope_kind, value, bool(data.blind), data.next_due or today,
                     bool(data.active), _text(data.note))


def create_plan(uow: UnitOfWork, data: PlanInput) -> PlanView:
    uow.actor.require("inventory.count")
    data = _clean_plan(data, uow.now().astimezone().date())
    plan = CountPlan(name=data.name, frequency=data.frequency, scope_kind=data.scope_kind,
                     scope_value=data.scope_value or None, blind=data.blind, next_due=data.next_due,
                     active=data.active, note=data.note or None)
    uow.session.add(plan)
    uow.session.flush()
    return plan_view(plan)


def update_plan(uow: UnitOfWork, plan_id: str, data: PlanInput) -> PlanView:
    uow.actor.require("inventory.count")
    plan = _plan(uow.session, plan_id)
    data = _clean_plan(data, plan.next_due)
    plan.name, plan.frequency, plan.scope_kind = data.name, data.frequency, data.scope_kind
    plan.scope_value, plan.blind, plan.next_due = data.scope_value or None, data.blind, data.next_due
    plan.active, plan.note = data.active, data.note or None
    uow.session.flush()
    return plan_view(plan)


def _plan(session: Session, plan_id: str) -> CountPlan:
    plan = session.get(CountPlan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such count plan."))
    return plan


def plans(session: Session, actor: Actor) -> list[PlanView]:
    actor.require("inventory.view")
    return [plan_view(p) for p in session.scalars(select(CountPlan).where(CountPlan.deleted_at.is_(None))
                                                  .order_by(CountPlan.next_due, CountPlan.name))]


def due_plans(session: Session, today: date) -> list[PlanView]:
    rows = session.scalars(select(CountPlan).where(CountPlan.deleted_at.is_(None), CountPlan.active.is_(True),
                                                   CountPlan.next_due <= today).order_by(CountPlan.next_due))
    return [plan_view(p) for p in rows]


def next_due_after(frequency: str, due: date, today: date) -> date:
    """The next date of a plan after a count started `today` (never in the past)."""
    step = (lambda d: d + timedelta(days=7)) if frequency == "weekly" else _next_month
    due = step(due)
    while due <= today:
        due = step(due)
    return due


def _next_month(day: date) -> date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- sessions -------------------------------------------------------------------------------------


def _targets(session: Session, scope_kind: str, scope_value: str, product_ids: tuple[str, ...]) -> list[tuple]:
    """(product, location) pairs to count: where the book has stock, and each product's own place."""
    catalogue = products.catalogue_table()
    query = select(catalogue.c.id, catalogue.c.location).where(catalogue.c.deleted_at.is_(None))
    if product_ids:
        chosen = session.execute(query.where(catalogue.c.id.in_(set(product_ids)))).all()
        found = {pid for pid, _location in chosen}
        if any(pid not in found for pid in product_ids):
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The product no longer exists."))
    else:
        query = query.where(catalogue.c.active.is_(True))
        if scope_kind == "category":
            query = query.where(catalogue.c.category == scope_value)
        chosen = session.execute(query).all()
    ids = {pid for pid, _location in chosen}
    table = StockBalance.__table__
    pairs: dict[tuple[str, str], None] = {}
    stocked = session.execute(select(table.c.item_id, table.c.location).where(table.c.quantity != 0))
    placed = {(pid, location or "") for pid, location in chosen}
    for item, location in stocked:
        if item in ids:
            placed.add((item, location))
    for item, location in sorted(placed, key=lambda pair: (pair[1], pair[0])):
        if scope_kind == "location" and location != scope_value:
            continue
        pairs[(item, location)] = None
    return list(pairs)


def start_count(uow: UnitOfWork, data: CountStart) -> CountView:
    """Freeze the book of the chosen products and open the count (the blank sheet is printed next)."""
    uow.actor.require("inventory.count")
    scope_kind, scope_value, blind, title = data.scope_kind, _text(data.scope_value), data.blind, _text(data.title)
    plan = _plan(uow.session, data.plan_id) if data.plan_id else None
    if plan is not None:
        scope_kind, scope_value, blind = plan.scope_kind, plan.scope_value or "", plan.blind
        title = title or plan.name
    if scope_kind not in SCOPES or (scope_kind != "all" and not scope_value and not data.product_ids):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the category or location to count."),
                              field="scope_value")
    branch = get_setting(uow.session, BRANCH_CODE)
    if not branch:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The branch code is not set up."), field="branch_code")
    targets = _targets(uow.session, scope_kind, scope_value, tuple(data.product_ids))
    now = uow.now()
    scope = "" if scope_kind == "all" or data.product_ids else f"{scope_kind}:{scope_value}"
    count = StockCount(number=next_number(uow.session, PREFIX, branch, now.astimezone().year),
                       title=title[:200] or "库存盘点", scope=scope or None, blind=bool(blind), started_at=now,
                       counter_name=_text(data.counter_name) or uow.actor.display_name or uow.actor.username,
                       plan_id=plan.id if plan else None)
    counts.start(uow.session, BOOK, count, targets, now)
    sm.record(uow, "count", count.id, sm.COUNT_ACTIONS["start"], None)
    if plan is not None:
        today = now.astimezone().date()
        plan.next_due = next_due_after(plan.frequency, plan.next_due, today)
    uow.session.flush()
    return count_view(uow.session, count)


def _count(session: Session, count_id: str) -> StockCount:
    count = session.get(StockCount, count_id)
    if count is None or count.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such count."))
    return count


def _line_for(session: Session, count: StockCount, code_or_id: str, location: str | None) -> StockCountLine:
    """The line of a product given by its code (a scanner types it) or id."""
    text = _text(code_or_id)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter or scan a product code."), field="code")
    line_model = StockCountLine
    query = select(line_model).where(line_model.session_id == count.id, line_model.deleted_at.is_(None))
    lines = list(session.scalars(query.where(line_model.item_id == text)))
    if not lines:
        try:
            product = products.get_product_by_code(session, text)
        except NotFound:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "No product with code {code}."), field="code",
                                  code=text) from None
        lines = list(session.scalars(query.where(line_model.item_id == product.id)))
    if location is not None:
        lines = [line for line in lines if line.location == _text(location)]
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{code} is not on this count sheet."), field="code",
                              code=text)
    if len(lines) > 1:
        open_lines = [line for line in lines if line.counted_quantity is None]
        if len(open_lines) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{code} is kept at several locations: choose the "
                                                              "location."), field="location", code=text)
        lines = open_lines
    return lines[0]


def enter_count(uow: UnitOfWork, count_id: str, code_or_id: str, quantity, location: str | None = None,
                correct: bool = False) -> CountLineView:
    """Record one counted quantity; counting a product twice needs `correct=True`."""
    uow.actor.require("inventory.count")
    count = _count(uow.session, count_id)
    counts.require_status(count, COUNTING)
    line = _line_for(uow.session, count, code_or_id, location)
    counts.enter(uow.session, BOOK, count, line, quantity, uow.actor.user_id, uow.now(), correct=correct)
    return _line_view(uow.session, count, line.id)


def enter_counts(uow: UnitOfWork, count_id: str, entries: Iterable[tuple], correct: bool = False) -> int:
    """Many counted quantities at once — a pasted or imported list, the whole sheet saved at once:
    (line, quantity) or (line, quantity, location) each, the line given by its id, its product's id
    or its product code; all or nothing, in one statement. The rules of `enter_count` hold for each
    entry; an error names the entry (param `row`, from 1). Returns how many lines were recorded."""
    uow.actor.require("inventory.count")
    count = _count(uow.session, count_id)
    counts.require_status(count, COUNTING)
    sheet = count_lines.SheetIndex(count_lines.sheet_rows(uow.session, count.id))
    pairs, taken = [], set()
    for position, (key, quantity, *rest) in enumerate(entries, 1):
        location = _text(rest[0]) if rest and rest[0] is not None else None
        try:
            line = sheet.find(uow.session, key, location, taken)
        except ValidationError as error:
            raise counts.at_row(error, position) from None
        taken.add(line.id)
        pairs.append((line, quantity))
    if not pairs:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter at least one counted quantity."),
                              field="counted_quantity")
    return counts.enter_many(uow.session, BOOK, count, pairs, uow.actor.user_id, uow.now(), correct=correct)


def explain_line(uow: UnitOfWork, count_id: str, line_id: str, reason: str | None, note: str = "") -> CountLineView:
    uow.actor.require("inventory.count")
    count = _count(uow.session, count_id)
    line = uow.session.get(StockCountLine, line_id)
    if line is None or line.session_id != count.id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such count line."))
    if len(_text(note)) > 500:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The note is too long."), field="note")
    counts.explain(count, line, reason or None, note)
    return _line_view(uow.session, count, line.id)


def explain_lines(uow: UnitOfWork, count_id: str, explanations: Iterable[tuple[str, str | None, str]]) -> int:
    """Reasons for many lines at once (the selected lines of the sheet): (line id, reason, note)
    each; all or nothing. Returns how many lines were given a reason."""
    uow.actor.require("inventory.count")
    count = _count(uow.session, count_id)
    lines = {row.id: row for row in BOOK.line_rows(uow.session, count)}
    chosen = []
    for position, (line_id, reason, note) in enumerate(explanations, 1):
        line = lines.get(line_id)
        if line is None:
            raise counts.at_row(NotFound(QT_TRANSLATE_NOOP("errors", "No such count line.")), position)
        if len(_text(note)) > 500:
            raise counts.at_row(ValidationError(QT_TRANSLATE_NOOP("errors", "The note is too long."),
                                                field="note"), position)
        chosen.append((line, reason or None, note))
    counts.explain_many(uow.session, BOOK, count, chosen)
    return len(chosen)


def submit_count(uow: UnitOfWork, count_id: str) -> CountView:
    """Hand the count to the supervisor. Like the other actions on a whole count (send back,
    approve, cancel) it returns the count's header and figures; `get_count` reads the lines."""
    count = _count(uow.session, count_id)
    action = sm.check(uow, sm.COUNT_ACTIONS, "submit", count.status, count.number)
    counts.submit(uow.session, BOOK, count, uow.actor.user_id, uow.now())
    sm.record(uow, "count", count.id, action, COUNTING)
    uow.session.flush()
    return count_view(uow.session, count, with_lines=False)


def send_back_count(uow: UnitOfWork, count_id: str, comment: str) -> CountView:
    count = _count(uow.session, count_id)
    action = sm.check(uow, sm.COUNT_ACTIONS, "send_back", count.status, count.number, comment)
    before = count.status
    counts.send_back(count)
    sm.record(uow, "count", count.id, action, before, comment)
    uow.session.flush()
    return count_view(uow.session, count, with_lines=False)


def _counted_by(session: Session, count: StockCount) -> set[str]:
    people = {count.created_by, count.submitted_by} | BOOK.counters(session, count)
    return {person for person in people if person}


def approve_count(uow: UnitOfWork, count_id: str, archive: bool = True) -> CountView:
    """The supervisor's approval: one adjustment per line with a variance, the sheet with the
    results archived as an attachment. Whoever counted may not approve it (except an admin)."""
    count = _count(uow.session, count_id)
    action = sm.check(uow, sm.COUNT_ACTIONS, "approve", count.status, count.number)
    if uow.actor.role != "admin" and uow.actor.user_id in _counted_by(uow.session, count):
        raise PermissionDenied("inventory.approve_count", uow.actor.username)
    counts.approve(uow.session, BOOK, count, uow.actor.user_id, uow.now())
    sm.record(uow, "count", count.id, action, "submitted")
    uow.session.flush()
    if archive and uow.db.path is not None:
        from neiqin.modules.inventory.printing import archive_count_sheet  # reportlab only when printing

        count.archive_sha256 = archive_count_sheet(uow, count)
        uow.session.flush()
    return count_view(uow.session, count, with_lines=False)


def cancel_count(uow: UnitOfWork, count_id: str, comment: str) -> CountView:
    count = _count(uow.session, count_id)
    action = sm.check(uow, sm.COUNT_ACTIONS, "cancel", count.status, count.number, comment)
    before = count.status
    counts.cancel(count)
    sm.record(uow, "count", count.id, action, before, comment)
    uow.session.flush()
    return count_view(uow.session, count, with_lines=False)


# --- reading --------------------------------------------------------------------------------------


def _line_view(session: Session, count: StockCount, line_id: str) -> CountLineView:
    return count_lines.line_view(count_lines.sheet_rows(session, count.id, StockCountLine.__table__.c.id == line_id)[0])


def count_view(session: Session, count: StockCount, with_lines: bool = True) -> CountView:
    """The count with its sheet's lines; without them (`with_lines=False`), the header and figures
    only — what a list of counts or an action's result needs, read without the thousands of lines."""
    lines = count_lines.sheet_rows(session, count.id) if with_lines else []
    figures = counts.figures(lines) if with_lines else BOOK.figures(session, count)
    views = count_lines.line_views(lines)
    return CountView(count.id, count.number, count.title, count.scope or "", count.status, bool(count.blind),
                     count.started_at, count.counter_name or "", count.plan_id, count.submitted_by,
                     count.approved_at, count.approved_by, count.archive_sha256, views,
                     figures.line_accuracy, figures.quantity_accuracy, figures.counted)


def get_count(session: Session, actor: Actor, count_id: str, with_lines: bool = True) -> CountView:
    actor.require("inventory.view")
    return count_view(session, _count(session, count_id), with_lines)


def get_count_by_number(session: Session, actor: Actor, number: str) -> CountView:
    actor.require("inventory.view")
    count = session.scalar(select(StockCount).where(StockCount.number == _text(number).upper(),
                                                    StockCount.deleted_at.is_(None)))
    if count is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No count numbered {number}."), number=number)
    return count_view(session, count)


def count_ids(session: Session, status: str | None = None) -> list[str]:
    query = select(StockCount.id).where(StockCount.deleted_at.is_(None)).order_by(StockCount.started_at.desc())
    if status:
        query = query.where(StockCount.status == status)
    return list(session.scalars(query))


def timeline(session: Session, actor: Actor, record_id: str) -> list[TransitionView]:
    actor.require("inventory.view")
    rows = session.scalars(select(InventoryTransition).where(InventoryTransition.record_id == record_id)
                           .order_by(InventoryTransition.at, InventoryTransition.id))
    return [TransitionView(r.action, r.from_state, r.to_state, r.actor_name, r.at, r.comment or "") for r in rows]


def quantity_total(lines: Iterable[CountLineView]) -> Decimal:
    return sum((line.variance or Decimal(0) for line in lines), Decimal(0))
