"""The claims list: columns, search and filters in SQL (my claims, waiting for me, status,
department, period), and its Excel export; the budget usage export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, false, or_

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.excel.columns import ExcelColumn
from neiqin.core.excel.writer import export_rows
from neiqin.core.listing import Column, ListQuery, ListState
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.budgets import budget_usage
from neiqin.modules.reimbursements.models import Claim
from neiqin.modules.reimbursements.rules import CATEGORY_WORDS
from neiqin.modules.reimbursements.service import department_of

T = Claim.__table__.c
NUMBER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("reimbursements", "Number"), T.number),
    Column("claim_date", QT_TRANSLATE_NOOP("reimbursements", "Claim date"), T.claim_date, kind="date"),
    Column("claimant_name", QT_TRANSLATE_NOOP("reimbursements", "Claimant"), T.claimant_name),
    Column("department", QT_TRANSLATE_NOOP("reimbursements", "Department"), T.department),
    Column("status", QT_TRANSLATE_NOOP("reimbursements", "Status"), T.status, kind="status",
           status_titles=sm.STATES, status_tones=sm.STATE_TONES),
    Column("total_amount", QT_TRANSLATE_NOOP("reimbursements", "Amount"), T.total_amount, kind="money", total=True),
    Column("line_count", QT_TRANSLATE_NOOP("reimbursements", "Lines"), T.line_count, kind="int"),
    Column("over_budget", QT_TRANSLATE_NOOP("reimbursements", "Over budget"), T.over_budget, kind="bool"),
    Column("has_duplicates", QT_TRANSLATE_NOOP("reimbursements", "Possible duplicate"), T.has_duplicates,
           kind="bool"),
    Column("entered_by_name", QT_TRANSLATE_NOOP("reimbursements", "Entered by"), T.entered_by_name),
    Column("paid_on", QT_TRANSLATE_NOOP("reimbursements", "Paid on"), T.paid_on, kind="date"),
)
#: the command line's `--filter key=value` names
FILTER_KEYS = ("status", "department", "date_from", "date_to", "claimant_id", "mine", "waiting", "text")


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."),
                              field="date", value=value) from None


def _status(value: Any) -> Any:
    values = [value] if isinstance(value, str) else list(value)
    values = [v.strip() for v in values for v in str(v).split(",") if v.strip()]
    unknown = [v for v in values if v not in sm.STATES]
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown claim status {status}."), field="status",
                              status=unknown[0])
    return T.status.in_(values)


def _truthy(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "y", "是")


def _search(text: str) -> Any:
    upper = text.strip().upper()
    clauses = [T.claimant_name.contains(text.strip()), T.department.contains(text.strip())]
    if upper and set(upper) <= NUMBER_CHARS:
        clauses.append(and_(T.number >= upper, T.number < upper + "\uffff"))
    return or_(*clauses)


def waiting_clause(actor: Actor, department: str | None) -> Any:
    """Claims waiting for a step `actor` may take (never the actor's own claims)."""
    clauses = []
    for state, permission in sm.WAITING.items():
        if not actor.can(permission):
            continue
        if state == sm.SUBMITTED and actor.role != "admin":
            if actor.role != "reviewer" or not department:
                continue
            clauses.append(and_(T.status == state, T.department == department))
        else:
            clauses.append(T.status == state)
    if not clauses:
        return false()
    return and_(or_(*clauses), T.claimant_id != actor.user_id)


def claim_list(actor: Actor, department: str | None) -> ListQuery:
    """The claims `actor` may see; `department` is the actor's own (for "waiting for me")."""
    mine = or_(T.claimant_id == actor.user_id, T.entered_by_id == actor.user_id)
    filters = {
        "status": _status,
        "department": lambda v: T.department == v,
        "date_from": lambda v: T.claim_date >= _date(v),
        "date_to": lambda v: T.claim_date <= _date(v),
        "claimant_id": lambda v: T.claimant_id == v,
        "mine": lambda v: mine if _truthy(v) else None,
        "waiting": lambda v: waiting_clause(actor, department) if _truthy(v) else None,
    }
    where = () if actor.can("reimbursements.view_all") else (mine,)
    return ListQuery(Claim, COLUMNS, T.id, where=where, default_sort=("claim_date", True), search=_search,
                     filters=filters, context="reimbursements")


# --- export ----------------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    ExcelColumn("number", "报销单号", "Number", width=22),
    ExcelColumn("claim_date", "报销日期", "Claim date", "date"),
    ExcelColumn("claimant_name", "报销人", "Claimant"),
    ExcelColumn("department", "部门", "Department"),
    ExcelColumn("status", "状态", "Status", "choice", choices=sm.STATE_WORDS),
    ExcelColumn("total_amount", "金额", "Amount", "money"),
    ExcelColumn("line_count", "明细行数", "Lines", "int"),
    ExcelColumn("over_budget", "超预算", "Over budget", "bool"),
    ExcelColumn("has_duplicates", "疑似重复", "Possible duplicate", "bool"),
    ExcelColumn("entered_by_name", "填单人", "Entered by"),
    ExcelColumn("paid_on", "支付日期", "Paid on", "date"),
)


def _check_filters(filters: dict, keys) -> None:
    unknown = set(filters) - set(keys)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown filter {name}; use {names}."), field="filter",
                              name=sorted(unknown)[0], names=", ".join(keys))


def export_claims(uow: UnitOfWork, path: Path, filters: dict, progress=None) -> int:
    """The filtered claims list to .xlsx (`neiqin export reimbursements --filter waiting=1`)."""
    uow.actor.require("reimbursements.export")
    _check_filters(filters, FILTER_KEYS)
    query = claim_list(uow.actor, department_of(uow.session, uow.actor.user_id))
    state = ListState(text=str(filters.get("text", "")), filters={k: v for k, v in filters.items() if k != "text"})
    keys = [c.key for c in query.columns]
    total = query.count(uow.session, state)
    rows = (dict(zip(keys, row.values, strict=True)) for row in query.iter_all(uow.session, state))
    return export_rows(Path(path), "费用报销", EXPORT_COLUMNS, rows, progress=progress, total=total)


USAGE_COLUMNS = (
    ExcelColumn("department", "部门", "Department"),
    ExcelColumn("category", "费用类别", "Category", "choice", choices=CATEGORY_WORDS),
    ExcelColumn("budget", "预算", "Budget", "money"),
    ExcelColumn("used", "已使用", "Used", "money"),
    ExcelColumn("pending", "审批中", "Pending", "money"),
    ExcelColumn("remaining", "剩余", "Remaining", "money"),
)
USAGE_FILTER_KEYS = ("year", "department")


def export_budget_usage(uow: UnitOfWork, path: Path, filters: dict, progress=None) -> int:
    """The budget usage of a year to .xlsx (`neiqin export reimbursement-budgets --filter year=2026`)."""
    uow.actor.require("reimbursements.export")
    _check_filters(filters, USAGE_FILTER_KEYS)
    try:
        year = int(filters.get("year") or uow.now().astimezone().year)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a year."), field="year",
                              value=filters.get("year")) from None
    rows = budget_usage(uow.session, uow.actor, year, filters.get("department") or None)
    out = ({"department": r.department, "category": r.category, "budget": r.budget, "used": r.used,
            "pending": r.pending, "remaining": r.remaining} for r in rows)
    return export_rows(Path(path), f"{year}年费用预算执行", USAGE_COLUMNS, out, progress=progress, total=len(rows))
