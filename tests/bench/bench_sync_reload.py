"""Benchmarks of change-log pruning and the catch-up reload on loopback: how long `prune` takes
over the whole log, and the rows per second of a full reload (a new office after a prune) next to
the change-log initial load it replaces (budget of a pull: ≥ 50k rows/s).

    .venv/bin/python tests/bench/bench_sync_reload.py   # BENCH_SYNC_ROWS=50000, BENCH_SYNC_DIALECTS=postgresql

Prints one JSON line per measure.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from neiqin.core.sync.horizon import prune  # noqa: E402
from neiqin.modules import load_all_models  # noqa: E402
from tests.bench.bench_sync import DIALECTS, ROWS, bulk_write, movements, report  # noqa: E402
from tests.helpers.factory import build_template  # noqa: E402
from tests.integration.sync_servers import Office, server_database  # noqa: E402


def main() -> None:
    load_all_models()
    work = Path(tempfile.mkdtemp(prefix="neiqin-bench-reload-"))
    template = work / "template.db"
    build_template(template)
    for dialect in DIALECTS:
        with server_database(dialect, prepared=True) as url:
            source = work / f"a-{dialect}.db"
            shutil.copy(template, source)
            a = Office(source, url, backfill=True, name="a")
            bulk_write(a.db, movements(ROWS, a.branch_id))
            a.client.push(5000)
            before = work / f"before-{dialect}.db"
            shutil.copy(template, before)
            b = Office(before, url, name="b")
            start = time.perf_counter()
            result = b.client.pull(10_000)
            seconds = time.perf_counter() - start
            report(f"pull (initial load from the change log) {dialect}", result.pulled, seconds,
                   rows_per_s=round(result.pulled / seconds), budget_rows_per_s=50_000)
            admin = create_engine(url, poolclass=NullPool)
            start = time.perf_counter()
            with admin.begin() as connection:
                pruned = prune(connection, 0)
            report(f"prune whole change log {dialect}", pruned.deleted, time.perf_counter() - start)
            admin.dispose()
            after = work / f"after-{dialect}.db"
            shutil.copy(template, after)
            c = Office(after, url, name="c")
            start = time.perf_counter()
            result = c.client.pull(10_000)
            seconds = time.perf_counter() - start
            report(f"reload (initial load after a prune) {dialect}", result.pulled, seconds,
                   rows_per_s=round(result.pulled / seconds), budget_rows_per_s=50_000, reloads=result.reloads)
            for office in (a, b, c):
                office.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
