from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction

from neiqin.core.listing import ListState
from neiqin.ui.formats import format_date, format_datetime, format_qty, format_value
from neiqin.ui.table import SqlTableModel, TableView
from neiqin.ui.tasks import TaskRunner
from tests.ui.listing_sample import STATUS_TITLES, make_db, sample_query, sample_rows


@pytest.fixture
def rows():
    return sample_rows(650, deleted_every=13)


@pytest.fixture
def sample_db(tmp_path, rows):
    db = make_db(tmp_path / "list.db", rows)
    yield db
    db.dispose()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _live(rows):
    return [r for r in rows if r["deleted_at"] is None]


def _ids(model):
    return [model.row_id(r) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester_while_sorting_and_filtering(qtmodeltester, sample_db):
    model = SqlTableModel(sample_db, sample_query(), page_size=50)
    qtmodeltester.check(model, force_py=True)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    model.set_text("小米")
    model.set_filter("status", "approved")
    model.set_text("no such thing")
    model.set_text("")
    model.fetchMore()
    loaded = model.rowCount()
    model.refresh()
    assert model.rowCount() == loaded > 50  # refresh re-reads what was loaded


def test_paging_loads_only_what_is_asked(sample_db, rows):
    model = SqlTableModel(sample_db, sample_query(), page_size=100)
    assert model.rowCount() == 100 and model.canFetchMore()
    assert model.total_count == len(_live(rows))
    model.fetchMore()
    assert model.rowCount() == 200
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(_live(rows))
    assert len(set(_ids(model))) == model.rowCount()


def test_sort_order_matches_python_sort(sample_db, rows):
    model = SqlTableModel(sample_db, sample_query(), page_size=1000)
    column = sample_query().index_of("customer")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    expected = sorted(_live(rows), key=lambda r: (r["customer"], r["id"]))
    assert _ids(model) == [r["id"] for r in expected]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert _ids(model) == [r["id"] for r in reversed(expected)]
    assert model.sort_column() == (column, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, column), SqlTableModel.SortRole) == expected[-1]["customer"]


def test_search_filter_and_totals(sample_db, rows):
    model = SqlTableModel(sample_db, sample_query())
    model.set_text("acme")  # LIKE ignores ASCII case, like the clerk expects
    model.set_filter("status", "cancelled")
    expected = [r for r in _live(rows) if r["customer"] == "Acme Ltd" and r["status"] == "cancelled"]
    assert sorted(_ids(model)) == sorted(r["id"] for r in expected)
    assert model.total_count == len(expected)
    assert model.totals["amount"] == sum(r["amount"] for r in expected)
    assert model.totals["qty"] == sum(r["qty"] for r in expected)
    titles = dict(model.formatted_totals())
    assert titles["Amount"] == format_value("money", sum(r["amount"] for r in expected))
    assert model.state.filters == {"status": "cancelled"}
    with pytest.raises(KeyError):
        model.set_filter("colour", "red")


