"""Run every benchmark script in this folder and print one summary table.

    .venv/bin/python -m tests.bench            # all of them
    .venv/bin/python -m tests.bench list startup   # only bench_list.py and bench_startup.py

Each `bench_*.py` builds its own data on a fresh database and prints one JSON line per measure:
{"workload": ..., "n": ..., "seconds": ..., "per_item_ms": ..., "budget_ms": ..., ...}.
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
