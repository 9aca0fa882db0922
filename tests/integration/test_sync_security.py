"""Branch isolation on PostgreSQL: an office's own credentials cannot read or write another
branch's rows (row-level security), shared master data is visible to all."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.errors import ProtocolError
from neiqin.core.sync.protocol import Change
from neiqin.core.sync.security import create_branch_account, enable_row_security
from neiqin.core.sync.server import apply_push
from neiqin.modules.products.models import Product
from tests.integration import sync_edits as e
from tests.integration.sync_servers import BRANCH_B, Office, database_url, server_database

pytestmark = pytest.mark.server


@pytest.fixture
def branch_server(template_db, tmp_path):
    with server_database("postgresql", prepared=True) as url:
        admin = create_engine(url, poolclass=NullPool)
        a_path, b_path = tmp_path / "a.db", tmp_path / "b.db"
        a_path.write_bytes(template_db.read_bytes())
        b_path.write_bytes(template_db.read_bytes())
        with admin.begin() as connection:
            name = connection.execute(text("SELECT current_database()")).scalar_one()
            enable_row_security(connection, sync_tables())
            branch_a = Office.template_branch(a_path)
            user_a, pw_a = create_branch_account(connection, "BJ01", branch_a)
            user_b, pw_b = create_branch_account(connection, "SH01", BRANCH_B)
        url_a = database_url("postgresql", name, user_a, pw_a)
        url_b = database_url("postgresql", name, user_b, pw_b)
        a = Office(a_path, url_a, backfill=True, name="a")
        b = Office(b_path, url_b, branch_id=BRANCH_B, name="b")
        try:
            yield admin, a, b, url_a
        finally:
            a.close()
            b.close()
            admin.dispose()


def test_office_a_cannot_read_office_b_rows(branch_server):
    admin, a, b, url_a = branch_server
    mine = e.add_customer(a, "BJ-1", "北京客户")
    theirs = e.add_customer(b, "SH-1", "上海客户")
    product = e.add_product(b, "P-SH", "上海添加的产品")
    for office in (a, b, a, b):
        office.client.sync()
    with admin.connect() as connection:  # the server holds both
        assert connection.execute(text("SELECT count(*) FROM customer WHERE id IN (:x, :y)"),
                                  {"x": mine, "y": theirs}).scalar_one() == 2
    engine = create_engine(url_a, poolclass=NullPool)
    with engine.connect() as connection:
        ids = {r[0] for r in connection.execute(text("SELECT id FROM customer"))}
        assert mine in ids and theirs not in ids
        assert connection.execute(text("SELECT count(*) FROM sync_change WHERE row_id = :y"),
                                  {"y": theirs}).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM product WHERE id = :p"), {"p": product}).scalar_one() == 1
        with pytest.raises(DBAPIError):
            connection.execute(text("SELECT * FROM sync_branch_account"))
    engine.dispose()
    # the offices' local copies: A got the shared product, never B's customer
    assert e.value(a, Product, product, "code") == "P-SH"
    with a.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM customer WHERE id = :y"), {"y": theirs}).scalar_one() == 0
    assert all(c.ok for c in a.client.check()) and all(c.ok for c in b.client.check())


def test_tampered_client_cannot_write_for_another_branch(branch_server):
    admin, a, b, url_a = branch_server
    theirs = e.add_customer(b, "SH-2", "上海客户二")
    b.client.sync()
    tables = sync_tables()
    forged = Change(10**9, 1, "customer", "01a2f000-0000-7000-8000-0000000000ff", "insert", "9", None, None,
                    {"id": "01a2f000-0000-7000-8000-0000000000ff", "branch_id": BRANCH_B, "code": "X",
                     "name": "伪造", "name_key": "伪造", "customer_type": "enterprise"})
    engine = create_engine(url_a, poolclass=NullPool)
    # claiming to be branch B on A's account: refused by the check and by the database
    with pytest.raises(ProtocolError), engine.begin() as connection:
        apply_push(connection, a.client.meta, tables, a.client.client_id, a.branch_id, [forged])
    with pytest.raises(DBAPIError), engine.begin() as connection:
        apply_push(connection, a.client.meta, tables, "01a2f000-0000-7000-8000-0000000000ee", BRANCH_B, [forged])
    # editing B's row by its id: the row does not exist for A
    edit = Change(10**9, 1, "customer", theirs, "update", "9", None, {"name": "上海客户二"}, {"name": "改名"})
    with pytest.raises(ProtocolError, match="not on the server"), engine.begin() as connection:
        apply_push(connection, a.client.meta, tables, a.client.client_id, a.branch_id, [edit])
    # raw SQL with A's credentials cannot touch B's rows either
    with engine.begin() as connection:
        assert connection.execute(text("UPDATE customer SET name = 'x' WHERE id = :y"), {"y": theirs}).rowcount == 0
    with pytest.raises(DBAPIError), engine.begin() as connection:
        connection.execute(text("DELETE FROM customer WHERE id = :y"), {"y": theirs})
    # the pruned horizons are read-only for a branch (only `server prune` moves them)
    with pytest.raises(DBAPIError), engine.begin() as connection:
        connection.execute(text("INSERT INTO sync_horizon (scope, horizon) VALUES ('*', '0:999999')"))
    engine.dispose()
    with admin.connect() as connection:
        assert connection.execute(text("SELECT name FROM customer WHERE id = :y"), {"y": theirs}).scalar_one() == \
            "上海客户二"
        assert connection.execute(text("SELECT count(*) FROM customer WHERE code = 'X'")).scalar_one() == 0
