"""Change ids and positions of the outbox: every change has its own id (its transaction's random
token with its position), each local transaction its own number and token, and positions never
repeat, even after the outbox was emptied by a push (the server's high-water mark of this computer
relies on it)."""

from __future__ import annotations

from sqlalchemy import text

from neiqin.core.sync import capture
from neiqin.modules.customers.models import Customer


def rows(db):
    with db.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text("SELECT seq, tx, change_id, table_name FROM sync_outbox "
                                                          "ORDER BY seq"))]


def save_two(db, admin, tag):
    with db.unit_of_work(admin) as uow:
        uow.session.add(Customer(code=f"{tag}-1", name=f"客户{tag}一", name_key=f"{tag}1"))
        uow.session.add(Customer(code=f"{tag}-2", name=f"客户{tag}二", name_key=f"{tag}2"))


def test_changes_have_their_own_ids_and_positions_never_repeat(db, admin):
    with db.engine.begin() as connection:
        capture.install(connection, "branch-x", None)
    capture.attach(db.engine)
    try:
        before = rows(db)
        save_two(db, admin, "K")
        first = rows(db)[len(before):]
        save_two(db, admin, "L")
        second = rows(db)[len(before) + len(first):]
        assert len(first) == len(second) == 4  # two customers and their audit entries each
        assert len({capture.change_id(r[2], r[0]) for r in before + first + second}) == len(before) + 8
        assert len({r[1:3] for r in first}) == 1 and len({r[1:3] for r in second}) == 1  # number, token
        assert first[0][1] != second[0][1] and first[0][2] != second[0][2]
        assert len(first[0][2]) == 16 and int(first[0][2], 16) >= 0
        highest = rows(db)[-1][0]
        with db.engine.begin() as connection:  # what a push does once the server has everything
            connection.execute(text("DELETE FROM sync_outbox"))
        save_two(db, admin, "M")
        assert min(r[0] for r in rows(db)) == highest + 1
    finally:
        capture.detach(db.engine)


def test_a_database_set_up_by_an_earlier_release_gets_tokens_and_keeps_its_change_ids(db, admin):
    """Set up before transactions had tokens: the context row gets its token column when the engine
    is attached; changes queued then keep the random id they were given, new ones get tokens."""
    from neiqin.core.sync.catalog import sync_tables
    from neiqin.core.sync.outbox import read_changes

    with db.engine.begin() as connection:
        capture.install(connection, "branch-x", None)
        capture.drop_triggers(connection)
        connection.execute(text("ALTER TABLE sync_context DROP COLUMN token"))
        connection.execute(text("DELETE FROM sync_outbox"))
        connection.execute(text(
            "INSERT INTO customer (id, code, name, name_key, customer_type) VALUES ('c-old', 'E-1', '早', '早', "
            "'enterprise')"))
        connection.execute(text(
            "INSERT INTO sync_outbox (change_id, tx, table_name, row_id, op) "
            "VALUES ('0123456789abcdef0123456789abcdef', 7, 'customer', 'c-old', 'insert')"))
    capture.attach(db.engine)
    try:
        save_two(db, admin, "N")
        queued = rows(db)
        assert len(queued) == 5 and queued[0][2] == "0123456789abcdef0123456789abcdef"
        assert len({r[2] for r in queued[1:]}) == 1 and len(queued[1][2]) == 16
        with db.engine.connect() as connection:
            sent = read_changes(connection, sync_tables(), 0, 100)
        assert [c.change_id for c in sent] == ["0123456789abcdef0123456789abcdef",
                                               *(f"{queued[1][2]}-{r[0]}" for r in queued[1:])]
        assert sent[0].new["code"] == "E-1"
    finally:
        capture.detach(db.engine)
