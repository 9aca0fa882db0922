"""Reading the outbox for a push: for any local history of inserts, updates, deletes and
re-inserts, read in batches of any size, every change carries exactly the values of its own
transaction — the same values a copy of the row taken inside that transaction shows."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from neiqin.core.sync import capture
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.outbox import read_changes

VALUES = {"name": st.sampled_from(["甲", "乙", "丙"]), "phone": st.sampled_from([None, "1", "2"]),
          "grade": st.sampled_from([None, "A", "B"]), "region": st.sampled_from([None, "华东", "华北"]),
          "notes": st.sampled_from([None, "", "多行\n\"引号\""]), "credit_limit": st.sampled_from([None, 0, 5, 10**12])}
_IDS = itertools.count(1)


@pytest.fixture
def synced(db):
    with db.engine.begin() as connection:
        capture.install(connection, "branch-x", None)
    capture.attach(db.engine)
    yield db
    capture.detach(db.engine)


def _row(connection, columns: tuple[str, ...], row_id: str) -> dict | None:
    found = connection.execute(text(f"SELECT {', '.join(columns)} FROM customer WHERE id = :i"), {"i": row_id}).first()
    return None if found is None else dict(found._mapping)


step = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 3), st.fixed_dictionaries({}, optional=VALUES)),
    st.tuples(st.just("update"), st.integers(0, 3), st.fixed_dictionaries({}, optional=VALUES)),
    st.tuples(st.just("delete"), st.integers(0, 3), st.just({})))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=12), batch=st.integers(1, 5))
def test_every_change_carries_the_values_of_its_own_transaction(synced, steps, batch):
    tables = sync_tables()
    columns = tables["customer"].sent_columns
    run = next(_IDS)
    ids = [f"r{run}-{n}" for n in range(4)]
    expected = []
    with synced.engine.connect() as connection:
        start = connection.execute(text("SELECT coalesce(max(seq), 0) FROM sync_outbox")).scalar_one()
    for op, which, values in steps:
        row_id = ids[which]
        with synced.engine.begin() as connection:
            before = _row(connection, columns, row_id)
            if op == "insert" and before is None:
                fields = {"id": row_id, "code": f"{row_id}-{len(expected)}", "name_key": "k",
                          "customer_type": "enterprise", "name": "甲", **values}
                connection.execute(text(f"INSERT INTO customer ({', '.join(fields)}) VALUES "
                                        f"({', '.join(':' + k for k in fields)})"), fields)
            elif op == "update" and before is not None and values:
                connection.execute(text(f"UPDATE customer SET {', '.join(f'{k} = :{k}' for k in values)} "
                                        "WHERE id = :id"), {**values, "id": row_id})
            elif op == "delete" and before is not None:
                connection.execute(text("DELETE FROM customer WHERE id = :i"), {"i": row_id})
            else:
                continue
            after = _row(connection, columns, row_id)
        if after == before:  # an update that changed nothing is not queued
            continue
        if op == "insert":
            expected.append(("insert", row_id, None, after))
        elif op == "update":
            changed = [c for c in columns if before[c] != after[c]]
            expected.append(("update", row_id, {c: before[c] for c in changed}, {c: after[c] for c in changed}))
        else:
            expected.append(("delete", row_id, before, None))
    sent = []
    with synced.engine.connect() as connection:
        after_seq = start
        while True:  # as a push reads it: batch after batch
            changes = read_changes(connection, tables, after_seq, batch)
            if not changes:
                break
            sent.extend(changes)
            after_seq = changes[-1].seq
    assert [(c.op, c.row_id, c.old, c.new) for c in sent if c.table == "customer"] == expected
