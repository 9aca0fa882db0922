"""Benchmark of the list toolkit over 1,000,000 orders-shaped rows (DESIGN.md §7: open a list
≤ 150 ms, search as you type ≤ 50 ms, sort a column ≤ 200 ms).

    .venv/bin/python tests/bench/bench_list.py [--rows N] [--runs R] [--db PATH]

Builds the table in a temporary SQLite file (or reuses --db PATH when it exists), then prints one
JSON line per measure: the median and the slowest of R runs in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from sqlalchemy import Column as SqlColumn  # noqa: E402
from sqlalchemy import Date, MetaData, String, Table, or_  # noqa: E402

from neiqin.core.db.engine import sqlite_engine  # noqa: E402
from neiqin.core.db.session import Database  # noqa: E402
from neiqin.core.db.types import Money, UtcDateTime  # noqa: E402
from neiqin.core.listing import Column, ListQuery, ListState  # noqa: E402
from neiqin.ui.table_model import SqlTableModel  # noqa: E402

METADATA = MetaData()
ORDERS = Table(
    "bench_order", METADATA,
    SqlColumn("id", String(36), primary_key=True),
    SqlColumn("number", String(30), nullable=False),
    SqlColumn("customer_name", String(100), nullable=False),
    SqlColumn("order_date", Date, nullable=False),
    SqlColumn("status", String(20), nullable=False),
    SqlColumn("amount", Money(), nullable=False),
    SqlColumn("deleted_at", UtcDateTime()),
)
STATUSES = ["draft", "submitted", "approved", "confirmed", "in_progress", "shipped", "delivered", "closed"]
PREFIXES = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "天津", "苏州"]
WORDS = ["华为", "联想", "海尔", "格力", "美的", "长城", "东方", "新兴", "恒通", "宏达", "金桥", "瑞丰"]
NUMBER_PREFIX = re.compile(r"^[A-Za-z]{2}-")
KINDS = ["科技", "贸易", "电子", "机械", "化工", "物流"]


def build(path: Path, rows: int) -> None:
    rng = random.Random(2026)
    customers = [f"{rng.choice(PREFIXES)}{rng.choice(WORDS)}{rng.choice(KINDS)}有限公司{n:04d}" for n in range(3000)]
    engine = sqlite_engine(path)
    METADATA.create_all(engine)
    engine.dispose()
    start = date(2020, 1, 1).toordinal()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")

    def generate():
        for n in range(rows):
            day = date.fromordinal(start + n * 2400 // rows)
            yield (f"{n:012x}-7000-8000-{rng.getrandbits(48):012x}", f"SO-BJ01-{day.year}-{n + 1:07d}",
                   rng.choice(customers), day.isoformat(), rng.choice(STATUSES), rng.randrange(100, 10_000_000),
                   "2026-01-01 00:00:00.000000" if n % 50 == 0 else None)

    connection.executemany("INSERT INTO bench_order VALUES (?, ?, ?, ?, ?, ?, ?)", generate())
    # each sortable column indexed together with the id tie-breaker, so ORDER BY … LIMIT walks an index
    for column in ("order_date", "customer_name", "amount", "status"):
        connection.execute(f"CREATE INDEX ix_bench_{column} ON bench_order ({column}, id)")
    connection.execute("CREATE UNIQUE INDEX ix_bench_number ON bench_order (number)")
    connection.execute("ANALYZE")
    connection.commit()
    connection.close()


def search(text: str):
    t = ORDERS.c
    if NUMBER_PREFIX.match(text):  # a document number is typed from its start: an index range
        return t.number.between(text.upper(), text.upper() + "\uffff")
    return or_(t.number.contains(text, autoescape=True), t.customer_name.contains(text, autoescape=True))


def query() -> ListQuery:
    t = ORDERS.c
    return ListQuery(
        ORDERS,
        [Column("number", "Number", t.number), Column("customer", "Customer", t.customer_name),
         Column("date", "Date", t.order_date, kind="date"),
         Column("status", "Status", t.status, kind="status", status_titles={s: s for s in STATUSES}),
         Column("amount", "Amount", t.amount, kind="money", total=True)],
        id_expr=t.id,
        default_sort=("date", True),
        search=search,
        filters={"status": lambda value: t.status == value},
    )


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def report(measure: str, times: list[float], **extra) -> None:
    print(json.dumps({"measure": measure, "median_ms": round(statistics.median(times), 1),
                      "max_ms": round(max(times), 1), "runs": len(times), **extra}, ensure_ascii=False),
          flush=True)


def touch_page(model: SqlTableModel) -> None:
    """What a view does with a fresh page: format the visible cells."""
    for row in range(min(40, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.db"
        if not path.exists():
            started = time.perf_counter()
            build(path, args.rows)
            print(json.dumps({"measure": "build", "rows": args.rows,
                              "seconds": round(time.perf_counter() - started, 1)}), flush=True)
        db = Database(sqlite_engine(path), path)
        spec = query()
        with db.read() as session:  # warm the page cache like a running app would be
            rows = spec.count(session, ListState())

        def open_list():
            touch_page(SqlTableModel(db, spec))

        report("open list: first page + count + totals", timed(open_list, args.runs), rows=rows)
        model = SqlTableModel(db, spec)
        model._update_summary = lambda: None  # count/totals run in the background in the app
        report("open list: first page only", timed(lambda: (model.refresh(), touch_page(model)), args.runs))

        typed = ["北", "北京", "北京华", "北京华为", "SO-BJ01-2023-0512", "SO-BJ01-2023-051234"]
        for text in typed:
            def search(text=text):
                model.set_text("")
                started = time.perf_counter()
                model.set_text(text)
                touch_page(model)
                return time.perf_counter() - started
            times = [search() * 1000 for _ in range(args.runs)]
            report("search as you type: first page", times, text=text, loaded=model.rowCount())
            with db.read() as session:
                report("search: count + totals (background)",
                       timed(lambda text=text: spec.summary(session, ListState(text=text)), max(3, args.runs // 2)),
                       text=text)
        model.set_text("")

        for key, descending in (("amount", False), ("customer", True), ("status", False), ("number", True)):
            column = spec.index_of(key)
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

            def sort(column=column, order=order):
                model.sort(spec.index_of("date"), Qt.SortOrder.DescendingOrder)
                started = time.perf_counter()
                model.sort(column, order)
                touch_page(model)
                return time.perf_counter() - started
            report("sort a column", [sort() * 1000 for _ in range(args.runs)], column=key, descending=descending)

        def scroll():
            model.sort(spec.index_of("date"), Qt.SortOrder.DescendingOrder)
            for _ in range(10):
                model.fetchMore()
        report("scroll: 10 more pages of 200", timed(scroll, 3))
        db.dispose()


if __name__ == "__main__":
    main()
