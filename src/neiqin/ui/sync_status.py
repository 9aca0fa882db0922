"""Sync in the window: the status-bar slot (no server / online / offline / syncing…, changes waiting,
last sync, conflicts), File ▸ Sync now and the toolbar button, and a round every N minutes.

A round runs in the task runner's pool with its own connections (`SyncService.run_round`), never
two at once: a tick or a click while one runs is skipped. A failed background round only changes
the status bar (offline, the reason in its tooltip); a round the person asked for also says why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.core.sync.errors import NotConfigured, ServerUnreachable, SyncBusy, SyncError, TlsFailure
from neiqin.ui.formats import format_datetime
from neiqin.ui.i18n import translate_error
from neiqin.ui.tasks import show_task_error

if TYPE_CHECKING:
    from neiqin.core.sync.service import RoundReport, SyncService, SyncStatus
    from neiqin.ui.main_window import MainWindow

#: the first round after the window opens or the settings change
FIRST_ROUND_MS = 1500
SYNC_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Sync")


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows."""

    configured: bool = False
    #: the last round reached the server (None: no round yet); a refusal (password, version) still
    #: counts as reached, with `problem` saying why nothing was synced
    online: bool | None = None
    syncing: bool = False
    waiting: int = 0
    conflicts: int = 0
    last_sync: datetime | None = None
    #: why the last round failed, in the current language
    problem: str = ""


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _time(moment: datetime) -> str:
    local = moment.astimezone()
    return local.strftime("%H:%M") if local.date() == datetime.now().astimezone().date() else format_datetime(moment)


def conflicts_button() -> QToolButton:
    button = QToolButton()
    button.setObjectName("main.status.conflicts")
    button.setAutoRaise(True)
    button.setVisible(False)
    return button


def show_state(label: QLabel, conflicts: QToolButton, state: SyncState) -> None:
    """Fill the status bar's sync slot and conflicts button."""
    if not state.configured:
        label.setText(_t(QT_TRANSLATE_NOOP("MainWindow", "Sync: no server")))
        label.setToolTip(_t(QT_TRANSLATE_NOOP(
            "MainWindow", "No sync server is set up: everything is kept in this database only.")))
    else:
        if state.syncing:
            word = _t(QT_TRANSLATE_NOOP("MainWindow", "syncing…"))
        elif state.online is None:
            word = _t(QT_TRANSLATE_NOOP("MainWindow", "not connected yet"))
        elif not state.online:
            word = _t(QT_TRANSLATE_NOOP("MainWindow", "offline"))
        elif state.problem:
            word = _t(QT_TRANSLATE_NOOP("MainWindow", "failed"))
        else:
            word = _t(QT_TRANSLATE_NOOP("MainWindow", "online"))
        parts = [_t(QT_TRANSLATE_NOOP("MainWindow", "Sync: {state}")).format(state=word)]
        if state.waiting:
            parts.append(_t(QT_TRANSLATE_NOOP("MainWindow", "{count} change(s) waiting")).format(count=state.waiting))
        if state.last_sync:
            parts.append(_t(QT_TRANSLATE_NOOP("MainWindow", "last sync {time}")).format(time=_time(state.last_sync)))
        label.setText(" · ".join(parts))
        tips = [state.problem] if state.problem else []
        if state.last_sync:
            tips.append(_t(QT_TRANSLATE_NOOP("MainWindow", "Last whole sync: {time}")).format(
                time=format_datetime(state.last_sync)))
        label.setToolTip("\n".join(tips))
    conflicts.setText(_t(QT_TRANSLATE_NOOP("MainWindow", "{count} conflict(s)")).format(count=state.conflicts))
    conflicts.setToolTip(_t(QT_TRANSLATE_NOOP("MainWindow", "Two computers changed the same field: open the "
                                                            "Conflicts view to keep one value or merge them.")))
    conflicts.setVisible(state.conflicts > 0)


#: renumbered documents listed in the notice after a first sync (the rest are counted)
RENUMBERED_SHOWN = 20


