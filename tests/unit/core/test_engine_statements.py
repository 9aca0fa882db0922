"""Many rows inserted at once reach SQLite as multi-row INSERT statements, all or nothing, and a
trigger on the table sees every row (sync capture depends on it)."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, event, insert, text
from sqlalchemy.exc import IntegrityError

from neiqin.core.db.engine import sqlite_engine


@pytest.fixture
def engine(tmp_path):
    engine = sqlite_engine(tmp_path / "statements.db")
    yield engine
    engine.dispose()


def test_many_rows_go_in_few_statements_and_every_row_fires_the_trigger(engine):
    table = Table("item", MetaData(), Column("id", Integer, primary_key=True), Column("name", String, nullable=False))
    with engine.begin() as connection:
        table.create(connection)
        connection.execute(text("CREATE TABLE seen (item_id INTEGER)"))
        connection.execute(text("CREATE TRIGGER item_seen AFTER INSERT ON item BEGIN "
                                "INSERT INTO seen VALUES (NEW.id); END"))
    sent = []
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, statement, _p, _ctx, many: sent.append((statement, many)))  # noqa: ARG005
    rows = [{"id": i, "name": f"物品{i}"} for i in range(1, 2501)]
    with engine.begin() as connection:
        connection.execute(insert(table), rows)
    inserts = [statement for statement, _many in sent if statement.startswith("INSERT INTO item")]
    assert sum(statement.count("(?, ?)") for statement in inserts) == len(rows)
    assert len(inserts) < len(rows) / 100
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*), sum(item_id) FROM seen")).one() == (2500, 2500 * 2501 // 2)
        assert connection.execute(text("SELECT name FROM item WHERE id = 1234")).scalar_one() == "物品1234"
    bad = [{"id": 3000 + i, "name": f"新{i}"} for i in range(50)] + [{"id": 7, "name": "重复"}]
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(insert(table), bad)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM item")).scalar_one() == 2500
        assert connection.execute(text("SELECT count(*) FROM seen")).scalar_one() == 2500
