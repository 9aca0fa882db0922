"""What the window tells the clerk about sync beyond the status bar: documents renumbered at this
computer's first sync (papers printed before carry the old number) and a restored database that
now syncs as a new computer; the Conflicts view names document states instead of showing codes."""

from __future__ import annotations

from datetime import UTC, datetime

from neiqin.app.sync_commands import open_client, state_titles
from neiqin.core.sync.conflicts import OpenConflict
from neiqin.core.sync.desks import Registered
from neiqin.core.sync.renumber import Renumbered
from neiqin.core.sync.service import SyncService
from neiqin.modules.orders import statemachine as orders
from neiqin.ui.conflicts_view import ConflictsDialog
from neiqin.ui.context import UiContext
from neiqin.ui.sync_status import RENUMBERED_SHOWN, install_sync


def _controller(make_window, db, admin):
    window = make_window(admin)
    controller = install_sync(window, SyncService(db, open_client, admin))
    controller.first.stop()
    return window, controller


def test_renumbered_documents_are_listed_once_after_the_round(qtbot, make_window, db, admin):
    window, controller = _controller(make_window, db, admin)
    renumbered = [Renumbered("sales_order", f"id-{i}", f"SO-BJ01-2026-{i:07d}", f"SO-BJ01-2026-{2000000 + i:07d}")
                  for i in range(1, RENUMBERED_SHOWN + 4)]
    box = controller.tell_registration(Registered(desk=2, renumbered=renumbered))
    assert box is not None and box.isVisible()
    text = box.text()
    assert "SO-BJ01-2026-0000001  →  SO-BJ01-2026-2000001" in text
    assert f"SO-BJ01-2026-{RENUMBERED_SHOWN:07d}" in text
    assert f"SO-BJ01-2026-{RENUMBERED_SHOWN + 1:07d}" not in text and "3 more" in text
    assert "new computer" not in text
    box.close()


def test_a_restored_database_is_told_and_a_plain_round_says_nothing(qtbot, make_window, db, admin):
    _window, controller = _controller(make_window, db, admin)
    assert controller.tell_registration(None) is None
    assert controller.tell_registration(Registered(desk=1)) is None
    box = controller.tell_registration(Registered(desk=3, replaced="old-client", dropped=4))
    assert "new computer" in box.text() and "→" not in box.text()
    box.close()


def test_state_conflicts_show_state_titles(qtbot, db, admin):
    from neiqin.ui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        view = ConflictsDialog(UiContext(db=db, actor=admin, runner=runner, state_titles=state_titles()))
        qtbot.addWidget(view)
        context, titles = state_titles()["sales_order"]
        conflict = OpenConflict("c1", "sales_order", "r1", "status", "status", orders.SUBMITTED, orders.DISPATCHED,
                                False, True, datetime.now(UTC), "SO-BJ01-2026-0000001", False,
                                state_context=context, state_titles=titles)
        assert view.value_text(conflict, orders.SUBMITTED) == orders.STATES[orders.SUBMITTED] != orders.SUBMITTED
        assert view.value_text(conflict, orders.DISPATCHED) == orders.STATES[orders.DISPATCHED]
        plain = OpenConflict("c2", "customer", "r2", "phone", "field", "1", "2", True, True, None, "", True)
        assert view.value_text(plain, "submitted") == "submitted"  # a field that is no state: as it is
    finally:
        runner.shutdown()
