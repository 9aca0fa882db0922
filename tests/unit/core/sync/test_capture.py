"""The outbox capture on SQLite: absent until sync is set up, then every change of every synced
table recorded (an update with only the changed columns), grouped by local transaction, silent
while applying, and read back for a push with the values of each change's own transaction."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import bindparam, text

from neiqin.core.sync import capture
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.errors import ProtocolError
from neiqin.core.sync.outbox import read_changes
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
    assert mine[0]["old"] is None and mine[0]["new"] is None  # an insert's values are read when pushed
    old = json.loads(mine[1]["old"])
    assert old["phone"] == "0532-1" and mine[1]["new"] is None
    assert "code" not in old and "name" not in old  # unchanged columns are left out
    assert mine[0]["tx"] != mine[1]["tx"] != mine[2]["tx"]
    assert json.loads(mine[2]["old"])["code"] == "Q-1" and mine[2]["new"] is None
    # what a push sends: each change with the values of its own transaction, the row long deleted
    with synced.engine.connect() as connection:
        sent = [c for c in read_changes(connection, sync_tables(), mine[0]["seq"] - 1, 1000)
                if c.table == "customer"]
    assert [c.op for c in sent] == ["insert", "update", "delete"]
    assert sent[0].new["name"] == "青岛海港" and sent[0].new["phone"] == "0532-1" and sent[0].new["id"] == row.id
    assert "server_version" not in sent[0].new
    assert sent[1].old["phone"] == "0532-1" and sent[1].new["phone"] == "0532-2"
    assert "name" not in sent[1].new and "code" not in sent[1].old
    assert sent[2].old["phone"] == "0532-2" and sent[2].new is None
    # the audit entries of the two saves were queued too, in the same transactions, and are sent with
    # their values read when pushed (less the local hash chain)
    audits = [r for r in outbox(synced)[before:] if r["table_name"] == "audit_entry"]
    assert {r["tx"] for r in audits} == {mine[0]["tx"], mine[1]["tx"]}
    assert all(r["new"] is None for r in audits)
    with synced.engine.connect() as connection:
        entries = {c.row_id: c for c in read_changes(connection, sync_tables(), min(r["seq"] for r in audits) - 1,
                                                     1000) if c.table == "audit_entry"}
        stored = {r.id: r for r in connection.execute(text("SELECT * FROM audit_entry WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)), {"ids": list(entries)})}
    assert set(entries) == {r["row_id"] for r in audits} == set(stored)
    for row_id, change in entries.items():
        assert change.op == "insert" and change.new["changes"] == stored[row_id].changes
        assert change.new["row_id"] == stored[row_id].row_id and "hash" not in change.new


CHANGES = [  # (column, value) set by one update each, across the trigger's column groups
    [("phone", "0532-2")],
    [("grade", "A"), ("tags", "重点"), ("hlc", "h-2")],
    [("phone", None), ("notes", "第一行\n\"引号\"\\")],
    [("credit_limit", 5_000_000), ("plans", None), ("updated_by", "u-9")],
    [("phone", None)],  # changes nothing: nothing queued
    [("code", "Q-9"), ("name_key", "q9"), ("deleted_at", "2026-12-01 08:00:00")],
]


def test_an_update_queues_exactly_the_previous_values_of_the_columns_it_changed(synced):
    columns = sync_tables()["customer"].sent_columns
    with synced.engine.begin() as connection:
        connection.execute(text("INSERT INTO customer (id, code, name, name_key, customer_type, phone, plans) "
                                "VALUES ('c-g', 'Q-8', '青岛', 'q8', 'enterprise', '0532-1', '计划')"))
    for change in CHANGES:
        with synced.engine.begin() as connection:
            listed = ", ".join(f'"{c}"' for c in columns)
            before = dict(zip(columns, connection.execute(text(f"SELECT {listed} FROM customer WHERE id = 'c-g'"))
                              .one(), strict=True))
            start = connection.execute(text("SELECT coalesce(max(seq), 0) FROM sync_outbox")).scalar_one()
            sets = ", ".join(f'"{c}" = :{c}' for c, _ in change)
            connection.execute(text(f"UPDATE customer SET {sets} WHERE id = 'c-g'"), dict(change))
            queued = [json.loads(r[0]) for r in connection.execute(text(
                "SELECT old FROM sync_outbox WHERE seq > :s AND row_id = 'c-g'"), {"s": start})]
        expected = {c: before[c] for c, value in change if before[c] != value}
        assert queued == ([expected] if expected else [])


def test_each_queued_change_is_sent_with_the_values_of_its_own_transaction(synced):
    """Inserted, changed three times and deleted before any push: read in one batch or in batches
    of two, every change carries the values of its own transaction."""
    before = len(outbox(synced))
    with synced.engine.begin() as connection:
        connection.execute(text("INSERT INTO customer (id, code, name, name_key, customer_type, phone, grade) "
                                "VALUES ('c-1', 'W-1', '武汉', '武汉', 'enterprise', '027-1', 'A')"))
    with synced.engine.begin() as connection:
        connection.execute(text("UPDATE customer SET phone = '027-2' WHERE id = 'c-1'"))
    with synced.engine.begin() as connection:
        connection.execute(text("UPDATE customer SET grade = 'B', phone = '027-3' WHERE id = 'c-1'"))
    with synced.engine.begin() as connection:
        connection.execute(text("UPDATE customer SET name = '武汉二' WHERE id = 'c-1'"))
    with synced.engine.begin() as connection:
        connection.execute(text("DELETE FROM customer WHERE id = 'c-1'"))
    with synced.engine.connect() as connection:
        start = outbox(synced)[before]["seq"] - 1
        every = read_changes(connection, sync_tables(), start, 1000)
        # a batch that ends before the later changes still sends the values of its own changes
        first_two = read_changes(connection, sync_tables(), start, 2)
    assert [(c.op, c.new["phone"], c.new["grade"], c.new["name"]) for c in every[:1]] == \
        [("insert", "027-1", "A", "武汉")]
    assert [(c.old, c.new) for c in every[1:4]] == [
        ({"phone": "027-1"}, {"phone": "027-2"}),
        ({"phone": "027-2", "grade": "A"}, {"phone": "027-3", "grade": "B"}),
        ({"name": "武汉"}, {"name": "武汉二"})]
    assert every[4].op == "delete" and (every[4].old["name"], every[4].old["phone"]) == ("武汉二", "027-3")
    assert [(c.op, c.new) for c in first_two] == [(c.op, c.new) for c in every[:2]]


def test_a_queued_row_removed_outside_the_program_stops_the_push(synced):
    with synced.engine.begin() as connection:
        connection.execute(text("INSERT INTO customer (id, code, name, name_key, customer_type) "
                                "VALUES ('c-2', 'X-1', '丢失', '丢失', 'enterprise')"))
        connection.execute(text("UPDATE sync_context SET applying = 1"))
        connection.execute(text("DELETE FROM customer WHERE id = 'c-2'"))
        connection.execute(text("UPDATE sync_context SET applying = 0"))
    with synced.engine.connect() as connection, pytest.raises(ProtocolError, match="missing here"):
        read_changes(connection, sync_tables(), 0, 100_000)


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


def test_changes_queued_by_an_earlier_release_are_sent_with_their_own_values(synced):
    with synced.engine.begin() as connection:
        connection.execute(text("INSERT INTO customer (id, code, name, name_key, customer_type, phone) "
                                "VALUES ('c-3', 'O-1', '旧版', '旧版', 'enterprise', '0991-9')"))
        start = connection.execute(text("SELECT max(seq) FROM sync_outbox")).scalar_one()
        # what the earlier triggers wrote: every value of an insert, old and new values of an update
        connection.execute(text(
            "UPDATE sync_outbox SET new = json_object('id', 'c-3', 'code', 'O-1', 'name', '旧版', "
            "'phone', '0991-1') WHERE seq = :s"), {"s": start})
        connection.execute(text("UPDATE sync_context SET applying = 1"))
        connection.execute(text("UPDATE customer SET phone = '0991-9' WHERE id = 'c-3'"))
        connection.execute(text("UPDATE sync_context SET applying = 0"))
        connection.execute(text(
            "INSERT INTO sync_outbox (change_id, tx, table_name, row_id, op, hlc, base_version, old, new) "
            "VALUES ('x', 0, 'customer', 'c-3', 'update', NULL, NULL, '{\"phone\": \"0991-1\"}', "
            "'{\"phone\": \"0991-9\"}')"))
    with synced.engine.connect() as connection:
        sent = read_changes(connection, sync_tables(), start - 1, 1000)
    assert [(c.op, c.new) for c in sent] == [
        ("insert", {"id": "c-3", "code": "O-1", "name": "旧版", "phone": "0991-1"}), ("update", {"phone": "0991-9"})]
