"""`neiqin --smoke --demo`: the check the frozen app runs in CI, here from the source — a demo company
made in a temporary folder, the order confirmation and the orders list written where
NEIQIN_SMOKE_OUT says, the user's own demo database left alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_smoke_on_a_demo_company_prints_an_order_confirmation_and_exports_the_orders(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "out"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEIQIN_NO_AUTOBACKUP": "1", "NEIQIN_SMOKE_OUT": str(out),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-m", "neiqin", "--smoke", "--demo", "--lang", "zh_CN"],
                            capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[0] == "window shown"  # before the tabs are opened and anything is written

    confirmations = list(out.glob("SO-*.pdf"))
    assert len(confirmations) == 1
    assert confirmations[0].read_bytes().startswith(b"%PDF-")
    assert f"{confirmations[0].name}: " in result.stdout
    workbook = load_workbook(out / "orders.xlsx", read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert rows[0][0] == "订单编号"
    assert len(rows) == 1 + 20  # the smoke's demo company has 20 orders
    assert confirmations[0].stem in {row[0] for row in rows[1:]}
    assert (out / "test-print.pdf").is_file() and (out / "audit.xlsx").is_file()
    assert not list((tmp_path / "data").rglob("demo.db"))  # the user's demo database was not made
    assert not list(out.glob("*.db"))  # the temporary database went with the temporary folder
