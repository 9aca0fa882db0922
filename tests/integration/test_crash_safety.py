"""Crash safety: the real services run in a forked child that is killed (SIGKILL) at random
moments — saving orders and customers, importing, approving counts, backing up, migrating. After every kill the
database passes its integrity check, no document is half written, imports are all or nothing,
the audit chain holds, finished backups verify, and the database opens again.

NEIQIN_CRASH_KILLS sets the number of kills (default 200)."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time

import pytest

from neiqin.app import open_database
from tests.helpers import crash_workloads as crash

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")

KILLS = int(os.environ.get("NEIQIN_CRASH_KILLS", "200"))


def test_nothing_is_lost_or_half_written_when_killed(db_path, tmp_path, reliability_figures):
    scene = crash.prepare(db_path, tmp_path / "work")
    fork = multiprocessing.get_context("fork")
    rng = random.Random(int(os.environ.get("NEIQIN_CRASH_SEED", "20261123")))
    names = list(crash.WORKLOADS)
    killed, finished = {name: 0 for name in names}, 0
    for seed in range(KILLS):
        name = names[seed % len(names)]
        child = fork.Process(target=crash.run_in_child, args=(name, scene, seed))
        child.start()
        time.sleep(rng.uniform(0.02, 2.5 if name == "count" else 0.6))
        if child.is_alive():
            os.kill(child.pid, signal.SIGKILL)
            killed[name] += 1
        else:
            finished += 1
        child.join()
        assert crash.integrity(db_path) == ["ok"], f"after kill {seed} ({name})"
        problems = (crash.half_written_documents(db_path) + crash.imports_all_or_nothing(db_path)
                    + crash.ledger_and_counts_consistent(db_path))
        assert not problems, f"after kill {seed} ({name}): {problems[:5]}"
        if seed % 20 == 19:
            assert not crash.audit_chain_problems(db_path), f"after kill {seed}"
    assert not crash.audit_chain_problems(db_path)
    assert not crash.finished_backups_are_whole(scene.work)
    assert not crash.migrated_copies_open(scene.work)
    open_database(db_path).dispose()  # the program starts on the database afterwards
    total = sum(killed.values())
    done = crash.work_done(db_path)
    assert done["approved counts"] > 0 and done["orders"] > 0, done
    assert total >= KILLS * 0.6, f"only {total} of {KILLS} children were still working when killed"
    reliability_figures["crash kills survived"] = (
        f"{total} kills mid-work ({', '.join(f'{n} {c}' for n, c in killed.items())}), {finished} finished "
        "before the kill; committed meanwhile: " + ", ".join(f"{v} {k}" for k, v in done.items())
        + "; integrity, documents, imports, ledger, audit chain, backups and migrations all intact")
