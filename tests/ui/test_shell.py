"""The main window: tabs from a list, dashboard, global search, menus by permission, status bar,
restore."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from neiqin.core.contributions import DashboardItem, SearchHit
from neiqin.ui.context import UiContext
from neiqin.ui.main_window import TabSpec


class RecordingTab(QWidget):
    """A module tab that remembers which records it was asked to open."""

    def __init__(self, context: UiContext, module_id: str) -> None:
        super().__init__()
        self.context = context
        self.module_id = module_id
        self.opened: list[tuple[str, str]] = []

    def open_record(self, kind: str, record_id: str) -> None:
        self.opened.append((kind, record_id))


def _spec(module_id: str, title: str) -> TabSpec:
    return TabSpec(module_id, title, lambda context: RecordingTab(context, module_id))


def _nothing(*_args):
    return []


def type_text(widget, text: str) -> None:
    """Key presses carrying the characters (QTest.keyClicks handles ASCII only)."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, char))


def _wait_dashboard(qtbot, window):
    qtbot.waitUntil(lambda: not window.dashboard.loading, timeout=5000)


def test_zero_modules_gives_only_the_dashboard(qtbot, make_window, clerk):
    window = make_window(clerk)
    _wait_dashboard(qtbot, window)
    assert window.tabs.count() == 1
    assert window.tabs.tabText(0) == "Work dashboard"
    assert window.dashboard.tree.isHidden() and not window.dashboard.empty.isHidden()
    assert "Nothing waiting" in window.dashboard.empty.text()


def test_tabs_are_built_from_the_list_when_first_shown(qtbot, make_window, clerk):
    built = []

    def factory(module_id):
        def make(context):
            built.append(module_id)
            return RecordingTab(context, module_id)
        return make

    specs = [TabSpec("customers", "Customers", factory("customers")), TabSpec("orders", "Orders", factory("orders"))]
    window = make_window(clerk, specs)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Work dashboard", "Customers", "Orders"]
    assert built == []
    window.tabs.setCurrentIndex(2)
    assert built == ["orders"]
    tab = window.module_tab("orders")
    assert isinstance(tab, RecordingTab) and tab.context.actor == clerk
    assert built == ["orders"]


def test_a_tab_that_fails_to_build_says_so_and_the_rest_work(qtbot, make_window, clerk):
    def broken(_context):
        raise RuntimeError("boom")

    window = make_window(clerk, [TabSpec("broken", "Broken", broken), _spec("orders", "Orders")])
    window.tabs.setCurrentIndex(1)
    shown = window.module_tab("broken")
    assert isinstance(shown, QLabel) and "could not be opened" in shown.text()
    assert isinstance(window.module_tab("orders"), RecordingTab)


def test_dashboard_groups_counts_and_opens_records(qtbot, make_window, clerk):
    calls = []

    def provider(session, actor, today):
        calls.append((actor.username, today))
        return [
            DashboardItem("orders", "Orders to review", "SO-BJ01-2026-000001", "o-1", severity="overdue",
                          due="2026-11-20"),
            DashboardItem("archive", "Loans overdue", "合同台账", "a-1", due="2026-11-01"),
            DashboardItem("orders", "Orders to review", "SO-BJ01-2026-000002", "o-2"),
        ]

    window = make_window(clerk, [_spec("orders", "Orders"), _spec("archive", "Archive")], dashboard=provider)
    _wait_dashboard(qtbot, window)
    assert calls and calls[0][0] == "clerk"
    assert window.dashboard.group_counts() == {"Orders to review": 2, "Loans overdue": 1}
    orders = window.dashboard.tree.topLevelItem(0)
    assert orders.child(0).text(0) == "SO-BJ01-2026-000001"  # overdue first
    assert "overdue" in orders.child(0).text(2)
    window.dashboard.tree.itemActivated.emit(orders.child(1), 0)
    assert window.tabs.currentWidget() is window.lazy_tabs["orders"]
    assert window.module_tab("orders").opened == [("", "o-2")]


def test_dashboard_failure_is_shown_in_words(qtbot, make_window, clerk):
    from neiqin.core.errors import NeiqinError

    def provider(session, actor, today):
        raise NeiqinError("The archive is being rebuilt.")

    window = make_window(clerk, dashboard=provider)
    _wait_dashboard(qtbot, window)
    assert "The archive is being rebuilt." in window.dashboard.empty.text()


