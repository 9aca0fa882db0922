"""Big pushes on PostgreSQL take both ways of writing: a branch account (row-level security
applies) through a temporary table and checked INSERTs, the server's owner with COPY straight into
the tables. Either way every row arrives once with its branch, every change-log entry with its
server transaction, and another office of the branch pulls them all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, text

from neiqin.core.ids import new_id
from neiqin.core.sync.server_write import COPY_FROM
from neiqin.modules.customers.models import Customer
from neiqin.modules.inventory.models import StockMovement
from tests.integration.sync_servers import Office, server_database
from tests.integration.test_sync_security import branch_server  # noqa: F401 - the fixture

pytestmark = pytest.mark.server
COUNT = 3 * COPY_FROM


def write_many(office: Office) -> tuple[set[str], set[str]]:
    now = datetime.now(UTC)
    customers = [{"id": new_id(), "code": f"PB-{office.name}-{i}", "name": f"批量客户{office.name}{i}",
                  "name_key": f"plkh{i}", "customer_type": "enterprise", "branch_id": office.branch_id,
                  "notes": "引号'\"\\ 50%"} for i in range(COUNT)]
    movements = [{"id": new_id(), "branch_id": office.branch_id, "item_id": new_id(), "location": "",
                  "kind": "receipt", "quantity": 1000 + i, "moved_at": now, "created_at": now} for i in range(COUNT)]
    with office.db.engine.begin() as connection:
        connection.execute(insert(Customer.__table__), customers)
        connection.execute(insert(StockMovement.__table__), movements)
    return {c["id"] for c in customers}, {m["id"] for m in movements}


def arrived(admin, customers: set[str], movements: set[str], branch: str) -> None:
    with admin.connect() as connection:
        for table, ids in (("customer", customers), ("stock_movement", movements)):
            found = connection.execute(text(f"SELECT id, branch_id, server_version FROM {table} WHERE id = ANY(:i)"),
                                       {"i": sorted(ids)}).all()
            assert {r.id for r in found} == ids and {r.branch_id for r in found} == {branch}
            assert all(r.server_version is not None for r in found)
            logged = connection.execute(text("SELECT count(*), count(xid) FROM sync_change WHERE row_id = ANY(:i)"),
                                        {"i": sorted(ids)}).one()
            assert tuple(logged) == (len(ids), len(ids))
        notes = connection.execute(text("SELECT DISTINCT notes FROM customer WHERE id = ANY(:i)"),
                                   {"i": sorted(customers)}).scalars().all()
        assert notes == ["引号'\"\\ 50%"]


def test_a_branch_account_pushes_a_big_batch_under_row_level_security(branch_server):  # noqa: F811
    admin, a, _b, _url = branch_server
    with admin.connect() as connection:  # the owner is not under the policies, the office is
        assert connection.execute(text("SELECT row_security_active('customer')")).scalar_one() is False
    with a.server.connect() as connection:
        assert connection.execute(text("SELECT row_security_active('customer')")).scalar_one() is True
    customers, movements = write_many(a)
    a.client.sync()
    arrived(admin, customers, movements, a.branch_id)


def test_the_owner_pushes_a_big_batch_by_copy_and_another_office_pulls_it(template_db, tmp_path):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    with server_database("postgresql", prepared=True) as url:
        (tmp_path / "first.db").write_bytes(template_db.read_bytes())
        (tmp_path / "second.db").write_bytes(template_db.read_bytes())
        first = Office(tmp_path / "first.db", url, backfill=True, name="first")
        second = Office(tmp_path / "second.db", url, name="second")
        admin = create_engine(url, poolclass=NullPool)
        try:
            customers, movements = write_many(first)
            assert first.client.sync().pushed >= 2 * COUNT
            arrived(admin, customers, movements, first.branch_id)
            assert second.client.sync().pulled >= 2 * COUNT
            with second.db.engine.connect() as connection:
                assert connection.execute(text("SELECT count(*) FROM customer WHERE notes = :n"),
                                          {"n": "引号'\"\\ 50%"}).scalar_one() == COUNT
            assert all(c.ok for c in first.client.check()) and all(c.ok for c in second.client.check())
        finally:
            first.close()
            second.close()
            admin.dispose()
