"""The audit trail is hash-chained: changing or deleting an entry is detected."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import delete, func, select, update

from neiqin.core import audit_chain
from neiqin.core.audit import AuditEntry, log_event
from neiqin.core.db.types import utcnow


def _write(db, actor, n):
    for i in range(n):
        with db.unit_of_work(actor) as uow:
            log_event(uow.session, actor, uow.now(), "customer", f"row-{i}", "view", note=f"查看 {i}")


def _verify(db, anchor=None):
    with db.connect() as connection:
        return audit_chain.verify(connection, anchor)


def test_every_committed_entry_is_sealed_in_order(db, admin):
    _write(db, admin, 5)
    with db.engine.connect() as connection:
        rows = connection.execute(select(AuditEntry.seq, AuditEntry.prev_hash, AuditEntry.hash)
                                  .order_by(AuditEntry.seq)).all()
    assert all(row.seq is not None for row in rows)
    assert [row.seq for row in rows] == list(range(1, len(rows) + 1))
    assert all(rows[i].prev_hash == rows[i - 1].hash for i in range(1, len(rows)))
    report = _verify(db)
    assert report.ok and report.entries == len(rows) and report.unsealed == 0


def test_a_changed_entry_is_detected(db, admin):
    _write(db, admin, 4)
    with db.engine.begin() as connection:
        target = connection.execute(select(AuditEntry.seq).where(AuditEntry.row_id == "row-2")).scalar_one()
        connection.execute(update(AuditEntry).where(AuditEntry.seq == target).values(actor_name="别人"))
    report = _verify(db)
    assert not report.ok
    assert any(f"entry {target} " in problem and "changed" in problem for problem in report.problems)


def test_a_deleted_entry_is_detected(db, admin):
    _write(db, admin, 4)
    with db.engine.begin() as connection:
        target = connection.execute(select(AuditEntry.seq).where(AuditEntry.row_id == "row-1")).scalar_one()
        connection.execute(delete(AuditEntry).where(AuditEntry.seq == target))
    report = _verify(db)
    assert any("missing" in problem for problem in report.problems)


def test_a_rewritten_chain_tail_is_caught_by_the_anchor(db, admin):
    _write(db, admin, 3)
    anchor = (_verify(db).head_seq, _verify(db).head_hash)
    with db.engine.begin() as connection:
        connection.execute(delete(AuditEntry).where(AuditEntry.seq == anchor[0]))
    shorter = _verify(db)
    assert shorter.ok  # a shorter chain is still a chain ...
    assert not _verify(db, anchor).ok  # ... but the anchor noted earlier is gone


def test_bulk_paths_are_sealed_too(db, admin):
    from sqlalchemy import insert

    from neiqin.core.audit import bulk_entries

    with db.connect() as connection:
        rows = [{"id": f"p{i}", "name": "纸"} for i in range(3)]
        connection.execute(insert(AuditEntry), bulk_entries(admin, utcnow(), "product", rows))
    with db.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.seq.is_(None))).scalar_one() == 0
    assert _verify(db).ok


@pytest.mark.parametrize("tamper", [False, True])
def test_cli_audit_verify(db_path, db, admin, tamper):
    _write(db, admin, 2)
    if tamper:
        with db.engine.begin() as connection:
            connection.execute(update(AuditEntry).where(AuditEntry.seq == 1).values(note="改过"))
    db.dispose()
    result = subprocess.run([sys.executable, "-m", "neiqin", "audit", "verify", "--db", str(db_path)],
                            capture_output=True, text=True)
    assert (result.returncode != 0) == tamper, result.stdout + result.stderr
    assert ("changed" in result.stdout) == tamper
