"""The archive's rules as data: kinds, confidentiality levels and who may approve them, item states,
reminder escalation, check results and destruction methods. English titles are marked for
translation in the "archive" context; `*_WORDS` are the printed (zh_CN) words of the forms."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from neiqin.core.auth.permissions import ADMIN, CLERK, FINANCE, REVIEWER
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError

KINDS = {
    "paper": QT_TRANSLATE_NOOP("archive", "Paper"),
    "electronic": QT_TRANSLATE_NOOP("archive", "Electronic"),
    "both": QT_TRANSLATE_NOOP("archive", "Paper and electronic"),
}
KIND_WORDS = {"paper": "纸质", "electronic": "电子", "both": "纸质+电子"}

CATEGORIES = ("合同", "订单资料", "客户资料", "财务凭证", "行政文件", "会议纪要", "人事档案", "技术资料", "其他")

LEVELS = {
    "public": QT_TRANSLATE_NOOP("archive", "Public"),
    "internal": QT_TRANSLATE_NOOP("archive", "Internal"),
    "confidential": QT_TRANSLATE_NOOP("archive", "Confidential"),
    "secret": QT_TRANSLATE_NOOP("archive", "Secret"),
}
LEVEL_WORDS = {"public": "公开", "internal": "内部", "confidential": "秘密", "secret": "机密"}
LEVEL_TONES = {"public": "neutral", "internal": "info", "confidential": "warning", "secret": "danger"}

#: how high a role ranks when approving (lending, destruction)
ROLE_RANK = {CLERK: 0, FINANCE: 0, REVIEWER: 1, ADMIN: 2}
#: the least role that may approve lending or destroying an item of each confidentiality level
APPROVAL_ROLE = {"public": REVIEWER, "internal": REVIEWER, "confidential": REVIEWER, "secret": ADMIN}
ROLE_WORDS = {REVIEWER: QT_TRANSLATE_NOOP("archive", "a department head"),
              ADMIN: QT_TRANSLATE_NOOP("archive", "an administrator")}

# item states
IN_STORE, ON_LOAN, MISSING, DESTROYED = "in_store", "on_loan", "missing", "destroyed"
ITEM_STATES = {
    IN_STORE: QT_TRANSLATE_NOOP("archive", "In store"),
    ON_LOAN: QT_TRANSLATE_NOOP("archive", "On loan"),
    MISSING: QT_TRANSLATE_NOOP("archive", "Missing"),
    DESTROYED: QT_TRANSLATE_NOOP("archive", "Destroyed"),
}
ITEM_TONES = {IN_STORE: "success", ON_LOAN: "info", MISSING: "danger", DESTROYED: "neutral"}
ITEM_WORDS = {IN_STORE: "在库", ON_LOAN: "借出", MISSING: "丢失", DESTROYED: "已销毁"}

RETENTION_CHOICES = (None, 3, 5, 10, 15, 30)  # None: permanent
PERMANENT_WORD = "永久"

DIRECTIONS = {"incoming": QT_TRANSLATE_NOOP("archive", "Incoming"),
              "outgoing": QT_TRANSLATE_NOOP("archive", "Outgoing")}
DIRECTION_PREFIX = {"incoming": "SW", "outgoing": "FW"}
DIRECTION_WORDS = {"incoming": "收文", "outgoing": "发文"}
URGENCIES = {"normal": QT_TRANSLATE_NOOP("archive", "Normal"), "urgent": QT_TRANSLATE_NOOP("archive", "Urgent"),
             "very_urgent": QT_TRANSLATE_NOOP("archive", "Very urgent")}
URGENCY_WORDS = {"normal": "普通", "urgent": "急", "very_urgent": "特急"}
DOCUMENT_STATES = {
    "registered": QT_TRANSLATE_NOOP("archive", "Registered"),
    "circulating": QT_TRANSLATE_NOOP("archive", "Circulating"),
    "circulated": QT_TRANSLATE_NOOP("archive", "Circulated"),
}
DOCUMENT_TONES = {"registered": "neutral", "circulating": "info", "circulated": "success"}

MODES = {"in_room": QT_TRANSLATE_NOOP("archive", "Read in the archive room"),
         "take_out": QT_TRANSLATE_NOOP("archive", "Take out")}
MODE_WORDS = {"in_room": "室内查阅", "take_out": "借出"}
DEFAULT_LOAN_DAYS = 7
MAX_RENEWALS = 2
CONDITIONS = {"intact": QT_TRANSLATE_NOOP("archive", "Intact"),
              "damaged": QT_TRANSLATE_NOOP("archive", "Damaged"),
              "incomplete": QT_TRANSLATE_NOOP("archive", "Pages missing")}
CONDITION_WORDS = {"intact": "完好", "damaged": "损坏", "incomplete": "缺页"}


#: escalating reminders of an overdue lending: (level, days after the due date, to whom)
REMINDER_STEPS = ((1, 1, "borrower"), (2, 7, "borrower"), (3, 14, "department_head"))
REMINDER_TITLES = {1: QT_TRANSLATE_NOOP("archive", "First reminder"),
                   2: QT_TRANSLATE_NOOP("archive", "Second reminder"),
                   3: QT_TRANSLATE_NOOP("archive", "Escalated to the department head")}
REMINDER_WORDS = {1: "第一次催还通知", 2: "第二次催还通知", 3: "逾期催还通知（抄送部门负责人）"}

CHECK_RESULTS = {
    "unchecked": QT_TRANSLATE_NOOP("archive", "Not checked"),
    "found": QT_TRANSLATE_NOOP("archive", "Found"),
    "missing": QT_TRANSLATE_NOOP("archive", "Missing"),
    "misplaced": QT_TRANSLATE_NOOP("archive", "Misplaced"),
    "on_loan": QT_TRANSLATE_NOOP("archive", "On loan"),
}
CHECK_TONES = {"unchecked": "neutral", "found": "success", "missing": "danger", "misplaced": "warning",
               "on_loan": "info"}
#: how a discrepancy is resolved, for which result
RESOLUTIONS = {
    "put_back": (QT_TRANSLATE_NOOP("archive", "Put back in its place"), frozenset({"misplaced"})),
    "relocated": (QT_TRANSLATE_NOOP("archive", "Register the place where it was found"), frozenset({"misplaced"})),
    "found_later": (QT_TRANSLATE_NOOP("archive", "Found after all"), frozenset({"missing"})),
    "written_off": (QT_TRANSLATE_NOOP("archive", "Record as missing"), frozenset({"missing"})),
}
CHECK_STATES = {"open": QT_TRANSLATE_NOOP("archive", "Open"), "closed": QT_TRANSLATE_NOOP("archive", "Closed")}

DESTRUCTION_STATES = {
    "draft": QT_TRANSLATE_NOOP("archive", "Appraisal"),
    "submitted": QT_TRANSLATE_NOOP("archive", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("archive", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("archive", "Rejected"),
    "done": QT_TRANSLATE_NOOP("archive", "Destroyed"),
}
DESTRUCTION_TONES = {"draft": "neutral", "submitted": "info", "approved": "info", "rejected": "danger",
                     "done": "success"}
METHODS = {"shred": QT_TRANSLATE_NOOP("archive", "Shredding"), "burn": QT_TRANSLATE_NOOP("archive", "Incineration"),
           "pulp": QT_TRANSLATE_NOOP("archive", "Pulping"),
           "erase": QT_TRANSLATE_NOOP("archive", "Secure deletion of electronic copies")}
METHOD_WORDS = {"shred": "粉碎", "burn": "焚烧", "pulp": "化浆", "erase": "电子文件彻底删除"}

CONTRACT_WARN_DAYS_SETTING = "archive.contract_warn_days"
DEFAULT_CONTRACT_WARN_DAYS = 30


def approval_role(level: str) -> str:
    return APPROVAL_ROLE.get(level, ADMIN)


def role_may_approve(role: str, level: str) -> bool:
    return ROLE_RANK.get(role, -1) >= ROLE_RANK[approval_role(level)]


def highest_level(levels) -> str:
    order = list(LEVELS)
    return max(levels, key=order.index, default="public")


def retention_until(doc_date: date, years: int | None) -> date | None:
    if years is None:
        return None
    try:
        return doc_date.replace(year=doc_date.year + years)
    except ValueError:  # 29 February
        return doc_date.replace(year=doc_date.year + years, day=28)


def retention_text(years: int | None) -> str:
    return PERMANENT_WORD if years is None else f"{years}年"


def location_text(room: str | None, cabinet: str | None, shelf: str | None, box: str | None) -> str:
    return " / ".join(part for part in (room, cabinet, shelf, box) if part)


def text(value: Any, field: str, limit: int, required: bool = False) -> str:
    value = str(value or "").strip()
    if required and not value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Fill in this field."), field=field)
    if len(value) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The text is too long (at most {limit} characters)."),
                              field=field, limit=limit)
    return value


def choice(value: Any, choices, field: str) -> str:
    value = str(value or "").strip()
    if value not in choices:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not one of {choices}."), field=field,
                              value=value, choices=", ".join(choices))
    return value


def as_date(value: Any, field: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value or "").strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."),
                              field=field, value=value) from None
