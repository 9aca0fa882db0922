"""Benchmark of the shared search over 100,000 customers (issue 3: results ≤ 50 ms).

    .venv/bin/python tests/bench/bench_search.py [--customers N] [--runs R] [--db PATH]

Builds a database with the demo customers and products (or reuses --db PATH when it exists),
then prints one JSON line per query: median and 95th percentile of R runs in milliseconds, for the
global search (`core.search.search`, 50 hits) and for the customer list filtered by the same text
(count and first page, as the list does while typing).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from neiqin.app import open_database  # noqa: E402
from neiqin.core.auth import service as auth  # noqa: E402
from neiqin.core.auth.actor import system_actor  # noqa: E402
from neiqin.core.db.types import utcnow  # noqa: E402
from neiqin.core.demo import DemoContext  # noqa: E402
from neiqin.core.listing import ListState  # noqa: E402
from neiqin.core.search import search  # noqa: E402
from neiqin.modules import all_permissions  # noqa: E402
from neiqin.modules.customers.demo import make_demo as customers_demo  # noqa: E402
from neiqin.modules.customers.listing import customer_list  # noqa: E402
from neiqin.modules.products.demo import make_demo as products_demo  # noqa: E402

QUERIES = ["北京海淀", "海淀", "海", "bjhd", "beijing", "客戶", "恒信科技", "科技 有限", "广州 天河 贸易", "010-",
           "zhongke", "不存在的名字", "有限公司"]
BUDGET_MS = 50


def build(path: Path, customers: int) -> float:
    start = time.perf_counter()
    db = open_database(path)
    admin = auth.setup_company(db, auth.SetupData(
        company_name="基准测试贸易有限公司", branch_code="BJ01", branch_name="北京分公司", admin_username="admin",
        admin_display_name="管理员", admin_password="bench-pass-1"), all_permissions())
    with db.connect() as connection:
        ctx = DemoContext(connection=connection, actor=system_actor(admin.branch_id, frozenset({"*"})),
                          branch_id=admin.branch_id, branch_code="BJ01", rng=random.Random(2026), now=utcnow(),
                          scale={"customers": customers, "products": 300}, users={"clerk": [admin.user_id]})
        customers_demo(ctx)
        products_demo(ctx)
    db.dispose()
    return time.perf_counter() - start


def measure(fn, runs: int) -> tuple[float, float, object]:
    result = fn()  # warm the page cache and statement cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench-search.db"
    if not path.exists():
        seconds = build(path, args.customers)
        print(json.dumps({"workload": "search: build demo customers + index", "n": args.customers,
                          "seconds": round(seconds, 2)}), flush=True)
    db = open_database(path)
    query = customer_list()
    try:
        with db.read() as session:
            for text in QUERIES:
                median, p95, hits = measure(lambda text=text: search(session, text, limit=50), args.runs)
                print(json.dumps({"workload": f"search: global “{text}”", "n": args.customers, "hits": len(hits),
                                  "median_ms": round(median, 2), "p95_ms": round(p95, 2), "budget_ms": BUDGET_MS}),
                      flush=True)
            for text in ("海淀", "bjhd", "恒信科技"):
                state = ListState(text=text)

                def list_page(state=state):
                    return query.count(session, state), query.page(session, state, 0, 100)

                median, p95, (count, _page) = measure(list_page, args.runs)
                print(json.dumps({"workload": f"search: customer list “{text}” (count + page)", "n": args.customers,
                                  "hits": count, "median_ms": round(median, 2), "p95_ms": round(p95, 2),
                                  "budget_ms": BUDGET_MS}), flush=True)
    finally:
        db.dispose()
        folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