class SyncController(QObject):
    """Drives `service` for `window`: timer, Sync now, status bar, Conflicts view."""

    def __init__(self, window: MainWindow, service: SyncService) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.rounds = 0  # rounds started (tests, support)
        self._asked = False  # the running round was asked for by a person
        self._status_loading = False
        self.dialog = None
        self.registration_box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("sync.timer")
        self.timer.timeout.connect(lambda: self.sync_now(background=True))
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(lambda: self.sync_now(background=True))
        self.sync_action = QAction(window)
        self.sync_action.setObjectName("main.sync_now")
        self.sync_action.triggered.connect(lambda: self.sync_now())
        self.conflicts_action = QAction(window)
        self.conflicts_action.setObjectName("main.sync_conflicts")
        self.conflicts_action.triggered.connect(lambda: self.open_conflicts())
        self.check_action = QAction(window)
        self.check_action.setObjectName("main.sync_check")
        self.check_action.triggered.connect(lambda: self.open_check())
        self.check_dialog = None
        menu = window.actions_.menus["file"]
        before = window.actions_.actions.get("settings")
        ours = [self.sync_action, self.conflicts_action, self.check_action]
        if before is not None:
            menu.insertActions(before, ours)
        else:
            menu.addActions(ours)
        window.toolbar.addAction(self.sync_action)
        window.status.conflicts.clicked.connect(lambda: self.open_conflicts())
        window.record_openers["sync"] = lambda _kind, conflict_id: self.open_conflicts(conflict_id)
        window.settings_changed.connect(self.reload)
        window.installEventFilter(self)
        self.retranslate()

    # ------------------------------------------------------------------ state

    @property
    def state(self) -> SyncState:
        return self.window.sync_state

    def _show(self, **changes) -> None:
        self.window.show_sync(replace(self.state, **changes))

    def _apply_status(self, status: SyncStatus) -> None:
        self._show(configured=status.configured, waiting=status.waiting, conflicts=status.conflicts,
                   last_sync=status.last_sync)

    def refresh_status(self) -> None:
        """Re-read the counts (changes waiting, conflicts, last sync) in the background."""
        if self._status_loading:
            return
        self._status_loading = True

        def done(status: SyncStatus) -> None:
            self._status_loading = False
            self._apply_status(status)

        def failed(error: NeiqinError) -> None:
            self._status_loading = False
            self._show(problem=translate_error(error))

        self.window.context.runner.submit(self.service.status, title=_t(SYNC_TITLE), kind="read", on_done=done,
                                          on_error=failed)

    def start(self) -> None:
        """Read the settings; when a server is set up, sync shortly and then every N minutes."""
        settings = self.service.settings()
        self.timer.stop()
        self.first.stop()
        self._show(configured=settings.configured, online=None if settings.configured else self.state.online,
                   problem="")
        self.refresh_status()
        if settings.configured:
            self.timer.start(settings.interval_minutes * 60_000)
            self.first.start(FIRST_ROUND_MS)

    def reload(self) -> None:
        """The settings may have changed: a new client for the next round, the new interval."""
        self.service.reset()
        self.start()

    # ------------------------------------------------------------------ rounds

    @property
    def running(self) -> bool:
        return self.state.syncing

    def sync_now(self, background: bool = False) -> bool:
        """Start a round; False when none was started (one is running, or no server is set up)."""
        if self.running:
            if not background:
                self.window.show_message(_t(QT_TRANSLATE_NOOP("MainWindow", "A sync is already running.")))
            return False
        if not self.state.configured:
            if not background:
                self.window.show_message(_t(QT_TRANSLATE_NOOP(
                    "MainWindow", "No sync server is set up. An administrator enters it in File ▸ Settings ▸ "
                                  "Server.")))
            return False
        self.rounds += 1
        self._asked = not background
        self._show(syncing=True)
        self.sync_action.setEnabled(False)
        self.window.context.runner.submit(self.service.run_round, title=_t(SYNC_TITLE), kind="read",
                                          on_done=self._round_done, on_error=self._round_failed)
        return True

    def _round_done(self, report: RoundReport) -> None:
        self.sync_action.setEnabled(True)
        self._show(syncing=False, online=True, problem="")
        self._apply_status(report.status)
        result = report.result
        if result.pulled or result.resolved:
            self.window.dashboard.refresh()
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.load()
        self.tell_registration(result.registered)
        if self._asked or result.pulled or result.conflicts:
            self.window.show_message(_t(QT_TRANSLATE_NOOP(
                "MainWindow", "Sync: {sent} change(s) sent, {received} received, {conflicts} new conflict(s).")).format(
                sent=result.pushed, received=result.pulled, conflicts=result.conflicts))

    def tell_registration(self, registered) -> QMessageBox | None:
        """Tell the clerk once what the first sync of this computer changed: documents made here
        before it had its own number block got new numbers (papers printed before carry the old
        ones), or a restored or copied database now syncs as a new computer."""
        if registered is None or not (registered.renumbered or registered.replaced):
            return None
        lines = []
        if registered.replaced:
            lines.append(_t(QT_TRANSLATE_NOOP(
                "MainWindow", "This database was restored from a backup or copied from another computer: it now "
                              "syncs as a new computer. Nothing was lost; changes the server already had were not "
                              "sent again.")))
        if registered.renumbered:
            lines.append(_t(QT_TRANSLATE_NOOP(
                "MainWindow", "These documents were made here before this computer had its own number range and "
                              "got new numbers. Papers printed before still show the old number; print them again "
                              "or note the new one on them:")))
            shown = registered.renumbered[:RENUMBERED_SHOWN]
            lines.extend(f"    {item.old}  →  {item.new}" for item in shown)
            if len(registered.renumbered) > len(shown):
                lines.append(_t(QT_TRANSLATE_NOOP("MainWindow", "…and {count} more (each record's history shows "
                                                                "its old number).")).format(
                    count=len(registered.renumbered) - len(shown)))
        box = QMessageBox(QMessageBox.Icon.Information, _t(SYNC_TITLE), "\n".join(lines),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("sync.registration")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the work: the round is over, the clerk reads it when they like
        self.registration_box = box
        return box

    def _round_failed(self, error: NeiqinError) -> None:
        self.sync_action.setEnabled(True)
        if isinstance(error, SyncBusy):
            self._show(syncing=False)
            return
        if isinstance(error, ServerUnreachable | TlsFailure):
            online = False
        elif isinstance(error, SyncError) and not isinstance(error, NotConfigured):
            online = True  # the server answered and refused (password, version, a bad change)
        else:
            online = self.state.online  # failed here (keychain, local database): nothing learnt
        self._show(syncing=False, online=online, problem=translate_error(error))
        self.refresh_status()
        if self._asked:
            show_task_error(self.window, error, _t(SYNC_TITLE))

    # ------------------------------------------------------------------ conflicts

    def open_conflicts(self, conflict_id: str | None = None):
        """The Conflicts view (one at a time), with `conflict_id` selected when given."""
        from neiqin.ui.conflicts_view import ConflictsDialog

        if self.dialog is None:
            self.dialog = ConflictsDialog(self.window.context, self.window)
            self.dialog.resolved.connect(self._after_resolve)
        self.dialog.load(select=conflict_id)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def open_check(self):
        """Compare with the server (one window at a time; a comparison starts when it opens)."""
        if not self.state.configured:
            self.sync_now()  # says that no server is set up
            return None
        from neiqin.ui.sync_check import SyncCheckDialog

        if self.check_dialog is None:
            self.check_dialog = SyncCheckDialog(self.window.context, self.service, self.window)
            self.check_dialog.checked.connect(lambda report: self._round_done(report.round))
        self.check_dialog.show()
        self.check_dialog.raise_()
        self.check_dialog.start()
        return self.check_dialog

    def _after_resolve(self) -> None:
        self.refresh_status()
        self.window.dashboard.refresh()
        if self.state.online:
            self.sync_now(background=True)  # the resolution reaches the other offices now

    # ------------------------------------------------------------------ window

    def retranslate(self) -> None:
        self.sync_action.setText(_t(QT_TRANSLATE_NOOP("MainWindow", "Sync now")))
        self.sync_action.setToolTip(_t(QT_TRANSLATE_NOOP(
            "MainWindow", "Send this office's changes to the server and fetch the other offices' changes")))
        self.conflicts_action.setText(_t(QT_TRANSLATE_NOOP("MainWindow", "Sync conflicts…")))
        self.check_action.setText(_t(QT_TRANSLATE_NOOP("MainWindow", "Compare with the server…")))
        self.check_action.setToolTip(_t(QT_TRANSLATE_NOOP(
            "MainWindow", "Sync, then compare every table here with the server (rows and checksums)")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                self.timer.stop()
                self.first.stop()
                if not self.service.running:
                    self.service.close()
        return False


def install_sync(window: MainWindow, service: SyncService) -> SyncController:
    controller = SyncController(window, service)
    window.sync = controller
    controller.start()
    return controller
