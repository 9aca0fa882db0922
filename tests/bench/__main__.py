"""The benchmarks: the W suite of whole workloads (the default) and the per-module scripts.

    .venv/bin/python -m tests.bench                  # the W suite at full size (issue #14)
    .venv/bin/python -m tests.bench w --scale 0.001  # the same, every size scaled down (the smoke run)
    .venv/bin/python -m tests.bench w --only office,sync --no-capture
    .venv/bin/python -m tests.bench scripts          # every bench_*.py script
    .venv/bin/python -m tests.bench list startup     # only bench_list.py and bench_startup.py

The W suite (tests/bench/workloads/) measures the clerk's daily work through the real services
with every business rule, the audit trail and the sync outbox capture switched on: W1 customers
(import and one by one), W2 products, W3 orders to shipped, W4 customer searches, W5 an inventory
count, W6 start-up and the orders list over 1,000,000 orders, W7 PDFs and an Excel export, W8 sync
against the local PostgreSQL, W9 the raw baselines (sqlite3, openpyxl, COPY) for the ratios. It
builds its own data on fresh databases (the 1M-order database is cached in $NEIQIN_BENCH_DIR,
default /tmp/neiqin-bench, per schema), prints one JSON line per measure and a table against the
budgets of DESIGN.md §7. `python -m tests.bench w --help` lists the options.

Each `bench_*.py` builds its own data on a fresh database and prints one JSON line per measure:
{"workload": ..., "n": ..., "seconds": ..., "per_item_ms": ..., "budget_ms": ..., ...}.
Neither is part of the test run; tests/integration/test_bench_smoke.py runs the W suite scaled down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main(names: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in names]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(ROOT)}
    rows, failed = [], []
    for script in scripts:
        print(f"# {script.name}", file=sys.stderr, flush=True)
        result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, cwd=ROOT)
        for line in result.stdout.splitlines():
            print(line, flush=True)
            if line.startswith("{"):
                rows.append(json.loads(line))
        if result.returncode != 0:
            failed.append(script.name)
            print(result.stderr[-3000:], file=sys.stderr)
    print(f"\n{'workload':<48} {'n':>9} {'value':>12} {'budget':>10}")
    for row in rows:
        units = (("median_ms", "ms"), ("per_item_ms", "ms"), ("value", row.get("unit", "")), ("seconds", "s"))
        found = next(((row[key], unit) for key, unit in units if key in row), None)
        if found is None:
            continue
        value, unit = found
        budget = row.get("budget_ms", row.get("budget"))
        budget_text = f"{budget}{'ms' if 'budget_ms' in row else unit}" if budget else ""
        print(f"{row['workload']:<48} {row.get('n', ''):>9} {value:>10.2f}{unit:>4} {budget_text:>10}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def dispatch(args: list[str]) -> int:
    if not args or args[0] == "w" or args[0].startswith("-"):
        from tests.bench.workloads.suite import main as suite

        return suite(args[1:] if args and args[0] == "w" else args)
    if args[0] == "scripts":
        return main(args[1:])
    return main(args)


if __name__ == "__main__":
    sys.exit(dispatch(sys.argv[1:]))
