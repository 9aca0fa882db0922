"""Several computers of one branch ("desks"), each with its own database, never draw the same
document number: each gets a desk at its first registration with the server and numbers from its
own block (desk k: k·1,000,000 + 1 … k·1,000,000 + 999,999); documents made before that first sync are
renumbered into the desk's block when they would collide; a restored backup registers as a new
computer and loses nothing."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from neiqin.core.numbering import parse_number
from neiqin.core.sync.horizon import prune
from neiqin.modules.customers.models import Customer
from tests.integration import sync_documents as d
from tests.integration import sync_edits as e
from tests.integration.sync_servers import DIALECTS, Office, server_database

pytestmark = pytest.mark.server
YEAR = date.today().year


@pytest.fixture(params=DIALECTS)
def server_url(request):
    with server_database(request.param, prepared=True) as url:
        yield url


@pytest.fixture
def offices(server_url, template_db, tmp_path):
    made = []

    def make(name, backfill=False, path=None):
        if path is None:
            path = tmp_path / f"{name}.db"
            path.write_bytes(template_db.read_bytes())
        office = Office(path, server_url, backfill=backfill, name=name)
        made.append(office)
        return office

    yield make
    for office in made:
        office.close()


def quiet(*offices) -> None:
    for _ in range(2):
        for office in offices:
            office.client.sync()


def expected(block: int, count: int = 1) -> dict[str, list[str]]:
    """The numbers of `count` documents of each kind drawn by the desk with this block."""
    return {prefix: [f"{prefix}-BJ01-{YEAR}-{block * 1_000_000 + n:06d}" for n in range(1, count + 1)]
            for prefix in ("CU", "SO", "SC", "BX")}


def by_prefix(office, made: list[d.Made]) -> dict[str, list[str]]:
    held = d.numbers(office)
    out: dict[str, list[str]] = {}
    for one in made:
        for table, row_id in one.ids().items():
            number = held[(table, row_id)]
            out.setdefault(parse_number(number)["prefix"], []).append(number)
    return {prefix: sorted(values) for prefix, values in out.items()}


def assert_all_agree(url: str, *offices, documents: int) -> None:
    """Every office holds every document under the server's number; numbers are unique; nothing waits."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        server = d.server_numbers(engine)
    finally:
        engine.dispose()
    assert len(server) == documents
    assert len(set(server.values())) == documents, "a number was drawn twice"
    for office in offices:
        assert d.numbers(office) == server, office.name
        assert office.client.waiting() == 0, office.name
        assert [c.table for c in office.client.check() if not c.ok] == [], office.name


def test_two_desks_of_one_branch_never_draw_the_same_number(offices, server_url):
    a1 = offices("a1", backfill=True)
    a2 = offices("a2")
    product = e.add_product(a1, "P-DESK", "A4复印纸", "25.00")
    quiet(a1, a2)  # both registered: a1 first (desk 0), a2 second (desk 1)
    made1 = [d.make_documents(a1, d.admin(a1), f"甲{n}", product) for n in range(2)]
    made2 = [d.make_documents(a2, d.admin(a2), f"乙{n}", product) for n in range(2)]
    quiet(a1, a2)
    assert by_prefix(a1, made1) == expected(0, 2)
    assert by_prefix(a2, made2) == expected(1, 2)
    assert_all_agree(server_url, a1, a2, documents=16)


