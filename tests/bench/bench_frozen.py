"""The frozen app (PyInstaller one-folder build): folder size (≤ 200 MB) and start to the main
window shown (≤ 2 s), measured from outside — process spawn to the "window shown" line that
`neiqin --smoke` prints once the window is up, bootloader and unpacking included.

    .venv/bin/python tests/bench/bench_frozen.py          # uses dist/neiqin, builds it when missing
    NEIQIN_FROZEN_APP=path/to/neiqin .venv/bin/python tests/bench/bench_frozen.py
    NEIQIN_BENCH_REBUILD=1 .venv/bin/python tests/bench/bench_frozen.py   # time a fresh build too

The database is a demo company (NEIQIN_BENCH_FROZEN_ORDERS orders, default 1000) made once by the
frozen app itself and kept in $NEIQIN_BENCH_DIR (default /tmp/neiqin-bench). The window opens
signed in as the administrator (no sign-in dialog: the password check is bench_startup's).
The first run after a build reads the files cold; the median is over NEIQIN_BENCH_RUNS runs.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = Path(os.environ.get("NEIQIN_BENCH_DIR", "/tmp/neiqin-bench"))
ORDERS = int(os.environ.get("NEIQIN_BENCH_FROZEN_ORDERS", "1000"))
RUNS = int(os.environ.get("NEIQIN_BENCH_RUNS", "5"))
EXE = "neiqin-cli.exe" if os.name == "nt" else "neiqin"


def build() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
                    "--workpath", "build/pyinstaller", "packaging/neiqin.spec"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def frozen_app() -> Path:
    named = os.environ.get("NEIQIN_FROZEN_APP")
    if named:
        return Path(named).resolve()
    app = ROOT / "dist" / "neiqin" / EXE
    if os.environ.get("NEIQIN_BENCH_REBUILD") or not app.exists():
        seconds = build()
        print(json.dumps({"workload": "frozen app: PyInstaller one-folder build", "n": 1,
                          "seconds": round(seconds, 1)}), flush=True)
    return app


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), NEIQIN_NO_AUTOBACKUP="1",
               HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    return env


def demo_database(app: Path, home: Path) -> Path:
    FOLDER.mkdir(parents=True, exist_ok=True)
    path = FOLDER / f"frozen-demo-{ORDERS}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        subprocess.run([str(app), "demo", "--db", str(partial), "--orders", str(ORDERS)], check=True,
                       env=environment(home), stdout=subprocess.DEVNULL)
        partial.rename(path)
    return path


def time_to_window(app: Path, database: Path, home: Path) -> float:
    """Seconds from spawning the process to its "window shown" line; the smoke then finishes."""
    started = time.perf_counter()
    process = subprocess.Popen([str(app), "--smoke", "--db", str(database)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=environment(home))
    shown = None
    for line in process.stdout:
        if shown is None and line.strip() == "window shown":
            shown = time.perf_counter() - started
    if process.wait() != 0 or shown is None:
        raise SystemExit(f"{app} --smoke failed (exit {process.returncode})")
    return shown


def folder_size(app: Path) -> tuple[int, int]:
    folder = app.parent.parent.parent if app.parent.name == "MacOS" else app.parent
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> None:
    app = frozen_app()
    size, files = folder_size(app)
    print(json.dumps({"workload": "frozen app: one-folder build size", "n": files, "value": round(size / 2**20, 1),
                      "unit": "MiB", "budget": 200}), flush=True)
    home = Path(tempfile.mkdtemp(prefix="neiqin-bench-frozen-"))
    try:
        database = demo_database(app, home)
        runs = [time_to_window(app, database, home) for _ in range(RUNS)]
    finally:
        shutil.rmtree(home, ignore_errors=True)
    median = statistics.median(runs)
    print(json.dumps({"workload": "frozen app: start to main window shown", "n": ORDERS,
                      "median_ms": round(median * 1000, 1), "seconds": round(median, 3), "budget_ms": 2000,
                      "first_ms": round(runs[0] * 1000, 1), "max_ms": round(max(runs) * 1000, 1), "runs": RUNS}))


if __name__ == "__main__":
    main()
