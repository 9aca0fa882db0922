"""Compare with the server, in the app: a round, then every table's rows and checksum here and on
the server; a table changed on the server behind the sync's back is shown as different (first),
the others as the same; without a server the menu entry says so and opens nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from neiqin.app.sync_commands import open_client
from neiqin.core.sync.service import SyncService
from neiqin.modules.customers.models import Customer
from neiqin.ui.audit_views import table_title
from neiqin.ui.sync_status import install_sync
from tests.integration import sync_edits as e
from tests.ui.test_sync_ui import office_b, round_now, server, synced_window

pytestmark = pytest.mark.server
__all__ = ["office_b", "server", "synced_window"]  # fixtures shared with the sync UI tests


def _compare(qtbot, window):
    dialog = window.sync.open_check()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.error == ""
    return dialog


def _rows(dialog) -> dict[str, tuple[str, ...]]:
    return {dialog.table.item(r, 0).text(): tuple(dialog.table.item(r, c).text() for c in range(1, 6))
            for r in range(dialog.table.rowCount())}


def test_the_same_everywhere_then_a_table_changed_behind_syncs_back(qtbot, synced_window, office_b, server):
    window = synced_window
    customer = e.add_customer(window.context, "C-CK", "厦门鹭江商贸", phone="0592-1")
    round_now(qtbot, window)
    office_b.client.sync()

    dialog = _compare(qtbot, window)
    rows = _rows(dialog)
    report = dialog.report
    assert report.tables and report.differing == [] and report.waiting == 0
    assert rows[table_title("customer")][-1] == "Same"
    here, there = rows[table_title("customer")][0], rows[table_title("customer")][1]
    assert here == there and int(here.replace(",", "")) >= 1
    assert "are the same" in dialog.summary.text()

    engine = create_engine(server[0], poolclass=NullPool)  # an edit on the server outside sync
    with engine.begin() as connection:
        connection.execute(text("UPDATE customer SET phone = '0592-9' WHERE id = :id"), {"id": customer})
    engine.dispose()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert [t.table for t in dialog.report.differing] == ["customer"]
    assert dialog.table.item(0, 0).text() == table_title("customer") and dialog.table.item(0, 5).text() == "Different"
    assert "1 table(s) differ" in dialog.summary.text()
    assert e.value(window.context, Customer, customer, "phone") == "0592-1"  # comparing changes nothing here


def test_without_a_server_nothing_is_compared(qtbot, make_window, db, admin):
    window = make_window(admin)
    controller = install_sync(window, SyncService(db, open_client, admin))
    controller.first.stop()
    qtbot.waitUntil(lambda: not controller._status_loading, timeout=10000)
    assert controller.open_check() is None and controller.check_dialog is None
