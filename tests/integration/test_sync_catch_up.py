"""The server prunes its change log; an office that was offline meanwhile finds its cursor below
the horizon, uploads its own changes first, reloads its whole scope (resumable) and converges:
its edits reach the server, the deletes made elsewhere reach it, no ledger effect counts twice.
Offices that were in step never reload. Run through the branch accounts of both servers."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.pool import NullPool

from neiqin.__main__ import main
from neiqin.app.sync_commands import _print_round, ledgers
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.errors import SchemaMismatch
from neiqin.core.sync.horizon import prune
from neiqin.core.sync.schema import create_schema
from neiqin.core.sync.security import secure_branches
from neiqin.core.sync.server import check_server
from neiqin.modules.customers.models import Customer
from neiqin.modules.supplies.models import SupplyItem
from neiqin.modules.supplies.service import LEDGER as SUPPLIES
from tests.integration import sync_edits as e
from tests.integration.sync_servers import BRANCH_B, DIALECTS, Office, database_url, server_database

pytestmark = pytest.mark.server


class ConnectionCut(Exception):
    pass


@pytest.fixture(params=DIALECTS)
def world(request, template_db, tmp_path):
    """Server with branch accounts BJ01 and SH01; `make(name, code)` opens an office on its account."""
    with server_database(request.param, prepared=True) as url:
        admin = create_engine(url, poolclass=NullPool)
        template_branch = Office.template_branch(template_db)
        with admin.begin() as connection:
            accounts = {a.code: a for a in secure_branches(connection, sync_tables(),
                                                           [("BJ01", template_branch), ("SH01", BRANCH_B)])}
        made = []

        def make(name, code="BJ01", backfill=False):
            path = tmp_path / f"{name}.db"
            path.write_bytes(template_db.read_bytes())
            account = accounts[code]
            office = Office(path, database_url(request.param, account.database, account.user, account.password),
                            branch_id=account.branch_id, backfill=backfill, name=name)
            made.append(office)
            return office

        try:
            yield request.param, admin, make
        finally:
            for office in made:
                office.close()
            admin.dispose()


def add_supply(office, code: str) -> str:
    with office.db.unit_of_work(office.actor) as uow:
        row = SupplyItem(code=code, name="签字笔", unit="支")
        uow.session.add(row)
        uow.session.flush()
        return row.id


def issue_supply(office, item: str, quantity: str) -> None:
    with office.db.unit_of_work(office.actor) as uow:
        SUPPLIES.post(uow.session, item_id=item, quantity=Decimal(quantity), kind="receipt",
                      moved_at=datetime.now(UTC))


def supply_balance(office, item: str) -> Decimal:
    from neiqin.modules.supplies.models import SupplyBalance

    with office.db.read() as session:
        return session.scalar(select(SupplyBalance.quantity).where(SupplyBalance.item_id == item)) or Decimal(0)


def assert_in_step(*offices) -> None:
    for office in offices:
        assert [c.table for c in office.client.check() if not c.ok] == [], office.name
        assert office.client.waiting() == 0, office.name
        with office.db.read() as session:  # every cached balance equals its ledger
            assert [ledger.mismatches(session) for ledger in ledgers()] == [[] for _ in ledgers()], office.name


def server_rows(admin, sql: str, **params):
    with admin.connect() as connection:
        return connection.execute(text(sql), params).all()


def _offline_story(admin, make):
    """a, b (BJ01) and c (SH01) in step; b goes offline and edits while a edits, deletes and the
    server prunes everything. Returns the offices and the ids the assertions need."""
    a, b, c = make("a", backfill=True), make("b"), make("c", "SH01")
    for office in (a, b, c):
        office.client.sync()
    e.add_customer(b, "B0", "乙的客户")  # b and c register on the server with their first push
    e.add_customer(c, "C0", "丙的客户")
    product = e.add_product(a, "P-CU", "复印纸")
    supply = add_supply(a, "S-CU")
    ids = {f"k{i}": e.add_customer(a, f"K{i}", f"客户{i}") for i in range(1, 5)}
    e.receive(a, product, "10")
    issue_supply(a, supply, "20")
    for _ in range(2):
        for office in (a, b, c):
            office.client.sync()
    # b offline
    e.edit(b, Customer, ids["k1"], notes="周五回电")
    e.edit(b, Customer, ids["k3"], phone="010-3333")  # a deletes k3 meanwhile
    ids["kb"] = e.add_customer(b, "KB", "离线新客户")
    e.receive(b, product, "5")
    issue_supply(b, supply, "3")
    # a goes on
    e.delete(a, Customer, ids["k2"])
    e.delete(a, Customer, ids["k3"])
    e.edit(a, Customer, ids["k4"], address="北京市海淀区")
    ids["ka"] = e.add_customer(a, "KA", "在线新客户")
    e.receive(a, product, "7")
    a.client.sync()
    a.client.sync()
    with admin.begin() as connection:
        result = prune(connection, 0)
    assert result.deleted > 0
    assert result.behind == 1  # b only: c saw every entry of its scope and a is at the head
    assert server_rows(admin, "SELECT count(*) FROM sync_change")[0][0] == 0
    return a, b, c, product, supply, ids


def test_office_behind_the_horizon_uploads_first_then_reloads(world, capsys):
    _dialect, admin, make = world
    a, b, c, product, supply, ids = _offline_story(admin, make)
    waiting = b.client.waiting()
    result = b.client.sync(push_batch=2, pull_batch=3)
    assert result.reloads == 1 and result.pushed == waiting
    _print_round(result, b.client.waiting())  # what `neiqin sync` prints of this round
    said = capsys.readouterr().out
    assert "loaded again" in said and f"pushed {waiting}," in said
    (stored,), = server_rows(admin, "SELECT pull_cursor FROM sync_client WHERE client_id = :c", c=b.client.client_id)
    assert stored == b.client.cursor()  # the server knows b is past the horizon again
    # b's edits reached the server; a's deletes reached b; the edited-and-deleted row is kept, flagged
    assert e.value(b, Customer, ids["k2"], "deleted_at") is not None
    assert e.value(b, Customer, ids["k3"], "deleted_at") is None
    assert e.value(b, Customer, ids["k3"], "phone") == "010-3333"
    assert e.value(b, Customer, ids["k4"], "address") == "北京市海淀区"
    assert e.value(b, Customer, ids["ka"], "name") == "在线新客户"
    kinds = [r[0] for r in server_rows(admin, "SELECT kind FROM sync_conflict WHERE row_id = :r", r=ids["k3"])]
    assert kinds == ["edit_delete"]
    assert [x["kind"] for x in b.client.conflicts() if x["row_id"] == ids["k3"]] == ["edit_delete"]
    (notes,), = server_rows(admin, "SELECT notes FROM customer WHERE id = :r", r=ids["k1"])
    assert notes == "周五回电"
    # every receipt once: 10 + 5 + 7 of the product, 20 + 3 of the supplies
    assert e.balance(b, product) == Decimal(22) and supply_balance(b, supply) == Decimal(23)
    assert e.movements(b) == e.movements(a) + 1  # a has not pulled b's receipt yet
    for office in (a, c, a):
        assert office.client.sync().reloads == 0  # in step before the prune: no reload
    assert e.balance(a, product) == Decimal(22) and supply_balance(a, supply) == Decimal(23)
    assert e.value(a, Customer, ids["kb"], "name") == "离线新客户"
    assert e.value(a, Customer, ids["k3"], "deleted_at") is None
    assert e.movements(a) == e.movements(b)
    assert e.value(c, Customer, ids["k1"], "name") is None  # another branch never sees them
    assert_in_step(a, b, c)
    # an office set up after the prune: its initial load is a reload too
    d = make("d")
    assert d.client.sync(pull_batch=4).reloads == 1
    assert e.balance(d, product) == Decimal(22)
    assert_in_step(d)


def test_a_reload_cut_off_midway_resumes_where_it_stopped(world):
    _dialect, admin, make = world
    a, b, _c, product, _supply, ids = _offline_story(admin, make)
    seen = {"n": 0}

    def cut(step: str) -> None:
        if step == "reload:after_local_commit":
            seen["n"] += 1
            if seen["n"] == 3:
                raise ConnectionCut(step)

    b.client.fault = cut
    with pytest.raises(ConnectionCut):
        b.client.sync(push_batch=50, pull_batch=2)
    assert b.client.waiting() == 0  # uploaded before reloading
    (notes,), = server_rows(admin, "SELECT notes FROM customer WHERE id = :r", r=ids["k1"])
    assert notes == "周五回电"
    with b.db.read() as session:
        (table, after), = session.execute(text("SELECT table_name, after_id FROM sync_reload")).all()
    assert table and after  # the position of the last batch stored with it
    batches = {"b": 0, "d": 0}

    def count(name):
        def fault(step: str) -> None:
            batches[name] += step == "reload:after_local_commit"
        return fault

    b.client.fault = count("b")
    resumed = b.client.sync(pull_batch=2)
    assert resumed.reloads == 1
    d = make("d")  # a new computer of the same branch reloads the same rows from the start
    d.client.fault = count("d")
    assert d.client.sync(pull_batch=2).reloads == 1
    assert batches["b"] == batches["d"] - 3  # the three batches before the cut were not read again
    with b.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_reload")).scalar_one() == 0
    assert e.value(b, Customer, ids["k2"], "deleted_at") is not None
    a.client.sync()
    b.client.sync()
    assert e.balance(a, product) == Decimal(22) and e.balance(b, product) == Decimal(22)
    assert_in_step(a, b)


def test_prune_from_the_command_line_keeps_recent_days(world, capsys):
    dialect, admin, make = world
    a = make("a", backfill=True)
    a.client.sync()
    e.add_customer(a, "KP", "保留的客户")
    a.client.sync()
    url = admin.url.render_as_string(hide_password=False)
    before = server_rows(admin, "SELECT count(*) FROM sync_change")[0][0]
    assert main(["server", "prune", url, "--keep-days", "30"]) == 0
    assert capsys.readouterr().out.startswith("pruned 0 change-log entries")
    assert server_rows(admin, "SELECT count(*) FROM sync_change")[0][0] == before
    assert main(["server", "prune", url, "--keep-days", "-1"]) == 2
    assert "0 or more" in capsys.readouterr().err
    assert main(["server", "prune", url, "--keep-days", "0"]) == 0
    assert capsys.readouterr().out.startswith(f"pruned {before} change-log entries")
    horizons = server_rows(admin, "SELECT scope, branch_id FROM sync_horizon ORDER BY scope")
    assert ("*", None) in horizons and (a.branch_id, a.branch_id) in horizons
    assert a.client.sync().reloads == 0  # it had pulled everything before the prune
    assert_in_step(a)


def test_a_server_prepared_before_pruning_asks_for_init():
    with server_database("postgresql", prepared=True) as url:
        admin = create_engine(url, poolclass=NullPool)
        with admin.begin() as connection:
            connection.execute(text("DROP TABLE sync_horizon"))
            connection.execute(text("ALTER TABLE sync_change DROP COLUMN logged_at"))
            connection.execute(text("ALTER TABLE sync_client DROP COLUMN replaced_by"))  # a later revision's
            connection.execute(text("DROP TABLE sync_alembic_version"))  # prepared before the migrations
        with pytest.raises(SchemaMismatch, match="older Neiqin"), admin.connect() as connection:
            check_server(connection)
        with admin.begin() as connection:  # `server init` upgrades it
            create_schema(connection, sync_tables())
        with admin.connect() as connection:
            check_server(connection)
            assert connection.execute(text("SELECT count(*) FROM sync_horizon")).scalar_one() == 0
        admin.dispose()
