"""`neiqin --smoke`: the real main window on a (temporary) database, every tab opened, a PDF and an
xlsx written; exit 0 when all of it worked. Runs under QT_QPA_PLATFORM=offscreen.

    neiqin --smoke                 a new empty database in a temporary folder
    neiqin --smoke --demo          a small demo company made in the temporary folder (the user's
                                   demo database is left alone); prints an order confirmation and
                                   exports the orders list as well
    neiqin --smoke --db FILE       that database, migrated first when an older release made it

The written files go to a temporary folder that is removed at the end, or to $NEIQIN_SMOKE_OUT
(kept, for a look at the PDF). "window shown" is printed as soon as the main window is up (the
frozen app's start-up benchmark waits for that line).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from neiqin.app.commands import cli_actor
from neiqin.app.database import open_database
from neiqin.core.auth import service as auth
from neiqin.core.errors import NeiqinError
from neiqin.modules import all_permissions, contributions
from neiqin.ui.i18n import Translations
from neiqin.ui.tasks import TaskRunner

SMOKE_COMPANY = auth.SetupData(
    company_name="冒烟测试有限公司", branch_code="SM01", branch_name="测试分公司", admin_username="admin",
    admin_display_name="管理员", admin_password="", company_address="北京市朝阳区测试路1号", company_phone="010-0000 0000",
)
#: a demo company small enough to be made in seconds, with orders to print
DEMO_ORDERS, DEMO_CUSTOMERS = 20, 30


def _fail(text: str) -> int:
    print(f"neiqin --smoke: {text}", file=sys.stderr)
    return 1


def write_test_print(db, path: Path) -> Path:
    """One page with the company letterhead, Chinese text included (the font must embed)."""
    from neiqin.core.pdf import FormDocument, Letterhead  # reportlab after the window, as in the app

    with db.read() as session:
        letterhead = Letterhead.from_session(session)
    doc = FormDocument(path, "打印测试页 Test print", "TEST-0001", letterhead)
    doc.add_paragraph("内勤工作台：订单、客户档案、库存盘点、办公用品、费用报销、会议纪要、档案借阅。")
    doc.add_key_values([("公司", letterhead.company_name), ("地址", letterhead.address), ("电话", letterhead.phone)])
    doc.add_signatures(["经办人", "审核人"])
    return doc.build()


def smoke_database(args, work: Path) -> Path:
    """The database the smoke runs on: --db, a demo made in `work` for --demo, else a new one."""
    if getattr(args, "db", None):
        return Path(args.db)
    if getattr(args, "demo", False):
        from neiqin.app.demo import build_demo

        path = work / "demo.db"
        build_demo(path, orders=DEMO_ORDERS, customers=DEMO_CUSTOMERS)
        return path
    return work / "smoke.db"


def _contributed(attribute: str, code: str):
    return next((item for _module, contribution in contributions() for item in getattr(contribution, attribute, ())
                 if item.code == code), None)


def write_order_files(db, actor, out: Path) -> list[Path]:
    """The order confirmation of the first order and the orders list, when there are orders."""
    from neiqin.modules.orders.models import SalesOrder

    with db.read() as session:
        number = session.scalar(select(SalesOrder.number).where(SalesOrder.deleted_at.is_(None))
                                .order_by(SalesOrder.number).limit(1))
    if number is None:
        return []
    with db.unit_of_work(actor) as uow:
        confirmation = _contributed("PRINT_FORMS", "order-confirmation").render(uow, number, out / f"{number}.pdf")
        _contributed("LISTS", "orders").export(uow, out / "orders.xlsx", {})
    return [confirmation, out / "orders.xlsx"]


def run_smoke(args, translations: Translations, settings: QSettings) -> int:
    from neiqin.app.gui import build_window

    app = QApplication.instance()
    work = Path(tempfile.mkdtemp(prefix="neiqin-smoke-"))
    out = Path(os.environ.get("NEIQIN_SMOKE_OUT") or work)
    db = runner = window = None
    try:
        out.mkdir(parents=True, exist_ok=True)
        try:
            db = open_database(smoke_database(args, work))
        except NeiqinError as exc:
            print(f"neiqin: {exc.render()}", file=sys.stderr)
            return 2
        runner = TaskRunner(app)
        if not auth.is_set_up(db):
            data = replace(SMOKE_COMPANY, admin_password=secrets.token_urlsafe(12))
            auth.setup_company(db, data, all_permissions())
        actor = cli_actor(db, None)
        window = build_window(db, actor, runner, translations, settings)
        window.show()
        app.processEvents()
        print("window shown", flush=True)
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
        from neiqin.ui.audit_views import export_report

        pdf = write_test_print(db, out / "test-print.pdf")
        xlsx = out / "audit.xlsx"
        rows = export_report(db, actor, {}, xlsx)
        order_files = write_order_files(db, actor, out)
        if getattr(args, "demo", False) and not order_files:
            return _fail("the demo database has no order to print")
        for written in (pdf, xlsx, *order_files):
            if not written.exists() or written.stat().st_size == 0:
                return _fail(f"{written} was not written")
        print(f"tabs: {window.tabs.count()}  pdf: {pdf.stat().st_size} bytes  xlsx: {xlsx.stat().st_size} bytes "
              f"({rows} audit rows)")
        for written in order_files:
            print(f"{written.name}: {written.stat().st_size} bytes")
        return 0
    except NeiqinError as exc:
        return _fail(exc.render())
    finally:
        if window is not None:
            window.close()
        if runner is not None:
            runner.shutdown()
        if db is not None:
            db.dispose()
        shutil.rmtree(work, ignore_errors=True)  # the temporary database and, without NEIQIN_SMOKE_OUT, the files