def test_display_formats_and_roles(sample_db, rows):
    model = SqlTableModel(sample_db, sample_query(), state=ListState(sort_key="number"))
    first = rows[0]
    query = model.query

    def cell(key, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(0, query.index_of(key)), role)

    assert cell("number") == first["number"]
    assert cell("day") == first["day"].isoformat()
    assert cell("amount") == f"¥{first['amount']:,.2f}"
    assert cell("status") == STATUS_TITLES[first["status"]]
    assert cell("status", SqlTableModel.ToneRole) in ("neutral", "success", "danger")
    assert cell("amount", SqlTableModel.SortRole) == first["amount"]
    assert cell("number", SqlTableModel.IdRole) == first["id"]
    assert cell("amount", Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight.value
    assert cell("number", Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft.value
    assert model.headerData(query.index_of("amount"), Qt.Orientation.Horizontal) == "Amount"
    assert model.values_of(first["id"])["qty"] == first["qty"]


def test_format_helpers():
    assert format_qty(Decimal("12.500")) == "12.5"
    assert format_qty(Decimal("3.000")) == "3"
    assert format_qty(Decimal("1E+2")) == "100"
    assert format_qty(Decimal("-0.25")) == "-0.25"
    assert format_date(date(2026, 11, 22)) == "2026-11-22"
    moment = datetime(2026, 11, 22, 6, 5, tzinfo=UTC)
    assert format_datetime(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    assert format_value("money", Decimal("-12")) == "-¥12.00"
    assert format_value("status", "odd", {"draft": "Draft"}) == "odd"
    assert format_value("text", None) == ""


def test_summary_in_the_background_ignores_stale_results(qtbot, sample_db, rows):
    runner = TaskRunner()
    model = SqlTableModel(sample_db, sample_query(), runner=runner)
    assert model.total_count is None
    with qtbot.waitSignal(model.summary_changed, timeout=5000):
        model.set_filter("status", "draft")
    qtbot.wait(50)
    runner.wait()
    assert model.total_count == len([r for r in _live(rows) if r["status"] == "draft"])


def test_refresh_keeps_rows_and_selection(qtbot, sample_db, settings):
    model = SqlTableModel(sample_db, sample_query(), page_size=50)
    view = TableView(object_name="sample.table", settings=settings)
    qtbot.addWidget(view)
    view.setModel(model)
    model.fetchMore()
    chosen = model.row_id(70)
    assert view.select_id(chosen)
    with qtbot.waitSignal(view.current_id_changed) as changed:
        view.select_id(model.row_id(75))
    assert changed.args == [model.row_id(75)]
    view.select_id(chosen)
    loaded = model.rowCount()
    model.refresh()
    assert model.rowCount() == loaded >= 100
    assert view.current_id() == chosen and view.selected_ids() == [chosen]
    with qtbot.waitSignal(view.current_id_changed) as changed:
        model.set_text("nothing matches this")
    assert changed.args == [None]


def test_view_header_click_sorts_in_sql_and_layout_is_remembered(qtbot, sample_db, rows, settings):
    model = SqlTableModel(sample_db, sample_query(), page_size=1000)
    view = TableView(object_name="sample.table", settings=settings)
    qtbot.addWidget(view)
    view.setModel(model)
    first_ids = _ids(model)
    assert first_ids == [r["id"] for r in sorted(_live(rows), key=lambda r: (r["day"], r["id"]), reverse=True)]
    header = view.horizontalHeader()
    amount = model.query.index_of("amount")
    header.setSortIndicator(amount, Qt.SortOrder.AscendingOrder)  # what a header click does
    assert _ids(model) == [r["id"] for r in sorted(_live(rows), key=lambda r: (r["amount"], r["id"]))]
    header.resizeSection(1, 333)
    header.moveSection(0, 3)
    view.save_state()

    again = TableView(object_name="sample.table", settings=settings)
    qtbot.addWidget(again)
    model2 = SqlTableModel(sample_db, sample_query(), page_size=1000)
    again.setModel(model2)
    assert again.horizontalHeader().sectionSize(1) == 333
    assert again.horizontalHeader().visualIndex(0) == 3
    assert model2.sort_column() == (amount, Qt.SortOrder.AscendingOrder)  # the sort is restored too
    other = TableView(object_name="other.table", settings=settings)
    qtbot.addWidget(other)
    other.setModel(SqlTableModel(sample_db, sample_query()))
    assert other.horizontalHeader().visualIndex(0) == 0


def test_enter_and_double_click_open_and_menu_has_the_given_actions(qtbot, sample_db, settings):
    model = SqlTableModel(sample_db, sample_query())
    view = TableView(object_name="sample.table", settings=settings)
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.select_id(model.row_id(3))
    with qtbot.waitSignal(view.activated_id) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [model.row_id(3)]
    with qtbot.waitSignal(view.activated_id) as opened:
        view.doubleClicked.emit(model.index(5, 1))
    assert opened.args == [model.row_id(5)]
    edit, hidden, delete = QAction("Edit", view), QAction("Hidden", view), QAction("Delete", view)
    hidden.setVisible(False)
    view.set_actions([edit, hidden, None, delete])
    menu = view.context_menu()
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert actions == [edit, delete]
    assert any(a.isSeparator() for a in menu.actions())


def test_status_column_is_painted_as_a_tag_with_text(qtbot, sample_db, settings):
    model = SqlTableModel(sample_db, sample_query())
    view = TableView(object_name="sample.table", settings=settings)
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)
    view.show()
    status = model.query.index_of("status")
    assert view.itemDelegateForColumn(status) is not None
    assert view.itemDelegateForColumn(0) is None
    image = view.grab().toImage()
    assert not image.isNull()
