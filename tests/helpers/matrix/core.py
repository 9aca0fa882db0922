"""The actions outside the business slices: users (core.auth), sync settings and conflicts, reports,
the audit trail view, and the command line's backup, restore and audit (on a copy of the world)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from neiqin.__main__ import build_parser
from neiqin.app import open_database
from neiqin.app.gui import handover_parts
from neiqin.app.reporting import collect_kpis
from neiqin.core.errors import NotFound, PermissionDenied
from neiqin.core.sync.settings import ServerSettings
from neiqin.modules.reports.periods import parse_period
from neiqin.modules.reports.service import kpi_report, sales_report
from tests.helpers.matrix.fingerprint import Fingerprint
from tests.helpers.matrix.table import act


def _copy(c) -> Path:
    """The world's database copied (with sqlite's online backup) for a function that opens it
    itself; the acting user's role there holds exactly the permissions of the actor under test."""
    target = c.inputs / "copy.db"
    source, copy = sqlite3.connect(c.uow.db.path), sqlite3.connect(target)
    with copy:
        source.backup(copy)
        copy.execute("UPDATE role SET permissions = ? WHERE code = ?",
                     (json.dumps(sorted(c.actor.permissions)), c.actor.role))
    source.close()
    copy.close()
    return target


def _cli(*argv: str):
    def run(f, c):
        return f(build_parser().parse_args([argv[0], "--db", str(_copy(c)), "--user", c.actor.username,
                                            *(a.replace("{out}", str(c.out)) for a in argv[1:])]))
    return run


def _restore(f, c):
    """Restore a backup of the copy over the copy, once marked (user_version) so a restore shows;
    a refusal leaves the mark and every row (the settings row each opening rewrites aside)."""
    target = _copy(c)
    backup = c.inputs / "backup.db"
    source, copy = sqlite3.connect(target), sqlite3.connect(backup)
    source.backup(copy)
    copy.close()
    source.execute("PRAGMA user_version = 4242")
    source.close()
    open_database(target).dispose()  # what opening does anyway (roles in step with the permissions)
    fingerprint = Fingerprint(target)
    before = fingerprint.content(skip=("setting",))
    try:
        return f(build_parser().parse_args(["restore", str(backup), "--db", str(target), "--user", c.actor.username]))
    except PermissionDenied:
        assert fingerprint.raw.execute("PRAGMA user_version").fetchone()[0] == 4242, "a refused restore restored"
        assert fingerprint.content(skip=("setting",)) == before, "a refused restore changed the database"
        raise
    finally:
        fingerprint.close()


def _own_db(run):
    """For a function that opens its own unit of work: run it on a copy of the world; a refusal
    leaves the copy as it was."""
    def wrapped(f, c):
        db = open_database(_copy(c))
        fingerprint = Fingerprint(db.path)
        version, rows = fingerprint.version(), fingerprint.counts()
        try:
            return run(f, c, db)
        except PermissionDenied:
            assert (fingerprint.version(), fingerprint.counts()) == (version, rows), "a refusal changed the copy"
            raise
        finally:
            fingerprint.close()
            db.dispose()
    return wrapped


def _month():
    return parse_period("monthly", date.today().strftime("%Y-%m"))


SPECS = collect_kpis()
ACTIONS = [
    act("core.auth.service.create_user", "users.manage",
        lambda f, c: f(c.uow, "newclerk", "陈静", "clerk", "user-pass-9", "销售部")),
    act("core.auth.service.change_password:someone else's", "users.manage",
        lambda f, c: f(c.uow, c.w.staff_id, None, "changed-pass-1")),
    act("core.auth.service.set_active", "users.manage", lambda f, c: f(c.uow, c.w.staff_id, False)),
    act("reports.sales.sales_report", "reports.view", lambda f, c: f(c.session, c.actor, _month())),
    act("reports.kpi.kpi_report", "reports.view", lambda f, c: f(c.session, c.actor, SPECS, _month())),
    act("reports.kpi.kpi_report:every clerk", "reports.kpi.all", lambda f, c: [
        row for row in f(c.session, c.actor, SPECS, _month()).clerks if row.clerk_id not in (None, c.actor.user_id)],
        empty_is_refusal=True),  # without the right, a clerk sees their own row only
    act("reports.kpi.set_targets", "reports.targets", lambda f, c: f(c.uow, SPECS, {SPECS[0].code: 90})),
    act("reports.service.write_sales", "reports.view", lambda f, c: f(
        c.session, c.actor, sales_report(c.session, c.admin, _month()), c.uow.db.path, c.file("sales.pdf"),
        c.file("sales.xlsx"))),
    act("reports.service.write_kpis", "reports.view", lambda f, c: f(
        c.session, c.actor, kpi_report(c.session, c.admin, SPECS, _month()), c.uow.db.path, c.file("kpi.pdf"),
        c.file("kpi.xlsx"))),
    act("ui.audit_views.read_report", "audit.view", lambda f, c: f(c.uow.db, c.actor, {}, 5000)),
    act("ui.audit_views.export_report", "audit.view", lambda f, c: f(c.uow.db, c.actor, {}, c.file("audit.xlsx"))),
    act("core.handover.plan", "handover.run", lambda f, c: f(c.session, c.actor, handover_parts(), c.w.clerk_id)),
    act("core.handover.run", "handover.run", lambda f, c: f(c.uow, handover_parts(), c.w.clerk_id, c.w.staff_id)),
    act("core.settings.save_company", "settings.manage", lambda f, c: f(c.uow, "新名称贸易有限公司", "", "", 14)),
    act("core.sync.settings.save_settings", "settings.manage",
        _own_db(lambda f, c, db: f(db, ServerSettings(url=""), None, c.actor))),
    act("core.sync.conflicts.resolve", "sync.resolve", lambda f, c: f(c.uow.db, c.actor, "00000000", "mine"),
        passed=(NotFound,)),  # the world has no sync set up: past the check, there is no such conflict
    act("app.commands.cmd_backup", "backup.run", _cli("backup", "--out", "{out}/backup.db")),
    act("app.commands.cmd_restore", "backup.restore", _restore),
    act("app.commands.cmd_audit", "audit.view", _cli("audit", "--limit", "20")),
    act("app.commands.cmd_audit_verify", "audit.view", _cli("audit", "verify")),
]
