"""The slice's lists to and from Excel: the catalogue (export, template, all-or-nothing import with
opening stock), the usage ledger and purchase plans (export)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.excel import ROW_KEY, CellError, ExcelColumn, export_rows, read_rows, row_error, row_errors
from neiqin.core.excel import write_template as _write_template
from neiqin.core.excel.progress import as_progress
from neiqin.modules.supplies import rules
from neiqin.modules.supplies.models import PurchasePlan, SupplyItem
from neiqin.modules.supplies.plans import plan_view
from neiqin.modules.supplies.schemas import ItemInput, UsageFilter
from neiqin.modules.supplies.service import MAX_LENGTHS, clean_item, create_item, list_items
from neiqin.modules.supplies.usage import usage_rows

PER_CHOICES = rules.PER_WORDS
PERIOD_CHOICES = rules.PERIOD_WORDS
ITEM_COLUMNS = [
    ExcelColumn("code", "编码", "Code", required=True, max_length=MAX_LENGTHS["code"]),
    ExcelColumn("name", "名称", "Name", required=True, max_length=MAX_LENGTHS["name"], width=24),
    ExcelColumn("spec", "规格", "Specification", max_length=MAX_LENGTHS["spec"], width=20),
    ExcelColumn("unit", "单位", "Unit", required=True, max_length=MAX_LENGTHS["unit"]),
    ExcelColumn("category", "类别", "Category", max_length=MAX_LENGTHS["category"]),
    ExcelColumn("minimum_stock", "最低库存", "Minimum stock", "decimal"),
    ExcelColumn("standard_quantity", "发放标准数量", "Issue standard", "decimal"),
    ExcelColumn("standard_per", "标准按", "Standard per", "choice", choices=PER_CHOICES),
    ExcelColumn("standard_period", "标准周期", "Standard period", "choice", choices=PERIOD_CHOICES),
    ExcelColumn("supplier", "供应商", "Supplier", max_length=MAX_LENGTHS["supplier"], width=24),
    ExcelColumn("last_price", "最近单价", "Last price", "money"),
]
EXPORT_ITEM_COLUMNS = [*ITEM_COLUMNS, ExcelColumn("stock", "库存", "Stock", "decimal"),
                       ExcelColumn("active", "启用", "Active", "bool")]
IMPORT_COLUMNS = [*ITEM_COLUMNS, ExcelColumn("opening_stock", "期初库存", "Opening stock", "decimal")]
USAGE_COLUMNS = [
    ExcelColumn("issued_on", "日期", "Date", "date"),
    ExcelColumn("number", "单号", "Number", width=20),
    ExcelColumn("kind", "类型", "Kind", "choice", choices={"issue": "领用", "return": "退库"}),
    ExcelColumn("department", "部门", "Department"),
    ExcelColumn("recipient_name", "领用人", "Recipient"),
    ExcelColumn("code", "编码", "Code"),
    ExcelColumn("name", "名称", "Name", width=20),
    ExcelColumn("spec", "规格", "Specification"),
    ExcelColumn("unit", "单位", "Unit"),
    ExcelColumn("quantity", "数量", "Quantity", "decimal"),
    ExcelColumn("unit_cost", "单价", "Unit cost", "money"),
    ExcelColumn("amount", "金额", "Amount", "money"),
    ExcelColumn("signed", "已签字", "Signed", "bool"),
]
PLAN_COLUMNS = [
    ExcelColumn("number", "计划编号", "Plan", width=20),
    ExcelColumn("plan_date", "日期", "Date", "date"),
    ExcelColumn("status", "状态", "Status", "choice", choices=rules.STATE_WORDS),
    ExcelColumn("line_no", "序号", "Line", "int"),
    ExcelColumn("code", "编码", "Code"),
    ExcelColumn("name", "名称", "Name", width=20),
    ExcelColumn("spec", "规格", "Specification"),
    ExcelColumn("unit", "单位", "Unit"),
    ExcelColumn("stock_then", "当时库存", "Stock then", "decimal"),
    ExcelColumn("monthly_usage", "月均用量", "Monthly usage", "decimal"),
    ExcelColumn("quantity", "采购数量", "Quantity", "decimal"),
    ExcelColumn("unit_price", "单价", "Unit price", "money"),
    ExcelColumn("amount", "金额", "Amount", "money"),
    ExcelColumn("supplier", "供应商", "Supplier", width=24),
    ExcelColumn("received_quantity", "已验收", "Received", "decimal"),
]
USAGE_FILTERS = ("date_from", "date_to", "department", "recipient")
PLAN_FILTERS = ("number", "status")


def _unknown(filters: dict, allowed: tuple[str, ...]) -> None:
    unknown = set(filters) - set(allowed)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown filter {name}; use {names}."), field="filter",
                              name=sorted(unknown)[0], names=", ".join(allowed))


def _day(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."), field="date",
                              value=value) from None


def export_catalogue(uow: UnitOfWork, path: Path, filters: dict | None = None, progress=None) -> int:
    uow.actor.require("supplies.export")
    _unknown(filters or {}, ())
    items = list_items(uow.session, uow.actor, active_only=False)
    return export_rows(Path(path), "办公用品目录", EXPORT_ITEM_COLUMNS, items, progress=progress, total=len(items))


def write_catalogue_template(path: Path) -> Path:
    return _write_template(Path(path), IMPORT_COLUMNS, "办公用品导入模板")


def import_catalogue(uow: UnitOfWork, path: Path, progress=None) -> int:
    """New items with their opening stock; every row is checked first, a bad file imports nothing."""
    uow.actor.require("supplies.import")
    uow.actor.require("supplies.manage")
    errors: list[ValidationError] = []
    rows = read_rows(Path(path), IMPORT_COLUMNS, progress, errors)
    seen: dict[str, int] = {}
    ready: list[tuple[ItemInput, Decimal | None]] = []
    for row in rows:
        number = row[ROW_KEY]
        data = ItemInput(code=row["code"], name=row["name"], unit=row["unit"], spec=row.get("spec") or "",
                         category=row.get("category") or "", minimum_stock=row.get("minimum_stock") or 0,
                         standard_quantity=row.get("standard_quantity"), standard_per=row.get("standard_per") or "",
                         standard_period=row.get("standard_period") or "", supplier=row.get("supplier") or "",
                         last_price=row.get("last_price"))
        opening = row.get("opening_stock")
        try:
            values = clean_item(data)
            if opening is not None and Decimal(opening) < 0:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "A quantity cannot be negative."),
                                      field="opening_stock")
        except ValidationError as exc:
            errors.append(row_error(exc, number, IMPORT_COLUMNS))
            continue
        code = values["code"]
        if code in seen:
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the same code as row {other}."),
                                    row=number, column="编码", other=seen[code]))
            continue
        seen[code] = number
        ready.append((data, opening))
    for code in uow.session.scalars(select(SupplyItem.code).where(SupplyItem.code.in_(list(seen)))):
        errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the code {code} is in use already."),
                                row=seen[code], column="编码", code=code))
    row_errors(errors)
    report = as_progress(progress)
    for index, (data, opening) in enumerate(ready):
        create_item(uow, data, opening)
        report(index + 1, len(ready), "")
    return len(ready)


def export_usage(uow: UnitOfWork, path: Path, filters: dict | None = None, progress=None) -> int:
    """The usage ledger (`neiqin export supplies-usage --filter date_from=2026-01-01 --filter department=销售部`)."""
    uow.actor.require("supplies.export")
    filters = filters or {}
    _unknown(filters, USAGE_FILTERS)
    usage = UsageFilter(_day(filters.get("date_from")), _day(filters.get("date_to")),
                        str(filters.get("department") or ""), str(filters.get("recipient") or ""))
    rows = usage_rows(uow.session, uow.actor, usage)
    return export_rows(Path(path), "领用台账", USAGE_COLUMNS, rows, progress=progress, total=len(rows))


def export_plans(uow: UnitOfWork, path: Path, filters: dict | None = None, progress=None) -> int:
    """Purchase plan lines for ordering (`--filter number=CG-BJ01-2026-000001` or `status=approved`)."""
    uow.actor.require("supplies.export")
    filters = filters or {}
    _unknown(filters, PLAN_FILTERS)
    query = select(PurchasePlan).where(PurchasePlan.deleted_at.is_(None))
    if filters.get("number"):
        query = query.where(PurchasePlan.number == str(filters["number"]).strip().upper())
    if filters.get("status"):
        if filters["status"] not in rules.PLAN_STATES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown status {status}."), field="status",
                                  status=filters["status"])
        query = query.where(PurchasePlan.status == filters["status"])
    rows = []
    for plan in uow.session.scalars(query.order_by(PurchasePlan.plan_date, PurchasePlan.number)):
        view = plan_view(uow.session, plan)
        for line in view.lines:
            rows.append({"number": view.number, "plan_date": view.plan_date, "status": view.status,
                         "line_no": line.line_no, "code": line.code, "name": line.name, "spec": line.spec,
                         "unit": line.unit, "stock_then": line.stock_then, "monthly_usage": line.monthly_usage,
                         "quantity": line.quantity, "unit_price": line.unit_price, "amount": line.amount,
                         "supplier": line.supplier, "received_quantity": line.received_quantity})
    return export_rows(Path(path), "采购计划", PLAN_COLUMNS, rows, progress=progress, total=len(rows))
