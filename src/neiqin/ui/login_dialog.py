"""Sign-in: user name and password; a wrong password or a locked account is said in words."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.auth import service as auth
from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import Database
from neiqin.core.errors import NeiqinError
from neiqin.ui.i18n import translate_error


class LoginDialog(QDialog):
    """`exec()` returns Accepted with `actor` set once the password is right."""

    def __init__(self, db: Database, company_name: str = "", username: str = "", note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._company_name = company_name
        self.actor: Actor | None = None
        self.setObjectName("login")
        self.setMinimumWidth(380)

        self.heading = QLabel()
        self.heading.setObjectName("login.heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.username = QLineEdit(username)
        self.username.setObjectName("login.username")
        self.password = QLineEdit()
        self.password.setObjectName("login.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("login.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.note = QLabel(note)
        self.note.setObjectName("login.note")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))

        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.username)
        self.form.addRow(QLabel(), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setObjectName("login.sign_in")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("login.cancel")
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow when an error shows
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Neiqin"))
        self.heading.setText(self._company_name or self.tr("Neiqin"))
        self.form.labelForField(self.username).setText(self.tr("User name"))
        self.form.labelForField(self.password).setText(self.tr("Password"))
        self.sign_in_button.setText(self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_sign_in(self) -> bool:
        if not self.username.text().strip():
            self.show_error(self.tr("Enter your user name."))
            self.username.setFocus()
            return False
        try:
            self.actor = auth.sign_in(self._db, self.username.text(), self.password.text())
        except NeiqinError as exc:
            self.show_error(translate_error(exc))
            self.password.clear()
            self.password.setFocus()
            return False
        self.accept()
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
