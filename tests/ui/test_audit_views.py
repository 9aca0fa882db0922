"""Per-record history (masked fields) and the audit report with its .xlsx export."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from neiqin.core import audit
from neiqin.core.auth import service as auth
from neiqin.core.errors import PermissionDenied
from neiqin.modules import all_permissions
from neiqin.ui.audit_views import AuditReport, RecordHistory


def _shown(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _log(db, actor, table, row_id, changes, op="update"):
    with db.unit_of_work(actor) as uow:
        audit.log_event(uow.session, actor, uow.now(), table, row_id, op, changes)


def test_history_lists_changes_and_masks_secrets(qtbot, db, admin):
    with db.unit_of_work(admin) as uow:
        user = auth.create_user(uow, "helper", "临时工", "clerk", "helper-pass-1")
    _log(db, admin, "app_user", user.id, {"display_name": ["临时工", "正式工"], "password_hash": ["h-old", "h-new"]})
    history = RecordHistory(db, admin)
    qtbot.addWidget(history)
    history.show_record("app_user", user.id)
    rows = _shown(history.table)
    texts = "\n".join("\t".join(row) for row in rows)
    assert any(row[3:] == ["display_name", "临时工", "正式工"] for row in rows)
    assert "h-old" not in texts and "h-new" not in texts
    assert any(row[3] == "password_hash" and row[4:] == ["***", "***"] for row in rows)
    assert all(row[1] == "系统管理员" for row in rows)
    assert history.empty.isHidden()


def _revealing_tables():
    """Tables whose confidential fields a permission reveals (declared by the modules)."""
    everything = frozenset(p.code for p in all_permissions())
    hidden_to_nobody = audit.hidden_fields_for(everything)
    return sorted((table, fields) for table, fields in audit.hidden_fields_for(frozenset()).items()
                  if table not in hidden_to_nobody)


def test_confidential_fields_follow_the_permission(qtbot, db, admin, clerk):
    tables = _revealing_tables()
    if not tables:
        pytest.skip("no module declares a confidential field with a permission")
    table, fields = tables[0]
    field = sorted(fields)[0]
    _log(db, admin, table, "row-1", {field: ["100", "200"], "note_free": ["a", "b"]})
    admin_all = admin.__class__(**{**admin.__dict__, "permissions": frozenset(p.code for p in all_permissions())})
    for actor, expected in ((clerk, ["***", "***"]), (admin_all, ["100", "200"])):
        history = RecordHistory(db, actor)
        qtbot.addWidget(history)
        history.show_record(table, "row-1")
        rows = {row[3]: row[4:] for row in _shown(history.table)}
        assert rows[field] == expected
        assert rows["note_free"] == ["a", "b"]


def test_history_of_an_unchanged_record_says_so(qtbot, db, admin):
    history = RecordHistory(db, admin)
    qtbot.addWidget(history)
    history.show_record("app_user", "no-such-row")
    assert history.table.isHidden() and not history.empty.isHidden()
    assert history.empty.text()


def test_report_filters_by_user_table_and_dates_and_exports(qtbot, db, admin, reviewer, tmp_path):
    _log(db, admin, "branch", "b-1", {"name": ["北京", "北京分公司"]})
    _log(db, reviewer, "app_user", "u-1", {"phone": ["1", "2"]})
    report = AuditReport(db, reviewer)
    qtbot.addWidget(report)
    everyone = len(report.changes)
    assert {c.actor_name for c in report.changes} >= {"系统管理员", "李经理"}

    report.user.setCurrentIndex(report.user.findData("reviewer"))
    assert report.changes and {c.actor_name for c in report.changes} == {"李经理"}
    report.table_name.setCurrentIndex(report.table_name.findData("app_user"))
    assert [(c.table_name, c.field, c.new) for c in report.changes if c.op == "update"] == [("app_user", "phone", "2")]

    report.user.setCurrentIndex(0)
    report.table_name.setCurrentIndex(0)
    assert len(report.changes) == everyone
    yesterday = QDate.currentDate().addDays(-1)
    report.until.setDate(yesterday)
    report.since.setDate(yesterday.addDays(-3))
    assert report.changes == []
    assert not report.export_button.isEnabled()

    report.since.setDate(QDate.currentDate())
    report.until.setDate(QDate.currentDate())
    assert len(report.changes) == everyone
    written = report.export(tmp_path / "trail")
    assert written == everyone
    sheet = load_workbook(tmp_path / "trail.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Time", "User") and len(rows) == everyone + 1
    assert ("李经理", "app_user", "u-1") in {(r[1], r[2], r[3]) for r in rows[1:]}


def test_report_needs_the_audit_permission(qtbot, db, clerk):
    with pytest.raises(PermissionDenied):
        AuditReport(db, clerk)


def test_export_runs_in_the_background(qtbot, db, admin, tmp_path, monkeypatch):
    from neiqin.ui.tasks import TaskRunner

    runner = TaskRunner()
    report = AuditReport(db, admin, runner)
    qtbot.addWidget(report)
    target = tmp_path / "background.xlsx"
    monkeypatch.setattr("neiqin.ui.audit_views.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    report.ask_export()
    qtbot.waitUntil(lambda: report.export_button.isEnabled(), timeout=10000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == len(report.changes) + 1
    assert str(len(report.changes)) in report.count.text()
    runner.shutdown()


def test_history_as_a_detail_pane_sub_tab(qtbot, db, admin):
    from neiqin.ui.audit_views import TableHistory
    from neiqin.ui.detail_pane import DetailPane

    _log(db, admin, "branch", "b-9", {"phone": ["1", "2"]})
    pane = DetailPane()
    qtbot.addWidget(pane)
    history = TableHistory(db, admin, "branch")
    pane.add_tab("History", history)
    pane.show_record("b-9")
    assert [(c.field, c.old, c.new) for c in history.changes] == [("phone", "1", "2")]
    pane.show_record(None)
    assert history.changes == []
