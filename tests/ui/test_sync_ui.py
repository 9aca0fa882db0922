"""Sync in the app against a real PostgreSQL server prepared with branch accounts: the Server page
(password in the keychain only, Test connection with each failure in words), background rounds
updating the status bar without freezing the window and never overlapping, and the Conflicts view
whose choices reach every office and mark the conflict resolved on the server."""

from __future__ import annotations

import json
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from neiqin.app.sync_commands import open_client
from neiqin.core.errors import PermissionDenied
from neiqin.core.sync import conflicts
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.conflicts import KEEP_MINE, KEEP_THEIRS, MERGE
from neiqin.core.sync.errors import SyncBusy
from neiqin.core.sync.security import create_branch_account, enable_row_security
from neiqin.core.sync.service import SyncService
from neiqin.core.sync.settings import ServerSettings, load_settings, save_settings
from neiqin.modules.customers.models import Customer
from neiqin.ui.context import UiContext
from neiqin.ui.sync_status import install_sync
from tests.integration import sync_edits as e
from tests.integration.sync_servers import Office, server_database

pytestmark = pytest.mark.server

PASSWORD = "branch-pw-2026"


@pytest.fixture
def server(db):
    """A prepared PostgreSQL server with row-level security and the account of branch BJ01 (the
    template's branch): (admin URL, database name, branch user)."""
    with server_database("postgresql", prepared=True) as admin_url:
        engine = create_engine(admin_url, poolclass=NullPool)
        with engine.begin() as connection:
            name = connection.execute(text("SELECT current_database()")).scalar_one()
            branch = Office.template_branch(db.path)
            enable_row_security(connection, sync_tables())
            user, _password = create_branch_account(connection, "BJ01", branch, PASSWORD)
        engine.dispose()
        yield admin_url, name, user


def branch_url(server) -> str:
    _admin, name, user = server
    return f"postgresql://{user}@127.0.0.1:5432/{name}"


def server_rows(server, sql: str) -> list[dict]:
    engine = create_engine(server[0], poolclass=NullPool)
    with engine.connect() as connection:
        rows = [dict(r._mapping) for r in connection.execute(text(sql))]
    engine.dispose()
    return rows


@pytest.fixture
def synced_window(make_window, db, admin, server, qtbot):
    """Office A: the window on the test database, set up for the server, with its sync controller and
    the app's dashboard (with the shell's sync conflicts source)."""
    from neiqin.app.gui import dashboard_provider

    save_settings(db, ServerSettings(branch_url(server), "prefer", 15), PASSWORD, admin)
    window = make_window(admin, dashboard=dashboard_provider)
    service = SyncService(db, open_client)
    controller = install_sync(window, service)
    controller.first.stop()  # the tests start rounds themselves
    qtbot.waitUntil(lambda: not controller._status_loading, timeout=10000)
    yield window
    window.close()
    window.context.runner.wait(30000)
    service.close()


@pytest.fixture
def office_b(server, template_db, tmp_path):
    path = tmp_path / "b.db"
    path.write_bytes(template_db.read_bytes())
    office = Office(path, branch_url(server).replace("postgresql://", "postgresql+psycopg://"), name="b")
    yield office
    office.close()


def wait_round(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.sync.running and not window.sync._status_loading, timeout=60000)


def round_now(qtbot, window) -> None:
    wait_round(qtbot, window)  # a round started after a resolution ends first
    assert window.sync.sync_now()
    wait_round(qtbot, window)
    assert window.sync_state.problem == ""


# ---------------------------------------------------------------------- settings page

def _fill(page, host="127.0.0.1", port=5432, database="neiqin", user="bj01", tls="prefer", password=""):
    page.host.setText(host)
    page.port.setValue(port)
    page.database.setText(database)
    page.user.setText(user)
    page.tls.setCurrentIndex(page.tls.findData(tls))
    page.password.setText(password)


