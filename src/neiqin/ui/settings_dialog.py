"""File ▸ Settings: the company letterhead and backup rotation (administrators) and this
computer's display preferences (everyone) on the General page; the sync server on the Server page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neiqin.core import settings as company
from neiqin.core.auth.actor import Actor
from neiqin.core.backup import DEFAULT_KEEP, configured_password, set_configured_password
from neiqin.core.db.session import Database
from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError, ValidationError
from neiqin.ui.fonts import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from neiqin.ui.messages import show_exception
from neiqin.ui.tasks import TaskRunner

FONT_SIZE_KEY = "ui/font_size"


def saved_font_size(settings: QSettings) -> int:
    try:
        return int(settings.value(FONT_SIZE_KEY, DEFAULT_POINT_SIZE))
    except (TypeError, ValueError):
        return DEFAULT_POINT_SIZE


class SettingsDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, settings: QSettings, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._settings = settings
        self.setObjectName("settings")
        self.setMinimumWidth(520)
        self.company_box = QGroupBox()
        self.display_box = QGroupBox()
        self.company_form = QFormLayout(self.company_box)
        self.display_form = QFormLayout(self.display_box)
        self.company_name = QLineEdit()
        self.company_address = QLineEdit()
        self.company_phone = QLineEdit()
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(*company.BACKUP_KEEP_RANGE)
        for name in ("company_name", "company_address", "company_phone", "backup_keep"):
            widget = getattr(self, name)
            widget.setObjectName(f"settings.{name}")
            widget.setEnabled(actor.can("settings.manage"))
            self.company_form.addRow(QLabel(), widget)
        self.font_size = QSpinBox()
        self.font_size.setObjectName("settings.font_size")
        self.font_size.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.font_size.setValue(saved_font_size(settings))
        self.display_form.addRow(QLabel(), self.font_size)
        self.encrypt_backups = QCheckBox()
        self.encrypt_backups.setObjectName("settings.encrypt_backups")
        self.backup_password = QLineEdit()
        self.backup_password.setObjectName("settings.backup_password")
        self.backup_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_password_again = QLineEdit()
        self.backup_password_again.setObjectName("settings.backup_password_again")
        self.backup_password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.display_form.addRow(self.encrypt_backups)
        self.display_form.addRow(QLabel(), self.backup_password)
        self.display_form.addRow(QLabel(), self.backup_password_again)
        self._had_password = self._configured_password() is not None
        self.encrypt_backups.setChecked(self._had_password)
        self.encrypt_backups.toggled.connect(self._update_password_fields)
        self._update_password_fields()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(not actor.can("settings.manage"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("settings.save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        for widget in (self.company_box, self.note, self.display_box):
            general_layout.addWidget(widget)
        general_layout.addStretch(1)
        from neiqin.ui.server_settings import ServerPage  # the sync settings only when the dialog opens

        self.server = ServerPage(db, actor, runner)
        self.pages = QTabWidget()
        self.pages.setObjectName("settings.pages")
        self.pages.addTab(general, "")
        self.pages.addTab(self.server, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        with db.read() as session:
            values = company.all_settings(session)
        self.company_name.setText(values.get(company.COMPANY_NAME, ""))
        self.company_address.setText(values.get(company.COMPANY_ADDRESS, ""))
        self.company_phone.setText(values.get(company.COMPANY_PHONE, ""))
        self.backup_keep.setValue(int(values.get(company.BACKUP_KEEP, DEFAULT_KEEP)))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.pages.setTabText(0, self.tr("General"))
        self.pages.setTabText(1, self.tr("Server"))
        self.company_box.setTitle(self.tr("Company (printed on every form)"))
        self.display_box.setTitle(self.tr("This computer"))
        for widget, text in ((self.company_name, self.tr("Company name")), (self.company_address, self.tr("Address")),
                             (self.company_phone, self.tr("Phone")),
                             (self.backup_keep, self.tr("Daily backups to keep"))):
            self.company_form.labelForField(widget).setText(text)
        self.display_form.labelForField(self.font_size).setText(self.tr("Font size (points)"))
        self.encrypt_backups.setText(self.tr("Encrypt the backups made on this computer with a password"))
        self.display_form.labelForField(self.backup_password).setText(self.tr("Backup password"))
        self.display_form.labelForField(self.backup_password_again).setText(self.tr("Repeat the password"))
        hint = self.tr("Kept in this computer's keychain; leave empty to keep the current one. "
                       "Without it an encrypted backup cannot be restored: write it down somewhere safe.")
        self.backup_password.setPlaceholderText(hint if self._had_password else "")
        self.backup_password.setToolTip(hint)
        self.note.setText(self.tr("Only an administrator can change the company settings."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> bool:
        try:
            if self._actor.can("settings.manage"):
                self._check_server()
                self._save_company()
                self.server.save()
            self._save_backup_password()
        except NeiqinError as exc:
            show_exception(self, exc)
            return False
        self._settings.setValue(FONT_SIZE_KEY, self.font_size.value())
        app = QGuiApplication.instance()
        if app is not None:
            font = app.font()
            font.setPointSize(self.font_size.value())
            app.setFont(font)
        self.accept()
        return True

    def _check_server(self) -> None:
        """A bad server entry stops the save before anything is stored, with the Server page shown."""
        try:
            if self.server.changed():
                self.server.values()
        except NeiqinError:
            self.pages.setCurrentWidget(self.server)
            raise

    @staticmethod
    def _configured_password() -> str | None:
        try:
            return configured_password()
        except NeiqinError:
            return None

    def _update_password_fields(self) -> None:
        for widget in (self.backup_password, self.backup_password_again):
            widget.setEnabled(self.encrypt_backups.isChecked())

    def _save_backup_password(self) -> None:
        password, again = self.backup_password.text(), self.backup_password_again.text()
        if not self.encrypt_backups.isChecked():
            if self._had_password:
                set_configured_password(None)
            return
        if not password and self._had_password:
            return  # keep the current password
        if password != again:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The two passwords differ."), field="password")
        set_configured_password(password)

    def _save_company(self) -> None:
        with self._db.unit_of_work(self._actor) as uow:
            company.save_company(uow, self.company_name.text(), self.company_address.text(),
                                 self.company_phone.text(), self.backup_keep.value())
