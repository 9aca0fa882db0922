"""W4: customer searches of the kind “海淀 4821” (a district and a number fragment of a phone or
street number) over the customers W1 imported, each read as the customer list reads it: the list
model takes the text, reads its first page and the count, and the view formats the visible cells.

W5: an inventory count over every product: start the session, enter the counted quantities one
by one as the count screen does (10 % short, 10 % over, the rest as booked), give the reason of
every variance, submit, and the reviewer's approval posts the adjustments (and archives the sheet).
"""

from __future__ import annotations

import random
import time

from sqlalchemy import func, select

from tests.bench.workloads.common import Run, latency_row, measured, row
from tests.bench.workloads.office import Office, outbox_rows

SEARCH_BUDGET_MS = 50  # DESIGN.md §7: search as you type
VISIBLE_ROWS = 40


def queries(files, count: int, seed: int = 4) -> list[str]:
    """`count` texts “海淀 <2–4 digits>” taken from the phones and house numbers of 海淀 customers."""
    rng = random.Random(seed)
    haidian = [f.customer for f in files if "海淀" in f.customer.address]
    out = []
    for n in range(count):
        customer = haidian[n % len(haidian)]
        digits = customer.phone.split("-")[-1] if n % 2 == 0 else customer.address.split("路")[-1].rstrip("号")
        size = min(len(digits), rng.choice((2, 3, 4)))
        start = rng.randrange(0, len(digits) - size + 1)
        out.append(f"海淀 {digits[start:start + size]}")
    return out


def touch_page(model) -> int:
    """What the view does with a fresh page: the display text of every visible cell."""
    from PySide6.QtCore import Qt

    rows = min(VISIBLE_ROWS, model.rowCount())
    for r in range(rows):
        for c in range(model.columnCount()):
            model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
    return rows


def customer_searches(run: Run, office: Office, count: int) -> None:
    from neiqin.modules.customers.listing import customer_list
    from neiqin.ui.table_model import SqlTableModel

    texts = queries(run.shared["customer_files"], count)
    model = SqlTableModel(office.db, customer_list())  # no task runner: the count is read at once
    with office.db.read() as session:
        customers = session.execute(select(func.count()).select_from(customer_list().select_from)).scalar_one()
    touch_page(model)
    times, hits, empty = [], 0, 0
    for text in texts:
        model.set_text("")
        started = time.perf_counter()
        model.set_text(text)
        touch_page(model)
        times.append((time.perf_counter() - started) * 1000)
        found = model.total_count or 0
        hits += found
        empty += found == 0
    run.emit(latency_row("W4", "customer search “海淀 + number” (list page + count)", len(times), times,
                         SEARCH_BUDGET_MS, customers=customers, hits_total=hits, queries_without_hits=empty,
                         example=texts[0]))


def count_session(run: Run, office: Office) -> None:
    from neiqin.core.ledger.movements import ADJUSTMENT
    from neiqin.modules.inventory import service_counts
    from neiqin.modules.inventory.models import StockMovement
    from neiqin.modules.inventory.schemas import CountStart

    db = office.db
    with measured() as timing:
        with timing.phase("start"), db.unit_of_work(office.clerk) as uow:
            count = service_counts.start_count(uow, CountStart(title="月末全面盘点"))
        entries = []
        for n, line in enumerate(count.lines):
            delta = -1 if n % 10 == 3 else 1 if n % 10 == 7 else 0  # 10 % short, 10 % over
            entries.append((line, line.book_quantity + delta, delta))
        with timing.phase("enter"):
            for line, quantity, _delta in entries:
                with db.unit_of_work(office.clerk) as uow:
                    service_counts.enter_count(uow, count.id, line.code, str(quantity), line.location)
        with timing.phase("explain"):
            for line, _quantity, delta in entries:
                if delta:
                    with db.unit_of_work(office.clerk) as uow:
                        service_counts.explain_line(uow, count.id, line.id, "miscount" if delta < 0 else "unrecorded_receipt")
        with timing.phase("submit"), db.unit_of_work(office.clerk) as uow:
            service_counts.submit_count(uow, count.id)
        with timing.phase("approve"), db.unit_of_work(office.reviewer) as uow:
            approved = service_counts.approve_count(uow, count.id)
    with db.read() as session:
        adjustments = session.scalar(select(func.count()).select_from(StockMovement).where(
            StockMovement.source_id == count.id, StockMovement.kind == ADJUSTMENT))
    run.shared["count_number"] = approved.number
    run.shared["count_lines"] = len(count.lines)
    within = timing.seconds <= 5 * len(count.lines) / 5000
    run.emit(row("W5", "inventory count: start, enter one by one, explain, submit, approve", len(count.lines), timing,
                 budget="≤ 5 s per 5,000 products (bench_inventory)", within=within, adjustments=adjustments,
                 varied_lines=sum(1 for e in entries if e[2]), status=approved.status,
                 archived=bool(approved.archive_sha256), capture=office.captured, outbox=outbox_rows(office)))