def test_drafts_made_before_the_first_sync_are_renumbered_into_the_desk_block(offices, server_url):
    a1 = offices("a1", backfill=True)
    product = e.add_product(a1, "P-FIRST", "订书机", "18.00")
    first = [d.make_documents(a1, d.admin(a1), "首台", product)]
    quiet(a1)  # a one-computer office connects: desk 0, its numbers stay as they were
    assert by_prefix(a1, first) == expected(0)
    a2 = offices("a2")  # a second computer works offline before it ever reached the server
    own = e.add_product(a2, "P-SECOND", "回形针", "3.00")
    drafts = [d.make_documents(a2, d.admin(a2), "新台", own)]
    assert by_prefix(a2, drafts) == expected(0)  # the same numbers as a1's ...
    a1_more = [d.make_documents(a1, d.admin(a1), "首台二", product)]
    quiet(a2, a1)
    # ... renumbered at a2's first registration (desk 1), a1's untouched
    assert by_prefix(a2, drafts) == expected(1)
    assert by_prefix(a1, first + a1_more) == {p: [*v, v[0][:-1] + "2"] for p, v in expected(0).items()}
    after = [d.make_documents(a2, d.admin(a2), "新台二", own)]
    quiet(a2, a1)
    assert by_prefix(a2, after) == {p: [v[0][:-1] + "2"] for p, v in expected(1).items()}
    assert_all_agree(server_url, a1, a2, documents=16)
    # the renumbering is in the record's history, and the search finds the new number
    with a2.db.engine.connect() as connection:
        notes = connection.execute(text("SELECT changes FROM audit_entry WHERE table_name = 'customer' AND "
                                        "row_id = :r AND op = 'update'"), {"r": drafts[0].customer}).scalars().all()
        hits = connection.execute(text("SELECT title FROM search_index WHERE entity_id = :r"),
                                  {"r": drafts[0].customer}).scalars().all()
    old, new = expected(0)["CU"][0], expected(1)["CU"][0]
    assert any(old in note and new in note for note in notes)
    assert hits and all(old not in hit for hit in hits)


def _backup(source, target) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def _restore(office, backup) -> None:
    """Put the backup back into the office's database file (the program closed meanwhile)."""
    office.close()
    _backup(backup, office.path)


