"""Change ids and positions of the outbox: every change has its own random id, each local
transaction its own number, and positions never repeat, even after the outbox was emptied by a
push (the server's high-water mark of this computer relies on it)."""

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
        assert len({r[2] for r in before + first + second}) == len(before) + 8
        assert len({r[1] for r in first}) == 1 and len({r[1] for r in second}) == 1
        assert first[0][1] != second[0][1]
        highest = rows(db)[-1][0]
        with db.engine.begin() as connection:  # what a push does once the server has everything
            connection.execute(text("DELETE FROM sync_outbox"))
        save_two(db, admin, "M")
        assert min(r[0] for r in rows(db)) == highest + 1
    finally:
        capture.detach(db.engine)
