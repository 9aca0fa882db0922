"""Benchmarks of the orders slice (DESIGN.md §7): save an order with 20 lines (≤ 30 ms), the order
confirmation PDF (≤ 80 ms), and the orders list over a big database (open ≤ 150 ms, filter ≤ 50 ms).

    .venv/bin/python tests/bench/bench_orders.py [--runs R] [--db BIG.db]

The save and PDF measures run on a fresh database made here. The list measures need a database
with many orders: `neiqin demo --db big.db --orders 1000000`, then pass `--db big.db`.
Prints one JSON line per measure with the median and slowest of R runs in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from neiqin.app import open_database  # noqa: E402
from neiqin.core.auth import service as auth  # noqa: E402
from neiqin.core.listing import ListState  # noqa: E402
from neiqin.modules.orders import printing, service  # noqa: E402
from neiqin.modules.orders.listing import order_list  # noqa: E402
from neiqin.modules.orders.models import SalesOrder  # noqa: E402
from neiqin.modules.orders.schemas import LineInput  # noqa: E402
from tests.bench.workloads.common import samples_ms  # noqa: E402
from tests.helpers.factory import ADMIN_PASSWORD, USER_PASSWORD, build_template  # noqa: E402
from tests.unit.orders.conftest import make_world, order_input  # noqa: E402


def timed(fn, runs: int) -> list[float]:
    """Milliseconds of `runs` cold calls (the suite's one timer)."""
    return samples_ms(fn, runs, warm=False)


def report(workload: str, samples: list[float], budget: float, n: int = 1) -> None:
    print(json.dumps({"workload": workload, "n": n, "median_ms": round(statistics.median(samples), 2),
                      "max_ms": round(max(samples), 2), "budget_ms": budget}), flush=True)


def bench_save_and_pdf(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        build_template(path)
        db = open_database(path)
        try:
            admin = auth.sign_in(db, "admin", ADMIN_PASSWORD)
            clerk = auth.sign_in(db, "clerk", USER_PASSWORD)
            world = make_world(db, admin)
            lines = tuple(LineInput(world.product_ids[n], n + 1, Decimal("12.50")) for n in range(20))
            data = order_input(world, lines=lines)
            saved = []

            def save():
                with db.unit_of_work(clerk) as uow:
                    saved.append(service.create_order(uow, data))

            save()  # warm up: first queries, first audit rows
            report("orders: save an order with 20 lines", timed(save, runs), 30, 20)
            order = saved[-1]
            out = Path(folder) / "confirmation.pdf"

            def pdf():
                with db.unit_of_work(clerk) as uow:
                    printing.render_confirmation(uow, order, out)

            pdf()  # warm up: the font is parsed once per process
            report("orders: confirmation PDF, 20 lines", timed(pdf, runs), 80, 20)
        finally:
            db.dispose()


def bench_list(path: Path, runs: int) -> None:
    db = open_database(path)
    try:
        with db.read() as session:
            count = session.query(SalesOrder).count()
            customer_id = session.scalar(select(SalesOrder.customer_id).limit(1))
            number = session.scalar(select(SalesOrder.number).order_by(SalesOrder.number.desc()).limit(1))
        query = order_list(date.today())

        def first_page():
            with db.read() as session:
                query.page(session, ListState(), 0, 100)

        def summary():
            with db.read() as session:
                query.summary(session, ListState())

        report(f"orders list: open (first 100 rows) over {count:,}", timed(first_page, runs), 150, count)
        # the list shows its rows at once; the count and totals line follows from a background task
        report("orders list: count and totals (background)", timed(summary, max(3, runs // 5)), 0, count)
        for label, state in (
            ("filter status=submitted", ListState(filters={"status": "submitted"})),
            ("filter one customer", ListState(filters={"customer_id": customer_id})),
            ("search number prefix", ListState(text=number[:-2])),
            ("filter overdue", ListState(filters={"overdue": True})),
        ):
            def page(state=state):
                with db.read() as session:
                    query.page(session, state, 0, 100)
            report(f"orders list: {label} (first 100)", timed(page, runs), 50, count)
        sort = ListState(sort_key="total_amount", descending=True)

        def sorted_page():
            with db.read() as session:
                query.page(session, sort, 0, 100)
        report("orders list: sort by amount (first 100)", timed(sorted_page, runs), 200, count)
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", type=Path, default=None, help="a database with many orders (neiqin demo)")
    args = parser.parse_args()
    bench_save_and_pdf(args.runs)
    if args.db is not None and args.db.exists():
        bench_list(args.db, args.runs)


if __name__ == "__main__":
    main()
