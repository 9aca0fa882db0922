"""`neiqin --smoke`: the real main window on a (temporary) database, every tab opened, a PDF and an
xlsx written; exit 0 when all of it worked. Runs under QT_QPA_PLATFORM=offscreen."""

from __future__ import annotations

import secrets
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from neiqin.app.commands import cli_actor
from neiqin.app.database import open_database
from neiqin.core.auth import service as auth
from neiqin.core.errors import NeiqinError
from neiqin.core.pdf import FormDocument, Letterhead
from neiqin.modules import all_permissions
from neiqin.ui.audit_views import export_report
from neiqin.ui.i18n import Translations
from neiqin.ui.tasks import TaskRunner

SMOKE_COMPANY = auth.SetupData(
    company_name="冒烟测试有限公司", branch_code="SM01", branch_name="测试分公司", admin_username="admin",
    admin_display_name="管理员", admin_password="", company_address="北京市朝阳区测试路1号", company_phone="010-0000 0000",
)


def _fail(text: str) -> int:
    print(f"neiqin --smoke: {text}", file=sys.stderr)
    return 1


def write_test_print(db, path: Path) -> Path:
    """One page with the company letterhead, Chinese text included (the font must embed)."""
    with db.read() as session:
        letterhead = Letterhead.from_session(session)
    doc = FormDocument(path, "打印测试页 Test print", "TEST-0001", letterhead)
    doc.add_paragraph("内勤工作台：订单、客户档案、库存盘点、办公用品、费用报销、会议纪要、档案借阅。")
    doc.add_key_values([("公司", letterhead.company_name), ("地址", letterhead.address), ("电话", letterhead.phone)])
    doc.add_signatures(["经办人", "审核人"])
    return doc.build()


def run_smoke(args, translations: Translations, settings: QSettings) -> int:
    from neiqin.app.gui import build_window

    app = QApplication.instance()
    out = Path(tempfile.mkdtemp(prefix="neiqin-smoke-"))
    path = Path(args.db) if getattr(args, "db", None) else out / "smoke.db"
    try:
        db = open_database(path)
    except NeiqinError as exc:
        print(f"neiqin: {exc.render()}", file=sys.stderr)
        return 2
    runner = TaskRunner(app)
    window = None
    try:
        if not auth.is_set_up(db):
            data = replace(SMOKE_COMPANY, admin_password=secrets.token_urlsafe(12))
            auth.setup_company(db, data, all_permissions())
        actor = cli_actor(db, None)
        window = build_window(db, actor, runner, translations, settings)
        window.show()
        app.processEvents()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
        for spec in window.specs:
            window.module_tab(spec.module_id)
        broken = {module: tab.error for module, tab in window.lazy_tabs.items() if tab.error}
        if broken:
            return _fail("tabs that could not be opened:\n" + "\n".join(f"{m}: {e}" for m, e in broken.items()))
        runner.wait(60000)
        app.processEvents()
        if window.dashboard.error:
            return _fail(f"the dashboard failed: {window.dashboard.error}")
        pdf = write_test_print(db, out / "test-print.pdf")
        xlsx = out / "audit.xlsx"
        rows = export_report(db, actor, {}, xlsx)
        for written in (pdf, xlsx):
            if not written.exists() or written.stat().st_size == 0:
                return _fail(f"{written} was not written")
        print(f"tabs: {window.tabs.count()}  pdf: {pdf.stat().st_size} bytes  xlsx: {xlsx.stat().st_size} bytes "
              f"({rows} audit rows)")
        return 0
    except NeiqinError as exc:
        return _fail(exc.render())
    finally:
        if window is not None:
            window.close()
        runner.shutdown()
        db.dispose()
        shutil.rmtree(out, ignore_errors=True)  # the checked files (and a temporary database)
