"""The Qt application: font, languages, database, first-run setup, sign-in, main window.

The only place where the window meets the modules: tabs, dashboard and search providers are built
here from the MODULES registry and handed to `MainWindow`."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import traceback
from datetime import date
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from neiqin import APP_ID, APP_NAME, paths
from neiqin.app.database import open_database
from neiqin.core import settings as company
from neiqin.core.auth import service as auth
from neiqin.core.auth.actor import Actor
from neiqin.core.contributions import DashboardItem, SearchHit
from neiqin.core.db.session import Database
from neiqin.core.errors import NeiqinError
from neiqin.modules import all_permissions, contributed, contributions, modules_in_order
from neiqin.ui import messages
from neiqin.ui.context import UiContext
from neiqin.ui.fonts import install_application_font
from neiqin.ui.i18n import Translations, choose_language, translate_error
from neiqin.ui.instance_lock import InstanceLock, open_second_instance
from neiqin.ui.login_dialog import LoginDialog
from neiqin.ui.main_window import MainWindow, TabSpec
from neiqin.ui.settings_dialog import saved_font_size
from neiqin.ui.setup_dialog import SetupDialog
from neiqin.ui.shell_actions import app_icon
from neiqin.ui.sync_status import install_sync
from neiqin.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
EXIT_DATABASE = 2
LAST_USER_KEY = "login/last_user"


# ---------------------------------------------------------------------- what the modules contribute

def _tab_class(dotted: str):
    module_name, _, class_name = dotted.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def _tab_factory(dotted: str, wiring=None):
    return lambda context: _tab_class(dotted)(context, **(wiring(context.actor) if wiring else {}))


def _customers_wiring(actor: Actor) -> dict:
    """The customer view shows the customer's orders when the actor may read orders."""
    if not actor.can("orders.view"):
        return {}
    from neiqin.modules.orders.transactions import customer_transactions

    return {"transactions": customer_transactions}


#: what a tab needs from other modules, handed in here so slices never import each other's ui
def _reports_wiring(actor: Actor) -> dict:
    """The reports tab gets every module's KPIs."""
    from neiqin.app.reporting import reports_wiring

    return reports_wiring(actor)


TAB_WIRING = {"customers": _customers_wiring, "reports": _reports_wiring}


def tab_specs(actor: Actor) -> list[TabSpec]:
    """One tab per registered module the actor may see, in module order."""
    return [TabSpec(module.id, module.title, _tab_factory(module.tab, TAB_WIRING.get(module.id)))
            for module in modules_in_order() if actor.can(module.permission)]


def handover_parts() -> list:
    """What a leaving clerk hands over, from every module that declares it (`HANDOVER`)."""
    return contributed("HANDOVER")


def sync_conflict_items(session, actor: Actor, today: date) -> list[DashboardItem]:
    """The open sync conflicts; each opens the Conflicts view."""
    from neiqin.core.sync.conflicts import dashboard_items

    return dashboard_items(session, actor, today)


#: dashboard items that come from the shell, not from a module: (session, actor, today) ->
#: list[DashboardItem]
SHELL_DASHBOARD_SOURCES: list = [sync_conflict_items]


def dashboard_provider(session, actor: Actor, today: date) -> list[DashboardItem]:
    """Every visible module's dashboard items; one failing module is logged, the rest still show."""
    items: list[DashboardItem] = []
    sources = [(module.id, getattr(contribution, "dashboard_items", None), module.permission)
               for module, contribution in contributions()]
    sources += [(getattr(source, "__name__", "shell"), source, None) for source in SHELL_DASHBOARD_SOURCES]
    for name, collect, permission in sources:
        if collect is None or (permission and not actor.can(permission)):
            continue
        try:
            items.extend(collect(session, actor, today))
        except NeiqinError:
            raise
        except Exception:
            log.exception("dashboard items of %s failed", name)
    return items


