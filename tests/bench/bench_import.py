"""Benchmark of Excel import and export (issue 3: a 10,000-row import ≤ 10 s; DESIGN.md §7: an
export ≤ 1.3 × openpyxl write-only alone).

    .venv/bin/python tests/bench/bench_import.py [--rows N]

Writes N-row customer and product sheets, imports them through the services (validation,
duplicate checks, audit, search index) into a fresh database, exports the customers again and
compares that with writing the same values with bare openpyxl. One JSON line per measure.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from openpyxl import Workbook  # noqa: E402

from neiqin.app import open_database  # noqa: E402
from neiqin.core.auth import service as auth  # noqa: E402
from neiqin.modules import all_permissions  # noqa: E402
from neiqin.modules.customers import service_excel as customer_excel  # noqa: E402
from neiqin.modules.customers.demo import _names  # noqa: E402
from neiqin.modules.products import service_excel as product_excel  # noqa: E402


def customer_sheet(path: Path, rows: int) -> None:
    rng = random.Random(3)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["客户名称", "简称", "客户类型", "行业", "地区", "等级", "地址", "电话", "税号", "标签"])
    for n, (name, short, city, district, _word, group) in enumerate(_names(rng, rows)):
        sheet.append([name, short, "企业", group, city, rng.choice("ABCD"), f"{city}市{district}区人民路{n % 400}号",
                      f"0{rng.randint(10, 99)}-{20000000 + n}", f"91{110000 + n:06d}MA{n:08d}"[:18], "老客户"])
    book.save(path)


def product_sheet(path: Path, rows: int) -> None:
    rng = random.Random(4)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("产品")
    sheet.append(["产品编码", "产品名称", "规格", "单位", "类别", "单价", "成本", "补货点", "启用"])
    for n in range(rows):
        price = round(rng.uniform(1, 5000), 2)
        sheet.append([f"BM-{n:06d}", f"测试产品{n}", f"规格{n % 97}", rng.choice("台箱件套米"), "测试类别", price,
                      round(price * 0.7, 2), n % 50, "是"])
    book.save(path)


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        customer_sheet(tmp / "customers.xlsx", args.rows)
        product_sheet(tmp / "products.xlsx", args.rows)
        db = open_database(tmp / "bench.db")
        try:
            admin = auth.setup_company(db, auth.SetupData(
                company_name="基准测试贸易有限公司", branch_code="BJ01", branch_name="北京分公司",
                admin_username="admin", admin_display_name="管理员", admin_password="bench-pass-1"),
                all_permissions())
            for workload, importer, path in (("import customers (.xlsx)", customer_excel.import_customers,
                                              tmp / "customers.xlsx"),
                                             ("import products (.xlsx)", product_excel.import_products,
                                              tmp / "products.xlsx")):
                def run(importer=importer, path=path):
                    with db.unit_of_work(admin) as uow:
                        return importer(uow, path)

                seconds, count = timed(run)
                print(json.dumps({"workload": workload, "n": count, "seconds": round(seconds, 2), "budget": 10,
                                  "unit": "s"}), flush=True)

            def export():
                with db.unit_of_work(admin) as uow:
                    return customer_excel.export_customers(uow, tmp / "out.xlsx", {})

            seconds, count = timed(export)

            def fetch_only():
                from neiqin.modules.customers.schemas import CustomerFilter
                from neiqin.modules.customers.service import customer_query

                with db.read() as session:
                    return len(session.execute(customer_query(CustomerFilter())).all())

            fetch_seconds, _ = timed(fetch_only)
            with db.read() as session:
                from sqlalchemy import text

                rows = session.execute(text(
                    "select code, name, short_name, customer_type, industry, region, grade, legal_representative, "
                    "business_scope, address, phone, tax_id, tags, notes, bank_name, bank_account, credit_rating, "
                    "credit_limit from customer")).all()

            def bare():
                book = Workbook(write_only=True)
                sheet = book.create_sheet("x")
                for row in rows:
                    sheet.append(list(row))
                book.save(tmp / "bare.xlsx")

            bare_seconds, _ = timed(bare)
            print(json.dumps({"workload": "export customers (.xlsx)", "n": count, "seconds": round(seconds, 2),
                              "bare_openpyxl_seconds": round(bare_seconds, 2),
                              "orm_fetch_seconds": round(fetch_seconds, 2),
                              "value": round(seconds / bare_seconds, 2), "unit": "×", "budget": 1.3}), flush=True)
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
