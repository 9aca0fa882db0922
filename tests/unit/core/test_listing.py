from datetime import date
from decimal import Decimal

import pytest

from neiqin.core.listing import Column, ListQuery, ListState
from tests.ui.listing_sample import SampleOrder, make_db, sample_query, sample_rows


@pytest.fixture
def rows():
    return sample_rows(300, deleted_every=10)


@pytest.fixture
def sample_db(tmp_path, rows):
    db = make_db(tmp_path / "list.db", rows)
    yield db
    db.dispose()


def _live(rows):
    return [r for r in rows if r["deleted_at"] is None]


def test_count_and_page_leave_out_deleted_rows_unless_asked(sample_db, rows):
    query = sample_query()
    with sample_db.read() as session:
        assert query.count(session, ListState()) == len(_live(rows))
        assert query.count(session, ListState(include_deleted=True)) == len(rows)
        ids = {r.id for r in query.page(session, ListState(), 0, 1000)}
    assert ids == {r["id"] for r in _live(rows)}


@pytest.mark.parametrize("key", ["number", "customer", "day", "amount", "qty", "created_at"])
@pytest.mark.parametrize("descending", [False, True])
def test_sql_sort_matches_python_sort_with_id_tie_breaker(sample_db, rows, key, descending):
    query = sample_query()
    with sample_db.read() as session:
        got = [r.id for r in query.page(session, ListState(sort_key=key, descending=descending), 0, 1000)]
    expected = sorted(_live(rows), key=lambda r: (r[key], r["id"]), reverse=descending)
    assert got == [r["id"] for r in expected]


def test_default_sort_is_used_and_unsortable_columns_fall_back(sample_db, rows):
    query = sample_query()
    with sample_db.read() as session:
        default = [r.id for r in query.page(session, ListState(), 0, 50)]
        unsortable = [r.id for r in query.page(session, ListState(sort_key="urgent"), 0, 50)]
    expected = sorted(_live(rows), key=lambda r: (r["day"], r["id"]), reverse=True)[:50]
    assert default == [r["id"] for r in expected] == unsortable


def test_paging_is_contiguous_and_values_are_typed(sample_db, rows):
    query = sample_query()
    state = ListState(sort_key="number")
    with sample_db.read() as session:
        whole = query.page(session, state, 0, 1000)
        pieces = query.page(session, state, 0, 100) + query.page(session, state, 100, 100) + \
            query.page(session, state, 200, 100)
    assert [r.id for r in pieces] == [r.id for r in whole]
    values = dict(zip((c.key for c in query.columns), whole[0].values, strict=True))
    assert isinstance(values["amount"], Decimal) and values["amount"] == values["amount"].quantize(Decimal("0.01"))
    assert isinstance(values["day"], date)
    assert values["created_at"].tzinfo is not None


def test_search_and_filters_in_sql(sample_db, rows):
    query = sample_query()
    state = ListState(text="联想", filters={"status": "approved", "from": date(2026, 3, 1), "to": None})
    with sample_db.read() as session:
        got = {r.id for r in query.page(session, state, 0, 1000)}
        assert query.count(session, state) == len(got)
        # an empty value means "no filter"; LIKE wildcards in the text are literal
        assert query.count(session, ListState(filters={"status": ""})) == len(_live(rows))
        assert query.count(session, ListState(text="%")) == 0
    expected = {r["id"] for r in _live(rows)
                if "联想" in r["customer"] and r["status"] == "approved" and r["day"] >= date(2026, 3, 1)}
    assert got == expected and expected


def test_unknown_filter_is_an_error(sample_db):
    with sample_db.read() as session, pytest.raises(KeyError):
        sample_query().count(session, ListState(filters={"nope": 1}))


def test_totals_and_summary(sample_db, rows):
    query = sample_query()
    state = ListState(filters={"status": "draft"})
    drafts = [r for r in _live(rows) if r["status"] == "draft"]
    with sample_db.read() as session:
        totals = query.totals(session, state)
        count, summary_totals = query.summary(session, state)
        empty = query.totals(session, ListState(text="no such customer"))
    assert totals == summary_totals
    assert count == len(drafts)
    assert totals["amount"] == sum(r["amount"] for r in drafts) and isinstance(totals["amount"], Decimal)
    assert totals["qty"] == sum(r["qty"] for r in drafts)
    assert empty == {"amount": Decimal("0.00"), "qty": 0}


def test_iter_all_walks_every_row_in_order(sample_db, rows):
    query = sample_query()
    state = ListState(sort_key="amount", descending=True)
    with sample_db.read() as session:
        streamed = [r.id for r in query.iter_all(session, state, batch=7)]
        paged = [r.id for r in query.page(session, state, 0, 10_000)]
    assert streamed == paged and len(streamed) == len(_live(rows))


def test_column_declarations_are_checked():
    with pytest.raises(ValueError):
        Column("x", "X", SampleOrder.number, kind="colour")
    with pytest.raises(ValueError):
        Column("x", "X", SampleOrder.number, total=True)
    with pytest.raises(ValueError):
        ListQuery(SampleOrder, [Column("a", "A", SampleOrder.number), Column("a", "B", SampleOrder.customer)],
                  SampleOrder.id)
    assert Column("m", "M", SampleOrder.amount, kind="money").alignment == "right"
    assert Column("s", "S", SampleOrder.status, kind="status").alignment == "center"