def test_a_restored_backup_loses_nothing_and_draws_no_number_twice(offices, server_url, tmp_path):
    a1 = offices("a1", backfill=True)
    other = offices("a2")
    product = e.add_product(a1, "P-RESTORE", "打印机墨盒", "99.00")
    quiet(a1, other)
    before = [d.make_documents(a1, d.admin(a1), "备份前", product)]
    waiting = e.add_customer(a1, "C-WAIT", "备份时未上传客户")  # in the outbox when the backup is taken
    backup = tmp_path / "backup.db"
    _backup(a1.path, backup)
    a1.client.sync()  # the waiting customer reaches the server after the backup
    other.client.sync()
    e.edit(other, Customer, waiting, phone="021-5555")  # and is edited elsewhere afterwards
    other.client.sync()
    lost_locally = [d.make_documents(a1, d.admin(a1), "备份后", product)]
    a1.client.sync()
    _restore(a1, backup)
    a1 = offices("a1", path=a1.path)  # the program starts again on the restored database
    kept = d.numbers(a1)
    assert (("sales_order", lost_locally[0].order)) not in kept  # the restore went back in time
    customer = before[0].customer
    e.edit(a1, Customer, customer, notes="恢复后补充的备注")  # an edit made after the restore
    again = [d.make_documents(a1, d.admin(a1), "恢复后", product)]
    assert by_prefix(a1, again) == {p: [v[1]] for p, v in expected(0, 2).items()}  # drawn again ...
    quiet(a1, other)
    # ... and moved to a new desk's block (desk 2: a1 was desk 0, other desk 1) before it left the computer
    assert by_prefix(a1, again) == expected(2)
    assert by_prefix(a1, lost_locally) == {p: [v[1]] for p, v in expected(0, 2).items()}  # pulled back
    assert e.value(a1, Customer, customer, "notes") == "恢复后补充的备注"
    assert e.value(other, Customer, customer, "notes") == "恢复后补充的备注"  # not skipped as a duplicate
    assert e.value(a1, Customer, waiting, "phone") == "021-5555"
    assert_all_agree(server_url, a1, other, documents=13)  # 3 × 4 documents and the waiting customer
    engine = create_engine(server_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            conflicts = connection.execute(text("SELECT count(*) FROM sync_conflict")).scalar_one()
            clients = dict(connection.execute(text("SELECT client_id, replaced_by FROM sync_client")).all())
            pruned = prune(connection, 0)
    finally:
        engine.dispose()
    assert conflicts == 0  # the waiting customer was not sent a second time (its old phone would conflict)
    # a1 before the restore (given up for a1's new id), other, a1 after the restore
    assert len(clients) == 3 and clients[a1.client.client_id] is None and clients[other.client.client_id] is None
    assert list(set(clients) - {a1.client.client_id, other.client.client_id}) == \
        [c for c, new in clients.items() if new == a1.client.client_id]
    assert pruned.deleted > 0 and pruned.behind == 0  # the given-up computer is not waited for


def test_a_copied_database_becomes_a_second_desk_from_the_command_line(db_path, tmp_path, capsys):
    """The usual way to add a computer: copy the first computer's database. Both make documents
    offline; the copy that syncs second becomes a new computer and renumbers its own documents."""
    from types import SimpleNamespace

    from neiqin.__main__ import main
    from neiqin.app import open_database

    with server_database("postgresql", prepared=True) as url:
        assert main(["sync", "--server", url, "--db", str(db_path)]) == 0
        copy = tmp_path / "second.db"
        _backup(db_path, copy)
        made = {}
        for name, path in (("first", db_path), ("second", copy)):
            db = open_database(path)
            try:
                office = SimpleNamespace(db=db, actor=None)
                office.actor = d.admin(office)
                product = e.add_product(office, f"P-{name}", "文件夹", "6.00")
                made[name] = (d.make_documents(office, office.actor, name, product), d.numbers(office))
            finally:
                db.dispose()
        assert made["first"][1][("customer", made["first"][0].customer)] == f"CU-BJ01-{YEAR}-000001"
        assert made["second"][1][("customer", made["second"][0].customer)] == f"CU-BJ01-{YEAR}-000001"
        capsys.readouterr()
        assert main(["sync", "--db", str(db_path)]) == 0
        assert "renumbered" not in capsys.readouterr().out
        assert main(["sync", "--db", str(copy)]) == 0
        out = capsys.readouterr().out
        assert "it now syncs as a new computer (desk 1)" in out
        assert f"renumbered CU-BJ01-{YEAR}-000001 -> CU-BJ01-{YEAR}-1000001" in out
        assert f"renumbered SO-BJ01-{YEAR}-000001 -> SO-BJ01-{YEAR}-1000001" in out
        assert main(["sync", "--db", str(db_path)]) == 0
        assert main(["sync", "--db", str(copy)]) == 0
        for path in (db_path, copy):
            with sqlite3.connect(path) as connection:
                codes = sorted(r[0] for r in connection.execute("SELECT code FROM customer WHERE code LIKE 'CU-%'"))
            connection.close()
            assert codes == [f"CU-BJ01-{YEAR}-000001", f"CU-BJ01-{YEAR}-1000001"]
        assert main(["sync", "--check", "--db", str(copy)]) == 0


@pytest.mark.parametrize("dialect", DIALECTS)
def test_two_computers_registering_at_the_same_moment_take_different_desks(dialect):
    import threading

    from neiqin.core.sync.catalog import sync_tables
    from neiqin.core.sync.desks import register_desk
    from neiqin.core.sync.schema import server_metadata

    meta = server_metadata(sync_tables())
    branch = "01a2f000-0000-7000-8000-00000000d001"
    with server_database(dialect, prepared=True) as url:
        engine = create_engine(url, poolclass=NullPool)
        try:
            got = {}
            first = engine.connect()
            transaction = first.begin()
            got["one"] = register_desk(first, meta, "client-one", branch).desk  # not committed yet

            def second():
                with engine.begin() as connection:
                    got["two"] = register_desk(connection, meta, "client-two", branch).desk

            thread = threading.Thread(target=second)
            thread.start()
            thread.join(1.0)  # it waits for the first one's desk
            transaction.commit()
            first.close()
            thread.join(30)
            with engine.begin() as connection:  # a known computer keeps its desk
                assert register_desk(connection, meta, "client-one", branch).desk == 0
                assert register_desk(connection, meta, "client-other-branch", "b2").desk == 0
        finally:
            engine.dispose()
    assert got == {"one": 0, "two": 1}
