"""Workloads the crash-safety test runs in a forked child and kills at random moments, and the
checks that must hold afterwards. Every workload goes through the real services."""

from __future__ import annotations

import random
import shutil
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl

from neiqin.app import open_database
from neiqin.core import audit_chain, backup
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.service import actor_for
from neiqin.modules.customers import service as customers
from neiqin.modules.customers import service_excel
from neiqin.modules.customers.schemas import ContactInput, CustomerInput
from neiqin.modules.orders import service as orders
from neiqin.modules.orders.schemas import LineInput, OrderInput

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "db" / "snapshots" / "foundation-core.db"
IMPORT_ROWS = 1000


@dataclass(frozen=True)
class Scene:
    db_path: Path
    work: Path  # scratch folder: import files, backups, migration copies
    customer_id: str
    product_ids: tuple[str, ...]


def admin_of(db) -> Actor:
    from sqlalchemy import select

    from neiqin.core.auth.models import User

    with db.read() as session:
        user = session.scalars(select(User).where(User.username == "admin")).one()
        return actor_for(session, user)


def prepare(db_path: Path, work: Path) -> Scene:
    """A customer, twenty products and an import file, made before the first kill."""
    from neiqin.modules.products import service as products
    from neiqin.modules.products.schemas import ProductInput

    db = open_database(db_path)
    try:
        actor = admin_of(db)
        with db.unit_of_work(actor) as uow:
            customer = customers.create_customer(uow, CustomerInput(name="崩溃测试客户有限公司", phone="010-1234567"),
                                                 [ContactInput(name="张伟", phone="13800000001", is_primary=True)])
            ids = tuple(products.create_product(uow, ProductInput(code=f"K{n:03d}", name=f"测试产品{n}", unit="件",
                                                                  list_price=Decimal("9.90"))).id
                        for n in range(20))
    finally:
        db.dispose()
    work.mkdir(parents=True, exist_ok=True)
    return Scene(db_path, work, customer.id, ids)


def _import_file(scene: Scene, seed: int) -> Path:
    path = scene.work / f"import-{seed}.xlsx"
    template = service_excel.write_customer_template(scene.work / "template.xlsx")
    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[0]
    for n in range(IMPORT_ROWS):
        sheet.append([f"导入客户{seed}-{n}号贸易有限公司", None, None, None, "北京", None, None, None,
                      f"北京市海淀区{n}号", f"010-{seed % 10000:04d}{n:04d}"])
    book.save(path)
    return path


# ---------------------------------------------------------------------- the workloads (child side)