def test_search_pops_up_grouped_results_and_enter_opens(qtbot, make_window, clerk):
    asked = []

    def search(session, actor, text, limit):
        asked.append((actor.username, text, limit))
        return [
            SearchHit("customers", "customer", "c-1", f"{text}科技有限公司", "北京"),
            SearchHit("orders", "order", "o-9", "SO-BJ01-2026-000009", f"{text}科技", score=2.0),
            SearchHit("customers", "customer", "c-2", f"{text}贸易", "上海"),
        ]

    window = make_window(clerk, [_spec("customers", "Customers"), _spec("orders", "Orders")], search=search)
    box = window.search_box
    box.setFocus()
    with qtbot.waitSignal(box.results_shown, timeout=5000):
        type_text(box, "华信")
    assert asked[-1][:2] == ("clerk", "华信")
    popup = box.popup
    assert not popup.isHidden()
    groups = {popup.topLevelItem(i).text(0): popup.topLevelItem(i).childCount() for i in range(popup.topLevelItemCount())}
    assert groups == {"Orders (1)": 1, "Customers (2)": 2}
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert popup.isHidden()
    assert window.tabs.currentWidget() is window.lazy_tabs["customers"]
    assert window.module_tab("customers").opened == [("customer", "c-1")]


def test_search_typing_on_waits_for_the_pause(qtbot, make_window, clerk):
    asked = []

    def search(session, actor, text, limit):
        asked.append(text)
        return []

    window = make_window(clerk, search=search)
    with qtbot.waitSignal(window.search_box.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, "abc")
    assert asked == ["abc"]
    assert "Nothing found" in window.search_box.popup.topLevelItem(0).text(0)


def test_menus_follow_permissions_and_status_bar_says_who(make_window, clerk, admin, db):
    clerk_window = make_window(clerk)
    assert not clerk_window.actions_.menus["admin"].menuAction().isVisible()
    assert "restore" not in clerk_window.actions_.actions and "backup" in clerk_window.actions_.actions
    status = clerk_window.status
    assert "王芳" in status.user.text() and "Clerk" in status.user.text()
    assert "BJ01" in status.branch.text()
    assert db.path.name in status.database.text()
    assert "no server" in status.sync.text()
    clerk_window.set_sync_state(False, 12)
    assert "offline" in status.sync.text() and "12" in status.sync.text()
    clerk_window.set_sync_state(True, 0)
    assert "online" in status.sync.text() and "waiting" not in status.sync.text()

    admin_window = make_window(admin)
    assert admin_window.actions_.menus["admin"].menuAction().isVisible()
    assert {"users", "audit", "restore"} <= set(admin_window.actions_.actions)


def test_geometry_is_remembered(qtbot, make_window, clerk, settings):
    window = make_window(clerk)
    window.resize(700, 520)
    window.close()
    again = make_window(clerk)
    assert (again.width(), again.height()) == (700, 520)


def test_restore_replaces_the_database_and_asks_to_sign_in_again(qtbot, make_window, admin, db, tmp_path):
    from neiqin.core import backup
    from neiqin.core import settings as company

    saved = backup.backup_to(db, tmp_path / "before.db")
    with db.unit_of_work(admin) as uow:
        company.set_setting(uow.session, company.COMPANY_NAME, "改名以后的公司")
    window = make_window(admin)
    with qtbot.waitSignal(window.restart_requested, timeout=5000):
        assert window.restore_backup(saved, confirmed=True)
    with db.read() as session:
        assert company.get_setting(session, company.COMPANY_NAME) == "北京海淀示范贸易有限公司"


