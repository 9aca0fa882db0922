import threading

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from neiqin.core.auth.actor import Actor
from neiqin.core.progress import Progress
from neiqin.ui.context import UiContext
from neiqin.ui.module_tab import ModuleTab
from tests.ui.listing_sample import make_db, sample_query, sample_rows

CLERK = Actor("u1", "clerk", "王芳", "clerk", "b1", frozenset({"orders.create"}))


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _tab(qtbot, tmp_path, runner, settings, rows, messages=None):
    db = make_db(tmp_path / f"list{len(rows)}.db", rows)
    ctx = UiContext(db=db, actor=CLERK, runner=runner,
                    show_message=(messages.append if messages is not None else lambda text: None))
    tab = ModuleTab(ctx, sample_query(), module_id="sample", empty_text="No orders yet", settings=settings)
    qtbot.addWidget(tab)
    return tab


class RecordLabel(QLabel):
    def __init__(self):
        super().__init__()
        self.shown = []

    def show_record(self, record_id):
        self.shown.append(record_id)
        self.setText(record_id or "")


def test_empty_state_offers_the_first_action(qtbot, tmp_path, runner, settings):
    tab = _tab(qtbot, tmp_path, runner, settings, [])
    created = []
    tab.add_action("new", "New order", lambda: created.append(1))
    assert tab.is_empty_state_shown
    text = tab.findChild(QLabel, "sample.empty_text").text()
    assert text == "No orders yet"
    button = tab.findChild(QWidget, "sample.empty_action")
    assert button.text() == "New order " + QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText)
    button.click()
    assert created == [1]
    assert tab.action("new").shortcut() == QKeySequence(QKeySequence.StandardKey.New)


def test_list_with_rows_shows_table_totals_and_search_says_when_nothing_matches(qtbot, tmp_path, runner,
                                                                                 settings):
    rows = sample_rows(40)
    tab = _tab(qtbot, tmp_path, runner, settings, rows)
    assert not tab.is_empty_state_shown
    qtbot.waitUntil(lambda: tab.model.total_count is not None, timeout=5000)
    assert tab.totals_label.text().startswith("40 records")
    assert f"¥{sum(r['amount'] for r in rows):,.2f}" in tab.totals_label.text()
    tab.search.setText("no such customer")
    qtbot.waitUntil(lambda: tab.is_empty_state_shown, timeout=2000)
    assert tab.findChild(QLabel, "sample.empty_text").text() == "Nothing matches the search or filters."
    button = tab.findChild(QWidget, "sample.empty_action")
    assert button.text() == "Clear search"
    button.click()
    assert not tab.is_empty_state_shown and tab.model.rowCount() == 40


def test_disabled_action_says_why_and_follows_the_current_record(qtbot, tmp_path, runner, settings):
    rows = sample_rows(30)
    tab = _tab(qtbot, tmp_path, runner, settings, rows)

    def approvable(record_id):
        if record_id is None:
            return False
        values = tab.current_values()
        return (values["status"] == "draft", "Only a draft can be approved.")

    approve = tab.add_action("approve", "Approve", lambda: None, enabled_when=approvable)
    delete = tab.add_action("delete", "Delete", lambda: None, permission="orders.delete")
    assert not approve.isEnabled() and approve.toolTip() == "Approve: Select a record first."
    assert not delete.isEnabled() and "right" in delete.toolTip()
    by_status = {}
    for row in range(tab.model.rowCount()):
        by_status.setdefault(tab.model.row_values(row)["status"], tab.model.row_id(row))
    tab.table.select_id(by_status["approved"])
    assert not approve.isEnabled() and approve.toolTip() == "Approve: Only a draft can be approved."
    tab.table.select_id(by_status["draft"])
    assert approve.isEnabled() and approve.toolTip() == "Approve"
    menu = tab.table.context_menu()
    assert approve in menu.actions() and delete in menu.actions()


def test_enter_opens_with_the_edit_action(qtbot, tmp_path, runner, settings):
    tab = _tab(qtbot, tmp_path, runner, settings, sample_rows(10))
    opened = []
    tab.add_action("edit", "Edit", lambda: opened.append(tab.current_id()),
                   enabled_when=lambda record_id: record_id is not None)
    first = tab.model.row_id(0)
    tab.table.select_id(first)
    tab.table.activated_id.emit(first)
    assert opened == [first]


def test_detail_pane_shows_the_current_record_and_switches_sides(qtbot, tmp_path, runner, settings):
    tab = _tab(qtbot, tmp_path, runner, settings, sample_rows(10))
    lines, history = RecordLabel(), RecordLabel()
    tab.add_detail_tab("Lines", lines)
    tab.add_detail_tab("History", history)
    record = tab.model.row_id(2)
    tab.table.select_id(record)
    assert lines.shown[-1] == record
    assert history.shown == []  # a hidden sub-tab is filled when it is shown
    tab.detail.tabs.setCurrentIndex(1)
    assert history.shown == [record]
    assert tab.detail_position == "right"
    tab.toggle_detail_position()
    assert tab.detail_position == "bottom"
    again = ModuleTab(tab.ctx, sample_query(), module_id="sample", settings=settings)
    qtbot.addWidget(again)
    assert again.detail_position == "bottom"  # remembered
    again.set_detail_position("right")
    third = ModuleTab(tab.ctx, sample_query(), module_id="sample", settings=settings)
    qtbot.addWidget(third)
    assert third.detail_position == "right"


def test_export_runs_in_the_background_with_progress(qtbot, tmp_path, runner, settings):
    messages = []
    rows = sample_rows(25)
    tab = _tab(qtbot, tmp_path, runner, settings, rows, messages)
    reached = threading.Event()

    def export(path, state, progress: Progress):
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        with tab.ctx.db.read() as session:
            total = tab.query.count(session, state)
            for number, row in enumerate(tab.query.iter_all(session, state), 1):
                sheet.append([row.values[0], str(row.values[4])])
                progress.report(number, total)
                progress.check()
        reached.set()
        book.save(path)
        return total

    action = tab.set_export(export)
    assert action.objectName() == "sample.export"
    tab.search.setText("华为")
    qtbot.waitUntil(lambda: tab.model.state.text == "华为", timeout=2000)
    target = tmp_path / "out.xlsx"
    task = tab.export_xlsx(target)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    expected = [r for r in rows if "华为" in r["customer"]]
    assert task.result == len(expected)
    assert len(list(load_workbook(target).active.iter_rows())) == len(expected)
    assert messages == [f"Exported {len(expected)} rows to out.xlsx."]
