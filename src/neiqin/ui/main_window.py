"""The main window: the work dashboard first, then one tab per module the actor may see; global
search in the toolbar; menus; status bar. It knows modules only as `TabSpec`s handed in by the
composition root (neiqin.ui never imports neiqin.modules)."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPageSetupDialog, QPrinter
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QToolBar, QVBoxLayout, QWidget

from neiqin.core.contributions import SearchHit
from neiqin.core.errors import NeiqinError
from neiqin.ui import shell_actions
from neiqin.ui.context import UiContext
from neiqin.ui.dashboard import DashboardProvider, DashboardView
from neiqin.ui.global_search import GlobalSearchBox
from neiqin.ui.i18n import LANGUAGES, SETTINGS_KEY, Translations
from neiqin.ui.messages import describe, show_error, show_exception
from neiqin.ui.sync_status import SyncState

log = logging.getLogger(__name__)

SearchProvider = Callable[..., list[SearchHit]]  # (session, actor, text, limit) -> hits
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class TabSpec:
    """One module tab: `title` is the untranslated title (context "modules"); `factory(context)`
    builds the tab widget the first time the tab is shown."""

    module_id: str
    title: str
    factory: Callable[[UiContext], QWidget]


def _positional_count(method) -> int:
    try:
        parameters = inspect.signature(method).parameters.values()
    except (TypeError, ValueError):
        return 0
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters)


def navigate(tab: QWidget, kind: str, record_id: str) -> None:
    """Show a record in a module tab: `open_record(kind, record_id)` when the tab has it; else
    `show_record(record_id)` (the ModuleTab way: select it in the list and the detail pane), since
    ModuleTab's one-argument `open_record` means "open the selected record's editor"."""
    opener = getattr(tab, "open_record", None)
    if callable(opener) and _positional_count(opener) >= 2:
        opener(kind, record_id)
        return
    shower = getattr(tab, "show_record", None)
    if callable(shower):
        shower(record_id)