def test_restore_of_a_bad_file_changes_nothing(qtbot, make_window, admin, db, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("neiqin.ui.shell_actions.show_exception", lambda parent, error: shown.append(error))
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    window = make_window(admin)
    assert not window.restore_backup(bad, confirmed=True)
    assert shown and shown[0].render()
    from neiqin.core.auth import service as auth

    assert auth.is_set_up(db)


def test_clicking_a_search_result_opens_it(qtbot, make_window, clerk):
    def search(session, actor, text, limit):
        return [SearchHit("orders", "order", "o-7", "SO-BJ01-2026-000007")]

    window = make_window(clerk, [_spec("orders", "Orders")], search=search)
    with qtbot.waitSignal(window.search_box.results_shown, timeout=5000):
        type_text(window.search_box, "SO")
    popup = window.search_box.popup
    hit = popup.topLevelItem(0).child(0)
    popup.itemClicked.emit(hit, 0)
    assert window.module_tab("orders").opened == [("order", "o-7")]


def test_settings_save_the_letterhead_for_an_administrator(qtbot, qapp, db, admin, clerk, settings, monkeypatch):
    from neiqin.core import settings as company
    from neiqin.ui.settings_dialog import FONT_SIZE_KEY, SettingsDialog

    monkeypatch.setattr(qapp, "setFont", lambda font: None)  # keep the other tests' font as it is

    dialog = SettingsDialog(db, admin, settings)
    qtbot.addWidget(dialog)
    assert dialog.company_name.text() == "北京海淀示范贸易有限公司"
    dialog.company_phone.setText("010-66668888")
    dialog.backup_keep.setValue(30)
    dialog.font_size.setValue(12)
    assert dialog.save()
    with db.read() as session:
        assert company.get_setting(session, company.COMPANY_PHONE) == "010-66668888"
        assert company.get_setting(session, company.BACKUP_KEEP) == 30
    assert int(settings.value(FONT_SIZE_KEY)) == 12

    dialog = SettingsDialog(db, admin, settings)
    qtbot.addWidget(dialog)
    dialog.company_name.setText("  ")
    shown = []
    monkeypatch.setattr("neiqin.ui.settings_dialog.show_exception", lambda parent, error: shown.append(error))
    assert not dialog.save()
    assert shown and shown[0].field == "company_name"
    with db.read() as session:
        assert company.get_setting(session, company.COMPANY_NAME) == "北京海淀示范贸易有限公司"

    readonly = SettingsDialog(db, clerk, settings)
    qtbot.addWidget(readonly)
    assert not readonly.company_name.isEnabled() and readonly.font_size.isEnabled()


def test_users_dialog_creates_resets_and_disables(qtbot, db, admin):
    from neiqin.core.auth import service as auth
    from neiqin.ui.users_dialog import NewUserDialog, UsersDialog

    new = NewUserDialog(db, admin)
    qtbot.addWidget(new)
    new.username.setText("intern")
    new.display_name.setText("小刘")
    new.role.setCurrentIndex(new.role.findData("clerk"))
    new.password.setText("short")
    assert not new.create() and "at least" in new.error.text()
    new.password.setText("intern-pass-1")
    assert new.create()
    assert auth.sign_in(db, "intern", "intern-pass-1").display_name == "小刘"

    dialog = UsersDialog(db, admin)
    qtbot.addWidget(dialog)
    row = [u.username for u in dialog.users].index("intern")
    dialog.table.selectRow(row)
    assert dialog.selected().username == "intern"
    assert dialog.set_password(dialog.selected(), "changed-pass-2")
    assert auth.sign_in(db, "intern", "changed-pass-2")
    dialog.toggle_active()
    from neiqin.core.errors import AuthenticationError

    with pytest.raises(AuthenticationError, match="disabled"):
        auth.sign_in(db, "intern", "changed-pass-2")


def test_about_names_the_version_and_the_font_license(qtbot):
    from neiqin import __version__
    from neiqin.ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.title.text()
    text = dialog.licenses.toPlainText()
    assert "Droid Sans Fallback" in text and "Apache License" in text


class SelectingTab(QWidget):
    """Like ModuleTab: `show_record(id)` selects; the one-argument `open_record` opens the editor."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self.editor_opened = False

    def show_record(self, record_id: str) -> bool:
        self.shown.append(record_id)
        return True

    def open_record(self, record_id: str) -> None:
        self.editor_opened = True


def test_records_open_in_tabs_that_only_show_records(make_window, clerk):
    window = make_window(clerk, [TabSpec("customers", "Customers", lambda context: SelectingTab())])
    assert window.open_record("customers", "customer", "c-5")
    tab = window.module_tab("customers")
    assert tab.shown == ["c-5"] and not tab.editor_opened
    assert not window.open_record("archive", "loan", "l-1")  # a module this user cannot see
