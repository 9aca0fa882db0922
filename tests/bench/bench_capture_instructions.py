"""What sync capture costs on local writes, counted in CPU instructions under valgrind's callgrind
instead of seconds: the same count for the same code and data whatever else the machine is doing
(CPU-time measures of `bench_sync` moved by ±10–25 points between runs on the shared 2-core
machine, more than the 15 % budget they judge).

    .venv/bin/python tests/bench/bench_capture_instructions.py   # needs valgrind; BENCH_SYNC_ROWS=2000, ≈ 11 min

The workloads are `bench_sync`'s capture workloads (raw executemany writes, then the program's own
writes of `capture_app_paths`), run in order on one copy of a set-up company without sync and on one
with the outbox triggers, each copy in its own process under callgrind, the two at once.
Instrumentation is switched on only inside the timed parts (`capture_app_paths.SECTION_HOOKS`), so
preparing data is not counted. Instruction counts do not see memory stalls or disk waits: they are
the work done, not the time taken. Prints one JSON line per workload.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUDGET_PCT = 15
_TOTAL = re.compile(r"^\s*Th \d+\s+([\d,]+)", re.MULTILINE)


def _control(*args: str) -> str:
    return subprocess.run(["callgrind_control", *args, str(os.getpid())], check=True, capture_output=True,
                          text=True).stdout


def worker(template: Path, branch: str, synced: bool, out: Path) -> None:
    """Run every capture workload on a copy of `template` (inside callgrind) and write
    {label: instructions} to `out`."""
    from tests.bench import bench_sync, capture_app_paths

    counts: dict[str, int] = {}
    current: list[str] = []

    def start() -> None:
        _control("--instr=on")
        _control("--zero")

    def stop() -> None:
        found = sum(int(n.replace(",", "")) for n in _TOTAL.findall(_control("-e", "Ir")))
        _control("--instr=off")
        counts[current[0]] = counts.get(current[0], 0) + found

    capture_app_paths.SECTION_HOOKS.append((start, stop))
    db = bench_sync.capture_copy(template, out.with_suffix(".db"), branch, synced)
    for label, run, _n in bench_sync.CAPTURE:
        current[:] = [label]
        run(db, branch)
    db.dispose()
    out.write_text(json.dumps(counts))


def main() -> None:
    os.environ.setdefault("BENCH_SYNC_ROWS", "2000")
    from neiqin.modules import load_all_models
    from tests.bench import bench_sync
    from tests.helpers.factory import build_template
    from tests.integration.sync_servers import Office

    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("valgrind (with callgrind_control) is needed: apt-get install valgrind")
    load_all_models()
    work = Path(tempfile.mkdtemp(prefix="neiqin-bench-instructions-"))
    try:
        template = work / "template.db"
        build_template(template)
        branch = Office.template_branch(template)
        python = sys.executable  # the virtual environment's interpreter (a link to the binary, not a script)
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
        runs = []
        for synced in (False, True):
            out = work / f"{'synced' if synced else 'plain'}.json"
            runs.append((out, subprocess.Popen(
                ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
                 python, __file__, "--worker", str(template), branch, "1" if synced else "0", str(out)],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)))
        for out, process in runs:
            _, errors = process.communicate()
            if process.returncode != 0:
                sys.exit(f"{out.stem} run failed:\n{errors[-3000:]}")
        plain, synced = (json.loads(out.read_text()) for out, _process in runs)
        for label, _run, n in bench_sync.CAPTURE:
            overhead = 100 * (synced[label] / plain[label] - 1)
            print(json.dumps({"workload": label.replace("capture ", "capture instructions "), "n": n,
                              "instructions": synced[label], "plain_instructions": plain[label],
                              "per_row": round(synced[label] / n), "plain_per_row": round(plain[label] / n),
                              "overhead_pct": round(overhead, 1), "budget_pct": BUDGET_PCT}), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1:2] == ["--worker"]:
        template_path, branch_id, synced_flag, out_path = sys.argv[2:6]
        from neiqin.modules import load_all_models

        load_all_models()
        worker(Path(template_path), branch_id, synced_flag == "1", Path(out_path))
    else:
        main()
