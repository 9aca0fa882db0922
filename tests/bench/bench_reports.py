"""Benchmarks of reports and the work dashboard on the 1,000,000-order demo database (DESIGN.md §7,
issue 10): a monthly sales report ≤ 2 s, a dashboard refresh ≤ 200 ms; the report's PDF and Excel
files and the KPI report are measured too (no budget), and what the order transitions that keep
the daily sales summary cost on a fresh database (approve, a revision, cancel of a 20-line order).

    .venv/bin/python tests/bench/bench_reports.py [--runs R] [--only transitions|reports|dashboard]
    NEIQIN_BENCH_ORDERS=100000 .venv/bin/python tests/bench/bench_reports.py

The demo database is built once through `neiqin demo` and cached in $NEIQIN_BENCH_DIR (default
/tmp/neiqin-bench), the same file bench_startup uses. Prints one JSON line per measure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NEIQIN_NO_AUTOBACKUP", "1")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from neiqin.app import gui, open_database  # noqa: E402
from neiqin.app.demo import DEMO_PASSWORD  # noqa: E402
from neiqin.app.reporting import collect_kpis  # noqa: E402
from neiqin.core.auth import service as auth  # noqa: E402
from neiqin.modules.reports import service  # noqa: E402
from tests.bench.bench_startup import ORDERS, ensure_demo  # noqa: E402
from tests.bench.workloads.common import samples_ms  # noqa: E402


def timed(fn, runs: int) -> list[float]:
    """Milliseconds of `runs` cold calls (the suite's one timer)."""
    return samples_ms(fn, runs, warm=False)


def report(workload: str, samples: list[float], budget: float | None, n: int, **extra) -> None:
    print(json.dumps({"workload": workload, "n": n, "median_ms": round(statistics.median(samples), 1),
                      "max_ms": round(max(samples), 1), "budget_ms": budget, **extra}), flush=True)


def last_full_month(today: date) -> str:
    last = today.replace(day=1) - timedelta(days=1)
    return f"{last.year}-{last.month:02d}"


def bench_reports(db, runs: int) -> None:
    reviewer = auth.sign_in(db, "reviewer", DEMO_PASSWORD)
    period = service.parse_period("monthly", last_full_month(date.today()))
    holder = {}

    def monthly():
        with db.read() as session:
            holder["report"] = service.sales_report(session, reviewer, period)

    monthly()  # warm up: the pages of the month are read from disk once
    samples = timed(monthly, runs)
    built = holder["report"]
    report(f"monthly sales report {period.label} (with previous month and last year)", samples, 2000, ORDERS,
           orders_in_month=built.totals.orders, customers=len(built.breakdowns["customer"]))
    with tempfile.TemporaryDirectory() as folder:
        def files():
            with db.read() as session:
                service.write_sales(session, reviewer, built, db.path, Path(folder) / "m.pdf", Path(folder) / "m.xlsx")
        report("monthly sales report: PDF and Excel files", timed(files, max(1, runs // 2)), None, ORDERS,
               customer_rows_in_excel=len(built.breakdowns["customer"]))
    specs = collect_kpis()

    def kpis():
        with db.read() as session:
            service.kpi_report(session, reviewer, specs, period)
    report(f"KPI report {period.label} ({len(specs)} indicators, every clerk)", timed(kpis, 1), None, ORDERS)


def bench_transitions(runs: int) -> None:
    """Approve, revise and cancel a 20-line order on a fresh database: the steps that change what
    counts as sold (the save of an order is measured by bench_orders)."""
    from decimal import Decimal

    from neiqin.modules.orders import changes
    from neiqin.modules.orders import service as orders
    from neiqin.modules.orders.schemas import ChangeInput, LineInput
    from tests.helpers.factory import ADMIN_PASSWORD, build_template
    from tests.unit.orders.conftest import make_world, order_input, tomorrow

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        build_template(path)
        db = open_database(path)
        try:
            admin = auth.sign_in(db, "admin", ADMIN_PASSWORD)
            world = make_world(db, admin)
            lines = tuple(LineInput(world.product_ids[n], n + 1, Decimal("12.50")) for n in range(20))
            fewer = lines[:15] + tuple(LineInput(world.product_ids[25 + n], 3, Decimal("9.90")) for n in range(5))
            facts = {"confirm": {"channel": "phone", "confirmed_by": "张伟", "confirmed_on": tomorrow().isoformat()}}

            def step(order_id: str, action: str, **data) -> None:
                with db.unit_of_work(admin) as uow:
                    orders.transition(uow, order_id, action, **data)

            def submitted() -> str:
                with db.unit_of_work(admin) as uow:
                    order_id = orders.create_order(uow, order_input(world, lines=lines)).id
                step(order_id, "submit")
                return order_id

            def measure(prepare, act) -> list[float]:
                out = []
                for _ in range(runs + 1):  # the first is a warm-up
                    subject = prepare()
                    start = time.perf_counter()
                    act(subject)
                    out.append((time.perf_counter() - start) * 1000)
                return out[1:]

            report("order transition: approve a 20-line order", measure(submitted, lambda o: step(o, "approve")),
                   None, 20)

            def approved() -> str:
                order_id = submitted()
                step(order_id, "approve")
                step(order_id, "confirm", **facts["confirm"])
                return order_id
            report("order transition: cancel an approved 20-line order",
                   measure(approved, lambda o: step(o, "cancel", comment="客户取消")), None, 20)

            def checked() -> str:
                order_id = approved()
                with db.unit_of_work(admin) as uow:
                    change = changes.request_change(uow, order_id, ChangeInput(description="改规格", lines=fewer))
                    changes.check_change(uow, change.id, "可行")
                return change.id

            def decide(change_id: str) -> None:
                with db.unit_of_work(admin) as uow:
                    changes.decide_change(uow, change_id, True)
            report("order change approved: a new revision of a 20-line order", measure(checked, decide), None, 20)
        finally:
            db.dispose()


def bench_dashboard(db, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from neiqin.ui.context import UiContext
    from neiqin.ui.dashboard import DashboardView
    from neiqin.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner(app)
    try:
        for username in ("clerk", "reviewer"):
            actor = auth.sign_in(db, username, DEMO_PASSWORD)
            view = DashboardView(UiContext(db=db, actor=actor, runner=runner), gui.dashboard_provider,
                                 lambda *_a: None)
            count = {}

            def refresh(view=view, actor=actor, count=count):
                # what a refresh does: the provider in a read transaction (in the background), then
                # the tree rebuilt on the GUI thread
                with db.read() as session:
                    view.items = gui.dashboard_provider(session, actor, date.today())
                view._show()
                app.processEvents()
                count["items"] = len(view.items)

            refresh()
            report(f"dashboard refresh ({username})", timed(refresh, runs), 200, ORDERS, items=count["items"],
                   groups=len(view.group_counts()))
            view.deleteLater()
    finally:
        runner.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("transitions", "reports", "dashboard"), default=None)
    args = parser.parse_args()
    if args.only in (None, "transitions"):
        bench_transitions(max(args.runs, 20))
    if args.only == "transitions":
        return
    path, build_seconds = ensure_demo()
    if build_seconds is not None:
        print(json.dumps({"workload": "demo database build", "n": ORDERS, "seconds": round(build_seconds, 2)}))
    db = open_database(path)
    try:
        if args.only in (None, "reports"):
            bench_reports(db, args.runs)
        if args.only in (None, "dashboard"):
            bench_dashboard(db, args.runs)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
