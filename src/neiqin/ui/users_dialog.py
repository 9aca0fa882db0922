"""Admin ▸ Users: create users, reset a password, disable or enable an account."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.auth import service as auth
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.permissions import ROLE_TITLES, ROLES
from neiqin.core.db.session import Database
from neiqin.core.errors import NeiqinError
from neiqin.ui.i18n import translate_error
from neiqin.ui.messages import show_exception


def role_title(code: str) -> str:
    return QCoreApplication.translate("roles", ROLE_TITLES.get(code, code))


class NewUserDialog(QDialog):
    """Asks for a new user; `create()` saves through the service and shows problems in words."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.user = None
        self.setObjectName("users.new_dialog")
        self.username, self.display_name, self.department, self.password = (QLineEdit() for _ in range(4))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_title(code), code)
        self.error = QLabel()
        self.error.setObjectName("users.new_dialog.error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.form = QFormLayout()
        for name in ("username", "display_name", "role", "department", "password"):
            widget = getattr(self, name)
            widget.setObjectName(f"users.new_dialog.{name}")
            self.form.addRow(QLabel(), widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("users.new_dialog.create")
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("New user"))
        for name, text in (("username", self.tr("User name")), ("display_name", self.tr("Full name")),
                           ("role", self.tr("Role")), ("department", self.tr("Department")),
                           ("password", self.tr("Password"))):
            self.form.labelForField(getattr(self, name)).setText(text)

    def create(self) -> bool:
        try:
            with self._db.unit_of_work(self._actor) as uow:
                self.user = auth.create_user(uow, self.username.text(), self.display_name.text().strip(),
                                             self.role.currentData(), self.password.text(),
                                             department=self.department.text().strip() or None)
        except NeiqinError as exc:
            self.error.setText(translate_error(exc))
            return False
        self.accept()
        return True


class UsersDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor.require("users.manage")
        self._db, self._actor = db, actor
        self.users: list[auth.UserView] = []
        self.setObjectName("users")
        self.resize(760, 420)
        self.table = QTableWidget()
        self.table.setObjectName("users.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button, self.password_button, self.active_button = QPushButton(), QPushButton(), QPushButton()
        for name, button in (("new", self.new_button), ("reset_password", self.password_button),
                             ("toggle_active", self.active_button)):
            button.setObjectName(f"users.{name}")
        self.new_button.clicked.connect(self.new_user)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.new_button.setText(self.tr("New user…"))
        self.password_button.setText(self.tr("Reset password…"))
        self._selection_changed()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        with self._db.read() as session:
            self.users = auth.list_users(session)
        self._fill()

    def _fill(self) -> None:
        headers = [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Department"),
                   self.tr("State")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = self.tr("disabled") if not user.active else self.tr("locked") if user.locked else self.tr("active")
            for column, text in enumerate((user.username, user.display_name, role_title(user.role_code),
                                           user.department or "", state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self) -> auth.UserView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        self.password_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None and user.id != self._actor.user_id)
        self.active_button.setText(self.tr("Enable") if user is not None and not user.active else self.tr("Disable"))

    def new_user(self) -> None:
        dialog = NewUserDialog(self._db, self._actor, self)
        if dialog.exec():
            self.reload()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                            self.tr("New password for {name}:").format(name=user.display_name),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self.set_password(user, password)

    def set_password(self, user: auth.UserView, password: str) -> bool:
        try:
            with self._db.unit_of_work(self._actor) as uow:
                auth.change_password(uow, user.id, None, password)
        except NeiqinError as exc:
            show_exception(self, exc)
            return False
        return True

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None or user.id == self._actor.user_id:
            return
        try:
            with self._db.unit_of_work(self._actor) as uow:
                auth.set_active(uow, user.id, not user.active)
        except NeiqinError as exc:
            show_exception(self, exc)
        self.reload()
