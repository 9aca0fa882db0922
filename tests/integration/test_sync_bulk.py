"""Big batches go through the bulk paths — COPY into a temporary table on PostgreSQL (also as a
branch account under row-level security), the driver's multi-row INSERT on MariaDB — and every
value arrives in another office exactly as it was written, every change logged once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, create_engine, insert, text, update
from sqlalchemy.pool import NullPool

from neiqin.core.ids import new_id
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.security import create_branch_account, enable_row_security
from neiqin.core.sync.server_write import COPY_FROM
from neiqin.modules.customers.models import Customer
from neiqin.modules.inventory.models import StockMovement
from tests.integration import sync_edits as e
from tests.integration.sync_servers import Office, database_url, server_database

pytestmark = pytest.mark.server
COUNT = COPY_FROM + 37
STAMP = "%Y-%m-%d %H:%M:%S.%f"


@pytest.fixture(params=["postgresql", "postgresql as a branch", "postgresql as a branch without temporary tables",
                        "mariadb"])
def offices(request, template_db, tmp_path):
    dialect = request.param.split()[0]
    with server_database(dialect, prepared=True) as url:
        a_path, b_path = tmp_path / "a.db", tmp_path / "b.db"
        a_path.write_bytes(template_db.read_bytes())
        b_path.write_bytes(template_db.read_bytes())
        if "branch" in request.param:
            admin = create_engine(url, poolclass=NullPool)
            with admin.begin() as connection:
                name = connection.execute(text("SELECT current_database()")).scalar_one()
                enable_row_security(connection, sync_tables())
                user, password = create_branch_account(connection, "BJ01", Office.template_branch(a_path))
                if "without" in request.param:  # a hardened server: the rows go by executemany instead
                    connection.execute(text(f'REVOKE TEMPORARY ON DATABASE "{name}" FROM PUBLIC'))
            admin.dispose()
            office_url = database_url("postgresql", name, user, password)
        else:
            office_url = url
        a, b = Office(a_path, office_url, backfill=True, name="a"), Office(b_path, office_url, name="b")
        try:
            yield a, b, url
        finally:
            a.close()
            b.close()


def _write(office, item: str) -> list[dict]:
    """COUNT customers (every third without a phone, times with microseconds, credit limits in yuan,
    stored in fen) and COUNT receipts of 1..COUNT thousandths of `item`, in two local transactions."""
    start = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    rows = [{"id": new_id(), "code": f"BK-{n:05d}", "name": f"批量客户{n}", "name_key": f"plkh{n}",
             "customer_type": "enterprise", "phone": None if n % 3 == 0 else f"010-{n:06d}",
             "credit_limit": n * 100, "notes": "第一行\n第二行 \"引号\" \\ 反斜杠" if n == 5 else None,
             "branch_id": office.branch_id, "created_at": start + timedelta(microseconds=n * 1001),
             "hlc": office.db.clock.now()} for n in range(COUNT)]
    receipts = [{"id": new_id(), "branch_id": office.branch_id, "item_id": item, "location": "", "kind": "receipt",
                 "quantity": Decimal(n + 1) / 1000, "moved_at": start, "hlc": office.db.clock.now()}
                for n in range(COUNT)]
    with office.db.connect() as connection:
        connection.execute(insert(Customer), rows)
    with office.db.connect() as connection:
        connection.execute(insert(StockMovement), receipts)
    return rows


def _local(office, ids: list[str]) -> dict[str, tuple]:
    with office.db.read() as session:
        found = session.execute(text("SELECT id, code, name, phone, credit_limit, notes, created_at, updated_at "
                                     "FROM customer WHERE id IN (SELECT value FROM json_each(:ids))"),
                                {"ids": json.dumps(ids)})
        return {r[0]: tuple(r) for r in found}


def test_big_batches_arrive_whole_and_once(offices):
    a, b, url = offices
    item = e.add_product(a, "BK-P", "批量产品")
    a.client.sync()
    rows = _write(a, item)
    ids = [r["id"] for r in rows]
    result = a.client.push()
    assert (result.pushed, result.skipped) == (2 * COUNT, 0)
    # then every customer changed in one bulk update (a newer clock, as every save stamps it)
    later = datetime(2026, 3, 2, 9, 0, 0, 250_000, tzinfo=UTC)
    with a.db.connect() as connection:
        table = Customer.__table__
        connection.execute(update(table).where(table.c.id == bindparam("k")).values(
            phone=bindparam("p"), updated_at=bindparam("u"), hlc=bindparam("h")),
            [{"k": rid, "p": f"021-{n:06d}", "u": later, "h": a.db.clock.now()} for n, rid in enumerate(ids)])
    assert a.client.push().pushed == COUNT
    b.client.sync()
    a.client.sync()  # the server's versions of its own rows come back
    expected = {r["id"]: (r["id"], r["code"], r["name"], f"021-{n:06d}", r["credit_limit"] * 100, r["notes"],
                          r["created_at"].strftime(STAMP), later.strftime(STAMP)) for n, r in enumerate(rows)}
    for office in (a, b):
        found = _local(office, ids)
        assert [(row, found.get(key)) for key, row in expected.items() if found.get(key) != row][:3] == []
    assert e.balance(b, item) == Decimal(COUNT * (COUNT + 1) // 2) / 1000
    assert [c for c in a.client.check() + b.client.check() if not c.ok] == []
    admin = create_engine(url, poolclass=NullPool)
    with admin.connect() as connection:  # one change-log entry per change, none twice
        logged = connection.execute(text("SELECT op, count(*) FROM sync_change WHERE table_name = 'customer' "
                                         "GROUP BY op ORDER BY op")).all()
        movements = connection.execute(text("SELECT count(*) FROM sync_change WHERE table_name = 'stock_movement'"
                                            )).scalar_one()
    admin.dispose()
    assert [tuple(r) for r in logged] == [("insert", COUNT), ("update", COUNT)]
    assert movements == COUNT
