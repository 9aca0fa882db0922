"""Start-up to an interactive main window on a demo database with many orders (DESIGN.md §7:
≤ 1.2 s with 1,000,000 orders), and memory with every tab opened (≤ 300 MB RSS).

    .venv/bin/python tests/bench/bench_startup.py            # 1,000,000 orders (built once, cached)
    NEIQIN_BENCH_ORDERS=100000 .venv/bin/python tests/bench/bench_startup.py

The demo database is built through `neiqin demo` and kept in $NEIQIN_BENCH_DIR (default
/tmp/neiqin-bench). Each run starts a fresh interpreter, so imports, font loading, migrations check,
sign-in (the scrypt check included), the window and the dashboard's first load are all measured.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ORDERS = int(os.environ.get("NEIQIN_BENCH_ORDERS", "1000000"))
FOLDER = Path(os.environ.get("NEIQIN_BENCH_DIR", "/tmp/neiqin-bench"))
RUNS = int(os.environ.get("NEIQIN_BENCH_RUNS", "5"))

CHILD = r"""
import time, sys, json
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from neiqin.app import gui
from neiqin.app.database import open_database
from neiqin.core.auth import service as auth
from neiqin.ui.i18n import Translations
from neiqin.ui.tasks import TaskRunner
from neiqin import paths
t_import = time.perf_counter()
app, settings = gui.make_application()
translations = Translations(app, paths.translations_dir())
translations.switch("zh_CN")
db = open_database(sys.argv[1])
t_db = time.perf_counter()
actor = auth.sign_in(db, "clerk", "demo1234")
t_sign = time.perf_counter()
runner = TaskRunner(app)
window = gui.build_window(db, actor, runner, translations, settings)
window.show()
app.processEvents()
t_shown = time.perf_counter()
runner.wait(60000)
app.processEvents()
t_ready = time.perf_counter()
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    app.processEvents()
runner.wait(60000)
app.processEvents()
import psutil
rss = psutil.Process().memory_info().rss
print(json.dumps({"import": t_import - t0, "open_db": t_db - t_import, "sign_in": t_sign - t_db,
                  "window_shown": t_shown - t_sign, "dashboard_ready": t_ready - t_shown,
                  "to_interactive": t_shown - t0, "to_dashboard": t_ready - t0, "rss_all_tabs": rss,
                  "tabs": window.tabs.count()}))
window.close(); runner.shutdown(); db.dispose()
"""


def ensure_demo() -> tuple[Path, float | None]:
    FOLDER.mkdir(parents=True, exist_ok=True)
    path = FOLDER / f"demo-{ORDERS}.db"
    if path.exists():
        return path, None
    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "neiqin", "demo", "--db", str(partial), "--orders", str(ORDERS)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path, time.perf_counter() - started


def main() -> None:
    path, build_seconds = ensure_demo()
    if build_seconds is not None:
        print(json.dumps({"workload": "demo database build", "n": ORDERS, "seconds": round(build_seconds, 2),
                          "per_item_ms": round(build_seconds * 1000 / max(ORDERS, 1), 4)}))
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "NEIQIN_NO_AUTOBACKUP": "1"}
    runs = []
    for _ in range(RUNS):
        spawned = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=env,
                             cwd=ROOT, check=True)
        wall = time.perf_counter() - spawned
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["process_wall"] = wall
        runs.append(result)

    def median(key):
        return statistics.median(r[key] for r in runs)

    print(json.dumps({"workload": "start-up to interactive main window", "n": ORDERS,
                      "median_ms": round(median("to_interactive") * 1000, 1), "budget_ms": 1200,
                      "phases_ms": {k: round(median(k) * 1000, 1) for k in
                                    ("import", "open_db", "sign_in", "window_shown")},
                      "runs": RUNS}))
    print(json.dumps({"workload": "start-up until the dashboard has loaded", "n": ORDERS,
                      "median_ms": round(median("to_dashboard") * 1000, 1),
                      "dashboard_ms": round(median("dashboard_ready") * 1000, 1)}))
    print(json.dumps({"workload": "memory with every tab opened (RSS)", "n": ORDERS,
                      "value": round(median("rss_all_tabs") / 2**20, 1), "unit": "MiB", "budget": 300,
                      "tabs": runs[0]["tabs"]}))


if __name__ == "__main__":
    main()