def test_server_settings_keep_the_password_in_the_keychain_only(qtbot, qapp, db, admin, clerk, settings,
                                                               memory_keyring, monkeypatch, tmp_path):
    from neiqin.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(qapp, "setFont", lambda font: None)
    dialog = SettingsDialog(db, admin, settings)
    qtbot.addWidget(dialog)
    page = dialog.server
    assert page.host.text() == "" and page.kind.currentData() == "postgresql" and page.port.value() == 5432
    _fill(page, "hq.example.com", 5433, "neiqin", "bj01", "require", "Pw-only-in-keychain")
    page.interval.setValue(5)
    assert dialog.save()
    address = "postgresql+psycopg://bj01@hq.example.com:5433/neiqin"
    assert load_settings(db) == ServerSettings(address, "require", 5)
    assert memory_keyring.store[("neiqin", f"sync.password:{address}")] == "Pw-only-in-keychain"
    settings.sync()
    for path in (db.path, tmp_path / "settings.ini"):
        if path.exists():
            assert b"Pw-only-in-keychain" not in path.read_bytes(), path

    again = SettingsDialog(db, admin, settings)
    qtbot.addWidget(again)
    assert (again.server.host.text(), again.server.port.value(), again.server.user.text()) == \
        ("hq.example.com", 5433, "bj01")
    assert again.server.password.text() == "" and "keychain" in again.server.password.placeholderText()
    again.server.database.setText("")  # a half-filled address is refused, the Server page shown
    shown = []
    monkeypatch.setattr("neiqin.ui.settings_dialog.show_exception", lambda parent, error: shown.append(error))
    assert not again.save()
    assert shown[0].field == "database" and again.pages.currentWidget() is again.server
    assert load_settings(db).url == address

    readonly = SettingsDialog(db, clerk, settings)
    qtbot.addWidget(readonly)
    assert not readonly.server.host.isEnabled() and readonly.server.test_button.isEnabled()


def _test(qtbot, page) -> str:
    page.test_connection()
    qtbot.waitUntil(lambda: not page.testing, timeout=30000)
    return page.result.text()


def test_test_connection_says_the_version_or_what_is_wrong(qtbot, db, admin, server):
    from neiqin.ui.server_settings import ServerPage

    admin_url, name, user = server
    page = ServerPage(db, admin)
    qtbot.addWidget(page)
    _fill(page, database=name, user=user, password=PASSWORD)
    assert "Connected" in _test(qtbot, page) and "PostgreSQL" in page.result.text()
    _fill(page, database=name + "x", user=user)
    assert "has no database of that name" in _test(qtbot, page)
    _fill(page, port=1, database=name, user=user)
    assert "cannot be reached" in _test(qtbot, page)
    _fill(page, database=name, user=user, tls="require")  # this server offers no TLS
    assert "secure (TLS) connection" in _test(qtbot, page)
    _fill(page, database=name, user="nobody_here")
    assert "refused the user name or password" in _test(qtbot, page)
    engine = create_engine(admin_url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("UPDATE sync_schema SET protocol_version = protocol_version + 1"))
    engine.dispose()
    _fill(page, database=name, user=user)
    assert "needs a newer Neiqin" in _test(qtbot, page)
    _fill(page, host="", database=name, user=user)
    assert "host name" in _test(qtbot, page)  # checked before anything is tried


def test_a_wrong_password_is_named_by_a_real_server(qtbot, db, admin):
    """PostgreSQL here trusts every local login; MariaDB's root without password refuses a wrong one."""
    from neiqin.ui.server_settings import ServerPage

    with server_database("mariadb", prepared=True) as url:
        page = ServerPage(db, admin)
        qtbot.addWidget(page)
        page.kind.setCurrentIndex(page.kind.findData("mariadb"))
        assert page.port.value() == 3306
        _fill(page, port=3306, database=url.rsplit("/", 1)[1].split("?")[0], user="root", password="wrong")
        assert "refused the user name or password" in _test(qtbot, page)
        page.password.setText("")
        assert "Connected" in _test(qtbot, page) and "MariaDB" in page.result.text()


# ---------------------------------------------------------------------- rounds and status bar

