"""The archive register to and from Excel: export of the register, a template, and the import of an
existing register (all or nothing: every row checked against the same rules as entry)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, insert, select

import neiqin.modules.customers.service as customers
from neiqin.core.audit import AuditEntry, bulk_entries
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
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
from neiqin.core.numbering import reserve_block
from neiqin.core.search import bulk_index, settle
from neiqin.modules.archive import rules
from neiqin.modules.archive.listing import item_list
from neiqin.modules.archive.models import ArchiveItem
from neiqin.modules.archive.schemas import ItemInput
from neiqin.modules.archive.service import (
    ITEM_PREFIX,
    branch_code,
    clean_item,
    item_index_row,
    local_today,
    order_link,
)

ITEM_COLUMNS_XLSX = (
    ExcelColumn("number", "档号", "Archive number", width=22, max_length=40),
    ExcelColumn("title", "题名", "Title", required=True, max_length=300, width=40),
    ExcelColumn("category", "类别", "Class", required=True, max_length=40),
    ExcelColumn("kind", "载体形式", "Form", "choice", choices=rules.KIND_WORDS),
    ExcelColumn("doc_date", "日期", "Date", "date", required=True),
    ExcelColumn("customer_code", "客户编码", "Customer code", max_length=40),
    ExcelColumn("customer_name", "客户", "Customer", max_length=200, width=28),
    ExcelColumn("order_number", "订单编号", "Order", max_length=40, width=22),
    ExcelColumn("room", "库房", "Room", max_length=40),
    ExcelColumn("cabinet", "柜号", "Cabinet", max_length=40),
    ExcelColumn("shelf", "架号", "Shelf", max_length=40),
    ExcelColumn("box", "盒号", "Box", max_length=40),
    ExcelColumn("pages", "页数", "Pages", "int"),
    ExcelColumn("retention", "保管期限", "Retention", max_length=10),
    ExcelColumn("confidentiality", "密级", "Confidentiality", "choice", choices=rules.LEVEL_WORDS),
    ExcelColumn("status", "状态", "Status", "choice", choices=rules.ITEM_WORDS),
    ExcelColumn("notes", "备注", "Notes", max_length=2000, width=30),
)
IMPORTABLE_STATES = (rules.IN_STORE, rules.MISSING, rules.DESTROYED)
BATCH = 1000


def parse_retention(value: str | None) -> int | None:
    """"10", "10年", "10 years" → 10; "永久" / "permanent" → None (kept permanently)."""
    text = (value or "").strip().lower()
    if text in ("", "永久", "permanent", "长期"):
        return None
    digits = text.rstrip("年").replace("years", "").replace("year", "").strip()
    if not digits.isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a retention period (years, or 永久)."),
                              field="retention", value=value)
    return int(digits)


def export_items(uow, path: Path, filters: dict, progress=None) -> int:
    """The register as filtered in the tab (`neiqin export archive-items --filter status=on_loan`)."""
    from neiqin.core.listing import ListState
    from neiqin.modules.archive.listing import FILTER_KEYS

    uow.actor.require("archive.export")
    unknown = set(filters) - set(FILTER_KEYS["items"])
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown filter {name}; use {names}."), field="filter",
                              name=sorted(unknown)[0], names=", ".join(FILTER_KEYS["items"]))
    query = item_list(local_today(uow))
    state = ListState(text=str(filters.get("text", "")), filters={k: v for k, v in filters.items() if k != "text"})
    total = query.count(uow.session, state)
    ids = query.select(state).with_only_columns(query.id_expr)
    session = uow.session
    codes: dict[str, str] = {}

    def code_of(customer_id: str | None) -> str | None:
        if not customer_id:
            return None
        if customer_id not in codes:
            try:
                codes[customer_id] = customers.get_customer_ref(session, customer_id).code
            except NotFound:
                codes[customer_id] = ""
        return codes[customer_id] or None

    def rows() -> Iterator[dict]:
        order = {item_id: n for n, item_id in enumerate(session.scalars(ids))}
        found = session.scalars(select(ArchiveItem).where(ArchiveItem.id.in_(list(order))))
        for item in sorted(found, key=lambda i: order[i.id]):
            yield {"number": item.number, "title": item.title, "category": item.category, "kind": item.kind,
                   "doc_date": item.doc_date, "customer_code": code_of(item.customer_id),
                   "customer_name": item.customer_name, "order_number": item.order_number, "room": item.room,
                   "cabinet": item.cabinet, "shelf": item.shelf, "box": item.box, "pages": item.pages,
                   "retention": rules.retention_text(item.retention_years),
                   "confidentiality": item.confidentiality, "status": item.status, "notes": item.notes}

    return export_rows(Path(path), "档案登记", ITEM_COLUMNS_XLSX, rows(), progress=progress, total=total)


def write_item_template(path: Path) -> Path:
    return write_template(Path(path), ITEM_COLUMNS_XLSX)


def _customer(session, row: dict) -> tuple[str | None, str | None]:
    code = (row.get("customer_code") or "").strip()
    name = (row.get("customer_name") or "").strip()
    if code:
        try:
            ref = customers.get_customer_by_code(session, code)
        except NotFound:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "No customer with code {code}."),
                                  field="customer_code", code=code) from None
        return ref.id, ref.name
    if name:
        match = next((ref for ref in customers.lookup_customers(session, name, 10) if ref.name == name), None)
        if match is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "No customer named {name}."), field="customer_name",
                                  name=name)
        return match.id, match.name
    return None, None


def import_items(uow, path: Path, progress=None) -> int:
    """An existing register from a sheet: every row checked (fields, numbers unique in the file and
    the register, customers and orders known) before any is written. Returns the count."""
    uow.actor.require("archive.import")
    session = uow.session
    errors: list[ValidationError] = []
    rows = read_rows(Path(path), ITEM_COLUMNS_XLSX, progress, errors)
    records: list[tuple[dict, ItemInput]] = []
    seen: dict[str, int] = {}
    for row in rows:
        number = row[ROW_KEY]
        try:
            data = clean_item(ItemInput(
                title=row["title"] or "", category=row["category"] or "", kind=row.get("kind") or "paper",
                doc_date=row["doc_date"], number=row.get("number") or "", order_number=row.get("order_number") or "",
                room=row.get("room") or "", cabinet=row.get("cabinet") or "", shelf=row.get("shelf") or "",
                box=row.get("box") or "", pages=row.get("pages"), retention_years=parse_retention(row.get("retention")),
                confidentiality=row.get("confidentiality") or "internal", notes=row.get("notes") or ""))
            if data.kind in ("paper", "both") and not data.room:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "A paper item needs its place: at least the room."),
                                      field="room")
            status = row.get("status") or rules.IN_STORE
            if status not in IMPORTABLE_STATES:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Import items on loan as in store and record the "
                                                                  "lending."), field="status")
            customer_id, customer_name = _customer(session, row)
            order_id, order_number = order_link(session, uow.actor, data.order_number)
        except ValidationError as exc:
            errors.append(row_error(exc, number, ITEM_COLUMNS_XLSX))
            continue
        if data.number:
            if data.number in seen:
                errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the same number as row "
                                                                    "{other}."), row=number, column="档号",
                                        other=seen[data.number]))
                continue
            seen[data.number] = number
        records.append(({"row": number, "status": status, "customer_id": customer_id,
                         "customer_name": customer_name, "order_id": order_id, "order_number": order_number}, data))
    numbers = list(seen)
    for start in range(0, len(numbers), 500):
        for used in session.scalars(select(ArchiveItem.number).where(ArchiveItem.number.in_(numbers[start:start + 500]))):
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the number {number} is in use "
                                                                "already."), row=seen[used], column="档号", number=used))
    row_errors(errors)
    return _insert(uow, records, progress)


def _insert(uow, records: list[tuple[dict, ItemInput]], progress) -> int:
    report = as_progress(progress)
    connection = uow.session.connection()
    now, actor = uow.now(), uow.actor
    branch = branch_code(uow.session)
    missing = [data for _facts, data in records if not data.number]
    year = local_today(uow).year
    drawn = iter(reserve_block(uow.session, ITEM_PREFIX, branch, year, len(missing)) if missing else [])
    for start in range(0, len(records), BATCH):
        batch = records[start:start + BATCH]
        rows = []
        for facts, d in batch:
            rows.append({
                "id": new_id(), "number": d.number or next(drawn), "kind": d.kind, "category": d.category,
                "title": d.title, "doc_date": d.doc_date, "customer_id": facts["customer_id"],
                "customer_name": facts["customer_name"], "order_id": facts["order_id"],
                "order_number": facts["order_number"], "contract_id": None, "room": d.room or None,
                "cabinet": d.cabinet or None, "shelf": d.shelf or None, "box": d.box or None, "pages": d.pages,
                "retention_years": d.retention_years,
                "retention_until": rules.retention_until(d.doc_date, d.retention_years),
                "confidentiality": d.confidentiality, "status": facts["status"], "destroyed_on": None,
                "notes": d.notes or None, "branch_id": actor.branch_id, "created_at": now,
                "created_by": actor.user_id, "updated_at": now, "updated_by": actor.user_id, "deleted_at": None,
                "server_version": None, "hlc": uow.db.clock.now()})
        connection.execute(insert(ArchiveItem), rows)
        connection.execute(insert(AuditEntry), bulk_entries(actor, now, ArchiveItem.__tablename__, rows))
        bulk_index(connection, (item_index_row(r["id"], r["number"], r["title"], r["category"], r["customer_name"])
                                for r in rows))
        report(start + len(batch), len(records), "")
    settle(connection, len(records))
    return len(records)


def count_items(session) -> int:
    return session.scalar(select(func.count()).select_from(ArchiveItem).where(ArchiveItem.deleted_at.is_(None))) or 0
