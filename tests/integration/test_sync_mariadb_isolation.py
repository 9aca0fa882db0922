"""Branch isolation on MariaDB: each office signs in to its own view database; its credentials
cannot read another branch's customers or orders (neither through its views nor the main
database), shared master data is visible to all, a tampered client cannot write for another
branch, and offices still converge through their branch accounts."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from neiqin.__main__ import main
from neiqin.core.errors import ValidationError
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.errors import ProtocolError
from neiqin.core.sync.protocol import Change
from neiqin.core.sync.security import secure_branches
from neiqin.core.sync.server import apply_push
from neiqin.modules.customers.models import Customer
from neiqin.modules.orders.models import SalesOrder
from neiqin.modules.products.models import Product
from tests.integration import sync_edits as e
from tests.integration.sync_servers import BRANCH_B, Office, database_url, server_database

pytestmark = pytest.mark.server

FORGED = "01a2f000-0000-7000-8000-0000000000ff"


@pytest.fixture
def branch_server(template_db, tmp_path):
    with server_database("mariadb", prepared=True) as url:
        admin = create_engine(url, poolclass=NullPool)
        paths = {name: tmp_path / f"{name}.db" for name in ("a", "a2", "b")}
        for path in paths.values():
            path.write_bytes(template_db.read_bytes())
        branch_a = Office.template_branch(paths["a"])
        with admin.begin() as connection:
            main_db = connection.execute(text("SELECT DATABASE()")).scalar_one()
            accounts = secure_branches(connection, sync_tables(), [("BJ01", branch_a), ("SH01", BRANCH_B)])
        by_code = {a.code: a for a in accounts}
        url_a = database_url("mariadb", by_code["BJ01"].database, by_code["BJ01"].user, by_code["BJ01"].password)
        url_b = database_url("mariadb", by_code["SH01"].database, by_code["SH01"].user, by_code["SH01"].password)
        offices = {"a": Office(paths["a"], url_a, backfill=True, name="a"),
                   "a2": Office(paths["a2"], url_a, name="a2"),
                   "b": Office(paths["b"], url_b, branch_id=BRANCH_B, name="b")}
        try:
            yield admin, main_db, offices, by_code
        finally:
            for office in offices.values():
                office.close()
            admin.dispose()


def _order(office, customer: str, number: str) -> str:
    with office.db.unit_of_work(office.actor) as uow:
        row = SalesOrder(number=number, customer_id=customer, customer_name="上海客户", status="draft",
                         order_date=date(2024, 5, 6))
        uow.session.add(row)
        uow.session.flush()
        return row.id


def test_office_a_cannot_read_office_b_rows(branch_server):
    admin, main_db, offices, accounts = branch_server
    a, b = offices["a"], offices["b"]
    mine = e.add_customer(a, "BJ-1", "北京客户")
    theirs = e.add_customer(b, "SH-1", "上海客户")
    their_order = _order(b, theirs, "SH-SO-1")
    product = e.add_product(b, "P-SH", "上海添加的产品")
    for office in (a, b, a, b):
        office.client.sync()
    with admin.connect() as connection:  # the main database holds both branches
        assert connection.execute(text("SELECT count(*) FROM customer WHERE id IN (:x, :y)"),
                                  {"x": mine, "y": theirs}).scalar_one() == 2
        assert connection.execute(text("SELECT count(*) FROM sales_order WHERE id = :o"),
                                  {"o": their_order}).scalar_one() == 1
    engine = create_engine(a.url, poolclass=NullPool)
    with engine.connect() as connection:
        ids = {r[0] for r in connection.execute(text("SELECT id FROM customer"))}
        assert mine in ids and theirs not in ids
        assert connection.execute(text("SELECT count(*) FROM sales_order WHERE id = :o"),
                                  {"o": their_order}).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM sync_change WHERE row_id IN (:y, :o)"),
                                  {"y": theirs, "o": their_order}).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM product WHERE id = :p"), {"p": product}).scalar_one() == 1
        assert connection.execute(text("SELECT count(*) FROM sync_client")).scalar_one() == 1  # its own computer
        for table in ("customer", "sales_order", "sync_branch_account"):  # the main database: access denied
            with pytest.raises(DBAPIError, match="denied"):
                connection.execute(text(f"SELECT count(*) FROM `{main_db}`.`{table}`"))
        with pytest.raises(DBAPIError):
            connection.execute(text("SELECT * FROM sync_branch_account"))
    engine.dispose()
    user = accounts["BJ01"]
    direct = create_engine(database_url("mariadb", main_db, user.user, user.password), poolclass=NullPool)
    with pytest.raises(DBAPIError, match="denied"), direct.connect():
        pass
    direct.dispose()
    # the offices' local copies: A got the shared product, never B's customer or order
    assert e.value(a, Product, product, "code") == "P-SH"
    assert e.value(a, Customer, theirs, "name") is None
    assert e.value(a, SalesOrder, their_order, "number") is None
    assert all(c.ok for c in a.client.check()) and all(c.ok for c in b.client.check())


def test_tampered_client_cannot_write_for_another_branch(branch_server):
    admin, _main_db, offices, _accounts = branch_server
    a, b = offices["a"], offices["b"]
    theirs = e.add_customer(b, "SH-2", "上海客户二")
    mine = e.add_customer(a, "BJ-2", "北京客户二")
    b.client.sync()
    a.client.sync()
    tables = sync_tables()
    forged = Change(10**9, 1, "customer", FORGED, "insert", "9", None, None,
                    {"id": FORGED, "branch_id": BRANCH_B, "code": "X", "name": "伪造", "name_key": "伪造",
                     "customer_type": "enterprise"})

    def counts():
        with admin.connect() as connection:
            return tuple(connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                         for t in ("customer", "sync_change", "sync_client", "sync_conflict"))

    before = counts()
    engine = create_engine(a.url, poolclass=NullPool)
    # claiming to be branch B on A's account: refused by the check and by the view's CHECK OPTION
    with pytest.raises(ProtocolError), engine.begin() as connection:
        apply_push(connection, a.client.meta, tables, a.client.client_id, a.branch_id, [forged])
    with pytest.raises(DBAPIError, match="CHECK OPTION"), engine.begin() as connection:
        apply_push(connection, a.client.meta, tables, "01a2f000-0000-7000-8000-0000000000ee", BRANCH_B, [forged])
    # editing B's row by its id: the row does not exist for A
    edit = Change(10**9, 1, "customer", theirs, "update", "9", None, {"name": "上海客户二"}, {"name": "改名"})
    with pytest.raises(ProtocolError, match="not on the server"), engine.begin() as connection:
        apply_push(connection, a.client.meta, tables, a.client.client_id, a.branch_id, [edit])
    # raw SQL with A's credentials cannot touch B's rows, move a row to B, delete, or turn the counter back
    with engine.begin() as connection:
        assert connection.execute(text("UPDATE customer SET name = 'x' WHERE id = :y"), {"y": theirs}).rowcount == 0
    with pytest.raises(DBAPIError, match="CHECK OPTION"), engine.begin() as connection:
        connection.execute(text("UPDATE customer SET branch_id = :b WHERE id = :m"), {"b": BRANCH_B, "m": mine})
    with pytest.raises(DBAPIError, match="denied"), engine.begin() as connection:
        connection.execute(text("DELETE FROM customer WHERE id = :y"), {"y": theirs})
    with pytest.raises(DBAPIError, match="only moves forward"), engine.begin() as connection:
        connection.execute(text("UPDATE sync_counter SET value = 0"))
    with pytest.raises(DBAPIError, match="denied"), engine.begin() as connection:
        connection.execute(text("UPDATE sync_horizon SET horizon = '0:999999'"))
    engine.dispose()
    assert counts() == before
    with admin.connect() as connection:
        assert connection.execute(text("SELECT name FROM customer WHERE id = :y"), {"y": theirs}).scalar_one() == \
            "上海客户二"
        assert connection.execute(text("SELECT count(*) FROM customer WHERE id = :f"), {"f": FORGED}).scalar_one() == 0


def test_offices_converge_through_their_branch_accounts(branch_server):
    _admin, _main_db, offices, _accounts = branch_server
    a, a2, b = offices["a"], offices["a2"], offices["b"]
    for office in (a, a2, b):
        office.client.sync()
    product = e.add_product(a, "P-100", "A4复印纸", "25.00")
    customer = e.add_customer(a, "C100", "北京朝阳商贸")
    for office in (a, a2, b):
        office.client.sync()
    e.edit(a, Customer, customer, phone="010-1111")
    e.edit(a2, Customer, customer, address="北京市朝阳区")
    e.edit(b, Product, product, list_price=Decimal("27.50"))
    e.receive(a, product, "12")
    e.receive(a2, product, "5")
    e.receive(b, product, "40")  # branch B's stock, never A's
    b_customer = e.add_customer(b, "SH-9", "上海客户九")
    for _ in range(2):
        for office in (a2, b, a):
            office.client.sync(push_batch=3, pull_batch=4)
    for office in (a, a2, b):
        assert [c.table for c in office.client.check() if not c.ok] == [], office.name
        assert office.client.waiting() == 0
    assert e.value(a2, Customer, customer, "phone") == "010-1111"
    assert e.value(a, Customer, customer, "address") == "北京市朝阳区"
    assert e.value(a, Product, product, "list_price") == Decimal("27.50")
    assert e.balance(a, product) == Decimal(17) and e.balance(a2, product) == Decimal(17)
    assert e.balance(b, product) == Decimal(40)
    assert e.value(a, Customer, b_customer, "name") is None


def test_init_refreshes_views_after_new_columns(branch_server):
    admin, _main_db, offices, _accounts = branch_server
    a = offices["a"]
    e.add_customer(a, "BJ-3", "北京客户三")
    e.add_customer(offices["b"], "SH-3", "上海客户三")
    a.client.sync()
    offices["b"].client.sync()
    with admin.begin() as connection:  # an upgrade added a column to a synced table
        connection.execute(text("ALTER TABLE customer ADD COLUMN wechat VARCHAR(40)"))
        connection.execute(text("UPDATE customer SET wechat = 'wx-1'"))
    engine = create_engine(a.url, poolclass=NullPool)
    with pytest.raises(DBAPIError), engine.connect() as connection:
        connection.execute(text("SELECT wechat FROM customer"))
    with admin.begin() as connection:  # `server init` again, without naming the branches
        assert secure_branches(connection, sync_tables(), []) == []
    with engine.connect() as connection:
        # a new connection with the old password: a branch not named again keeps its password
        values = {v for (v,) in connection.execute(text("SELECT wechat FROM customer"))}
        assert values == {"wx-1"}
        assert connection.execute(text("SELECT count(*) FROM customer WHERE branch_id <> :b"),
                                  {"b": a.branch_id}).scalar_one() == 0
    engine.dispose()
    assert a.client.sync().pushed == 0


def test_a_database_with_tables_never_becomes_a_view_database():
    with server_database("mariadb", prepared=True) as url:
        admin = create_engine(url, poolclass=NullPool)
        with admin.begin() as connection:
            name = connection.execute(text("SELECT DATABASE()")).scalar_one()
            connection.execute(text(f"CREATE DATABASE `{name}_xx01`"))
            connection.execute(text(f"CREATE TABLE `{name}_xx01`.ledger (id INT PRIMARY KEY)"))
        try:
            with pytest.raises(ValidationError, match="already holds tables"), admin.begin() as connection:
                secure_branches(connection, sync_tables(), [("XX01", BRANCH_B)])
            with admin.connect() as connection:
                assert connection.execute(text(f"SELECT count(*) FROM `{name}_xx01`.ledger")).scalar_one() == 0
                assert connection.execute(text("SELECT count(*) FROM mysql.user WHERE user = :u"),
                                          {"u": f"{name}_xx01"}).scalar_one() == 0
                assert connection.execute(text("SELECT count(*) FROM sync_branch_account")).scalar_one() == 0
        finally:
            with admin.begin() as connection:
                connection.execute(text(f"DROP DATABASE `{name}_xx01`"))
                connection.execute(text(f"DROP USER IF EXISTS '{name}_xx01'@'%'"))
            admin.dispose()


def test_server_init_prints_each_office_its_view_database(capsys):
    with server_database("mariadb") as admin_url:
        url = admin_url.replace("mysql+pymysql://", "mariadb://")
        branch = "BJ01:01a2f000-0000-7000-8000-00000000b001"
        assert main(["server", "init", url, "--branch", branch]) == 0
        out = capsys.readouterr().out
        match = re.search(r"branch BJ01\t\S+\tuser (\S+)\tpassword (\S+)\turl mariadb://(\S+)@127\.0\.0\.1:3306/(\S+)",
                          out)
        assert match, out
        user, password, url_user, views = match.groups()
        name = admin_url.rsplit("/", 1)[1].split("?")[0]
        assert url_user == user == views == f"{name}_bj01"
        engine = create_engine(database_url("mariadb", views, user, password), poolclass=NullPool)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT protocol_version FROM sync_schema")).scalar_one() >= 1
        engine.dispose()
        assert main(["server", "init", url]) == 0  # re-run: the views are refreshed, the password kept
        engine = create_engine(database_url("mariadb", views, user, password), poolclass=NullPool)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM customer")).scalar_one() == 0
        engine.dispose()
        assert "branch BJ01" not in capsys.readouterr().out
