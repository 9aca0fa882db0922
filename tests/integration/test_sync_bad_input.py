"""Bad input on the wire is refused with a clear error; nothing of the batch is applied."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.errors import ProtocolError, SchemaMismatch
from neiqin.core.sync.protocol import PROTOCOL_VERSION, Change
from neiqin.core.sync.schema import server_metadata
from neiqin.core.sync.server import apply_push
from tests.integration import sync_edits as e
from tests.integration.sync_servers import DIALECTS, Office, server_database

pytestmark = pytest.mark.server
CLIENT = "01a2f000-0000-7000-8000-0000000000c1"
ROW = "01a2f000-0000-7000-8000-0000000000a1"
BRANCH = "01a2f000-0000-7000-8000-0000000000b1"


def good(seq=1):
    return Change(seq, 1, "customer", ROW, "insert", "0001-0000-x", None, None,
                  {"id": ROW, "branch_id": BRANCH, "code": "OK-1", "name": "正常客户", "name_key": "正常客户",
                   "customer_type": "enterprise"})


def bad(**override):
    change = good(2)
    change.row_id = override.pop("row_id", "01a2f000-0000-7000-8000-0000000000a2")
    change.new = {**change.new, "id": change.row_id, "code": "BAD", **override.pop("new", {})}
    for key, value in override.items():
        setattr(change, key, value)
    return change


CASES = {
    "unknown table": (bad(table="no_such_table"), "unknown table"),
    "unknown column": (bad(new={"evil": 1}), "unknown column"),
    "wrong type": (bad(new={"credit_limit": "lots"}), "not a whole number"),
    "bool as number": (bad(new={"credit_limit": True}), "not a whole number"),
    "bad date": (bad(new={"created_at": "yesterday"}), "not a date"),
    "oversized": (bad(new={"code": "X" * 33}), "longer than 32"),
    "NUL": (bad(new={"name": "a\x00b"}), "NUL"),
    "huge row": (bad(new={"notes": "字" * 1_100_000}), "longer than"),
    "id mismatch": (bad(new={"id": "someone-else"}), "does not match"),
    "unknown op": (bad(op="drop"), "unknown operation"),
    "other branch": (bad(new={"branch_id": "01a2f000-0000-7000-8000-0000000000b9"}), "another branch"),
}


@pytest.fixture(params=DIALECTS)
def server(request):
    with server_database(request.param, prepared=True) as url:
        engine = create_engine(url, poolclass=NullPool)
        yield engine
        engine.dispose()


def counts(engine):
    with engine.connect() as connection:
        return tuple(connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                     for t in ("customer", "sync_change", "sync_client", "sync_conflict"))


def test_every_kind_of_bad_change_is_refused_and_nothing_applied(server):
    tables = sync_tables()
    meta = server_metadata(tables)
    before = counts(server)
    for name, (change, message) in CASES.items():
        with pytest.raises(ProtocolError, match=message), server.begin() as connection:
            apply_push(connection, meta, tables, CLIENT, BRANCH, [good(), change])
        assert counts(server) == before, name
    # a schema version from the future (or the past) is refused before anything is read
    for version in (PROTOCOL_VERSION + 1, PROTOCOL_VERSION - 1):
        with pytest.raises(SchemaMismatch), server.begin() as connection:
            apply_push(connection, meta, tables, CLIENT, BRANCH, [good()], client_version=version)
    assert counts(server) == before
    # the good change alone goes through
    with server.begin() as connection:
        apply_push(connection, meta, tables, CLIENT, BRANCH, [good()])
    assert counts(server)[:3] == (before[0] + 1, before[1] + 1, before[2] + 1)


def test_tampered_outbox_blocks_the_push_and_loses_nothing(server, template_db, tmp_path):
    path = tmp_path / "a.db"
    path.write_bytes(template_db.read_bytes())
    office = Office(path, server.url.render_as_string(hide_password=False), backfill=True, name="a")
    try:
        office.client.sync()
        customer = e.add_customer(office, "T-1", "篡改测试")
        with office.db.engine.begin() as connection:  # the queued insert is read from the row when pushed
            connection.execute(text("UPDATE sync_context SET applying = 1"))
            connection.execute(text("UPDATE customer SET name = 'a' || char(0) || 'b' WHERE id = :r"), {"r": customer})
            connection.execute(text("UPDATE sync_context SET applying = 0"))
        waiting = office.client.waiting()
        before = counts(server)
        with pytest.raises(ProtocolError, match="NUL"):
            office.client.sync()
        assert office.client.waiting() == waiting
        assert counts(server) == before
    finally:
        office.close()