class _LazyTab(QWidget):
    """Holds a module tab that is built when first shown, so start-up does not pay for every tab."""

    def __init__(self, spec: TabSpec) -> None:
        super().__init__()
        self.spec = spec
        self.widget: QWidget | None = None
        self.error = ""  # why the tab could not be built, for the log and `--smoke`
        self.setObjectName(f"tab.{spec.module_id}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self, context: UiContext) -> QWidget:
        if self.widget is None:
            try:
                self.widget = self.spec.factory(context)
            except Exception as exc:  # one broken module must not take the window down
                text, details = describe(exc)
                self.error = details
                log.error("the %s tab could not be built: %s\n%s", self.spec.module_id, text, details)
                self.widget = QLabel(QCoreApplication.translate("MainWindow", "This tab could not be opened: {reason}")
                                     .format(reason=text))
                self.widget.setObjectName(f"tab.{self.spec.module_id}.error")
                self.widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.widget.setWordWrap(True)
            self._layout.addWidget(self.widget)
        return self.widget


class MainWindow(QMainWindow):
    """`restart_requested` is emitted after a restore: the composition root reopens the database and
    asks for the sign-in again."""

    restart_requested = Signal()
    #: File ▸ Settings was saved (the sync controller re-reads the server settings)
    settings_changed = Signal()

    def __init__(self, context: UiContext, modules: list[TabSpec], dashboard_provider: DashboardProvider,
                 search_provider: SearchProvider, translations: Translations | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.specs = list(modules)
        self.translations = translations
        self.settings = settings or QSettings()
        self._printer: QPrinter | None = None
        self._search_provider = search_provider
        self.sync_state = SyncState()
        self.sync = None  # the SyncController, when the composition root installs one
        #: module id → open(kind, record_id) for records that live outside the module tabs (sync conflicts)
        self.record_openers: dict[str, Callable[[str, str], None]] = {}
        context.open_record = self.open_record
        context.show_message = self.show_message
        context.runner.task_failed.connect(lambda _task, error: show_exception(self, error))
        self.setObjectName("main")
        icon = shell_actions.app_icon()
        if not icon.isNull():
            self.setWindowIcon(icon)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("main.tabs")
        self.tabs.setDocumentMode(True)
        self.dashboard = DashboardView(context, dashboard_provider, self.open_record)
        self.tabs.addTab(self.dashboard, "")
        self.lazy_tabs: dict[str, _LazyTab] = {}
        for spec in self.specs:
            holder = _LazyTab(spec)
            self.lazy_tabs[spec.module_id] = holder
            self.tabs.addTab(holder, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.search_box = GlobalSearchBox(self._search, context.runner, self.module_title)
        self.search_box.open_requested.connect(self.open_record)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main.toolbar")
        self.toolbar.setMovable(False)
        self.search_box.setMaximumWidth(520)
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)

        self.actions_ = shell_actions.build_menus(self)
        self.status = shell_actions.build_status_bar(self)
        self.retranslate()
        self._restore_geometry()
        self.dashboard.refresh()

    # ------------------------------------------------------------------ tabs and records

    def module_title(self, module_id: str) -> str:
        for spec in self.specs:
            if spec.module_id == module_id:
                return QCoreApplication.translate("modules", spec.title)
        return module_id

    def _tab_changed(self, index: int) -> None:
        holder = self.tabs.widget(index)
        if isinstance(holder, _LazyTab):
            holder.build(self.context)
        elif holder is self.dashboard:
            self.dashboard.refresh()  # back from a module tab: show what changed there

    def module_tab(self, module_id: str) -> QWidget | None:
        """The module's tab widget, built if needed; None when the actor cannot see the module."""
        holder = self.lazy_tabs.get(module_id)
        return holder.build(self.context) if holder else None

    def open_record(self, module_id: str, kind: str, record_id: str) -> bool:
        if module_id in self.record_openers:
            self.record_openers[module_id](kind, record_id)
            return True
        holder = self.lazy_tabs.get(module_id)
        if holder is None:
            self.show_message(self.tr("You cannot open records of this module."))
            return False
        self.tabs.setCurrentWidget(holder)
        widget = holder.build(self.context)
        try:
            navigate(widget, kind, record_id)
        except NeiqinError as exc:
            show_exception(self, exc)
            return False
        return True

    def set_sync_state(self, online: bool | None, waiting: int = 0) -> None:
        """Online/offline (None: no server set up) and changes not yet sent."""
        self.show_sync(SyncState(configured=online is not None, online=online, waiting=waiting))

    def show_sync(self, state: SyncState) -> None:
        self.sync_state = state
        shell_actions.show_sync_state(self, state)

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _search(self, text: str) -> list[SearchHit]:
        with self.context.db.read() as session:
            return list(self._search_provider(session, self.context.actor, text, SEARCH_LIMIT))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # ------------------------------------------------------------------ language

    def switch_language(self, language: str) -> None:
        if self.translations is None or language not in LANGUAGES:
            return
        self.translations.switch(language)
        self.settings.setValue(SETTINGS_KEY, language)
        for code, action in self.actions_.languages.items():
            action.setChecked(code == language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Neiqin — {company}").format(company=self._company_name()))
        self.tabs.setTabText(0, self.tr("Work dashboard"))
        for index, spec in enumerate(self.specs, start=1):
            self.tabs.setTabText(index, QCoreApplication.translate("modules", spec.title))
        shell_actions.retranslate_menus(self)
        shell_actions.retranslate_status(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _company_name(self) -> str:
        from neiqin.core import settings as company

        try:
            with self.context.db.read() as session:
                return company.get_setting(session, company.COMPANY_NAME, "") or ""
        except Exception:  # the title is cosmetic; the status bar shows the real problem
            return ""

    # ------------------------------------------------------------------ File menu

    def backup_now(self) -> None:
        shell_actions.backup_now(self)

    def restore_backup(self, path: Path | None = None, confirmed: bool = False) -> bool:
        return shell_actions.restore_backup(self, path, confirmed)

    def open_settings(self) -> None:
        from neiqin.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context.db, self.context.actor, self.settings, self, runner=self.context.runner)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.settings_changed.emit()
        self.retranslate()

    @property
    def printer(self) -> QPrinter:
        """The page setup chosen in File ▸ Print setup (made on first use: asking the system for
        printers can take a moment)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def print_setup(self) -> None:
        QPageSetupDialog(self.printer, self).exec()

    # ------------------------------------------------------------------ Admin and Help

    def open_users(self) -> None:
        from neiqin.ui.users_dialog import UsersDialog

        UsersDialog(self.context.db, self.context.actor, self).exec()

    def open_handover(self):
        from neiqin.ui.handover_dialog import HandoverDialog

        dialog = HandoverDialog(self.context, self)
        dialog.open()
        return dialog

    def open_audit(self) -> None:
        from neiqin.ui.audit_views import AuditReport

        try:
            AuditReport(self.context.db, self.context.actor, self.context.runner, self).exec()
        except NeiqinError as exc:
            show_exception(self, exc)

    def open_about(self) -> None:
        from neiqin.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # ------------------------------------------------------------------ geometry

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = self.settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        self.search_box.popup.hide()
        self.dashboard.timer.stop()
        super().closeEvent(event)

    def report_error(self, text: str, details: str = "") -> None:
        show_error(self, text, details)

