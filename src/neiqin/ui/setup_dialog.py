"""First start: the company, the first branch and the administrator."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.auth import service as auth
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.permissions import Permission
from neiqin.core.db.session import Database
from neiqin.core.errors import NeiqinError, ValidationError
from neiqin.ui.i18n import translate_error

#: field of a ValidationError from setup_company → our field
_FIELDS = {"username": "admin_username", "password": "admin_password"}
_REQUIRED = ("company_name", "branch_code", "admin_username", "admin_password")


class SetupDialog(QDialog):
    """`exec()` returns Accepted with `actor` (the new administrator, signed in)."""

    def __init__(self, db: Database, permissions: list[Permission], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._permissions = permissions
        self.actor: Actor | None = None
        self.setObjectName("setup")
        self.setMinimumWidth(540)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.company_box = QGroupBox()
        self.admin_box = QGroupBox()
        company = QFormLayout(self.company_box)
        admin = QFormLayout(self.admin_box)
        self._labels: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        for form, names in ((company, ("company_name", "company_address", "company_phone", "branch_code",
                                       "branch_name")),
                            (admin, ("admin_username", "admin_display_name", "admin_password", "password_again"))):
            for name in names:
                edit = QLineEdit()
                edit.setObjectName(f"setup.{name}")
                error = QLabel()
                error.setObjectName(f"setup.{name}.error")
                error.setStyleSheet("color: #b3261e;")
                error.setWordWrap(True)
                label = QLabel()
                label.setBuddy(edit)
                form.addRow(label, edit)
                form.addRow(QLabel(), error)  # its own row, so showing it never squeezes the field
                form.setRowVisible(error, False)
                self._forms[name] = form
                self._labels[name] = label
                self.fields[name] = edit
                self.errors[name] = error
                edit.returnPressed.connect(self.focusNextChild)
        for name in ("admin_password", "password_again"):
            self.fields[name].setEchoMode(QLineEdit.EchoMode.Password)
        self.fields["branch_code"].setMaxLength(8)
        self.fields["admin_username"].setText("admin")
        self.general_error = QLabel()
        self.general_error.setObjectName("setup.error")
        self.general_error.setStyleSheet("color: #b3261e;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("setup.create")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("setup.cancel")
        self.buttons.accepted.connect(self.try_setup)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow when an error shows
        for widget in (self.intro, self.company_box, self.admin_box, self.general_error, self.buttons):
            layout.addWidget(widget)
        self.fields["company_name"].setFocus()
        self.retranslate()

    def _label(self, name: str, text: str) -> None:
        self._labels[name].setText(text + (" *" if name in _REQUIRED or name == "password_again" else ""))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Neiqin"))
        self.intro.setText(self.tr("Welcome. Enter your company's letterhead and the first administrator. "
                                   "Fields marked * are required; everything else can be changed later in "
                                   "Settings."))
        self.company_box.setTitle(self.tr("Company"))
        self.admin_box.setTitle(self.tr("Administrator"))
        for name, text in (
            ("company_name", self.tr("Company name")), ("company_address", self.tr("Address")),
            ("company_phone", self.tr("Phone")), ("branch_code", self.tr("Branch code")),
            ("branch_name", self.tr("Branch name")), ("admin_username", self.tr("User name")),
            ("admin_display_name", self.tr("Full name")), ("admin_password", self.tr("Password")),
            ("password_again", self.tr("Password again")),
        ):
            self._label(name, text)
        self.fields["branch_code"].setPlaceholderText(self.tr("e.g. BJ01 — part of every document number"))
        self.ok_button.setText(self.tr("Create"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def data(self) -> auth.SetupData:
        text = {name: edit.text().strip() for name, edit in self.fields.items()}
        return auth.SetupData(
            company_name=text["company_name"], branch_code=text["branch_code"].upper(),
            branch_name=text["branch_name"] or text["branch_code"].upper(),
            admin_username=text["admin_username"], admin_display_name=text["admin_display_name"],
            admin_password=self.fields["admin_password"].text(),
            company_address=text["company_address"], company_phone=text["company_phone"],
        )

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            self._forms[name].setRowVisible(label, False)
        self.general_error.clear()
        self.general_error.hide()

    def set_error(self, field: str | None, text: str) -> None:
        name = _FIELDS.get(field or "", field or "")
        if name not in self.errors:
            self.general_error.setText(text)
            self.general_error.show()
            return
        self.errors[name].setText(text)
        self._forms[name].setRowVisible(self.errors[name], True)
        self.fields[name].setFocus()

    def validate(self) -> bool:
        """What can be checked before touching the database; errors shown next to their fields."""
        self.clear_errors()
        ok = True
        if not self.fields["company_name"].text().strip():
            self.set_error("company_name", self.tr("Enter the company name."))
            ok = False
        if self.fields["admin_password"].text() != self.fields["password_again"].text():
            self.set_error("password_again", self.tr("The two passwords differ."))
            ok = False
        return ok

    def try_setup(self) -> bool:
        if not self.validate():
            return False
        try:
            self.actor = auth.setup_company(self._db, self.data(), self._permissions)
        except ValidationError as exc:
            self.set_error(exc.field, translate_error(exc))
            return False
        except NeiqinError as exc:
            self.set_error(None, translate_error(exc))
            return False
        self.accept()
        return True