def test_rounds_update_the_status_bar(qtbot, synced_window, server):
    window = synced_window
    controller = window.sync
    assert controller.timer.isActive() and controller.timer.interval() == 15 * 60_000
    assert window.status.sync.text().startswith("Sync: not connected yet")
    round_now(qtbot, window)
    assert window.sync_state.online and window.sync_state.waiting == 0 and window.sync_state.last_sync
    text_now = window.status.sync.text()
    assert "online" in text_now and "last sync" in text_now and "waiting" not in text_now
    e.add_customer(window.context, "C-UI1", "上海东方机电")
    e.add_customer(window.context, "C-UI2", "杭州西湖贸易")
    controller.refresh_status()
    qtbot.waitUntil(lambda: window.sync_state.waiting == 2, timeout=10000)
    assert "2 change(s) waiting" in window.status.sync.text()
    # the timer's rounds send them (interval shortened from the configured minutes)
    controller.timer.setInterval(100)
    qtbot.waitUntil(lambda: controller.rounds >= 2 and not controller.running and window.sync_state.waiting == 0,
                    timeout=60000)
    assert server_rows(server, "SELECT count(*) AS n FROM customer WHERE code LIKE 'C-UI%'")[0]["n"] == 2


def test_the_window_keeps_working_during_a_slow_round_and_rounds_never_overlap(qtbot, synced_window):
    window = synced_window
    controller = window.sync
    service = controller.service
    started, release = threading.Event(), threading.Event()
    made = []

    def slow_client(db):
        client = open_client(db)

        def fault(step):
            if step == "pull:after_server_read" and not release.is_set():
                started.set()
                release.wait(20)
        client.fault = fault
        made.append(client)
        return client

    service._open_client = slow_client
    service.reset()
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(20)
    assert controller.sync_now()
    assert started.wait(30)
    before = len(ticks)
    qtbot.wait(400)  # the event loop runs while the round waits in its worker
    assert len(ticks) - before >= 3
    assert window.sync_state.syncing and "syncing" in window.status.sync.text()
    assert not controller.sync_now() and not controller.sync_now(background=True)
    with pytest.raises(SyncBusy):
        service.run_round()
    release.set()
    wait_round(qtbot, window)
    ticker.stop()
    assert controller.rounds == 1 and len(made) == 1 and window.sync_state.online


def test_a_failed_round_says_why_in_the_status_bar(qtbot, synced_window, db, admin, server):
    window = synced_window
    engine = create_engine(server[0], poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("UPDATE sync_schema SET protocol_version = protocol_version + 1"))
    engine.dispose()
    assert window.sync.sync_now(background=True)
    wait_round(qtbot, window)
    assert window.sync_state.online is True  # reached, but refused
    assert window.status.sync.text().startswith("Sync: failed")
    assert "needs a newer Neiqin" in window.status.sync.toolTip()
    save_settings(db, ServerSettings("postgresql://bj01@127.0.0.1:1/neiqin", "prefer", 15), None, admin)
    window.settings_changed.emit()
    window.sync.first.stop()
    assert window.sync.sync_now(background=True)
    wait_round(qtbot, window)
    assert window.sync_state.online is False
    assert "offline" in window.status.sync.text() and "cannot be reached" in window.status.sync.toolTip()


# ---------------------------------------------------------------------- conflicts

