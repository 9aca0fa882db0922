"""Run the W suite and print the summary table (see tests/bench/__main__.py for the command).

Three groups, in this order:
- office (W1–W5, W7a–b, W9a–b): one office with sync capture installed works through the day —
  imports customers, enters products, takes orders to shipped, searches, counts the stock, prints;
  a second office enters the same customers one by one and imports the products;
- big (W6, W7c, W9c): the database with 1,000,000 orders (cached between runs);
- sync (W8, W9d): push and pull against the local PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
import traceback
from pathlib import Path

from tests.bench.workloads.common import Run

GROUPS = ("office", "big", "sync")
#: workload → the raw baseline it is compared with
BASELINES = {"W1a": "W9a", "W1b": "W9a", "W3": "W9b", "W7c": "W9c", "W8a": "W9d", "W8b": "W9d"}


def office_day(run: Run) -> None:
    from tests.bench.workloads import w1_w2_entry, w3_orders, w4_w5_search_count, w7_files, w9_baselines
    from tests.bench.workloads.office import open_office

    main, second = open_office(run, "main"), open_office(run, "second")
    try:
        customers = run.n(10_000, least=20)
        w1_w2_entry.customers_import(run, main, customers)
        w1_w2_entry.customers_one_by_one(run, second, customers)
        w9_baselines.sqlite_same_rows(run, "W9a", "the customer and contact rows of W1", main.path,
                                      {"customer": "1", "customer_contact": "1"})
        products = run.n(1_000, least=10, multiple=10)
        product_ids = w1_w2_entry.products_one_by_one(run, main, products)
        w1_w2_entry.products_import(run, second, products)
        second.close()
        w3_orders.run_orders(run, main, run.n(2_000, least=2), product_ids)
        orders = "id IN (SELECT order_id FROM sales_order_transition WHERE action = 'ship')"
        w9_baselines.sqlite_same_rows(run, "W9b", "the order, line, transition and shipment rows of W3", main.path, {
            "sales_order": orders, "sales_order_line": f"order_{orders}",
            "sales_order_transition": f"order_{orders}", "stock_movement": "kind = 'shipment'"})
        w4_w5_search_count.customer_searches(run, main, run.n(100, least=5))
        w4_w5_search_count.count_session(run, main)
        w7_files.confirmation_pdf(run, main, 10 if run.scale >= 1 else 2)
        w7_files.report_pdf(run, main)
    finally:
        main.close()
        second.close()


def big_database(run: Run) -> None:
    from tests.bench.workloads import w6_big_lists, w7_files

    orders = run.n(1_000_000, least=1_000)
    runs = 5 if run.scale >= 1 else 1
    path = w6_big_lists.database(run, orders)
    w6_big_lists.startup(run, path, orders, runs)
    w6_big_lists.orders_list(run, path, orders, 3 if run.scale >= 1 else 1)
    w7_files.excel_export(run, path, min(orders, run.n(100_000, least=100)))


def sync(run: Run) -> None:
    from tests.bench.workloads import w8_sync

    w8_sync.run_sync(run, run.n(100_000, least=100), run.n(1_000_000, least=1_000))


# ------------------------------------------------------------------------------------- summary


def _figure(row: dict) -> str:
    if "skipped" in row or "error" in row:
        return "skipped" if "skipped" in row else "error"
    if "median_ms" in row:
        figure = f"{row['median_ms']:,.1f} ms"
        return figure + (f" (p95 {row['p95_ms']:,.1f})" if "p95_ms" in row else "")
    if row.get("seconds") == 0 and "peak_rss_mb" in row and row["id"] == "W6b":
        return f"{row['peak_rss_mb']:,.0f} MiB"
    figure = f"{row['seconds']:,.2f} s"
    if row.get("n") and row.get("per_item_ms") is not None:
        figure += f" = {row['per_item_ms']:,.2f} ms/item"
    if "rows_per_s" in row:
        figure += f" = {row['rows_per_s']:,} rows/s"
    return figure


def summary(run: Run, wall: float) -> str:
    by_id = {row["id"]: row for row in run.rows}
    lines = [f"{'id':<6} {'workload':<62} {'n':>9}  {'measured':<40} {'RSS MiB':>8}  {'budget':<44} "
             f"{'':<4} {'× raw':>6}"]
    for row in run.rows:
        budget = row.get("budget", "")
        status = "" if not budget or row.get("within_budget") is None else (
            "ok" if row["within_budget"] else "MISS")
        ratio = row.get("ratio")
        base = by_id.get(BASELINES.get(row["id"], ""))
        if ratio is None and base and base.get("seconds") and row.get("seconds"):
            ratio = row["seconds"] / base["seconds"]
        lines.append(f"{row['id']:<6} {row['workload'][:62]:<62} {row.get('n', ''):>9,}  {_figure(row)[:40]:<40} "
                     f"{row.get('peak_rss_mb', ''):>8}  {budget[:44]:<44} {status:<4} "
                     f"{'' if ratio is None else f'{ratio:,.1f}':>6}")
    groups = ", ".join(f"{k} {v:,} s" for k, v in run.shared.get("group_seconds", {}).items())
    lines.append(f"total {wall:,.0f} s ({groups}; scale {run.scale:g}, capture {'on' if run.capture else 'off'}, "
                 f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})")
    return "\n".join(lines)


def _remove_stale_work(folder: Path) -> None:
    """Working folders of runs that were killed (their process is gone) take gigabytes."""
    for path in folder.glob("work-*"):
        pid = path.name.removeprefix("work-")
        if pid.isdigit() and not Path(f"/proc/{pid}").exists() and sys.platform.startswith("linux"):
            shutil.rmtree(path, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench w", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=float(os.environ.get("NEIQIN_BENCH_SCALE", 1)),
                        help="multiply every size (0.001 for a smoke run)")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated groups of {', '.join(GROUPS)}")
    parser.add_argument("--no-capture", action="store_true", help="W1–W5 without the sync outbox triggers")
    parser.add_argument("--folder", type=Path, default=Path(os.environ.get("NEIQIN_BENCH_DIR", "/tmp/neiqin-bench")),
                        help="where the cached big database and the working files go")
    parser.add_argument("--fresh", action="store_true", help="build the big database again even when cached")
    args = parser.parse_args(argv)
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group {sorted(unknown)[0]}; use {', '.join(GROUPS)}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    _remove_stale_work(args.folder)
    work = args.folder / f"work-{os.getpid()}"
    run = Run(scale=args.scale, folder=args.folder, work=work, capture=not args.no_capture)
    work.mkdir(parents=True, exist_ok=True)
    if args.fresh:
        for old in args.folder.glob("orders-*.db"):
            old.unlink()
    started, failed = time.perf_counter(), []
    try:
        for group in GROUPS:
            if group not in groups:
                continue
            print(f"# {group}", file=sys.stderr, flush=True)
            group_started = time.perf_counter()
            try:
                {"office": office_day, "big": big_database, "sync": sync}[group](run)
                run.shared.setdefault("group_seconds", {})[group] = round(time.perf_counter() - group_started)
            except Exception as exc:  # noqa: BLE001 - report, go on with the next group, fail at the end
                traceback.print_exc()
                failed.append(group)
                run.emit({"id": group, "workload": f"group {group}", "n": 0, "error": repr(exc)})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(summary(run, time.perf_counter() - started), flush=True)
    del app
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0
