import pytest
from sqlalchemy import create_engine, text

from neiqin.core import search
from neiqin.core.search import IndexRow


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        for statement in search.CREATE_STATEMENTS:
            connection.execute(text(statement))
        search.index_record(connection, "customer", "c1", "customers", "北京海淀中关村科技有限公司",
                            "北京 · 010-62581234", ["北京市海淀区中关村大街12号", "张伟"])
        search.index_record(connection, "customer", "c2", "customers", "重慶長江貿易有限公司", "", ["客戶服務中心"])
        search.index_record(connection, "product", "p1", "products", "A4复印纸", "OF-A4 · 70g", ["办公耗材"])
        yield connection


def ids(hits):
    return [hit.entity_id for hit in hits]


@pytest.mark.parametrize("query,expected", [
    ("中关村", ["c1"]),            # Chinese substring (trigram MATCH)
    ("中關村", ["c1"]),            # traditional query, simplified text
    ("客户服务", ["c2"]),          # simplified query, traditional text
    ("海", ["c1"]),               # one character (LIKE)
    ("bjhd", ["c1"]),             # pinyin initials
    ("BeiJing", ["c1"]),          # full pinyin, any case
    ("cqcj", ["c2"]),             # phrase pinyin: 重庆 is chong qing
    ("chongqing", ["c2"]),
    ("海淀 12", ["c1"]),           # every word must match, a short one too
    ("海淀 99", []),
    ("Ａ４复印", ["p1"]),          # full-width letters and digits
    ("6258 1234", ["c1"]),
    ("张 伟", ["c1"]),
    ("", []),
    ("   ", []),
    ('"引号', []),                # quotes and LIKE wildcards are literal
    ("%", []),
])
def test_queries(conn, query, expected):
    assert ids(search.search(conn, query)) == expected


def test_entities_filter_limit_and_rank(conn):
    assert ids(search.search(conn, "有限公司")) == ["c2", "c1"]  # shorter title first
    assert ids(search.search(conn, "有限公司", limit=1)) == ["c2"]
    assert ids(search.search(conn, "a4", entities=["customer"])) == []
    assert ids(search.search(conn, "中关村", entities=["customer", "product"])) == ["c1"]
    hit = search.search(conn, "复印")[0]
    assert (hit.entity, hit.title, hit.subtitle) == ("product", "A4复印纸", "OF-A4 · 70g")


def test_reindex_and_remove(conn):
    search.index_record(conn, "customer", "c1", "customers", "上海浦东新区贸易公司", "")
    assert ids(search.search(conn, "中关村")) == []
    assert ids(search.search(conn, "浦东")) == ["c1"]
    search.remove_record(conn, "customer", "c1")
    search.remove_record(conn, "customer", "unknown")
    assert ids(search.search(conn, "浦东")) == []
    assert conn.execute(text("select count(*) from search_index_key")).scalar() == 2


def test_bulk_index_replaces_and_filters_in_sql(conn):
    rows = [IndexRow("customer", f"b{i}", "customers", f"广州天河第{i}号商行", "", [f"1380000{i:04d}"])
            for i in range(50)]
    rows.append(IndexRow("customer", "c1", "customers", "深圳南山公司"))
    assert search.bulk_index(conn, rows, batch=7) == 51
    assert len(search.search(conn, "天河", limit=100)) == 50
    assert ids(search.search(conn, "13800000049")) == ["b49"]
    assert ids(search.search(conn, "中关村")) == []
    assert ids(search.search(conn, "szns")) == ["c1"]
    query = search.matching_ids("天河 49", "customer")
    found = conn.execute(text("select entity_id from search_index_key where entity_id in (:x)").bindparams(x="b49"))
    assert found.scalars().all() == ["b49"]
    assert sorted(conn.execute(query).scalars().all()) == ["b49"]
    assert search.matching_ids("  ", "customer") is None


def test_short_words_use_their_own_index(conn):
    assert set(search.short_grams("北京 ab-1").split()) == {"北", "京", "北京", "a", "b", "ab", "1"}
    docs = conn.execute(text("select rowid from search_index_short where search_index_short match '\"海淀\"'"))
    assert len(docs.all()) == 1
    # deleting a record removes its short-word entries too
    search.remove_record(conn, "customer", "c1")
    assert conn.execute(text("select count(*) from search_index_short where search_index_short match 'bj'")).scalar() == 0


def test_fold_and_pinyin():
    assert search.fold(" 客戶 ＡＢＣ　檔案 ") == "客户abc档案"
    assert search.pinyin_key(["北京海淀"]) == "bjhd beijinghaidian"
    assert search.pinyin_key(["ABC 123"]) == ""
    assert search.is_search_table("search_index_data") and not search.is_search_table("customer")


def test_replacing_many_records_removes_every_old_entry_and_no_other(conn, monkeypatch):
    """Records are removed in lists of ids per entity: every list boundary, and a record of
    another entity with the same id, come out right."""
    monkeypatch.setattr(search, "_DELETE_IDS", 3)
    search.bulk_index(conn, [IndexRow("customer", f"m{i}", "customers", f"杭州西湖第{i}号商行") for i in range(10)])
    search.index_record(conn, "product", "m4", "products", "西湖龙井茶叶")
    search.bulk_index(conn, [IndexRow("customer", f"m{i}", "customers", f"南京鼓楼第{i}号商行") for i in range(10)])
    assert ids(search.search(conn, "杭州西湖", limit=100)) == []
    assert sorted(ids(search.search(conn, "南京鼓楼", limit=100))) == sorted(f"m{i}" for i in range(10))
    assert ids(search.search(conn, "西湖")) == ["m4"]  # the product with the same id stays
    counts = [conn.execute(text(f"select count(*) from {table}")).scalar()
              for table in (search.SEARCH_TABLE, search.SHORT_TABLE, search.KEY_TABLE)]
    assert counts == [14, 14, 14]  # c1, c2, p1, the product m4 and ten customers: nothing left over


def test_settle_merges_the_pieces_a_big_write_left(conn, monkeypatch):
    """Three imports replacing the same records leave pieces and removal marks that every search
    reads; `settle` after a big one merges them, below its threshold it does nothing, and every
    search finds what it found before."""
    monkeypatch.setattr(search, "SETTLE_AFTER", 20)
    for round_ in range(3):
        search.bulk_index(conn, [IndexRow("customer", f"s{i}", "customers", f"成都武侯第{i}号商行", "",
                                          [f"轮次{round_}"]) for i in range(30)], batch=5)

    def pieces() -> int:
        return conn.execute(text(f"select count(*) from {search.SEARCH_TABLE}_data")).scalar()

    def found() -> tuple:
        return tuple(sorted(ids(search.search(conn, query, limit=100))) for query in ("武侯", "轮次0", "轮次2", "wh"))

    before, results = pieces(), found()
    search.settle(conn, 19)
    assert pieces() == before
    search.settle(conn, 30)
    assert pieces() < before
    assert found() == results
    assert results[0] == results[2] == sorted(f"s{i}" for i in range(30)) and results[1] == []
    for table in (search.SEARCH_TABLE, search.SHORT_TABLE):
        conn.execute(text(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')"))
