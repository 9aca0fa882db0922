"""Stock to and from Excel: opening stock import (template, every row checked, all or nothing),
the stock list export and the purchase list of replenishment suggestions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

import neiqin.modules.products.service as products
from neiqin.core.audit import AuditEntry, bulk_entries
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from neiqin.core.excel import (
    ROW_KEY,
    CellError,
    ExcelColumn,
    export_rows,
    read_rows,
    row_errors,
    write_template,
)
from neiqin.core.excel.progress import as_progress
from neiqin.core.ids import new_id
from neiqin.core.ledger.movements import OPENING, parse_quantity
from neiqin.core.listing import ListState
from neiqin.modules.inventory import service_analysis
from neiqin.modules.inventory.ledger import LEDGER, SOURCE_ENTRY
from neiqin.modules.inventory.listing import STOCK_STATES, stock_list
from neiqin.modules.inventory.models import StockMovement
from neiqin.modules.inventory.service import moment_of

OPENING_COLUMNS = [
    ExcelColumn("code", "产品编码", "Code", required=True, max_length=40),
    ExcelColumn("location", "库位", "Location", max_length=60),
    ExcelColumn("quantity", "期初数量", "Opening quantity", kind="decimal", required=True),
    ExcelColumn("unit_cost", "单位成本", "Unit cost", kind="money"),
    ExcelColumn("moved_on", "期初日期", "Opening date", kind="date"),
    ExcelColumn("note", "备注", "Notes", max_length=200),
]
STOCK_COLUMNS = [
    ExcelColumn("code", "产品编码", "Code"), ExcelColumn("name", "产品名称", "Name", width=30),
    ExcelColumn("spec", "规格", "Specification", width=24), ExcelColumn("unit", "单位", "Unit"),
    ExcelColumn("category", "类别", "Category"), ExcelColumn("location", "库位", "Location"),
    ExcelColumn("quantity", "账面数量", "Book quantity", kind="decimal"),
    ExcelColumn("reorder_point", "补货点", "Reorder point", kind="int"),
    ExcelColumn("state", "库存状态", "Stock", kind="choice",
                choices={"negative": "负库存", "low": "低于补货点", "ok": "有库存", "none": "无库存"}),
]
PURCHASE_COLUMNS = [
    ExcelColumn("code", "产品编码", "Code"), ExcelColumn("name", "产品名称", "Name", width=30),
    ExcelColumn("spec", "规格", "Specification", width=24), ExcelColumn("unit", "单位", "Unit"),
    ExcelColumn("category", "类别", "Category"),
    ExcelColumn("available", "当前库存", "In stock", kind="decimal"),
    ExcelColumn("daily_sales", "日均销量", "Daily sales", kind="decimal"),
    ExcelColumn("lead_time_days", "交货期(天)", "Lead time (days)", kind="int"),
    ExcelColumn("reorder_point", "补货点", "Reorder point", kind="int"),
    ExcelColumn("suggested", "建议采购数量", "Suggested quantity", kind="decimal"),
    ExcelColumn("cost", "参考单价", "Unit cost", kind="money"),
]
FILTER_KEYS = ("category", "location", "state", "text")
_ = STOCK_STATES


def write_opening_template(path: Path) -> Path:
    return write_template(path, OPENING_COLUMNS, sheet_title="期初库存")


def import_opening(uow, path: Path, progress=None) -> int:
    """Opening stock per product and location. A product/location that has movements already, an
    unknown code, a bad quantity or a repeated row refuses the whole file."""
    uow.actor.require("inventory.import")
    errors: list[ValidationError] = []
    rows = read_rows(path, OPENING_COLUMNS, progress, errors)
    session = uow.session
    seen: dict[tuple[str, str], int] = {}
    records = []
    now = uow.now()
    for row in rows:
        number = row[ROW_KEY]
        try:
            product = products.get_product_by_code(session, row["code"])
        except NotFound:
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: no product with code {code}."),
                                    row=number, column="产品编码", code=row["code"]))
            continue
        try:
            quantity = parse_quantity(row["quantity"])
        except ValidationError as exc:
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: {reason}"), row=number,
                                    column="期初数量", reason=exc.render()))
            continue
        location = (row.get("location") or "").strip() or product.location
        key = (product.id, location)
        if key in seen:
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the same product and location "
                                                                "as row {other}."),
                                    row=number, column="产品编码", other=seen[key]))
            continue
        seen[key] = number
        if not quantity:
            continue
        day = row.get("moved_on")
        if isinstance(day, date) and day > now.astimezone().date():
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the date is in the future."),
                                    row=number, column="期初日期"))
            continue
        records.append({"item_id": product.id, "location": location, "quantity": quantity,
                        "unit_cost": row.get("unit_cost"), "moved_at": moment_of(day, now),
                        "note": (row.get("note") or "").strip() or None, "row": number})
    table = StockMovement.__table__
    for product_id, location in seen:
        found = session.scalar(select(table.c.id).where(table.c.item_id == product_id, table.c.location == location,
                                                        table.c.deleted_at.is_(None)).limit(1))
        if found is not None:
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: this product has stock "
                                                                "movements at this location already; record a "
                                                                "receipt or count it instead."),
                                    row=seen[(product_id, location)], column="产品编码"))
    row_errors(errors)
    return _insert(uow, records, progress)


def _insert(uow, records: list[dict], progress) -> int:
    report = as_progress(progress)
    connection = uow.session.connection()
    actor, now = uow.actor, uow.now()
    source_id = new_id()
    rows = [{"id": new_id(), "item_id": r["item_id"], "location": r["location"], "kind": OPENING,
             "quantity": r["quantity"], "unit_cost": r["unit_cost"], "moved_at": r["moved_at"],
             "source_type": SOURCE_ENTRY, "source_id": source_id, "source_number": None, "reverses_id": None,
             "note": r["note"], "branch_id": actor.branch_id, "created_at": now, "created_by": actor.user_id,
             "updated_at": now, "updated_by": actor.user_id, "deleted_at": None, "server_version": None,
             "hlc": uow.db.clock.now()} for r in records]
    for start in range(0, len(rows), 2000):
        batch = rows[start:start + 2000]
        connection.execute(insert(StockMovement), batch)
        connection.execute(insert(AuditEntry), bulk_entries(actor, now, StockMovement.__tablename__, batch))
        report(start + len(batch), len(rows), "")
    LEDGER.rebuild(uow.session)
    return len(rows)


def export_stock(uow, path: Path, filters: dict, progress=None) -> int:
    """The stock list to .xlsx (`neiqin export stock --filter state=low`)."""
    uow.actor.require("inventory.export")
    unknown = set(filters) - set(FILTER_KEYS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown filter {name}; use {names}."), field="filter",
                              name=sorted(unknown)[0], names=", ".join(FILTER_KEYS))
    query = stock_list()
    state = filters if isinstance(filters, ListState) else ListState(
        text=str(filters.get("text", "")), filters={k: v for k, v in filters.items() if k != "text"})
    keys = [c.key for c in query.columns]
    total = query.count(uow.session, state)
    rows = (dict(zip(keys, row.values, strict=True)) for row in query.iter_all(uow.session, state))
    return export_rows(Path(path), "库存", STOCK_COLUMNS, rows, progress=progress, total=total)


def export_purchase_list(uow, path: Path, filters: dict | None = None, progress=None) -> int:
    """Replenishment suggestions as a purchase list (`neiqin export purchase-list`)."""
    uow.actor.require("inventory.export")
    filters = dict(filters or {})
    window = int(filters.get("window_days", 90))
    cover = int(filters.get("cover_days", 30))
    rows = service_analysis.replenishment(uow.session, uow.actor, uow.now().astimezone().date(), window, cover)
    return export_rows(Path(path), "采购清单", PURCHASE_COLUMNS, (r.__dict__ for r in rows), progress=progress,
                       total=len(rows))
