"""Admin ▸ Hand over a leaving clerk's work: the menu entry only for those with the right, the list
of what moves, one step that moves it (and deactivates the clerk when an administrator asks)."""

from __future__ import annotations

from neiqin.app.gui import handover_parts
from neiqin.core.auth.models import User
from neiqin.modules.orders.models import SalesOrder
from neiqin.ui.context import UiContext
from neiqin.ui.handover_dialog import HandoverDialog
from tests.unit.core.test_handover import work

__all__ = ["work"]  # the fixture of the core tests


def _dialog(qtbot, db, actor, messages, runner):
    context = UiContext(db=db, actor=actor, runner=runner, show_message=messages.append,
                        handover_parts=handover_parts())
    dialog = HandoverDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def _choose(qtbot, dialog, leaving, receiving) -> None:
    dialog.choose(leaving.user_id, receiving.user_id)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)


def _run(qtbot, dialog) -> None:
    assert dialog.run()
    assert not dialog.run()  # one at a time
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)


def test_only_who_may_hand_over_sees_the_entry(make_window, clerk, reviewer):
    assert "handover" not in make_window(clerk).actions_.actions
    assert "handover" in make_window(reviewer).actions_.actions


def test_the_list_then_one_step_moves_everything(qtbot, db, admin, clerk, finance, work, runner):
    messages = []
    dialog = _dialog(qtbot, db, admin, messages, runner)
    _choose(qtbot, dialog, clerk, finance)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows == {"Orders they follow that are not closed": "2", "Customers they look after": "1",
                    "Open action items from meetings": "2"}
    assert clerk.user_id not in [dialog.receiving.itemData(i) for i in range(dialog.receiving.count())]
    assert dialog.deactivate.isVisibleTo(dialog)
    dialog.deactivate.setChecked(True)
    _run(qtbot, dialog)
    assert dialog.moved == {"orders": 2, "customers": 1, "action_items": 2}
    assert messages and "5 record(s)" in messages[0]
    with db.read() as session:
        assert session.get(User, clerk.user_id).active is False
        assert session.get(SalesOrder, work["orders"][0]).salesperson_id == finance.user_id


def test_a_reviewer_hands_over_without_deactivating(qtbot, db, reviewer, clerk, finance, work, runner):
    dialog = _dialog(qtbot, db, reviewer, [], runner)
    assert not dialog.deactivate.isVisibleTo(dialog)  # deactivating needs users.manage
    _choose(qtbot, dialog, clerk, finance)
    _run(qtbot, dialog)
    assert dialog.moved is not None and dialog.result() == dialog.DialogCode.Accepted
    with db.read() as session:
        assert session.get(User, clerk.user_id).active is True
