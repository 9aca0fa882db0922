"""W7: the files the clerk hands out — an order confirmation PDF (an order of W3), a 1,000-row
report PDF (the approved count sheet of W5: one row per product with book, counted and variance)
and an Excel export of 100,000 rows (the orders list of the big database, filtered to the newest
100,000 orders), the export next to openpyxl's write-only mode writing the same values alone.
"""

from __future__ import annotations

import re
import statistics
import time
from datetime import date
from decimal import Decimal

from tests.bench.workloads.common import Run, measured, row, samples_ms

CONFIRMATION_BUDGET_MS, REPORT_BUDGET_S, EXPORT_BUDGET_RATIO = 80, 1.5, 1.3


def confirmation_pdf(run: Run, office, runs: int) -> None:
    from neiqin.modules.orders import printing
    from neiqin.modules.orders.service import get_order

    out = run.work / "confirmation.pdf"
    order_id = run.shared["order_ids"][-1]
    with office.db.read() as session:
        order = get_order(session, office.clerk, order_id)

    def render() -> None:
        with office.db.unit_of_work(office.clerk) as uow:
            printing.render_confirmation(uow, order, out)

    with measured() as first:
        render()  # the font is parsed once per process
    times = samples_ms(render, runs, warm=False)
    median = statistics.median(times)
    run.emit(row("W7a", f"order confirmation PDF ({len(order.lines)} lines)", len(times), seconds=sum(times) / 1000,
                 median_ms=round(median, 1), max_ms=round(max(times), 1), first_ms=round(first.seconds * 1000, 1),
                 peak_rss_mb=first.peak_rss_mb, budget=f"≤ {CONFIRMATION_BUDGET_MS} ms (DESIGN §7)",
                 within=median <= CONFIRMATION_BUDGET_MS, bytes=out.stat().st_size))


def report_pdf(run: Run, office) -> None:
    from neiqin.modules.inventory import printing

    out = run.work / "count-sheet.pdf"
    number = run.shared["count_number"]
    with measured() as timing, office.db.unit_of_work(office.clerk) as uow:
        printing.print_count_sheet(uow, number, out)
    lines = run.shared.get("count_lines", 0)
    pages = len(re.findall(rb"/Type /Page\b(?!s)", out.read_bytes()))
    run.emit(row("W7b", f"report PDF: approved count sheet, {lines:,} rows", lines, timing,
                 budget=f"≤ {REPORT_BUDGET_S} s (DESIGN §7, 1,000 rows)", within=timing.seconds <= REPORT_BUDGET_S,
                 pages=pages, bytes=out.stat().st_size))


def excel_export(run: Run, path, wanted: int) -> None:
    from sqlalchemy import text

    from neiqin.app import open_database
    from neiqin.core.auth import service as auth
    from neiqin.core.listing import ListState
    from neiqin.modules.orders.listing import export_orders, order_list
    from tests.bench.workloads.common import PASSWORD

    db = open_database(path)
    try:
        clerk = auth.sign_in(db, "clerk", PASSWORD)
        with db.read() as session:
            since = session.execute(text("SELECT order_date FROM sales_order ORDER BY order_date DESC LIMIT 1 "
                                         "OFFSET :n"), {"n": wanted - 1}).scalar_one()
        filters = {"date_from": since}
        out = run.work / "orders.xlsx"
        with measured() as timing, db.unit_of_work(clerk) as uow:
            count = export_orders(uow, out, filters)
        query = order_list(date.today())
        with db.read() as session:
            values = [list(r.values) for r in query.iter_all(session, ListState(filters=filters))]
        bare = bare_openpyxl(run, [c.title for c in query.columns], values)
    finally:
        db.dispose()
    ratio = timing.seconds / bare
    run.emit(row("W7c", "Excel export of the orders list (.xlsx)", count, timing,
                 budget=f"≤ {EXPORT_BUDGET_RATIO} × openpyxl write-only alone (DESIGN §7)",
                 within=ratio <= EXPORT_BUDGET_RATIO, baseline="W9c", baseline_seconds=round(bare, 3),
                 ratio=round(ratio, 2), filter=f"date_from={since}", bytes=out.stat().st_size))


def bare_openpyxl(run: Run, header: list[str], values: list[list]) -> float:
    """openpyxl write-only writing the same values, nothing else (W9c)."""
    from openpyxl import Workbook

    plain = [[float(v) if isinstance(v, Decimal) else v for v in r] for r in values]
    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("订单")
    sheet.append(header)
    for values_row in plain:
        sheet.append(values_row)
    book.save(run.work / "bare.xlsx")
    seconds = time.perf_counter() - started
    run.emit(row("W9c", "raw: openpyxl write_only alone, same rows as W7c", len(plain), seconds=seconds))
    return seconds