def search_provider(session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    hits: list[SearchHit] = []
    for module, contribution in contributions():
        find = getattr(contribution, "search", None)
        if find is None or not actor.can(module.permission):
            continue
        try:
            hits.extend(find(session, actor, text, limit))
        except NeiqinError:
            raise
        except Exception:
            log.exception("search of %s failed", module.id)
    return hits


# ---------------------------------------------------------------------- application set-up

def setup_logging() -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler = RotatingFileHandler(paths.log_dir() / "neiqin.log", maxBytes=2_000_000, backupCount=3,
                                      encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _excepthook(kind, value, tb) -> None:
    """A bug in a slot: log it and say so in words instead of a traceback on the console."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is not None:
        messages.show_exception(QApplication.activeWindow(), value)


def make_application() -> tuple[QApplication, QSettings]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("neiqin.app")
    QCoreApplication.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    if hasattr(app, "setDesktopFileName"):
        app.setDesktopFileName(APP_ID)
    settings = QSettings()
    install_application_font(app, paths.font_path(), saved_font_size(settings))
    return app, settings


def database_path(args) -> Path:
    if getattr(args, "demo", False):
        path = paths.demo_database_path()
        if not path.exists() or path.stat().st_size == 0:
            from neiqin.app.demo import build_demo

            build_demo(path)
        return path
    return Path(args.db) if getattr(args, "db", None) else paths.default_database_path()


def open_or_explain(path_of, parent: QWidget | None = None) -> Database | None:
    """Open the database; a DatabaseError (not SQLite, newer version, unreadable) is shown in words."""
    try:
        return open_database(path_of())
    except NeiqinError as exc:
        text = translate_error(exc)
        print(f"neiqin: {exc.render()}", file=sys.stderr)
        messages.show_error(parent, QCoreApplication.translate("gui", "The database cannot be used.") + "\n\n" + text,
                            f"{type(exc).__name__}: {exc.render()}")
        return None


# ---------------------------------------------------------------------- who is signed in

def demo_note() -> str:
    from neiqin.app.demo import DEMO_PASSWORD, DEMO_USERS

    users = ["admin"] + [name for name in DEMO_USERS]
    return QCoreApplication.translate(
        "gui", "This is the demo database; you are signed in as the clerk. Demo users: {users} — "
               "each with the password {password}.").format(users=", ".join(users), password=DEMO_PASSWORD)


def sign_in(db: Database, settings: QSettings, demo: bool) -> Actor | None:
    """First-run setup when nobody exists, then the sign-in dialog (the demo signs the clerk in)."""
    if not auth.is_set_up(db):
        setup = SetupDialog(db, all_permissions())
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        return setup.actor
    if demo:
        from neiqin.app.demo import DEMO_PASSWORD

        return auth.sign_in(db, "clerk", DEMO_PASSWORD)
    with db.read() as session:
        company_name = company.get_setting(session, company.COMPANY_NAME, "") or ""
    login = LoginDialog(db, company_name, username=str(settings.value(LAST_USER_KEY, "") or ""))
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    settings.setValue(LAST_USER_KEY, login.actor.username)
    return login.actor


def build_window(db: Database, actor: Actor, runner: TaskRunner, translations: Translations | None,
                 settings: QSettings) -> MainWindow:
    from neiqin.app.sync_commands import state_titles

    context = UiContext(db=db, actor=actor, runner=runner, state_titles=state_titles(), handover_parts=handover_parts())
    window = MainWindow(context, tab_specs(actor), dashboard_provider, search_provider, translations, settings)
    from neiqin.core.sync.service import SyncService

    install_sync(window, SyncService(db, open_sync_client, actor))
    return window


def open_sync_client(db: Database):
    """The sync client of the open database (imported when the first round runs)."""
    from neiqin.app.sync_commands import open_client

    return open_client(db)


def start_auto_backup(window: MainWindow) -> None:
    """The daily backup, in the background; skipped when NEIQIN_NO_AUTOBACKUP is set (tests)."""
    if os.environ.get("NEIQIN_NO_AUTOBACKUP"):
        return
    from neiqin.core.backup import auto_backup_if_due, configured_password
    from neiqin.ui.shell_actions import backup_folder

    def done(written) -> None:
        if written:
            window.show_message(QCoreApplication.translate("gui", "Daily backup written: {path}").format(path=written))

    def failed(error: NeiqinError) -> None:
        log.warning("automatic backup failed: %s", error.render())
        window.show_message(QCoreApplication.translate("gui", "The daily backup failed: {reason}")
                            .format(reason=translate_error(error)), 0)

    try:
        password = configured_password()
    except NeiqinError as error:
        failed(error)
        return
    window.context.runner.submit(auto_backup_if_due, window.context.db, backup_folder(window), password=password,
                                 title=QCoreApplication.translate("gui", "Daily backup"), kind="write",
                                 on_done=done, on_error=failed)


# ---------------------------------------------------------------------- run

def run_gui(args) -> int:
    setup_logging()
    app, settings = make_application()
    translations = Translations(app, paths.translations_dir())
    translations.switch(choose_language(getattr(args, "lang", None), settings))
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook
    try:
        if getattr(args, "smoke", False):
            from neiqin.app.smoke import run_smoke

            return run_smoke(args, translations, settings)
        return _run(args, app, translations, settings)
    finally:
        sys.excepthook = previous_hook


def _run(args, app: QApplication, translations: Translations, settings: QSettings) -> int:
    demo = bool(getattr(args, "demo", False))
    while True:
        db = open_or_explain(lambda: database_path(args))
        if db is None:
            return EXIT_DATABASE
        runner = TaskRunner(app)
        lock = InstanceLock(db.path)
        try:
            if not lock.acquire() and not open_second_instance(None, lock.holder()):
                return 0
            try:
                actor = sign_in(db, settings, demo)
            except NeiqinError as exc:
                messages.show_exception(None, exc)
                return 1
            if actor is None:
                return 0
            window = build_window(db, actor, runner, translations, settings)
            restart: list[bool] = []
            window.restart_requested.connect(lambda r=restart, w=window: (r.append(True), w.close()))
            window.show()
            if demo:
                box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, demo_note(), QMessageBox.StandardButton.Ok,
                                  window)
                box.setObjectName("gui.demo_note")
                box.open()
            start_auto_backup(window)
            app.exec()
            if not restart:
                return 0
            demo = False  # after a restore, whoever signs in chooses
        finally:
            runner.shutdown()
            db.dispose()
            lock.release()
