"""Customers and contacts to and from Excel: the same rules as entry, all-or-nothing imports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, insert, select

from neiqin.core.audit import AuditEntry, bulk_entries, log_event
from neiqin.core.db.bulk import insert_synced, update_synced
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
from neiqin.core.numbering import reserve_block
from neiqin.core.search import bulk_index, settle
from neiqin.modules.customers.models import CONFIDENTIAL_PERMISSION, Contact, Customer
from neiqin.modules.customers.rules import (
    CONTACT_MAX_LENGTHS,
    MAX_LENGTHS,
    clean_contact,
    clean_customer,
    customer_index_row,
    name_key,
    phone_key,
)
from neiqin.modules.customers.schemas import (
    CUSTOMER_TYPES,
    GRADES,
    ContactInput,
    CustomerFilter,
    CustomerInput,
)
from neiqin.modules.customers.service import CODE_PREFIX, _as_input, branch_code, customer_query

_TYPE_LABELS = {"enterprise": "企业", "individual": "个人", "government": "事业单位", "distributor": "经销商"}
assert set(_TYPE_LABELS) == set(CUSTOMER_TYPES)


def _text(key: str, zh: str, en: str, required: bool = False, limits=MAX_LENGTHS) -> ExcelColumn:
    return ExcelColumn(key, zh, en, required=required, max_length=limits[key])


CUSTOMER_COLUMNS = [
    _text("name", "客户名称", "Name", required=True),
    _text("short_name", "简称", "Short name"),
    ExcelColumn("customer_type", "客户类型", "Type", kind="choice", choices=_TYPE_LABELS),
    _text("industry", "行业", "Industry"),
    _text("region", "地区", "Region"),
    ExcelColumn("grade", "等级", "Grade", kind="choice", choices=GRADES),
    _text("legal_representative", "法定代表人", "Legal representative"),
    _text("business_scope", "经营范围", "Business scope"),
    _text("address", "地址", "Address"),
    _text("phone", "电话", "Phone"),
    _text("tax_id", "税号", "Tax id"),
    _text("tags", "标签", "Tags"),
    _text("notes", "备注", "Notes"),
]
CONFIDENTIAL_COLUMNS = [
    _text("bank_name", "开户银行", "Bank"),
    _text("bank_account", "银行账号", "Bank account"),
    ExcelColumn("credit_rating", "信用等级", "Credit rating"),
    ExcelColumn("credit_limit", "信用额度", "Credit limit", kind="money"),
]
CONTACT_COLUMNS = [
    ExcelColumn("customer", "客户名称", "Customer", required=True, max_length=200),
    _text("name", "联系人", "Contact", required=True, limits=CONTACT_MAX_LENGTHS),
    _text("title", "职务", "Title", limits=CONTACT_MAX_LENGTHS),
    _text("phone", "联系电话", "Contact phone", limits=CONTACT_MAX_LENGTHS),
    _text("email", "电子邮箱", "Email", limits=CONTACT_MAX_LENGTHS),
    _text("wechat", "微信", "WeChat", limits=CONTACT_MAX_LENGTHS),
    ExcelColumn("is_primary", "主要联系人", "Primary", kind="bool"),
]
EXPORT_COLUMNS = [ExcelColumn("code", "客户编号", "Code"), *CUSTOMER_COLUMNS]
IMPORT_BATCH = 2000


def export_customers(uow, path: Path, filters: CustomerFilter | dict | None = None, progress=None) -> int:
    """The (filtered) customer list; bank and credit columns only for `customers.confidential`,
    and then the export is logged as a view of confidential data."""
    uow.actor.require("customers.export")
    if not isinstance(filters, CustomerFilter):
        filters = CustomerFilter.from_dict(filters or {})
    confidential = uow.actor.can(CONFIDENTIAL_PERMISSION)
    columns = EXPORT_COLUMNS + (CONFIDENTIAL_COLUMNS if confidential else [])
    table = Customer.__table__
    query = customer_query(filters).with_only_columns(*(table.c[c.key] for c in columns)).order_by(table.c.code)
    session = uow.session
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0

    def rows() -> Iterator[dict]:  # plain rows, not ORM objects: 100k-row exports stay fast
        yield from session.execute(query.execution_options(yield_per=2000)).mappings()

    count = export_rows(path, "客户", columns, rows(), progress=progress, total=total)
    if confidential:
        log_event(session, uow.actor, uow.now(), "customer", "export", "view",
                  note=f"confidential: export of {count} customers to {Path(path).name}")
    return count


def write_customer_template(path: Path) -> Path:
    return write_template(path, CUSTOMER_COLUMNS)


def write_contact_template(path: Path) -> Path:
    return write_template(path, CONTACT_COLUMNS)


def _customer_input(row: dict, owner_id: str) -> CustomerInput:
    values = {c.key: row.get(c.key) for c in CUSTOMER_COLUMNS}
    values = {k: ("" if v is None else v) for k, v in values.items()}
    values["customer_type"] = values["customer_type"] or "enterprise"
    return CustomerInput(owner_id=owner_id, **values)


def import_customers(uow, path: Path, progress=None) -> int:
    """Every row is checked (fields, duplicates within the file and against the database) before
    one is written; written with Core executemany and indexed for search. Returns the count."""
    uow.actor.require("customers.import")
    errors: list[ValidationError] = []
    rows = read_rows(path, CUSTOMER_COLUMNS, progress, errors)
    session = uow.session
    cleaned: list[tuple[int, CustomerInput]] = []
    seen_names: dict[str, int] = {}
    seen_tax: dict[str, int] = {}
    for row in rows:
        number = row[ROW_KEY]
        try:
            data = clean_customer(_customer_input(row, uow.actor.user_id))
        except ValidationError as exc:
            errors.append(row_error(exc, number, CUSTOMER_COLUMNS))
            continue
        key = name_key(data.name)
        if key in seen_names:
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the same customer as row {other}."),
                                    row=number, column="客户名称", other=seen_names[key]))
            continue
        seen_names[key] = number
        if data.tax_id:
            if data.tax_id in seen_tax:
                errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: the same tax id as row {other}."),
                                        row=number, column="税号", other=seen_tax[data.tax_id]))
                continue
            seen_tax[data.tax_id] = number
        cleaned.append((number, data))
    _check_existing(session, cleaned, errors)
    row_errors(errors)
    return _insert_customers(uow, [data for _n, data in cleaned], progress)


def _check_existing(session, cleaned: list[tuple[int, CustomerInput]], errors: list[ValidationError]) -> None:
    """Duplicates against the database, in chunks (a 10k-row file must not run 30k queries)."""
    for start in range(0, len(cleaned), 500):
        chunk = cleaned[start:start + 500]
        names = {name_key(d.name): n for n, d in chunk}
        taxes = {d.tax_id: n for n, d in chunk if d.tax_id}
        phones = {phone_key(d.phone): n for n, d in chunk if phone_key(d.phone)}
        found = session.execute(select(Customer.name_key, Customer.tax_id, Customer.phone_key, Customer.name,
                                       Customer.code).where(
            Customer.deleted_at.is_(None),
            Customer.name_key.in_(names) | Customer.tax_id.in_(taxes) | Customer.phone_key.in_(phones)))
        for key, tax, phone, name, code in found:
            for number, column in ((names.get(key), "客户名称"), (taxes.get(tax), "税号"), (phones.get(phone), "电话")):
                if number is not None:
                    errors.append(CellError(QT_TRANSLATE_NOOP(
                        "errors", "Row {row}, {column}: the customer exists already: {name} ({code})."),
                        row=number, column=column, name=name, code=code))


def _insert_customers(uow, items: list[CustomerInput], progress=None) -> int:
    session = uow.session
    now, actor = uow.now(), uow.actor
    codes = reserve_block(session, CODE_PREFIX, branch_code(session), now.year, len(items)) if items else []
    connection = session.connection()
    report = as_progress(progress)
    done = 0
    for start in range(0, len(items), IMPORT_BATCH):
        batch = items[start:start + IMPORT_BATCH]
        records = []
        for data, code in zip(batch, codes[start:start + IMPORT_BATCH], strict=True):
            records.append({
                "id": new_id(), "code": code, "name": data.name, "short_name": data.short_name or None,
                "customer_type": data.customer_type, "industry": data.industry or None, "region": data.region or None,
                "grade": data.grade or None, "legal_representative": data.legal_representative or None,
                "business_scope": data.business_scope or None, "address": data.address or None,
                "phone": data.phone or None, "tax_id": data.tax_id or None, "notes": data.notes or None,
                "tags": data.tags or None, "organisation": None, "decision_process": None, "plans": None,
                "owner_id": actor.user_id, "bank_name": None, "bank_account": None, "credit_rating": None,
                "credit_limit": None, "name_key": name_key(data.name), "phone_key": phone_key(data.phone),
                "branch_id": actor.branch_id, "created_at": now, "created_by": actor.user_id, "updated_at": now,
                "updated_by": actor.user_id, "deleted_at": None, "server_version": None,
                "hlc": uow.db.clock.now(),
            })
        connection.execute(insert(Customer), records)
        connection.execute(insert(AuditEntry), bulk_entries(actor, now, "customer", records))
        bulk_index(connection, (customer_index_row(r["id"], r["code"], d) for r, d in zip(records, batch, strict=True)))
        done += len(batch)
        report(done, len(items), "")
    settle(connection, len(items))
    return len(items)


def import_contacts(uow, path: Path, progress=None) -> int:
    """Contacts of existing customers, matched by customer name (folded) or code."""
    uow.actor.require("customers.import")
    errors: list[ValidationError] = []
    rows = read_rows(path, CONTACT_COLUMNS, progress, errors)
    session = uow.session
    keys = {name_key(r["customer"]) for r in rows} | {r["customer"].strip() for r in rows}
    known: dict[str, str] = {}
    for chunk_start in range(0, len(keys), 500):
        chunk = list(keys)[chunk_start:chunk_start + 500]
        for cid, key, code in session.execute(select(Customer.id, Customer.name_key, Customer.code).where(
                Customer.deleted_at.is_(None), Customer.name_key.in_(chunk) | Customer.code.in_(chunk))):
            known[key] = known[code] = cid
    items: list[tuple[str, ContactInput]] = []
    for row in rows:
        customer_id = known.get(name_key(row["customer"])) or known.get(row["customer"].strip())
        if customer_id is None:
            errors.append(CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: no customer called “{name}”."),
                                    row=row[ROW_KEY], column="客户名称", name=row["customer"]))
            continue
        data = ContactInput(**{k: row.get(k) or "" for k in ("name", "title", "phone", "email", "wechat")},
                            is_primary=bool(row.get("is_primary")))
        try:
            items.append((customer_id, clean_contact(data)))
        except ValidationError as exc:
            exc.field = (exc.field or "").removeprefix("contact.")
            errors.append(row_error(exc, row[ROW_KEY], CONTACT_COLUMNS))
    row_errors(errors)
    _insert_contacts(session, items, progress)
    return len(items)


def _insert_contacts(session, items: list[tuple[str, ContactInput]], progress=None) -> None:
    """The contacts written with one executemany, ending as adding them one after the other in file
    order would: a primary contact takes the flag from the customer's earlier ones, so each
    customer's last primary row of the file is its primary contact. The customers are indexed for
    search again with all their contacts (progress: customers indexed of those touched)."""
    if not items:
        return
    report = as_progress(progress)
    last_primary = {customer_id: n for n, (customer_id, data) in enumerate(items) if data.is_primary}
    customers = sorted({customer_id for customer_id, _data in items})
    primaries = {}  # the contacts losing the flag, read once (update_synced takes them as its `before`)
    for chunk in _chunks(sorted(last_primary)):
        primaries.update((row.id, row) for row in session.execute(
            select(Contact.id, Contact.branch_id, Contact.is_primary).where(
                Contact.customer_id.in_(chunk), Contact.deleted_at.is_(None), Contact.is_primary.is_(True))))
    update_synced(session, Contact, [{"id": row_id, "is_primary": False} for row_id in primaries], before=primaries)
    insert_synced(session, Contact, [
        {"customer_id": customer_id, "name": data.name, "title": data.title or None, "phone": data.phone or None,
         "email": data.email or None, "wechat": data.wechat or None, "is_primary": last_primary.get(customer_id) == n,
         "notes": data.notes or None, "phone_key": phone_key(data.phone)}
        for n, (customer_id, data) in enumerate(items)])
    connection, done = session.connection(), 0
    for chunk in _chunks(customers):
        contacts: dict[str, list] = {customer_id: [] for customer_id in chunk}
        for contact in connection.execute(select(Contact.customer_id, Contact.name, Contact.phone).where(
                Contact.customer_id.in_(chunk), Contact.deleted_at.is_(None))
                .order_by(Contact.is_primary.desc(), Contact.created_at, Contact.id)):
            contacts[contact.customer_id].append(contact)
        bulk_index(connection, (customer_index_row(c.id, c.code, _as_input(c), contacts[c.id])
                                for c in connection.execute(select(Customer).where(Customer.id.in_(chunk)))))
        done += len(chunk)
        report(done, len(customers), "")
    settle(connection, len(customers))


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def export_contacts(uow, path: Path, filters: CustomerFilter | dict | None = None, progress=None) -> int:
    """The contacts of the (filtered) customers, one row per contact."""
    uow.actor.require("customers.export")
    if not isinstance(filters, CustomerFilter):
        filters = CustomerFilter.from_dict(filters or {})
    customers = customer_query(filters).with_only_columns(Customer.id).scalar_subquery()
    query = (select(Contact, Customer.name).join(Customer, Customer.id == Contact.customer_id)
             .where(Contact.deleted_at.is_(None), Contact.customer_id.in_(customers))
             .order_by(Customer.code, Contact.is_primary.desc(), Contact.name))
    session = uow.session

    def rows() -> Iterator[dict]:
        for contact, customer_name in session.execute(query.execution_options(yield_per=2000)):
            yield {"customer": customer_name, "name": contact.name, "title": contact.title, "phone": contact.phone,
                   "email": contact.email, "wechat": contact.wechat, "is_primary": contact.is_primary}

    return export_rows(path, "联系人", CONTACT_COLUMNS, rows(), progress=progress)
