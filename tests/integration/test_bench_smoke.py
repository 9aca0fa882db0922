"""The W suite of tests/bench runs end to end with every size scaled down (`--scale 0.001`), so it
cannot rot: every workload prints its JSON line with the counts it was asked for. Sizes at this
scale (each full size × 0.001, raised to the workload's least size): 20 customers, 10 products,
2 orders of 5 lines, 5 searches, 1,000 orders in the big database, 100 exported rows, 100 sync
changes, 1,000 stock movements for the initial load. No timing is asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OFFICE = ("W1a", "W1b", "W9a", "W2a", "W2b", "W3", "W9b", "W4", "W5", "W7a", "W7b")
BIG = ("W6-db", "W6a", "W6b", "W6c", "W6d", "W6e", "W9c", "W7c")
SYNC = ("W8a", "W8b", "W9d", "W8c", "W8d")


def test_every_workload_prints_its_line_with_the_real_counts(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEIQIN_BENCH_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "tests.bench", "w", "--scale", "0.001"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-4000:]
    rows = {row["id"]: row for row in (json.loads(line) for line in result.stdout.splitlines()
                                       if line.startswith("{"))}
    skipped = rows.get("W8", {}).get("skipped")
    if skipped:  # the suite skips W8 only without a server and without CI (under CI it fails)
        assert os.environ.get("CI") != "true", skipped
    expected = OFFICE + BIG + (() if skipped else SYNC)
    assert [key for key in expected if key not in rows] == []
    for key in expected:
        row = rows[key]
        assert row["n"] > 0 and row["seconds"] >= 0, row
        assert row.get("peak_rss_mb", 1) > 0, row
        assert row.get("within_budget") is None, row  # budgets are judged at full size only

    assert rows["W1a"]["n"] == 20 and rows["W1a"]["contacts"] == 20
    assert rows["W1b"]["n"] == 20
    assert rows["W9a"]["tables"] == {"customer": 20, "customer_contact": 20}
    assert rows["W2a"]["n"] == 10 and rows["W2b"]["n"] == 10
    assert rows["W3"]["n"] == 2 and rows["W3"]["shipped"] == 2 and rows["W3"]["stock_movements"] == 2 * 5
    # per order: entry and 7 steps (submit, approve, confirm, dispatch, start, ship) → 1 + 6 transitions
    assert rows["W9b"]["tables"] == {"sales_order": 2, "sales_order_line": 10, "sales_order_transition": 14,
                                     "stock_movement": 10}
    assert rows["W4"]["n"] == 5 and rows["W4"]["customers"] == 20 and rows["W4"]["queries_without_hits"] == 0
    # one line per product; every tenth short by one and every tenth over by one: 20 % adjusted
    assert rows["W5"]["n"] == 10 and rows["W5"]["adjustments"] == 2 and rows["W5"]["status"] == "approved"
    assert rows["W5"]["archived"] is True
    assert rows["W7a"]["bytes"] > 0 and rows["W7b"]["n"] == 10 and rows["W7b"]["pages"] >= 1

    assert rows["W6-db"]["n"] == 1000 and rows["W6c"]["orders"] == 1000
    assert rows["W6a"]["median_ms"] > 0 and rows["W6b"]["tabs"] > 0
    assert rows["W6e"]["columns"] == 10  # every column of the orders list, both ways
    assert 100 <= rows["W7c"]["n"] < 1000 and rows["W9c"]["n"] == rows["W7c"]["n"]
    if not skipped:
        assert rows["W8a"]["n"] == 100 and rows["W8a"]["outbox_before"] == 100
        assert rows["W8b"]["n"] == 100 and rows["W9d"]["n"] == 100
        # 1,000 movements of one product, plus the product and the company rows queued by the set-up
        assert rows["W8c"]["n"] >= 1001 and rows["W8d"]["n"] >= 1001 and rows["W8d"]["balances"] == 1