def save_orders(scene: Scene, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(scene.db_path)
    actor = admin_of(db)
    from datetime import date, timedelta

    for _ in range(50):
        lines = tuple(LineInput(rng.choice(scene.product_ids), Decimal(rng.randint(1, 50)), Decimal("9.90"))
                      for _ in range(rng.randint(1, 20)))
        data = OrderInput(customer_id=scene.customer_id, contact="张伟", phone="13800000001",
                          delivery_date=date.today() + timedelta(days=10), delivery_place="北京市海淀区",
                          payment_terms="月结30天", prepayment_percent=0, lines=lines)
        with db.unit_of_work(actor) as uow:
            orders.create_order(uow, data)


def save_customers(scene: Scene, seed: int) -> None:
    db = open_database(scene.db_path)
    actor = admin_of(db)
    for n in range(100):
        with db.unit_of_work(actor) as uow:
            customers.create_customer(
                uow, CustomerInput(name=f"逐个录入客户{seed}-{n}有限公司", phone=f"021-{seed % 10000:04d}{n:04d}"),
                [ContactInput(name="李娜", phone=f"139{seed % 10000:04d}{n:04d}", is_primary=True)])


def import_customers(scene: Scene, seed: int) -> None:
    path = _import_file(scene, seed)
    db = open_database(scene.db_path)
    with db.unit_of_work(admin_of(db)) as uow:
        service_excel.import_customers(uow, path)


def count_and_approve(scene: Scene, seed: int) -> None:
    """Receipts, then counts over the scene's products: entered with variances and approved."""
    from neiqin.modules.inventory import service as stock
    from neiqin.modules.inventory import service_counts as counting
    from neiqin.modules.inventory.schemas import CountStart, EntryInput

    rng = random.Random(seed)
    db = open_database(scene.db_path)
    actor = admin_of(db)
    for _ in range(3):
        with db.unit_of_work(actor) as uow:
            for product_id in scene.product_ids:
                stock.post_entry(uow, EntryInput("receipt", product_id, str(rng.randint(1, 30)), location="A-01"))
        with db.unit_of_work(actor) as uow:
            count = counting.start_count(uow, CountStart(title="崩溃测试盘点", product_ids=scene.product_ids))
        with db.unit_of_work(actor) as uow:
            counting.enter_counts(uow, count.id, [(line.id, str(max(0, line.book_quantity + rng.randint(-2, 2))))
                                                  for line in count.lines])
        with db.unit_of_work(actor) as uow:
            for line in counting.get_count(uow.session, actor, count.id).lines:
                if line.variance:
                    counting.explain_line(uow, count.id, line.id, "miscount")
            counting.submit_count(uow, count.id)
        with db.unit_of_work(actor) as uow:
            counting.approve_count(uow, count.id)


def make_backup(scene: Scene, seed: int) -> None:
    db = open_database(scene.db_path)
    for n in range(30):
        password = "crash-test-pass" if n % 2 else None
        backup.backup_to(db, scene.work / f"backup-{seed}-{n}.db{'.enc' if password else ''}", password)


def migrate_old_database(scene: Scene, seed: int) -> None:
    for n in range(10):
        target = scene.work / f"old-{seed}-{n}.db"
        shutil.copy(SNAPSHOT, target)
        open_database(target).dispose()


WORKLOADS = {
    "orders": save_orders,
    "count": count_and_approve,
    "customers": save_customers,
    "import": import_customers,
    "backup": make_backup,
    "migration": migrate_old_database,
}


def run_in_child(name: str, scene: Scene, seed: int) -> None:
    try:
        WORKLOADS[name](scene, seed)
    finally:
        import os

        os._exit(0)


# ---------------------------------------------------------------------- the checks (parent side)


def integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def half_written_documents(path: Path) -> list[str]:
    """Orders without lines or whose total is not their lines' sum; customers of a one-by-one
    entry without their contact."""
    connection = sqlite3.connect(path)
    try:
        problems = [f"order {number}: lines {lines}, total {total}, sum {amount}" for number, lines, total, amount in
                    connection.execute(
                        "SELECT o.number, COUNT(l.id), o.total_amount, COALESCE(SUM(l.amount), 0) FROM sales_order o "
                        "LEFT JOIN sales_order_line l ON l.order_id = o.id AND l.deleted_at IS NULL "
                        "GROUP BY o.id HAVING COUNT(l.id) = 0 OR o.total_amount != COALESCE(SUM(l.amount), 0)")]
        problems += [f"customer {name} lost its contact" for (name,) in connection.execute(
            "SELECT c.name FROM customer c WHERE c.name LIKE '逐个录入客户%' AND NOT EXISTS "
            "(SELECT 1 FROM customer_contact k WHERE k.customer_id = c.id)")]
        return problems
    finally:
        connection.close()


def ledger_and_counts_consistent(path: Path) -> list[str]:
    """The stock balance cache equals the ledger; an approved count has every adjustment, an
    unapproved one none."""
    from neiqin.modules.inventory.ledger import LEDGER

    db = open_database(path)
    try:
        with db.read() as session:
            problems = [f"balance of {item}@{loc}: cache {cache} ≠ ledger {book}"
                        for item, loc, cache, book in LEDGER.mismatches(session)]
    finally:
        db.dispose()
    connection = sqlite3.connect(path)
    try:
        problems += [f"count {number} ({status}): {lines} variances, {moves} adjustments" for number, status, lines, moves in
                     connection.execute(
                         "SELECT c.number, c.status, "
                         "(SELECT COUNT(*) FROM stock_count_line l WHERE l.session_id = c.id AND l.variance != 0), "
                         "(SELECT COUNT(*) FROM stock_movement m WHERE m.source_id = c.id) FROM stock_count c")
                     if (status == "approved") != (moves == lines) and not (moves == lines == 0)]
        return problems
    finally:
        connection.close()


def work_done(path: Path) -> dict[str, int]:
    """What the killed children committed before they died."""
    connection = sqlite3.connect(path)
    try:
        return {name: connection.execute(sql).fetchone()[0] for name, sql in (
            ("orders", "SELECT COUNT(*) FROM sales_order"),
            ("customers", "SELECT COUNT(*) FROM customer"),
            ("approved counts", "SELECT COUNT(*) FROM stock_count WHERE status = 'approved'"),
            ("stock movements", "SELECT COUNT(*) FROM stock_movement"))}
    finally:
        connection.close()


def imports_all_or_nothing(path: Path) -> list[str]:
    """Each import file's customers arrive together or not at all."""
    connection = sqlite3.connect(path)
    try:
        counts = connection.execute(
            "SELECT substr(name, 1, instr(name, '-') - 1) AS batch, COUNT(*) FROM customer "
            "WHERE name LIKE '导入客户%' GROUP BY batch").fetchall()
        return [f"import {batch}: {count} of {IMPORT_ROWS} customers" for batch, count in counts
                if count != IMPORT_ROWS]
    finally:
        connection.close()


def audit_chain_problems(path: Path) -> list[str]:
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            report = audit_chain.verify(connection)
        return report.problems + ([f"{report.unsealed} unsealed audit entries"] if report.unsealed else [])
    finally:
        db.dispose()


def finished_backups_are_whole(work: Path) -> list[str]:
    problems = []
    for path in sorted(work.glob("backup-*.db*")):
        password = "crash-test-pass" if path.name.endswith(".enc") else None
        try:
            backup.verify_backup(path, password)
        except Exception as exc:  # noqa: BLE001 - every failure is a finding here
            problems.append(f"{path.name}: {exc}")
    return problems


def migrated_copies_open(work: Path) -> list[str]:
    problems = []
    for path in sorted(work.glob("old-*.db")):
        try:
            open_database(path).dispose()
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{path.name}: {exc}")
            continue
        if integrity(path) != ["ok"]:
            problems.append(f"{path.name}: integrity check failed after the migration")
    return problems
