"""The meetings list and the cross-meeting list of action items: columns, search and filters in
SQL, and their Excel exports (`neiqin export meetings`, `neiqin export action-items`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.excel.columns import ExcelColumn
from neiqin.core.excel.writer import export_rows
from neiqin.core.listing import Column, ListQuery, ListState
from neiqin.core.search import matching_ids
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.models import ActionItem, Attendee, Meeting
from neiqin.modules.minutes.schemas import (
    ITEM_STATUSES,
    ITEM_TONES,
    ITEM_WORDS,
    KIND_WORDS,
    KINDS,
    OPEN_ITEM_STATUSES,
)
from neiqin.modules.minutes.service import SEARCH_ENTITY, local_today

M = Meeting.__table__.c
A = ActionItem.__table__.c
P = Attendee.__table__.c
NUMBER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

_live_people = and_(P.meeting_id == M.id, P.deleted_at.is_(None))
ATTENDEES = select(func.count()).where(_live_people).correlate(Meeting.__table__).scalar_subquery()
NOTIFIED = select(func.count()).where(_live_people, P.notified_at.is_not(None)).correlate(
    Meeting.__table__).scalar_subquery()
ACKNOWLEDGED = select(func.count()).where(_live_people, P.notified_at.is_not(None),
                                          P.acknowledged_at.is_not(None)).correlate(Meeting.__table__).scalar_subquery()
AWARENESS = case((NOTIFIED > 0, ACKNOWLEDGED * 100 / NOTIFIED), else_=None)
OPEN_ITEMS = select(func.count()).where(A.review_meeting_id == M.id, A.status.in_(OPEN_ITEM_STATUSES),
                                        A.deleted_at.is_(None)).correlate(Meeting.__table__).scalar_subquery()

MEETING_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("minutes", "Number"), M.number),
    Column("title", QT_TRANSLATE_NOOP("minutes", "Meeting"), M.title),
    Column("kind", QT_TRANSLATE_NOOP("minutes", "Kind"), M.kind, kind="status", status_titles=KINDS),
    Column("starts_at", QT_TRANSLATE_NOOP("minutes", "Time"), M.starts_at, kind="datetime"),
    Column("place", QT_TRANSLATE_NOOP("minutes", "Place"), M.place),
    Column("chair_name", QT_TRANSLATE_NOOP("minutes", "Chair"), M.chair_name),
    Column("status", QT_TRANSLATE_NOOP("minutes", "Status"), M.status, kind="status", status_titles=sm.STATES,
           status_tones=sm.STATE_TONES),
    Column("attendees", QT_TRANSLATE_NOOP("minutes", "Attendees"), ATTENDEES, kind="int"),
    Column("awareness", QT_TRANSLATE_NOOP("minutes", "Awareness %"), AWARENESS, kind="int"),
    Column("open_items", QT_TRANSLATE_NOOP("minutes", "Open action items"), OPEN_ITEMS, kind="int", total=True),
)


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."),
                              field="date", value=value) from None


def _day_start(value: Any) -> datetime:
    return datetime.combine(_date(value), time.min).astimezone().astimezone(UTC)


def _day_end(value: Any) -> datetime:
    return datetime.combine(_date(value), time.max).astimezone().astimezone(UTC)


def _values(value: Any, allowed, message: str, field: str) -> list[str]:
    values = [value] if isinstance(value, str) else list(value)
    values = [v.strip() for v in values for v in str(v).split(",") if v.strip()]
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValidationError(message, field=field, value=unknown[0])
    return values


def _truthy(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "y", "是")


def _meeting_search(text: str) -> Any:
    upper = text.strip().upper()
    clauses = []
    if upper and set(upper) <= NUMBER_CHARS:
        clauses.append(and_(M.number >= upper, M.number < upper + "\uffff"))
    ids = matching_ids(text, SEARCH_ENTITY, prefix="mq")
    if ids is not None:
        clauses.append(M.id.in_(ids))
    return or_(*clauses) if clauses else None


def meeting_list() -> ListQuery:
    filters = {
        "status": lambda v: M.status.in_(_values(v, sm.STATES, QT_TRANSLATE_NOOP(
            "errors", "Unknown meeting status {value}."), "status")),
        "kind": lambda v: M.kind.in_(_values(v, KINDS, QT_TRANSLATE_NOOP("errors", "Unknown kind of meeting {value}."),
                                             "kind")),
        "date_from": lambda v: M.starts_at >= _day_start(v),
        "date_to": lambda v: M.starts_at <= _day_end(v),
        "chair_id": lambda v: M.chair_id == v,
    }
    return ListQuery(Meeting, MEETING_COLUMNS, M.id, default_sort=("starts_at", True), search=_meeting_search,
                     filters=filters, context="minutes")


MT = Meeting.__table__.alias("origin")
ITEM_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("minutes", "Number"), A.code),
    Column("title", QT_TRANSLATE_NOOP("minutes", "Action item"), A.title),
    Column("owner_name", QT_TRANSLATE_NOOP("minutes", "Owner"), A.owner_name),
    Column("due_date", QT_TRANSLATE_NOOP("minutes", "Due date"), A.due_date, kind="date"),
    Column("status", QT_TRANSLATE_NOOP("minutes", "Status"), A.status, kind="status", status_titles=ITEM_STATUSES,
           status_tones=ITEM_TONES),
    Column("completed_on", QT_TRANSLATE_NOOP("minutes", "Done on"), A.completed_on, kind="date"),
    Column("meeting_title", QT_TRANSLATE_NOOP("minutes", "Meeting"), MT.c.title),
    Column("last_note", QT_TRANSLATE_NOOP("minutes", "Latest progress"), A.last_note, sortable=False),
)


def _item_search(text: str) -> Any:
    like = f"%{text.strip()}%"
    return or_(A.code.like(like), A.title.like(like), A.owner_name.like(like), MT.c.title.like(like))


def item_list(today: date) -> ListQuery:
    filters = {
        "status": lambda v: A.status.in_(_values(v, ITEM_STATUSES, QT_TRANSLATE_NOOP(
            "errors", "Unknown action item status {value}."), "status")),
        "open": lambda v: A.status.in_(OPEN_ITEM_STATUSES) if _truthy(v) else None,
        "overdue": lambda v: and_(A.status.in_(OPEN_ITEM_STATUSES), A.due_date < today) if _truthy(v) else None,
        "owner_id": lambda v: A.owner_id == v,
        "meeting_id": lambda v: or_(A.meeting_id == v, A.review_meeting_id == v),
        "due_from": lambda v: A.due_date >= _date(v),
        "due_to": lambda v: A.due_date <= _date(v),
    }
    source = ActionItem.__table__.join(MT, MT.c.id == A.meeting_id)
    return ListQuery(source, ITEM_COLUMNS, A.id, where=MT.c.deleted_at.is_(None), default_sort=("due_date", False),
                     search=_item_search, filters=filters, context="minutes")


# --- export ----------------------------------------------------------------------------------------

MEETING_EXPORT = (
    ExcelColumn("number", "会议编号", "Number", width=22),
    ExcelColumn("title", "会议名称", "Meeting", width=30),
    ExcelColumn("kind", "会议类型", "Kind", "choice", choices=KIND_WORDS),
    ExcelColumn("starts_at", "会议时间", "Time", width=18),
    ExcelColumn("place", "会议地点", "Place", width=20),
    ExcelColumn("chair_name", "主持人", "Chair"),
    ExcelColumn("status", "状态", "Status", "choice", choices=sm.STATE_WORDS),
    ExcelColumn("attendees", "参会人数", "Attendees", "int"),
    ExcelColumn("awareness", "知晓率%", "Awareness %", "int"),
    ExcelColumn("open_items", "未完成待办", "Open action items", "int"),
)
ITEM_EXPORT = (
    ExcelColumn("code", "编号", "Number", width=26),
    ExcelColumn("title", "待办事项", "Action item", width=40),
    ExcelColumn("owner_name", "负责人", "Owner"),
    ExcelColumn("due_date", "完成期限", "Due date", "date"),
    ExcelColumn("status", "状态", "Status", "choice", choices=ITEM_WORDS),
    ExcelColumn("completed_on", "完成日期", "Done on", "date"),
    ExcelColumn("meeting_title", "会议", "Meeting", width=30),
    ExcelColumn("last_note", "最新进展", "Latest progress", width=40),
)
MEETING_FILTERS = ("status", "kind", "date_from", "date_to", "chair_id", "text")
ITEM_FILTERS = ("status", "open", "overdue", "owner_id", "meeting_id", "due_from", "due_to", "text")


def _state(filters: dict, allowed: tuple[str, ...]) -> ListState:
    unknown = set(filters) - set(allowed)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown filter {name}; use {names}."), field="filter",
                              name=sorted(unknown)[0], names=", ".join(allowed))
    return ListState(text=str(filters.get("text", "")), filters={k: v for k, v in filters.items() if k != "text"})


def export_meetings(uow: UnitOfWork, path: Path, filters: dict, progress=None) -> int:
    uow.actor.require("minutes.export")
    query, state = meeting_list(), _state(filters, MEETING_FILTERS)
    keys = [c.key for c in query.columns]

    def rows():
        for row in query.iter_all(uow.session, state):
            values = dict(zip(keys, row.values, strict=True))
            values["starts_at"] = values["starts_at"].astimezone().strftime("%Y-%m-%d %H:%M")
            yield values

    return export_rows(Path(path), "会议", MEETING_EXPORT, rows(), progress=progress,
                       total=query.count(uow.session, state))


def export_items(uow: UnitOfWork, path: Path, filters: dict, progress=None) -> int:
    uow.actor.require("minutes.export")
    query, state = item_list(local_today(uow)), _state(filters, ITEM_FILTERS)
    keys = [c.key for c in query.columns]
    rows = (dict(zip(keys, row.values, strict=True)) for row in query.iter_all(uow.session, state))
    return export_rows(Path(path), "待办事项", ITEM_EXPORT, rows, progress=progress,
                       total=query.count(uow.session, state))
