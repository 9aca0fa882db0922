"""W6: start to an interactive main window on a database with 1,000,000 orders, then the orders
list as the clerk uses it: open it, search as you type, sort by each column.

The start-up is measured in fresh interpreters (imports, font loading, migration check, sign-in
with its scrypt check, the window, then the dashboard's first load and every tab opened for the
memory figure) with the child script of `bench_startup.py`. The list is the orders tab's model
(`SqlTableModel` over `orders.listing.order_list`) in this process; after each change the visible
cells are formatted as the view does. The count and totals line runs in the background in the
app and is measured on its own.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date

from tests.bench.workloads import big_db
from tests.bench.workloads.common import ROOT, Run, latency_row, p95, reset_peak_rss, row
from tests.bench.workloads.w4_w5_search_count import touch_page

START_BUDGET_MS, OPEN_BUDGET_MS, SEARCH_BUDGET_MS, SORT_BUDGET_MS, RSS_BUDGET_MB = 1200, 150, 50, 200, 300


def database(run: Run, orders: int):
    path, seconds = big_db.ensure(run, orders)
    run.shared["big_db"] = path
    cached = seconds is None
    run.emit(row("W6-db", f"database with {orders:,} orders (orders + lines, bench writer)", orders,
                 seconds=seconds or 0.0, cached=cached, path=str(path), size_mb=round(path.stat().st_size / 2**20),
                 note="cached file reused (same schema heads)" if cached else "built now"))
    return path


def startup(run: Run, path, orders: int, runs: int) -> None:
    from tests.bench.bench_startup import CHILD

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "NEIQIN_NO_AUTOBACKUP": "1"}
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=env,
                             cwd=ROOT)
        if out.returncode != 0:
            raise RuntimeError(f"start-up run failed ({out.returncode}): {out.stderr[-2000:]}")
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))

    def median(key: str) -> float:
        return statistics.median(r[key] for r in results)

    interactive = median("to_interactive") * 1000
    run.emit(row("W6a", "start-up to an interactive main window", orders, seconds=interactive / 1000,
                 median_ms=round(interactive, 1), budget=f"≤ {START_BUDGET_MS} ms (DESIGN §7)",
                 within=interactive <= START_BUDGET_MS, runs=runs,
                 phases_ms={k: round(median(k) * 1000, 1) for k in ("import", "open_db", "sign_in", "window_shown")},
                 dashboard_loaded_ms=round(median("to_dashboard") * 1000, 1)))
    rss = median("rss_all_tabs") / 2**20
    run.emit(row("W6b", "memory with every tab opened (RSS)", orders, seconds=0.0, peak_rss_mb=round(rss, 1),
                 budget=f"≤ {RSS_BUDGET_MB} MB (DESIGN §7)", within=rss <= RSS_BUDGET_MB, tabs=results[0]["tabs"]))


def orders_list(run: Run, path, orders: int, runs: int) -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    from neiqin.app import open_database
    from neiqin.core.listing import ListState
    from neiqin.modules.orders.listing import order_list
    from neiqin.ui.table_model import SqlTableModel

    QCoreApplication.instance() or QCoreApplication([])

    class ShownModel(SqlTableModel):
        """The list as the view shows it; the count and totals come later from a background task."""

        def _update_summary(self) -> None:
            pass

    db = open_database(path)
    try:
        spec = order_list(date.today())
        reset_peak_rss()
        touch_page(ShownModel(db, spec))  # warms the page cache, as a running app has it warm
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            model = ShownModel(db, spec)
            touch_page(model)
            times.append((time.perf_counter() - started) * 1000)
        counted = []
        for _ in range(max(1, runs // 2)):
            started = time.perf_counter()
            with db.read() as session:
                count, _totals = spec.summary(session, ListState())
            counted.append((time.perf_counter() - started) * 1000)
        run.emit(latency_row("W6c", "orders list: open (first page shown)", len(times), times, OPEN_BUDGET_MS,
                             orders=count, count_and_totals_background_ms=round(statistics.median(counted), 1)))
        _typing(run, db, model, runs)
        _sorting(run, model, spec, runs, Qt)
    finally:
        db.dispose()


def _typing(run: Run, db, model, runs: int) -> None:
    from sqlalchemy import text

    with db.read() as session:
        number = session.execute(text("SELECT number FROM sales_order ORDER BY order_date DESC, id LIMIT 1 OFFSET 77"
                                      )).scalar_one()
        name = session.execute(text("SELECT short_name FROM customer ORDER BY code LIMIT 1")).scalar_one()
    words = [name[:k] for k in range(1, len(name) + 1)] + [number[:k] for k in range(9, len(number) + 1, 2)]
    times, shown = [], {}
    for _ in range(runs):
        for typed in words:
            started = time.perf_counter()
            model.set_text(typed)
            touch_page(model)
            times.append((time.perf_counter() - started) * 1000)
            shown[typed] = model.rowCount()
        model.set_text("")
    slowest = max(range(len(words)), key=lambda k: statistics.median(times[k::len(words)]))
    run.emit(latency_row("W6d", "orders list: search as you type (per keystroke, first page)", len(times), times,
                         SEARCH_BUDGET_MS, typed=words, slowest_text=words[slowest],
                         rows_shown_last=shown[words[-1]]))


def _sorting(run: Run, model, spec, runs: int, Qt) -> None:
    times, by_column = [], {}
    for column in spec.columns:
        index = spec.index_of(column.key)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            for _ in range(runs):
                model.sort(spec.index_of("order_date"), Qt.SortOrder.DescendingOrder
                           if order == Qt.SortOrder.AscendingOrder else Qt.SortOrder.AscendingOrder)
                started = time.perf_counter()
                model.sort(index, order)
                touch_page(model)
                elapsed = (time.perf_counter() - started) * 1000
                times.append(elapsed)
                by_column.setdefault(column.key, []).append(elapsed)
    worst = max(by_column, key=lambda key: p95(by_column[key]))
    run.emit(latency_row("W6e", "orders list: sort by each column, both ways (first page)", len(times), times,
                         SORT_BUDGET_MS, columns=len(by_column), slowest_column=worst,
                         slowest_column_p95_ms=round(p95(by_column[worst]), 1),
                         median_ms_by_column={k: round(statistics.median(v), 1) for k, v in by_column.items()}))
