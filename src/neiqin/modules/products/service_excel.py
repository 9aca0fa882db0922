"""The product list to and from Excel: the same rules as entry, all-or-nothing imports."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select

from neiqin.core.audit import AuditEntry, bulk_entries
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.excel import (
    ROW_KEY,
    CellError,
    ExcelColumn,
    export_rows,
    read_rows,
    row_error,
    row_errors,
    write_template,
)
from neiqin.core.excel.progress import as_progress
from neiqin.core.ids import new_id
from neiqin.core.search import bulk_index, settle
from neiqin.modules.products.models import Product
from neiqin.modules.products.schemas import ProductFilter, ProductInput
from neiqin.modules.products.service import MAX_LENGTHS, clean_product, index_row, product_query

PRODUCT_COLUMNS = [
    ExcelColumn("code", "产品编码", "Code", required=True, max_length=MAX_LENGTHS["code"]),
    ExcelColumn("name", "产品名称", "Name", required=True, max_length=MAX_LENGTHS["name"], width=30),
    ExcelColumn("spec", "规格", "Specification", max_length=MAX_LENGTHS["spec"], width=24),
    ExcelColumn("unit", "单位", "Unit", required=True, max_length=MAX_LENGTHS["unit"]),
    ExcelColumn("category", "类别", "Category", max_length=MAX_LENGTHS["category"]),
    ExcelColumn("list_price", "单价", "Unit price", kind="money", required=True),
    ExcelColumn("cost", "成本", "Cost", kind="money"),
    ExcelColumn("reorder_point", "补货点", "Reorder point", kind="int"),
    ExcelColumn("lead_time_days", "交货期(天)", "Lead time (days)", kind="int"),
    ExcelColumn("location", "库位", "Location", max_length=MAX_LENGTHS["location"]),
    ExcelColumn("active", "启用", "Active", kind="bool"),
    ExcelColumn("notes", "备注", "Notes", max_length=MAX_LENGTHS["notes"]),
]
IMPORT_BATCH = 2000


def export_products(uow, path: Path, filters: ProductFilter | dict | None = None, progress=None) -> int:
    uow.actor.require("products.export")
    if not isinstance(filters, ProductFilter):
        filters = ProductFilter.from_dict(filters or {})
    table = Product.__table__
    query = product_query(filters).with_only_columns(*(table.c[c.key] for c in PRODUCT_COLUMNS))
    query = query.order_by(table.c.code)
    session = uow.session
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0

    def rows() -> Iterator[dict]:
        yield from session.execute(query.execution_options(yield_per=2000)).mappings()

    return export_rows(path, "产品", PRODUCT_COLUMNS, rows(), progress=progress, total=total)


def write_product_template(path: Path) -> Path:
    return write_template(path, PRODUCT_COLUMNS)


def import_products(uow, path: Path, progress=None) -> int:
    """New products from a sheet: every row checked (fields, codes unique in the file and the
    catalogue) before any is written. Returns the count."""
    uow.actor.require("products.import")
    errors: list[ValidationError] = []
    rows = read_rows(path, PRODUCT_COLUMNS, progress, errors)
    items: list[ProductInput] = []
    seen: dict[str, int] = {}
    for row in rows:
        number = row[ROW_KEY]
        data = ProductInput(
            code=row["code"], name=row["name"], unit=row["unit"], spec=row.get("spec") or "",
            category=row.get("category") or "", list_price=row["list_price"] if row["list_price"] is not None
            else Decimal("0"), cost=row.get("cost"), reorder_point=row.get("reorder_point") or 0,
            lead_time_days=row.get("lead_time_days") or 0, location=row.get("location") or "",
            active=True if row.get("active") is None else row["active"], notes=row.get("notes") or "")
        try:
            data = clean_product(data)
        except ValidationError as exc:
            errors.append(row_error(exc, number, PRODUCT_COLUMNS))
            continue
        if data.code in seen:
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the same code as row {other}."),
                                    row=number, column="产品编码", other=seen[data.code]))
            continue
        seen[data.code] = number
        items.append(data)
    session = uow.session
    codes = list(seen)
    for start in range(0, len(codes), 500):
        for code in session.scalars(select(Product.code).where(func.upper(Product.code).in_(codes[start:start + 500]))):
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the code {code} is in use already."),
                                    row=seen[code.upper()], column="产品编码", code=code))
    row_errors(errors)
    return _insert(uow, items, progress)


def _insert(uow, items: list[ProductInput], progress) -> int:
    report = as_progress(progress)
    connection = uow.session.connection()
    now, actor = uow.now(), uow.actor
    for start in range(0, len(items), IMPORT_BATCH):
        batch = items[start:start + IMPORT_BATCH]
        records = [{
            "id": new_id(), "code": d.code, "name": d.name, "spec": d.spec or None, "unit": d.unit,
            "category": d.category or None, "list_price": d.list_price, "cost": d.cost,
            "reorder_point": d.reorder_point, "lead_time_days": d.lead_time_days, "location": d.location or None,
            "active": d.active, "notes": d.notes or None, "branch_id": None, "created_at": now,
            "created_by": actor.user_id, "updated_at": now, "updated_by": actor.user_id, "deleted_at": None,
            "server_version": None, "hlc": uow.db.clock.now(),
        } for d in batch]
        connection.execute(insert(Product), records)
        connection.execute(insert(AuditEntry), bulk_entries(actor, now, "product", records))
        bulk_index(connection, (index_row(r["id"], d) for r, d in zip(records, batch, strict=True)))
        report(start + len(batch), len(items), "")
    settle(connection, len(items))
    return len(items)
