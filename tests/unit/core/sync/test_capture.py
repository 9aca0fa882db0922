"""The outbox capture on SQLite: absent until sync is set up, then every change of every synced
table recorded with only the changed columns, grouped by local transaction, silent while applying."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from neiqin.core.sync import capture
from neiqin.core.sync.catalog import sync_tables
from neiqin.modules.customers.models import Customer


def outbox(db):
    with db.engine.connect() as connection:
        return [dict(r._mapping) for r in connection.execute(text("SELECT * FROM sync_outbox ORDER BY seq"))]


def synced_row_count(db, tables) -> int:
    with db.engine.connect() as connection:
        return sum(connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one() for name in tables)


@pytest.fixture
def synced(db):
    with db.engine.begin() as connection:
        capture.install(connection, "branch-x", "postgresql://server/db")
    capture.attach(db.engine)
    yield db
    capture.detach(db.engine)


def test_a_database_that_does_not_sync_has_no_capture(db, admin):
    with db.unit_of_work(admin) as uow:
        uow.session.add(Customer(code="N-1", name="不同步", name_key="不同步"))
    with db.engine.connect() as connection:
        names = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))}
    assert not {n for n in names if n.startswith("sync_")}


def test_install_queues_every_existing_row_once(db):
    tables = sync_tables()
    expected = synced_row_count(db, tables)
    assert expected > 0
    with db.engine.begin() as connection:
        client_id = capture.install(connection, "branch-x", None)
        assert capture.install(connection, "branch-x", None) == client_id  # idempotent
    rows = outbox(db)
    assert len(rows) == expected
    assert {r["op"] for r in rows} == {"insert"}
    assert len({r["row_id"] for r in rows}) == expected


def test_changes_are_captured_with_only_the_changed_columns(synced, admin):
    before = len(outbox(synced))
    with synced.unit_of_work(admin) as uow:
        row = Customer(code="Q-1", name="青岛海港", name_key="青岛海港", phone="0532-1")
        uow.session.add(row)
    with synced.unit_of_work(admin) as uow:
        uow.session.get(Customer, row.id).phone = "0532-2"
    with synced.engine.begin() as connection:
        connection.execute(text("DELETE FROM customer WHERE id = :i"), {"i": row.id})
    mine = [r for r in outbox(synced)[before:] if r["table_name"] == "customer"]
    assert [r["op"] for r in mine] == ["insert", "update", "delete"]
    inserted = json.loads(mine[0]["new"])
    assert inserted["name"] == "青岛海港" and inserted["id"] == row.id and "server_version" not in inserted
    old, new = json.loads(mine[1]["old"]), json.loads(mine[1]["new"])
    assert old["phone"] == "0532-1" and new["phone"] == "0532-2"
    assert "name" not in new and "code" not in old  # unchanged columns are left out
    assert mine[0]["tx"] != mine[1]["tx"] != mine[2]["tx"]
    assert json.loads(mine[2]["old"])["code"] == "Q-1" and mine[2]["new"] is None
    # the audit entries of the two saves were queued too, in the same transactions
    audits = [r for r in outbox(synced)[before:] if r["table_name"] == "audit_entry"]
    assert {r["tx"] for r in audits} == {mine[0]["tx"], mine[1]["tx"]}


def test_one_save_is_one_transaction_and_applying_is_silent(synced, admin):
    before = len(outbox(synced))
    with synced.unit_of_work(admin) as uow:
        uow.session.add(Customer(code="T-1", name="天津一", name_key="天津一"))
        uow.session.add(Customer(code="T-2", name="天津二", name_key="天津二"))
    rows = outbox(synced)[before:]
    assert len({r["tx"] for r in rows}) == 1 and len(rows) == 4  # two customers, two audit entries
    with synced.engine.begin() as connection:
        connection.execute(text("UPDATE sync_context SET applying = 1"))
        connection.execute(text("UPDATE customer SET phone = 'x'"))
        connection.execute(text("UPDATE sync_context SET applying = 0"))
    assert len(outbox(synced)) == before + 4


def test_attach_restores_triggers_dropped_by_a_table_rebuild(synced, admin):
    with synced.engine.begin() as connection:
        capture.drop_triggers(connection)
    capture.attach(synced.engine)
    before = len(outbox(synced))
    with synced.unit_of_work(admin) as uow:
        uow.session.add(Customer(code="R-1", name="重建", name_key="重建", created_at=datetime.now(UTC)))
    assert len(outbox(synced)) == before + 2
