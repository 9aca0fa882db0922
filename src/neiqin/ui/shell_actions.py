"""The main window's menus, status bar, backup and restore (split from main_window to keep each
file about one thing)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMenu, QToolButton
from sqlalchemy import select

from neiqin import paths
from neiqin.core import backup, backup_crypto
from neiqin.core.auth.models import Branch
from neiqin.core.auth.permissions import ROLE_TITLES
from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.ui.i18n import LANGUAGES
from neiqin.ui.messages import confirm, inform, show_exception
from neiqin.ui.sync_status import SyncState, conflicts_button, show_state

if TYPE_CHECKING:
    from neiqin.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = paths.icons_dir() / f"neiqin-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


@dataclass
class ShellActions:
    menus: dict[str, QMenu] = field(default_factory=dict)
    actions: dict[str, QAction] = field(default_factory=dict)
    languages: dict[str, QAction] = field(default_factory=dict)


#: action name → (English text, menu, permission needed or None)
_ACTIONS = {
    "backup": (QT_TRANSLATE_NOOP("MainWindow", "Back up now"), "file", "backup.run"),
    "restore": (QT_TRANSLATE_NOOP("MainWindow", "Restore a backup…"), "file", "backup.restore"),
    "settings": (QT_TRANSLATE_NOOP("MainWindow", "Settings…"), "file", None),
    "print_setup": (QT_TRANSLATE_NOOP("MainWindow", "Print setup…"), "file", None),
    "quit": (QT_TRANSLATE_NOOP("MainWindow", "Quit"), "file", None),
    "users": (QT_TRANSLATE_NOOP("MainWindow", "Users…"), "admin", "users.manage"),
    "handover": (QT_TRANSLATE_NOOP("MainWindow", "Hand over a leaving clerk's work…"), "admin", "handover.run"),
    "audit": (QT_TRANSLATE_NOOP("MainWindow", "Audit trail…"), "admin", "audit.view"),
    "about": (QT_TRANSLATE_NOOP("MainWindow", "About Neiqin"), "help", None),
    "search": (QT_TRANSLATE_NOOP("MainWindow", "Search"), "", None),
}
_MENUS = {"file": QT_TRANSLATE_NOOP("MainWindow", "&File"), "view": QT_TRANSLATE_NOOP("MainWindow", "&View"), "admin": QT_TRANSLATE_NOOP("MainWindow", "&Admin"),
          "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"), "language": QT_TRANSLATE_NOOP("MainWindow", "&Language")}
_MAIN_MENUS = ("file", "view", "admin", "help")


def build_menus(window: MainWindow) -> ShellActions:
    shell = ShellActions()
    actor = window.context.actor
    bar = window.menuBar()
    bar.setObjectName("main.menubar")
    for name in _MAIN_MENUS:
        menu = bar.addMenu("")
        menu.setObjectName(f"main.menu.{name}")
        shell.menus[name] = menu
    slots = {
        "backup": window.backup_now, "restore": lambda: window.restore_backup(), "settings": window.open_settings,
        "print_setup": window.print_setup, "quit": window.close, "users": window.open_users,
        "audit": window.open_audit, "about": window.open_about, "handover": window.open_handover,
    }
    for name, (_text, menu, permission) in _ACTIONS.items():
        if not menu or permission and not actor.can(permission):
            continue
        action = QAction(window)
        action.setObjectName(f"main.{name}")
        action.triggered.connect(slots[name])
        if name == "quit":
            shell.menus["file"].addSeparator()
            action.setShortcut(QKeySequence.StandardKey.Quit)
            action.setMenuRole(QAction.MenuRole.QuitRole)
        shell.menus[menu].addAction(action)
        shell.actions[name] = action
    language_menu = shell.menus["view"].addMenu("")
    language_menu.setObjectName("main.menu.language")
    shell.menus["language"] = language_menu
    group = QActionGroup(window)
    current = window.translations.language if window.translations else None
    for code, native in LANGUAGES.items():
        action = QAction(native, window)  # each language in its own words, never translated
        action.setObjectName(f"main.lang.{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, code=code: window.switch_language(code))
        group.addAction(action)
        language_menu.addAction(action)
        shell.languages[code] = action
    search = QAction(window)
    search.setObjectName("main.search")
    search.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+F")])
    search.triggered.connect(window.focus_search)
    window.addAction(search)
    shell.actions["search"] = search
    shell.menus["admin"].menuAction().setVisible(bool(shell.menus["admin"].actions()))
    return shell


def retranslate_menus(window: MainWindow) -> None:
    shell = window.actions_
    for name, menu in shell.menus.items():
        menu.setTitle(_t(_MENUS[name]))
    for name, action in shell.actions.items():
        action.setText(_t(_ACTIONS[name][0]))


@dataclass
class StatusWidgets:
    user: QLabel
    branch: QLabel
    database: QLabel
    sync: QLabel
    #: "N conflict(s)", shown while there are some; opens the Conflicts view
    conflicts: QToolButton


def build_status_bar(window: MainWindow) -> StatusWidgets:
    bar = window.statusBar()
    bar.setObjectName("main.statusbar")
    widgets = StatusWidgets(QLabel(), QLabel(), QLabel(), QLabel(), conflicts_button())
    for name in ("user", "branch", "database", "sync"):
        label = getattr(widgets, name)
        label.setObjectName(f"main.status.{name}")
        label.setContentsMargins(10, 0, 10, 0)
        bar.addPermanentWidget(label)
    bar.addPermanentWidget(widgets.conflicts)
    return widgets


def _branch_text(window: MainWindow) -> str:
    branch_id = window.context.actor.branch_id
    if not branch_id:
        return ""
    try:
        with window.context.db.read() as session:
            row = session.execute(select(Branch.name, Branch.code).where(Branch.id == branch_id)).first()
    except Exception:  # cosmetic: the window still works without it
        return ""
    return f"{row.name} ({row.code})" if row else ""


def retranslate_status(window: MainWindow) -> None:
    actor = window.context.actor
    status = window.status
    role = QCoreApplication.translate("roles", ROLE_TITLES.get(actor.role, actor.role))
    status.user.setText(QCoreApplication.translate("MainWindow", "User: {name} ({role})").format(name=actor.display_name or actor.username, role=role))
    status.branch.setText(QCoreApplication.translate("MainWindow", "Branch: {branch}").format(branch=_branch_text(window)))
    path = window.context.db.path
    status.database.setText(QCoreApplication.translate("MainWindow", "Database: {name}").format(name=path.name if path else "—"))
    status.database.setToolTip(str(path) if path else "")
    show_sync_state(window, window.sync_state)


def show_sync_state(window: MainWindow, state: SyncState) -> None:
    """The sync slot of the status bar (see `neiqin.ui.sync_status`)."""
    show_state(window.status.sync, window.status.conflicts, state)


# ---------------------------------------------------------------------- backup and restore

def backup_folder(window: MainWindow) -> Path:
    path = window.context.db.path
    return paths.default_backup_dir(path) if path else paths.user_data_dir() / "backups"


def backup_now(window: MainWindow) -> None:
    try:
        window.context.actor.require("backup.run")
    except NeiqinError as exc:
        show_exception(window, exc)
        return
    try:
        password = backup.configured_password()
    except NeiqinError as exc:
        show_exception(window, exc)
        return
    window.show_message(QCoreApplication.translate("MainWindow", "Backing up…"))
    window.context.runner.submit(
        backup.rotate_backup, window.context.db, backup_folder(window), password=password, title=QCoreApplication.translate("MainWindow", "Back up now"), kind="write",
        on_done=lambda written: window.show_message(QCoreApplication.translate("MainWindow", "Backup written: {path}").format(path=written)),
        on_error=lambda error: show_exception(window, error),
    )


def restore_backup(window: MainWindow, path: Path | None = None, confirmed: bool = False) -> bool:
    """Choose a backup, confirm, close the database, restore it, then ask the shell to reopen."""
    db = window.context.db
    try:
        window.context.actor.require("backup.restore")
    except NeiqinError as exc:
        show_exception(window, exc)
        return False
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(window, QCoreApplication.translate("MainWindow", "Restore a backup"), str(backup_folder(window)),
                                                      QCoreApplication.translate("MainWindow", "Neiqin backups (*.db *.db.enc);;All files (*)"))
        if not chosen:
            return False
        path = Path(chosen)
    if not confirmed and not confirm(window, _t(
            "Replace the current database by the backup {name}?\n\nEverything entered since that backup "
            "will be gone. The current file is kept beside it, renamed with today's date.").format(name=path.name)):
        return False
    password = None
    if backup_crypto.is_encrypted(path):
        password, ok = QInputDialog.getText(
            window, QCoreApplication.translate("MainWindow", "Encrypted backup"),
            QCoreApplication.translate("MainWindow", "The backup {name} is encrypted. Its password:").format(
                name=path.name), QLineEdit.EchoMode.Password)
        if not ok:
            return False
    window.context.runner.wait(30000)
    db.dispose()
    try:
        kept = backup.restore(path, db.path, password)
    except NeiqinError as exc:
        show_exception(window, exc)
        return False
    text = QCoreApplication.translate("MainWindow", "The backup {name} was restored. Please sign in again.").format(name=path.name)
    if kept:
        text += "\n" + QCoreApplication.translate("MainWindow", "The previous database was kept as {path}.").format(path=kept)
    if not confirmed:
        inform(window, text)
    window.restart_requested.emit()
    return True