def test_conflicts_are_listed_and_each_choice_reaches_both_offices(qtbot, synced_window, office_b, server, db):
    window = synced_window
    a = window.context
    round_now(qtbot, window)  # A uploads everything once
    office_b.client.sync()
    customer = e.add_customer(a, "C-CF1", "上海东方机电", phone="021-0000", address="上海市", region="华东")
    round_now(qtbot, window)
    office_b.client.sync()
    e.edit(a, Customer, customer, phone="021-1111", address="上海市浦东新区", region="华北")
    e.edit(office_b, Customer, customer, phone="021-2222", address="上海市张江路88号", region="华南")
    round_now(qtbot, window)
    assert office_b.client.sync().conflicts == 3  # B's later edits win provisionally
    round_now(qtbot, window)
    assert window.sync_state.conflicts == 3
    assert not window.status.conflicts.isHidden() and window.status.conflicts.text() == "3 conflict(s)"
    assert e.value(a, Customer, customer, "phone") == "021-2222"

    # the dashboard lists them and opens the Conflicts view on the one activated
    qtbot.waitUntil(lambda: not window.dashboard.loading and "Sync conflicts" in window.dashboard.group_counts(),
                    timeout=10000)
    assert window.dashboard.group_counts()["Sync conflicts"] == 3
    head = next(window.dashboard.tree.topLevelItem(i) for i in range(window.dashboard.tree.topLevelItemCount())
                if window.dashboard.tree.topLevelItem(i).text(0).startswith("Sync conflicts"))
    row = next(head.child(i) for i in range(head.childCount()) if head.child(i).text(1) == "address")
    window.dashboard._activated(row)
    view = window.sync.dialog
    qtbot.waitUntil(lambda: not view.loading and view.table.rowCount() == 3, timeout=10000)
    assert view.current().column == "address"
    cells = {view.table.item(r, 2).text(): [view.table.item(r, c).text() for c in range(8)] for r in range(3)}
    assert cells["phone"][0] == "上海东方机电" and cells["phone"][3:6] == ["021-1111", "021-2222", "Theirs"]
    assert cells["phone"][7] == "this computer and another one"

    def choose(column, choice, merged=None):
        index = next(i for i, c in enumerate(view.conflicts) if c.column == column)
        view.table.selectRow(index)
        assert view.resolve(choice, merged)
        qtbot.waitUntil(lambda: not view.loading and all(c.column != column for c in view.conflicts), timeout=10000)

    choose("phone", KEEP_MINE)
    choose("region", KEEP_THEIRS)
    choose("address", MERGE, "上海市浦东新区张江路88号")
    assert view.table.rowCount() == 0 and view.empty.isVisible()
    assert e.value(a, Customer, customer, "phone") == "021-1111"
    round_now(qtbot, window)
    assert window.sync_state.conflicts == 0 and window.status.conflicts.isHidden()
    office_b.client.sync()
    round_now(qtbot, window)
    for office in (a, office_b):
        assert (e.value(office, Customer, customer, "phone"), e.value(office, Customer, customer, "address"),
                e.value(office, Customer, customer, "region")) == ("021-1111", "上海市浦东新区张江路88号", "华南")
    for client in (window.sync.service._client, office_b.client):
        checks = client.check()
        assert checks and [c.table for c in checks if not c.ok] == []
    assert conflicts.open_conflicts(office_b.db, office_b.actor) == []
    marks = {r["column_name"]: r for r in server_rows(server, "SELECT * FROM sync_conflict")}
    assert {c: (m["resolved_by"] is not None, json.loads(m["resolution"])["choice"]) for c, m in marks.items()} == \
        {"phone": (True, "loser"), "region": (True, "winner"), "address": (True, "merged")}
    assert all(m["resolved_by"] == a.actor.user_id and m["resolved_at"] for m in marks.values())


def test_resolving_needs_the_right(qtbot, db, finance, synced_window, office_b):
    from neiqin.ui.conflicts_view import ConflictsDialog

    window = synced_window
    round_now(qtbot, window)
    office_b.client.sync()
    customer = e.add_customer(window.context, "C-CF2", "杭州西湖贸易", phone="0571-1")
    round_now(qtbot, window)
    office_b.client.sync()
    e.edit(window.context, Customer, customer, phone="0571-2")
    e.edit(office_b, Customer, customer, phone="0571-3")
    round_now(qtbot, window)
    office_b.client.sync()
    round_now(qtbot, window)
    view = ConflictsDialog(UiContext(db=db, actor=finance, runner=window.context.runner))
    qtbot.addWidget(view)
    view.load()
    qtbot.waitUntil(lambda: not view.loading and view.table.rowCount() == 1, timeout=10000)
    assert not view.keep_mine.isEnabled() and "right" in view.keep_mine.toolTip()
    assert not view.resolve(KEEP_MINE)
    with pytest.raises(PermissionDenied):
        conflicts.resolve(db, finance, view.conflicts[0].id, KEEP_MINE)
    assert e.value(window.context, Customer, customer, "phone") == "0571-3"
    assert len(conflicts.open_conflicts(db, window.context.actor)) == 1
