"""The archive's lists (register, contracts, documents, lendings, checks, destruction batches):
columns, search and filters in SQL, and their Excel exports."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.excel import ExcelColumn, export_rows
from neiqin.core.listing import Column, ListQuery, ListState
from neiqin.core.search import matching_ids
from neiqin.modules.archive import lending as ln
from neiqin.modules.archive import rules
from neiqin.modules.archive.documents import ENTITY as DOCUMENT_ENTITY
from neiqin.modules.archive.models import ArchiveItem, CheckSession, Contract, Destruction, Document, Lending
from neiqin.modules.archive.service import CONTRACT_ENTITY, ITEM_ENTITY, local_today

I = ArchiveItem.__table__.c  # noqa: E741 - short like the other tables' aliases
C = Contract.__table__.c
D = Document.__table__.c
L = Lending.__table__.c
K = CheckSession.__table__.c
X = Destruction.__table__.c


def _prefix(column, text: str):
    upper = text.strip().upper()
    return and_(column >= upper, column < upper + "\uffff") if upper else None


def _searcher(number_column, entity: str | None, prefix: str, *like_columns):
    """Number (or its start), the shared full-text index of `entity`, or a plain substring."""
    def search(text: str) -> Any:
        clauses = [c for c in (_prefix(number_column, text),) if c is not None]
        if entity is not None:
            ids = matching_ids(text, entity, prefix=prefix)
            if ids is not None:
                clauses.append(number_column.table.c.id.in_(ids))
        pattern = f"%{text.strip()}%"
        clauses += [column.like(pattern) for column in like_columns]
        return or_(*clauses) if clauses else None
    return search


def _date(value: Any) -> date:
    return rules.as_date(value, "date")


def _truthy(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "y", "是")


def _in(column, choices):
    def clause(value: Any) -> Any:
        values = [v.strip() for v in str(value).split(",") if v.strip()]
        unknown = [v for v in values if v not in choices]
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown value {value}."), field="filter",
                                  value=unknown[0])
        return column.in_(values)
    return clause


# --- the register ---------------------------------------------------------------------------------

ITEM_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("archive", "Archive number"), I.number),
    Column("title", QT_TRANSLATE_NOOP("archive", "Title"), I.title),
    Column("category", QT_TRANSLATE_NOOP("archive", "Class"), I.category),
    Column("kind", QT_TRANSLATE_NOOP("archive", "Form"), I.kind, kind="status", status_titles=rules.KINDS),
    Column("doc_date", QT_TRANSLATE_NOOP("archive", "Date"), I.doc_date, kind="date"),
    Column("customer_name", QT_TRANSLATE_NOOP("archive", "Customer"), I.customer_name),
    Column("room", QT_TRANSLATE_NOOP("archive", "Room"), I.room),
    Column("cabinet", QT_TRANSLATE_NOOP("archive", "Cabinet"), I.cabinet),
    Column("shelf", QT_TRANSLATE_NOOP("archive", "Shelf"), I.shelf),
    Column("box", QT_TRANSLATE_NOOP("archive", "Box"), I.box),
    Column("retention_until", QT_TRANSLATE_NOOP("archive", "Kept until"), I.retention_until, kind="date"),
    Column("confidentiality", QT_TRANSLATE_NOOP("archive", "Confidentiality"), I.confidentiality, kind="status",
           status_titles=rules.LEVELS, status_tones=rules.LEVEL_TONES),
    Column("status", QT_TRANSLATE_NOOP("archive", "Status"), I.status, kind="status", status_titles=rules.ITEM_STATES,
           status_tones=rules.ITEM_TONES),
)


def item_list(today: date) -> ListQuery:
    filters = {
        "status": _in(I.status, rules.ITEM_STATES),
        "category": lambda v: I.category == v,
        "confidentiality": _in(I.confidentiality, rules.LEVELS),
        "kind": _in(I.kind, rules.KINDS),
        "room": lambda v: I.room == v,
        "customer_id": lambda v: I.customer_id == v,
        "past_retention": lambda v: and_(I.retention_until < today, I.status != rules.DESTROYED) if _truthy(v)
        else None,
    }
    return ListQuery(ArchiveItem, ITEM_COLUMNS, I.id, default_sort=("number", True),
                     search=_searcher(I.number, ITEM_ENTITY, "aq"), filters=filters, context="archive")


# --- contracts ---------------------------------------------------------------------------------------

CONTRACT_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("archive", "Contract number"), C.number),
    Column("title", QT_TRANSLATE_NOOP("archive", "Title"), C.title),
    Column("customer_name", QT_TRANSLATE_NOOP("archive", "Customer"), C.customer_name),
    Column("signed_on", QT_TRANSLATE_NOOP("archive", "Signed on"), C.signed_on, kind="date"),
    Column("amount", QT_TRANSLATE_NOOP("archive", "Amount"), C.amount, kind="money", total=True),
    Column("start_date", QT_TRANSLATE_NOOP("archive", "Term from"), C.start_date, kind="date"),
    Column("end_date", QT_TRANSLATE_NOOP("archive", "Expires on"), C.end_date, kind="date"),
    Column("order_number", QT_TRANSLATE_NOOP("archive", "Order"), C.order_number),
)


def contract_list(today: date, warn_days: int = rules.DEFAULT_CONTRACT_WARN_DAYS) -> ListQuery:
    filters = {
        "expiring": lambda v: and_(C.end_date >= today, C.end_date <= today + timedelta(days=warn_days))
        if _truthy(v) else None,
        "expired": lambda v: C.end_date < today if _truthy(v) else None,
        "customer_id": lambda v: C.customer_id == v,
    }
    return ListQuery(Contract, CONTRACT_COLUMNS, C.id, default_sort=("signed_on", True),
                     search=_searcher(C.number, CONTRACT_ENTITY, "cq"), filters=filters, context="archive")


# --- documents ------------------------------------------------------------------------------------------

DOCUMENT_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("archive", "Register number"), D.number),
    Column("direction", QT_TRANSLATE_NOOP("archive", "Received / sent"), D.direction, kind="status",
           status_titles=rules.DIRECTIONS),
    Column("doc_date", QT_TRANSLATE_NOOP("archive", "Date"), D.doc_date, kind="date"),
    Column("reference", QT_TRANSLATE_NOOP("archive", "Reference"), D.reference),
    Column("title", QT_TRANSLATE_NOOP("archive", "Title"), D.title),
    Column("sender", QT_TRANSLATE_NOOP("archive", "Sender"), D.sender),
    Column("receiver", QT_TRANSLATE_NOOP("archive", "Receiver"), D.receiver),
    Column("urgency", QT_TRANSLATE_NOOP("archive", "Urgency"), D.urgency, kind="status", status_titles=rules.URGENCIES),
    Column("status", QT_TRANSLATE_NOOP("archive", "Status"), D.status, kind="status",
           status_titles=rules.DOCUMENT_STATES, status_tones=rules.DOCUMENT_TONES),
)


def document_list() -> ListQuery:
    filters = {"direction": _in(D.direction, rules.DIRECTIONS), "status": _in(D.status, rules.DOCUMENT_STATES),
               "date_from": lambda v: D.doc_date >= _date(v), "date_to": lambda v: D.doc_date <= _date(v)}
    return ListQuery(Document, DOCUMENT_COLUMNS, D.id, default_sort=("number", True),
                     search=_searcher(D.number, DOCUMENT_ENTITY, "dq"), filters=filters, context="archive")


# --- lendings ----------------------------------------------------------------------------------------------

LENDING_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("archive", "Lending number"), L.number),
    Column("item_number", QT_TRANSLATE_NOOP("archive", "Archive number"), L.item_number),
    Column("item_title", QT_TRANSLATE_NOOP("archive", "Title"), L.item_title),
    Column("borrower_name", QT_TRANSLATE_NOOP("archive", "Borrower"), L.borrower_name),
    Column("borrower_department", QT_TRANSLATE_NOOP("archive", "Department"), L.borrower_department),
    Column("mode", QT_TRANSLATE_NOOP("archive", "Mode"), L.mode, kind="status", status_titles=rules.MODES),
    Column("requested_on", QT_TRANSLATE_NOOP("archive", "Requested on"), L.requested_on, kind="date"),
    Column("due_on", QT_TRANSLATE_NOOP("archive", "Due date"), L.due_on, kind="date"),
    Column("status", QT_TRANSLATE_NOOP("archive", "Status"), L.status, kind="status", status_titles=ln.STATES,
           status_tones=ln.TONES),
    Column("reminders", QT_TRANSLATE_NOOP("archive", "Reminders"), L.reminders, kind="int"),
)


def lending_list(today: date) -> ListQuery:
    filters = {"status": _in(L.status, ln.STATES), "item_id": lambda v: L.item_id == v,
               "overdue": lambda v: and_(L.status == ln.ISSUED, L.due_on < today) if _truthy(v) else None}
    return ListQuery(Lending, LENDING_COLUMNS, L.id, default_sort=("number", True),
                     search=_searcher(L.number, None, "lq", L.item_number, L.item_title, L.borrower_name),
                     filters=filters, context="archive")


# --- checks and destruction batches ---------------------------------------------------------------------

CHECK_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("archive", "Check number"), K.number),
    Column("title", QT_TRANSLATE_NOOP("archive", "Title"), K.title),
    Column("room", QT_TRANSLATE_NOOP("archive", "Room"), K.room),
    Column("started_on", QT_TRANSLATE_NOOP("archive", "Started on"), K.started_on, kind="date"),
    Column("status", QT_TRANSLATE_NOOP("archive", "Status"), K.status, kind="status", status_titles=rules.CHECK_STATES,
           status_tones={"open": "info", "closed": "success"}),
    Column("summary", QT_TRANSLATE_NOOP("archive", "Result"), K.summary),
)


def check_list() -> ListQuery:
    return ListQuery(CheckSession, CHECK_COLUMNS, K.id, default_sort=("number", True),
                     search=_searcher(K.number, None, "kq", K.title), context="archive")


DESTRUCTION_COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("archive", "Batch number"), X.number),
    Column("created_on", QT_TRANSLATE_NOOP("archive", "Created on"), X.created_on, kind="date"),
    Column("status", QT_TRANSLATE_NOOP("archive", "Status"), X.status, kind="status",
           status_titles=rules.DESTRUCTION_STATES, status_tones=rules.DESTRUCTION_TONES),
    Column("approved_by", QT_TRANSLATE_NOOP("archive", "Approved by"), X.approved_by),
    Column("destroyed_on", QT_TRANSLATE_NOOP("archive", "Destroyed on"), X.destroyed_on, kind="date"),
    Column("method", QT_TRANSLATE_NOOP("archive", "Method"), X.method, kind="status", status_titles=rules.METHODS),
)


def destruction_list() -> ListQuery:
    return ListQuery(Destruction, DESTRUCTION_COLUMNS, X.id, default_sort=("number", True),
                     search=_searcher(X.number, None, "xq"), filters={"status": _in(X.status, rules.DESTRUCTION_STATES)},
                     context="archive")


# --- export ----------------------------------------------------------------------------------------------

EXPORTS = {
    "contracts": ("合同台账", lambda today: contract_list(today)),
    "documents": ("收发文登记", lambda today: document_list()),
    "lendings": ("档案借阅", lambda today: lending_list(today)),
}

CONTRACT_EXPORT = (
    ExcelColumn("number", "合同编号", "Contract number", width=18),
    ExcelColumn("title", "合同名称", "Title", width=34),
    ExcelColumn("customer_name", "客户", "Customer", width=30),
    ExcelColumn("signed_on", "签订日期", "Signed on", "date"),
    ExcelColumn("amount", "合同金额", "Amount", "money"),
    ExcelColumn("start_date", "履行期限自", "Term from", "date"),
    ExcelColumn("end_date", "到期日", "Expires on", "date"),
    ExcelColumn("order_number", "订单编号", "Order", width=22),
)
DOCUMENT_EXPORT = (
    ExcelColumn("number", "登记号", "Register number", width=20),
    ExcelColumn("direction", "收/发", "Received / sent", "choice", choices=rules.DIRECTION_WORDS),
    ExcelColumn("doc_date", "日期", "Date", "date"),
    ExcelColumn("reference", "文号", "Reference", width=20),
    ExcelColumn("title", "标题", "Title", width=36),
    ExcelColumn("sender", "发文单位", "Sender", width=24),
    ExcelColumn("receiver", "收文单位", "Receiver", width=24),
    ExcelColumn("urgency", "缓急", "Urgency", "choice", choices=rules.URGENCY_WORDS),
    ExcelColumn("status", "状态", "Status", "choice", choices={"registered": "已登记", "circulating": "传阅中",
                                                                 "circulated": "已传阅"}),
)
LENDING_EXPORT = (
    ExcelColumn("number", "借阅单号", "Lending number", width=20),
    ExcelColumn("item_number", "档号", "Archive number", width=20),
    ExcelColumn("item_title", "档案题名", "Title", width=34),
    ExcelColumn("borrower_name", "借阅人", "Borrower"),
    ExcelColumn("borrower_department", "部门", "Department"),
    ExcelColumn("mode", "方式", "Mode", "choice", choices=rules.MODE_WORDS),
    ExcelColumn("requested_on", "申请日期", "Requested on", "date"),
    ExcelColumn("due_on", "归还日期", "Due date", "date"),
    ExcelColumn("status", "状态", "Status", "choice", choices=ln.STATE_WORDS),
    ExcelColumn("reminders", "催还次数", "Reminders", "int"),
)
FILTER_KEYS = {
    "items": ("status", "category", "confidentiality", "kind", "room", "customer_id", "past_retention", "text"),
    "contracts": ("expiring", "expired", "customer_id", "text"),
    "documents": ("direction", "status", "date_from", "date_to", "text"),
    "lendings": ("status", "item_id", "overdue", "text"),
}


def export_list(uow: UnitOfWork, which: str, path: Path, filters: dict, progress=None) -> int:
    """One of the archive's lists to .xlsx, filtered like the tab (`neiqin export archive-lendings`)."""
    if which == "items":
        from neiqin.modules.archive.excel import export_items  # the register's columns live with its import

        return export_items(uow, path, filters, progress)
    uow.actor.require("archive.export")
    unknown = set(filters) - set(FILTER_KEYS[which])
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown filter {name}; use {names}."), field="filter",
                              name=sorted(unknown)[0], names=", ".join(FILTER_KEYS[which]))
    sheet, make_query = EXPORTS[which]
    query = make_query(local_today(uow))
    columns = {"contracts": CONTRACT_EXPORT, "documents": DOCUMENT_EXPORT, "lendings": LENDING_EXPORT}[which]
    state = ListState(text=str(filters.get("text", "")), filters={k: v for k, v in filters.items() if k != "text"})
    keys = [c.key for c in query.columns]
    total = query.count(uow.session, state)
    rows = (dict(zip(keys, row.values, strict=True)) for row in query.iter_all(uow.session, state))
    return export_rows(Path(path), sheet, columns, rows, progress=progress, total=total)
