"""W1: 10,000 customers, each with one address and one phone contact, through the customers
service — as an import does (the customer sheet, then the contact sheet: two user actions) and as
entry one by one does (one unit of work per customer, duplicate checks included).
W2: 1,000 products — entered one by one and imported.

The import goes into the main office (the one W3–W5 work in); the one-by-one entry into a second
office with the same company, so both fill an equally empty database.
"""

from __future__ import annotations

from tests.bench.workloads.common import Run, measured, row
from tests.bench.workloads.data import customer_files, customer_sheets, product_sheet, products
from tests.bench.workloads.office import Office, outbox_rows

IMPORT_BUDGET = "≤ 10 s per 10,000 rows (issue #3)"


def customers_import(run: Run, office: Office, count: int) -> None:
    from neiqin.modules.customers import service_excel

    files = customer_files(count)
    run.shared["customer_files"] = files
    sheets = customer_sheets(run.work, files)
    with measured() as timing:
        with timing.phase("customers"), office.db.unit_of_work(office.clerk) as uow:
            made = service_excel.import_customers(uow, sheets[0])
        with timing.phase("contacts"), office.db.unit_of_work(office.clerk) as uow:
            contacts = service_excel.import_contacts(uow, sheets[1])
    within = timing.seconds <= 10 * count / 10_000
    run.emit(row("W1a", "customers + contacts import (.xlsx)", made, timing, budget=IMPORT_BUDGET, within=within,
                 contacts=contacts, capture=office.captured, outbox=outbox_rows(office)))


def customers_one_by_one(run: Run, office: Office, count: int) -> None:
    from neiqin.modules.customers import service

    files = run.shared.get("customer_files") or customer_files(count)
    with measured() as timing:
        for item in files[:count]:
            with office.db.unit_of_work(office.clerk) as uow:
                service.create_customer(uow, item.customer, [item.contact])
    run.emit(row("W1b", "customers entered one by one (with contact)", count, timing, capture=office.captured,
                 outbox=outbox_rows(office)))


def products_one_by_one(run: Run, office: Office, count: int) -> list[str]:
    from neiqin.modules.products import service

    items = products(count)
    ids = []
    with measured() as timing:
        for item in items:
            with office.db.unit_of_work(office.clerk) as uow:
                ids.append(service.create_product(uow, item).id)
    run.emit(row("W2a", "products entered one by one", count, timing, capture=office.captured,
                 outbox=outbox_rows(office)))
    return ids


def products_import(run: Run, office: Office, count: int) -> None:
    from neiqin.modules.products import service_excel

    path = product_sheet(run.work, products(count))
    with measured() as timing, office.db.unit_of_work(office.clerk) as uow:
        made = service_excel.import_products(uow, path)
    run.emit(row("W2b", "products import (.xlsx)", made, timing, budget=IMPORT_BUDGET,
                 within=timing.seconds <= 10 * made / 10_000, capture=office.captured))
