"""The company's reimbursement rules: expense categories, the standards per category (kept in the
company settings), what a claim line may hold, and what a receipt file may be."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from neiqin.core.money import amount_in_capitals, format_money, parse_money
from neiqin.core.settings import get_setting, set_setting
from neiqin.modules.reimbursements.schemas import LineInput, Standard, StandardResult

CATEGORIES: dict[str, str] = {
    "travel": QT_TRANSLATE_NOOP("reimbursements", "Travel"),
    "entertainment": QT_TRANSLATE_NOOP("reimbursements", "Entertainment"),
    "communication": QT_TRANSLATE_NOOP("reimbursements", "Communication"),
    "office": QT_TRANSLATE_NOOP("reimbursements", "Office"),
    "transport": QT_TRANSLATE_NOOP("reimbursements", "Local transport"),
    "other": QT_TRANSLATE_NOOP("reimbursements", "Other"),
}
#: printed words (zh_CN) of the categories
CATEGORY_WORDS = {"travel": "差旅费", "entertainment": "业务招待费", "communication": "通讯费", "office": "办公费",
                  "transport": "市内交通费", "other": "其他"}

STANDARDS_SETTING = "reimbursements.standards"
#: the standards a new company starts with: yuan per travel day, yuan per line for the rest
DEFAULT_STANDARDS = {
    "travel": {"per_day": "500.00", "per_line": ""},
    "entertainment": {"per_day": "", "per_line": "2000.00"},
    "communication": {"per_day": "", "per_line": "300.00"},
    "office": {"per_day": "", "per_line": "1000.00"},
    "transport": {"per_day": "", "per_line": "200.00"},
    "other": {"per_day": "", "per_line": ""},
}
MAX_LINES = 100
MAX_DAYS = 366
MAX_RECEIPT_SIZE = 20 * 1024 * 1024
LIMITS = {"purpose": 300, "invoice_number": 40, "notes": 2000}
#: what a receipt may be, by its first bytes (the file name's extension is not trusted)
MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"BM", "bmp"),
)


@dataclass(frozen=True)
class CleanLine:
    line_no: int
    expense_date: date
    category: str
    purpose: str
    amount: Decimal
    invoice_number: str
    days: int | None


def parse_amount(value, line_no: int) -> Decimal:
    field = f"lines[{line_no}].amount"
    try:
        amount = parse_money(value, field=field)
    except ValidationError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the amount “{value}” is not valid (yuan with "
                                                          "at most two decimals)."),
                              field=field, line=line_no, value=value) from exc
    if amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the amount must be more than 0."),
                              field=field, line=line_no)
    return amount


def clean_lines(lines: tuple[LineInput, ...], today: date) -> list[CleanLine]:
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A claim needs at least one line."), field="lines")
    if len(lines) > MAX_LINES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A claim has at most {max} lines."), field="lines",
                              max=MAX_LINES)
    out = []
    for index, line in enumerate(lines, start=1):
        if line.category not in CATEGORIES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: choose the expense category."),
                                  field=f"lines[{index}].category", line=index)
        if not isinstance(line.expense_date, date):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: enter the date of the expense."),
                                  field=f"lines[{index}].date", line=index)
        if line.expense_date > today:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the expense date {date} is in the future."),
                                  field=f"lines[{index}].date", line=index, date=line.expense_date.isoformat())
        purpose = (line.purpose or "").strip()
        if not purpose:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: write what the expense was for."),
                                  field=f"lines[{index}].purpose", line=index)
        invoice = (line.invoice_number or "").strip().upper()
        for name, value in (("purpose", purpose), ("invoice_number", invoice)):
            if len(value) > LIMITS[name]:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: {field} is longer than {limit} "
                                                                  "characters."),
                                      field=f"lines[{index}].{name}", line=index, limit=LIMITS[name])
        days = line.days
        if days in ("", 0):
            days = None
        if days is not None and (not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_DAYS):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: the number of days is a whole number "
                                                              "from 1 to {max}."),
                                  field=f"lines[{index}].days", line=index, max=MAX_DAYS)
        if line.category == "travel" and days is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Line {line}: give the number of travel days."),
                                  field=f"lines[{index}].days", line=index)
        out.append(CleanLine(index, line.expense_date, line.category, purpose, parse_amount(line.amount, index),
                             invoice, days))
    return out


# --- standards -----------------------------------------------------------------------------------


def _limit(value) -> Decimal | None:
    if value in (None, ""):
        return None
    amount = parse_money(value, field="standard")
    if amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A standard is an amount more than 0, or empty for none."),
                              field="standard")
    return amount


def standards(session: Session) -> dict[str, Standard]:
    stored = get_setting(session, STANDARDS_SETTING, None) or DEFAULT_STANDARDS
    out = {}
    for code in CATEGORIES:
        entry = stored.get(code) or {}
        out[code] = Standard(code, _limit(entry.get("per_day")), _limit(entry.get("per_line")))
    return out


def save_standards(session: Session, values: dict[str, Standard], user_id: str) -> None:
    stored = {}
    for code in CATEGORIES:
        standard = values.get(code) or Standard(code, None, None)
        per_day, per_line = _limit(standard.per_day), _limit(standard.per_line)
        stored[code] = {"per_day": f"{per_day:.2f}" if per_day else "",
                        "per_line": f"{per_line:.2f}" if per_line else ""}
    set_setting(session, STANDARDS_SETTING, stored, user_id)


def check_standard(standard: Standard, line_no: int, amount: Decimal, days: int | None) -> StandardResult:
    """Whether one line keeps to its category's standard."""
    if standard.per_day is not None and days:
        limit = standard.per_day * days
        if amount > limit:
            return StandardResult(line_no, False, QT_TRANSLATE_NOOP(
                "reimbursements", "Line {line}: {amount} is over the standard of {limit} ({per_day} a day for {days} "
                                  "days)."),
                {"line": line_no, "amount": f"{amount:,.2f}", "limit": f"{limit:,.2f}",
                 "per_day": f"{standard.per_day:,.2f}", "days": days})
    if standard.per_line is not None and amount > standard.per_line:
        return StandardResult(line_no, False, QT_TRANSLATE_NOOP(
            "reimbursements", "Line {line}: {amount} is over the standard of {limit} per receipt."),
            {"line": line_no, "amount": f"{amount:,.2f}", "limit": f"{standard.per_line:,.2f}"})
    return StandardResult(line_no, True, QT_TRANSLATE_NOOP("reimbursements", "Line {line}: within the standard."),
                          {"line": line_no})


# --- receipts ------------------------------------------------------------------------------------


def receipt_kind(path: Path) -> str:
    """'pdf', 'png', 'jpeg'… for a receipt that is an image or a PDF of at most 20 MB; else a
    ValidationError naming the file."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path))
    size = path.stat().st_size
    if size > MAX_RECEIPT_SIZE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} is larger than {limit} MB; scan the receipt at a "
                                                          "lower resolution."),
                              field="receipt", name=path.name, limit=MAX_RECEIPT_SIZE // (1024 * 1024))
    with path.open("rb") as handle:
        head = handle.read(16)
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} is not a picture or a PDF; attach a scan or photo of "
                                                      "the receipt."), field="receipt", name=path.name)


def capitals(amount: Decimal) -> str:
    """The amount in Chinese capitals, as the claim form prints it."""
    return amount_in_capitals(amount)


def money_text(amount: Decimal | None) -> str:
    return format_money(amount)
